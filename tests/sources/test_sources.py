"""Sources and citations: what the model and the database refuse, and what a deleted source may not take with it."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from blocs.models import BlocCitation, BlocFact, EventCitation, MembershipCitation
from integration_portal.sources.models import Source
from tests.factories import BlocFactory, EventFactory, MembershipFactory, SourceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def field_errors(obj) -> dict:
    with pytest.raises(ValidationError) as caught:
        obj.full_clean()
    return caught.value.message_dict


def test_a_date_known_to_the_year_is_stored_as_1_january_and_the_database_says_so_too():
    source = SourceFactory.build(date=datetime.date(1991, 3, 26), date_precision="year")
    assert field_errors(source) == {"date": ["A date known only to the year must be 1 January of that year."]}
    with transaction.atomic(), pytest.raises(IntegrityError, match="source_date_precision"):
        source.save()


def test_dates_outside_the_years_the_portal_records_are_refused():
    errors = field_errors(SourceFactory.build(date=datetime.date(1700, 1, 1)))
    assert "date" in errors


def test_an_archived_copy_needs_the_url_it_copies():
    source = SourceFactory.build(url="", archive_url="https://web.archive.org/web/2010/https://example.org/")
    assert "An archived copy needs the URL it is a copy of." in field_errors(source)["__all__"]
    with transaction.atomic(), pytest.raises(IntegrityError, match="source_archive_needs_url"):
        source.save()


def test_the_key_is_unique():
    SourceFactory(slug="treaty-of-somewhere")
    assert "slug" in field_errors(SourceFactory.build(slug="treaty-of-somewhere"))


def test_a_fact_cites_a_source_once_per_pinpoint():
    membership, source = MembershipFactory(), SourceFactory()
    MembershipCitation.objects.create(membership=membership, source=source, pinpoint="Art. 1")
    MembershipCitation.objects.create(membership=membership, source=source, pinpoint="Art. 24")  # another article
    again = MembershipCitation(membership=membership, source=source, pinpoint="Art. 1")
    assert "This source is already cited here with the same pinpoint." in field_errors(again)["__all__"]
    with transaction.atomic(), pytest.raises(IntegrityError):
        again.save()


def test_a_cited_source_cannot_be_deleted_and_an_uncited_one_can():
    cited, uncited = SourceFactory(), SourceFactory()
    EventCitation.objects.create(event=EventFactory(), source=cited)
    with pytest.raises(ProtectedError):
        cited.delete()
    uncited.delete()
    assert not Source.objects.filter(pk=uncited.pk).exists()


def test_a_bloc_cites_its_founding_and_its_end_separately():
    bloc, source = BlocFactory(ended=datetime.date(2005, 1, 1)), SourceFactory()
    BlocCitation.objects.create(bloc=bloc, source=source, fact=BlocFact.FOUNDING)
    BlocCitation.objects.create(bloc=bloc, source=source, fact=BlocFact.ENDING)
    assert sorted(bloc.citations.values_list("fact", flat=True)) == ["ending", "founding"]
