"""Model validation of blocs, countries, memberships and events: in clean() and in the database."""

import concurrent.futures
import datetime
import time

import psycopg
import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from blocs.models import Bloc, Country, Membership, MembershipStatus
from integration_portal.core.dates import DatePrecision
from tests.factories import BlocFactory, CountryFactory, EventFactory, MembershipFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


# A membership as a script or another program would write it: no model, no clean().
RAW_INSERT = (
    "INSERT INTO blocs_membership (country_id, bloc_id, status, start, start_precision, end_precision,"
    " note, note_es, note_th, note_en, translations_changed)"
    " VALUES (%s, %s, %s, %s, 'day', 'day', '', '', '', '', '{}')"
)


def field_errors(obj) -> dict:
    with pytest.raises(ValidationError) as raised:
        obj.full_clean()
    return raised.value.message_dict


class TestDatesAndPrecision:
    def test_month_precision_date_must_be_first_of_month(self):
        membership = MembershipFactory.build(
            country=CountryFactory(), bloc=BlocFactory(), start=datetime.date(2024, 7, 8), start_precision="month"
        )
        assert "first day of that month" in field_errors(membership)["start"][0]

    def test_year_precision_date_must_be_first_of_january(self):
        event = EventFactory.build(date=datetime.date(1969, 5, 26), date_precision=DatePrecision.YEAR)
        assert "1 January" in field_errors(event)["date"][0]

    def test_database_rejects_a_date_finer_than_its_precision(self):
        event = EventFactory.build(date=datetime.date(1969, 5, 26), date_precision=DatePrecision.YEAR)
        with pytest.raises(IntegrityError), transaction.atomic():
            event.save()

    def test_end_before_start_is_rejected_with_a_message_on_end(self):
        membership = MembershipFactory.build(
            country=CountryFactory(),
            bloc=BlocFactory(),
            start=datetime.date(2010, 5, 1),
            end=datetime.date(2010, 4, 30),
        )
        assert field_errors(membership)["end"] == ["The end cannot be before the start."]

    def test_database_rejects_end_before_start(self):
        membership = MembershipFactory(start=datetime.date(2010, 5, 1))
        with pytest.raises(IntegrityError), transaction.atomic():
            Membership.objects.filter(pk=membership.pk).update(end=datetime.date(2010, 4, 30))

    def test_an_end_known_to_the_year_may_share_the_start_year(self):
        # Colombia suspended its UNASUR participation on 2018-04-20 and withdrew in 2018.
        membership = MembershipFactory(
            start=datetime.date(2018, 4, 20), end=datetime.date(2018, 1, 1), end_precision=DatePrecision.YEAR
        )
        membership.full_clean()
        assert Membership.objects.filter(pk=membership.pk).exists()

    def test_an_end_known_to_the_year_cannot_be_in_an_earlier_year(self):
        membership = MembershipFactory.build(
            country=CountryFactory(),
            bloc=BlocFactory(),
            start=datetime.date(2018, 4, 20),
            end=datetime.date(2017, 1, 1),
            end_precision=DatePrecision.YEAR,
        )
        assert "end" in field_errors(membership)

    def test_impossible_calendar_date_is_refused_by_the_form_field(self):
        membership = MembershipFactory.build(country=CountryFactory(), bloc=BlocFactory())
        membership.start = "2023-02-30"
        assert "start" in field_errors(membership)

    def test_bloc_cannot_end_before_it_was_founded(self):
        bloc = BlocFactory.build(founded=datetime.date(2000, 1, 1), ended=datetime.date(1999, 1, 1))
        assert field_errors(bloc)["ended"] == ["A bloc cannot end before it was founded."]

    def test_event_span_cannot_end_before_it_starts(self):
        event = EventFactory.build(date=datetime.date(2005, 11, 5), end_date=datetime.date(2005, 11, 4))
        assert "end_date" in field_errors(event)


