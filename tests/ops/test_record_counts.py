"""make record-counts: the per-bloc table counts what a hand-made bloc holds."""

import datetime

import pytest

from blocs.models import BlocCitation, EventCitation, MembershipCitation
from integration_portal.demo.record import Record
from ops.management.commands.record_counts import bloc_rows, gaps_page, share
from tests.factories import BlocFactory, EventFactory, MembershipFactory, SourceFactory

pytestmark = pytest.mark.django_db


def test_a_blocs_row_counts_its_periods_events_sources_and_the_share_with_a_source():
    bloc = BlocFactory(acronym_en="OZT", founded=datetime.date(2000, 1, 1), ended=datetime.date(2005, 1, 1))
    treaty, decision = SourceFactory(), SourceFactory()
    BlocCitation.objects.create(bloc=bloc, source=treaty)  # the founding; the end has no source
    cited = MembershipFactory(bloc=bloc)
    MembershipCitation.objects.create(membership=cited, source=treaty)
    MembershipFactory(bloc=bloc, status="observer")  # no source
    event = EventFactory()
    event.blocs.add(bloc)
    EventCitation.objects.create(event=event, source=decision)
    row = next(row for row in bloc_rows() if row["bloc"] == "OZT")
    # Facts: 2 periods + 1 event + 2 dates = 5; sourced: 1 period + 1 event + the founding = 3.
    assert row == {"bloc": "OZT", "periods": 2, "events": 1, "sources": 2, "facts": 5, "sourced": 3}
    assert share(3, 5) == "60 %" and share(0, 0) == "–"


def test_the_gaps_page_lists_gaps_and_disagreements():
    page = gaps_page(Record(gaps=["Belize's accession to SICA: no source"], disagreements=["CARICOM: 1 August"]))
    assert "- Belize's accession to SICA: no source" in page and "- CARICOM: 1 August" in page
