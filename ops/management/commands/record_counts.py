"""The record's size per bloc (periods, events, sources, and the share of facts with a source), for
docs/measurements/record-counts.md.

Also writes docs/record.md: the known gaps (facts no source dated, left out) and the disagreements between
sources, as the research files list them.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Count, Q

from blocs.models import Bloc, BlocFact
from integration_portal.demo.record import read_record
from ops.measurements import add_write_argument, write_measurement


def bloc_rows() -> list[dict]:
    rows = []
    blocs = Bloc.objects.annotate(
        periods=Count("memberships", distinct=True),
        sourced_periods=Count("memberships", filter=Q(memberships__citations__isnull=False), distinct=True),
        event_count=Count("events", distinct=True),
        sourced_events=Count("events", filter=Q(events__citations__isnull=False), distinct=True),
    ).order_by("founded", "slug")
    for bloc in blocs.prefetch_related("citations"):
        cited = {c.fact for c in bloc.citations.all()}
        dates = [fact for fact, value in ((BlocFact.FOUNDING, bloc.founded), (BlocFact.ENDING, bloc.ended)) if value]
        sources = set(bloc.citations.values_list("source", flat=True))
        sources |= set(bloc.memberships.values_list("citations__source", flat=True))
        sources |= set(bloc.events.values_list("citations__source", flat=True))
        sources.discard(None)
        facts = bloc.periods + bloc.event_count + len(dates)
        sourced = bloc.sourced_periods + bloc.sourced_events + len([fact for fact in dates if fact in cited])
        rows.append(
            {
                "bloc": bloc.acronym_en or bloc.name_en,
                "periods": bloc.periods,
                "events": bloc.event_count,
                "sources": len(sources),
                "facts": facts,
                "sourced": sourced,
            }
        )
    return rows


def share(sourced: int, facts: int) -> str:
    return f"{100 * sourced / facts:.0f} %" if facts else "–"


def table(rows: list[dict]) -> str:
    lines = ["| bloc | membership periods | events | sources cited | facts with a source |", "|---|---|---|---|---|"]
    for row in rows:
        lines.append(
            f"| {row['bloc']} | {row['periods']} | {row['events']} | {row['sources']} | "
            f"{share(row['sourced'], row['facts'])} |"
        )
    return "\n".join(lines)


class Command(BaseCommand):
    help = (
        "Count the record per bloc (periods, events, sources, share sourced); --write writes "
        "docs/measurements/record-counts.md and docs/record.md."
    )

    def add_arguments(self, parser):
        add_write_argument(parser, "record-counts")

    def handle(self, *args, write, **options):
        from blocs.models import Event, Membership
        from integration_portal.sources.models import Source

        rows = bloc_rows()
        periods, events = Membership.objects.count(), Event.objects.count()
        sourced = (
            Membership.objects.filter(citations__isnull=False).distinct().count()
            + Event.objects.filter(citations__isnull=False).distinct().count()
        )
        record = read_record()
        report = "\n".join(
            [
                table(rows),
                "",
                f"In all: {periods} membership periods and {events} events, {share(sourced, periods + events)} with "
                f"a source; {Source.objects.count()} sources. An event may concern several blocs, so the column "
                f"does not add up. {len(record.gaps)} facts are left out for want of a source and "
                f"{len(record.disagreements)} disagreements between sources are noted: see "
                "[docs/record.md](../record.md).",
            ]
        )
        self.stdout.write(report)
        if write:
            write_measurement("record-counts", report)
            (settings.BASE_DIR / "docs" / "record.md").write_text(gaps_page(record), encoding="utf-8")


def gaps_page(record) -> str:
    lines = [
        "# The record: known gaps and disagreements",
        "",
        "Written by `make record-counts` from the research files in `integration_portal/demo/record/`. A fact no",
        "source dates is left out of the record and listed here; where sources disagree, the record follows the",
        "better one (official over press over scholarly) and the other is named here and in the fact's note.",
        "",
        "## Known gaps",
        "",
        *(f"- {gap}" for gap in record.gaps),
        "",
        "## Disagreements between sources",
        "",
        *(f"- {item}" for item in record.disagreements),
        "",
    ]
    return "\n".join(lines)