class TestMembershipOverlap:
    def test_overlapping_period_with_same_status_is_rejected_with_a_clear_message(self):
        first = MembershipFactory(start=datetime.date(2000, 1, 1), end=datetime.date(2010, 1, 1))
        second = Membership(
            country=first.country, bloc=first.bloc, status=first.status, start=datetime.date(2005, 6, 1)
        )
        message = field_errors(second)["start"][0]
        assert message == (
            "This period overlaps another “member” period of the same country in the same bloc "
            "(1 January 2000 – 1 January 2010)."
        )

    def test_adjacent_periods_do_not_overlap(self):
        first = MembershipFactory(start=datetime.date(2000, 1, 1), end=datetime.date(2010, 1, 1))
        second = Membership(
            country=first.country, bloc=first.bloc, status=first.status, start=datetime.date(2010, 1, 1)
        )
        second.full_clean()

    def test_other_status_may_overlap(self):
        member = MembershipFactory(start=datetime.date(1991, 3, 26))
        suspension = Membership(
            country=member.country,
            bloc=member.bloc,
            status=MembershipStatus.SUSPENDED,
            start=datetime.date(2012, 6, 29),
            end=datetime.date(2013, 8, 15),
        )
        suspension.full_clean()

    def test_open_ended_period_overlaps_every_later_period(self):
        first = MembershipFactory(start=datetime.date(2000, 1, 1))
        later = Membership(country=first.country, bloc=first.bloc, status=first.status, start=datetime.date(2030, 1, 1))
        assert "start" in field_errors(later)

    def test_editing_a_period_does_not_clash_with_itself(self):
        membership = MembershipFactory(start=datetime.date(2000, 1, 1))
        membership.note_en = "edited"
        membership.full_clean()

    def test_database_rejects_overlap_that_skips_validation(self):
        first = MembershipFactory(start=datetime.date(2000, 1, 1), end=datetime.date(2010, 1, 1))
        with pytest.raises(IntegrityError, match="membership_periods_do_not_overlap"), transaction.atomic():
            Membership.objects.create(
                country=first.country, bloc=first.bloc, status=first.status, start=datetime.date(2009, 12, 31)
            )

    def test_database_also_checks_updates(self):
        first = MembershipFactory(start=datetime.date(2000, 1, 1), end=datetime.date(2010, 1, 1))
        second = MembershipFactory(
            country=first.country, bloc=first.bloc, start=datetime.date(2010, 1, 1), end=datetime.date(2012, 1, 1)
        )
        with pytest.raises(IntegrityError, match="membership_periods_do_not_overlap"), transaction.atomic():
            Membership.objects.filter(pk=second.pk).update(start=datetime.date(2005, 1, 1))

    def test_an_end_known_to_the_year_before_the_start_day_does_not_break_the_database_check(self):
        # Suspended on 2018-04-20, lifted in 2018 (stored 2018-01-01): daterange(start, end) would be refused;
        # a later period of the same status is saved, by the form and by the database.
        first = MembershipFactory(
            start=datetime.date(2018, 4, 20), end=datetime.date(2018, 1, 1), end_precision=DatePrecision.YEAR
        )
        later = Membership(country=first.country, bloc=first.bloc, status=first.status, start=datetime.date(2019, 1, 1))
        later.full_clean()
        later.save()
        assert Membership.objects.filter(country=first.country, bloc=first.bloc).count() == 2


class TestOverlapOnTheLastDay:
    """A period that ends 2012-07-31 last held on 2012-07-30 (the end is the first day it no longer held).

    So a period starting on 2012-07-31 follows it, and one starting on 2012-07-30 shares its last day: the form
    and the database must agree on both, whichever of them is asked.
    """

    @pytest.fixture
    def first(self):
        return MembershipFactory(start=datetime.date(2012, 1, 1), end=datetime.date(2012, 7, 31))

    def insert(self, first, start: datetime.date) -> None:
        with connection.cursor() as cursor:
            cursor.execute(
                RAW_INSERT,
                [first.country_id, first.bloc_id, first.status, start],
            )

    def follower(self, first, start: datetime.date) -> Membership:
        return Membership(country=first.country, bloc=first.bloc, status=first.status, start=start)

    @pytest.mark.parametrize("start", [datetime.date(2012, 7, 30), datetime.date(2012, 1, 1)])
    def test_the_form_refuses_a_period_starting_on_a_day_held(self, first, start):
        assert field_errors(self.follower(first, start)) == {
            "start": [
                "This period overlaps another “member” period of the same country in the same bloc "
                "(1 January 2012 – 31 July 2012)."
            ]
        }

    @pytest.mark.parametrize("start", [datetime.date(2012, 7, 31), datetime.date(2012, 8, 1)])
    def test_the_form_accepts_a_period_starting_on_the_end_day_or_after(self, first, start):
        self.follower(first, start).full_clean()

    @pytest.mark.parametrize("start", [datetime.date(2012, 7, 30), datetime.date(2012, 1, 1)])
    def test_the_database_refuses_a_raw_insert_starting_on_a_day_held(self, first, start):
        with pytest.raises(IntegrityError, match="membership_periods_do_not_overlap"), transaction.atomic():
            self.insert(first, start)

    @pytest.mark.parametrize("start", [datetime.date(2012, 7, 31), datetime.date(2012, 8, 1)])
    def test_the_database_accepts_a_raw_insert_starting_on_the_end_day_or_after(self, first, start):
        self.insert(first, start)
        assert Membership.objects.filter(country=first.country, bloc=first.bloc, start=start).exists()

    def test_the_constraint_alone_gives_its_message_when_clean_is_not_asked(self, first):
        # The constraint's own check, which full_clean() asks after clean(): the same days as the database's.
        constraint = next(c for c in Membership._meta.constraints if c.name == "membership_periods_do_not_overlap")
        with pytest.raises(ValidationError) as raised:
            constraint.validate(Membership, self.follower(first, datetime.date(2012, 7, 30)))
        assert raised.value.messages == [
            "This period overlaps another period of the same status of the same country in the same bloc."
        ]
        constraint.validate(Membership, self.follower(first, datetime.date(2012, 7, 31)))


