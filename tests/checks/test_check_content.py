"""manage.py check_content on hand-made bad data: each kind of finding, and none for what is right."""

import datetime

import pytest
from django.core.management import CommandError, call_command

from blocs.models import BlocCitation, BlocFact, EventCitation, MembershipCitation
from integration_portal.checks.facts import fact_findings
from integration_portal.checks.spelling import spelling_findings
from tests.factories import BlocFactory, CountryFactory, EventFactory, MembershipFactory, SourceFactory

pytestmark = pytest.mark.django_db
D = datetime.date


def sourced(membership):
    MembershipCitation.objects.create(membership=membership, source=SourceFactory())
    return membership


@pytest.fixture
def bloc():
    """A bloc founded on 2000-01-01 and ended on 2005-01-01, both sourced, with one sourced member."""
    bloc = BlocFactory(founded=D(2000, 1, 1), ended=D(2005, 1, 1))
    for fact in BlocFact.values:
        BlocCitation.objects.create(bloc=bloc, source=SourceFactory(), fact=fact)
    sourced(MembershipFactory(bloc=bloc, start=D(2000, 1, 1), end=D(2005, 1, 1)))
    return bloc


def about(bloc) -> set[tuple[str, str]]:
    """(check, subject) of the findings that concern this bloc."""
    return {(f.check, f.subject) for f in fact_findings() if str(bloc) in f.subject}


def test_a_sound_bloc_has_no_findings(bloc):
    assert about(bloc) == set()


def test_facts_without_a_source(bloc):
    period = MembershipFactory(bloc=bloc, start=D(2001, 1, 1), end=D(2002, 1, 1), status="observer")
    event = EventFactory(title_es="Cumbre sin fuente")
    unsourced_bloc = BlocFactory(founded=D(2000, 1, 1), ended=D(2003, 1, 1))
    sourced(MembershipFactory(bloc=unsourced_bloc, start=D(2000, 1, 1), end=D(2003, 1, 1)))
    found = {(f.check, f.subject, f.message) for f in fact_findings()}
    assert ("no-source", str(period), "this membership period cites no source") in found
    assert ("no-source", f"event {event.pk}: Cumbre sin fuente", "this event cites no source") in found
    assert ("no-source", str(unsourced_bloc), "its founding date cites no source") in found
    assert ("no-source", str(unsourced_bloc), "its end date cites no source") in found
    EventCitation.objects.create(event=event, source=SourceFactory())
    assert not any(f.subject.startswith(f"event {event.pk}:") for f in fact_findings())


def test_periods_outside_the_blocs_life_judged_by_what_the_dates_may_be(bloc):
    early = sourced(MembershipFactory(bloc=bloc, start=D(1999, 6, 1), end=D(2001, 1, 1), status="observer"))
    # "2000" may be any day of 2000, all of them after the founding on 2000-01-01: no finding.
    sourced(
        MembershipFactory(bloc=bloc, start=D(2000, 1, 1), start_precision="year", end=D(2001, 1, 1), status="candidate")
    )
    open_ended = sourced(MembershipFactory(bloc=bloc, start=D(2002, 1, 1), status="associate"))
    late = sourced(MembershipFactory(bloc=bloc, country=open_ended.country, start=D(2001, 1, 1), end=D(2006, 1, 1)))
    assert about(bloc) == {
        ("before-founding", str(early)),
        ("after-end", str(open_ended)),
        ("after-end", str(late)),
        ("contradiction", str(late)),  # the member period also overlaps the associate one
    }


def test_contradictory_statuses_and_a_suspension_of_nothing():
    bloc = BlocFactory(founded=D(1990, 1, 1))
    BlocCitation.objects.create(bloc=bloc, source=SourceFactory())
    country, other = CountryFactory(), CountryFactory()
    member = sourced(MembershipFactory(bloc=bloc, country=country, start=D(1991, 3, 26)))
    sourced(MembershipFactory(bloc=bloc, country=country, status="suspended", start=D(2012, 6, 29), end=D(2013, 8, 15)))
    withdrawn = sourced(MembershipFactory(bloc=bloc, country=country, status="withdrawn", start=D(2016, 12, 1)))
    stray = sourced(MembershipFactory(bloc=bloc, country=other, status="suspended", start=D(2000, 1, 1)))
    assert about(bloc) == {
        ("contradiction", str(member)),  # a member still, and withdrawn since 2016
        ("contradiction", str(stray)),
    }
    assert withdrawn  # withdrawing after a year-precision end in the same year is fine: see the next test


def test_a_withdrawal_in_the_year_a_membership_ended_is_no_contradiction():
    bloc = BlocFactory(founded=D(2008, 5, 23))
    BlocCitation.objects.create(bloc=bloc, source=SourceFactory())
    country = CountryFactory()
    sourced(
        MembershipFactory(bloc=bloc, country=country, start=D(2008, 5, 23), end=D(2018, 1, 1), end_precision="year")
    )
    # Suspended on 2018-04-20, withdrawn "in 2018": the suspension falls inside the membership's last year.
    sourced(
        MembershipFactory(
            bloc=bloc,
            country=country,
            status="suspended",
            start=D(2018, 4, 20),
            end=D(2018, 1, 1),
            end_precision="year",
        )
    )
    sourced(
        MembershipFactory(bloc=bloc, country=country, status="withdrawn", start=D(2018, 1, 1), start_precision="year")
    )
    assert about(bloc) == set()


def test_a_bloc_without_members_and_a_living_predecessor_of_a_living_successor():
    empty = BlocFactory(founded=None)
    successor = BlocFactory(founded=None, predecessor=empty)
    sourced(MembershipFactory(bloc=successor))
    assert ("no-members", str(empty)) in about(empty)
    assert ("living-predecessor", str(successor)) in about(successor)
    empty.ended, empty.ended_precision = D(2001, 1, 1), "year"
    empty.save()
    assert ("living-predecessor", str(successor)) not in about(successor)


def test_a_name_spelled_two_ways_within_a_language():
    EventFactory(title_th="การประชุมที่อะซุนซิออน", title_en="South American Community of Nations summit")
    found = {finding.message for finding in spelling_findings()}
    assert "writes “อะซุนซิออน”; the portal writes “อาซุนซิออน”" in found
    assert (
        "writes “South American Community of Nations”; the portal writes “Community of South American Nations”" in found
    )


def test_the_command_fails_on_a_finding_and_names_it(capsys):
    EventFactory(title_es="Cumbre sin fuente")
    with pytest.raises(CommandError, match="finding"):
        call_command("check_content")
    assert "this event cites no source" in capsys.readouterr().out


def test_the_demo_content_has_no_findings(capsys):
    call_command("check_content")
    assert capsys.readouterr().out.strip() == "No findings."