class TestCountryCodes:
    def test_duplicate_alpha2_is_rejected_with_a_message(self):
        country = CountryFactory.build(alpha2="PE", alpha3="XPE", slug="another-peru")
        assert "already exists" in field_errors(country)["alpha2"][0]

    def test_duplicate_alpha3_is_rejected_by_the_database(self):
        with pytest.raises(IntegrityError), transaction.atomic():
            Country.objects.create(alpha2="XQ", alpha3="PER", name_es="Otro", slug="otro", subregion="other")

    def test_lower_case_codes_are_stored_upper_case(self):
        country = CountryFactory.build(alpha2="xq", alpha3="xqq")
        country.full_clean()
        assert (country.alpha2, country.alpha3) == ("XQ", "XQQ")

    def test_database_refuses_lower_case_codes(self):
        with pytest.raises(IntegrityError), transaction.atomic():
            Country.objects.create(alpha2="xq", alpha3="XQQ", name_es="Otro", slug="otro", subregion="other")

    def test_malformed_code_gets_a_message(self):
        country = CountryFactory.build(alpha2="P1", alpha3="PERU")
        errors = field_errors(country)
        assert "alpha2" in errors and "alpha3" in errors


class TestBlocLinks:
    def test_predecessor_and_successors(self):
        assert Bloc.objects.get(slug="aladi").predecessor.slug == "alalc"
        assert Bloc.objects.get(slug="can").predecessor.slug == "andean-pact"
        assert Bloc.objects.get(slug="unasur").predecessor.slug == "csn"
        assert [bloc.slug for bloc in Bloc.objects.get(slug="csn").successors.all()] == ["unasur"]

    def test_bloc_cannot_be_its_own_predecessor(self):
        bloc = Bloc.objects.get(slug="mercosur")
        bloc.predecessor = bloc
        assert "predecessor" in field_errors(bloc)
        with pytest.raises(IntegrityError), transaction.atomic():
            Bloc.objects.filter(pk=bloc.pk).update(predecessor=bloc)


def waits_for_a_lock(backend_pid: int) -> bool:
    with connection.cursor() as cursor:
        for _ in range(300):
            cursor.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", [backend_pid])
            if cursor.fetchone() == ("Lock",):
                return True
            time.sleep(0.1)
    return False


def test_two_writers_at_once_cannot_both_save_overlapping_periods():
    # Two connections, as two gunicorn workers would hold: neither sees the other's uncommitted row, so only the
    # database can refuse the second. It waits for the first to commit, then fails. They write for a country and
    # bloc of the demo (committed, so both see them) that share no period, and the first writer removes its row
    # at the end: a transactional test would flush the demo every later test in this worker relies on.
    country, bloc = next(
        (country, bloc)
        for country in Country.objects.order_by("pk")
        for bloc in Bloc.objects.order_by("pk")
        if not Membership.objects.filter(country=country, bloc=bloc).exists()
    )
    row = [country.pk, bloc.pk, "member"]
    params = connection.get_connection_params()
    writers = [connection.get_new_connection(params) for _ in range(2)]
    try:
        writers[0].execute(RAW_INSERT, [*row, datetime.date(2012, 1, 1)])
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            second = pool.submit(writers[1].execute, RAW_INSERT, [*row, datetime.date(2015, 1, 1)])
            assert waits_for_a_lock(writers[1].info.backend_pid)  # on the first writer's row
            writers[0].commit()
            with pytest.raises(psycopg.errors.ExclusionViolation):
                second.result(timeout=30)
        starts = (
            writers[0]
            .execute("SELECT start FROM blocs_membership WHERE country_id = %s AND bloc_id = %s", row[:2])
            .fetchall()
        )
        assert starts == [(datetime.date(2012, 1, 1),)]
    finally:
        writers[0].rollback()
        writers[0].execute("DELETE FROM blocs_membership WHERE country_id = %s AND bloc_id = %s", row[:2])
        writers[0].commit()
        for writer in writers:
            writer.close()
