"""Load the demo content: the reference blocs, countries, memberships and events, and the two analyses.

One transaction: the demo loads whole or not at all. Objects are matched by natural keys (slug, ISO code,
demo key, or country + bloc + status + start), so running the loader again creates nothing new. An object
that already exists is left as an analyst may have edited it, unless ``refresh`` asks to restore the demo
values; either way a second run changes nothing.
"""

from collections import Counter
from dataclasses import dataclass, field

import reversion
from django.db import transaction
from django.utils import timezone

from articles.models import Article, Footnote, Topic
from blocs.models import Bloc, BlocFact, Country, Era, Event, Membership
from integration_portal.core.dates import parse_partial_date
from integration_portal.core.languages import language_codes
from integration_portal.core.publishing import PublicationStatus
from integration_portal.core.rich_text import sanitize_html
from integration_portal.search import index as search_index
from integration_portal.sources.models import Source
from integration_portal.sources.services import replace_citations

from . import article_cooperacion, article_pacific
from .blocs import BLOCS, TOPICS
from .countries import COUNTRIES
from .record import Record, read_record

ARTICLE_RELATIONS = {
    "cooperacion-integracion-sur": {
        "blocs": ["mercosur", "alba-tcp", "unasur"],
        "countries": ["US", "BR", "MX", "CL", "PE", "CO"],
        "topics": [
            "south-south-cooperation",
            "economy-trade",
            "health",
            "culture",
            "foreign-policy",
            "human-rights",
            "peace-processes",
        ],
        "events": ["treaty-of-asuncion", "alba-founded-havana", "unasur-constitutive-treaty", "washington-consensus"],
    },
    "pacific-integration": {
        "blocs": ["mercosur", "can", "ftaa", "unasur", "alba-tcp", "pacific-alliance"],
        "countries": ["CL", "PE", "CO", "MX", "BR", "VE", "CU", "CN", "EC", "PA"],
        "topics": ["economy-trade", "foreign-policy", "energy-infrastructure", "sovereignty-disputes"],
        "events": [
            "war-of-the-pacific",
            "mar-del-plata-summit",
            "chile-china-fta",
            "peru-china-fta",
            "peru-v-chile-icj-application",
            "icj-judgment-peru-v-chile",
            "alan-garcia-presidency",
            "humala-presidency",
            "santos-presidency",
            "mila-begins",
        ],
    },
}


@dataclass
class LoadReport:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)

    @property
    def changed_anything(self) -> bool:
        return bool(sum(self.created.values()) or sum(self.updated.values()))

    def lines(self) -> list[str]:
        models = sorted(set(self.created) | set(self.updated) | set(self.unchanged))
        return [
            f"{name}: {self.created[name]} created, {self.updated[name]} updated, {self.unchanged[name]} unchanged"
            for name in models
        ]


def translations(name: str, texts: dict[str, str]) -> dict[str, str]:
    """{"es": "Perú", …} → {"name_es": "Perú", …}"""
    return {f"{name}_{code}": texts.get(code, "") for code in language_codes()}


def partial(name: str, text: str | None) -> dict:
    """ "2024-07" → {name: date(2024, 7, 1), name_precision: "month"}"""
    if text is None:
        return {name: None}
    date, precision = parse_partial_date(text)
    return {name: date, f"{name}_precision": precision}


class DemoLoader:
    def __init__(self, *, refresh: bool):
        self.refresh = refresh
        self.report = LoadReport()

    def upsert(self, model, key: dict, values: dict, relations: dict | None = None, citations: list | None = None):
        """Create the object, or (with refresh) bring it back to ``values``; validate before saving.

        ``citations`` are (source, pinpoint) pairs, or for a bloc (source, pinpoint, fact), in their order.
        """
        label = model._meta.model_name
        obj = model.objects.filter(**key).first()
        if obj is None:
            obj = model(**key, **values)
            outcome = self.report.created
        elif self.refresh and (
            self._differs(obj, values) or self._relations_differ(obj, relations) or self._cites_other(obj, citations)
        ):
            for name, value in values.items():
                setattr(obj, name, value)
            outcome = self.report.updated
        else:
            self.report.unchanged[label] += 1
            return obj
        obj.full_clean()
        # One revision per object: restoring one object's version must not roll back the whole demo.
        with reversion.create_revision():
            reversion.set_comment("Demo content loaded")
            obj.save()
            for name, related in (relations or {}).items():
                getattr(obj, name).set(related)
            if citations is not None:
                replace_citations(fact=obj, citations=citations)
        outcome[label] += 1
        return obj

    @staticmethod
    def _citation_rows(obj) -> list[tuple]:
        with_fact = isinstance(obj, Bloc)
        return [
            (c.source_id, c.pinpoint, c.fact) if with_fact else (c.source_id, c.pinpoint)
            for c in obj.citations.order_by("position", "pk")
        ]

    def _cites_other(self, obj, citations: list | None) -> bool:
        if citations is None:
            return False
        return self._citation_rows(obj) != [(source.pk, *rest) for source, *rest in citations]

    @staticmethod
    def _differs(obj, values: dict) -> bool:
        return any(getattr(obj, name) != value for name, value in values.items())

    @staticmethod
    def _relations_differ(obj, relations: dict | None) -> bool:
        return any(
            {item.pk for item in getattr(obj, name).all()} != {item.pk for item in related}
            for name, related in (relations or {}).items()
        )

    def load(self) -> LoadReport:
        record = read_record()
        countries = self.load_countries(record)
        sources = self.load_sources(record)
        blocs = self.load_blocs(record, sources)
        topics = self.load_topics()
        self.load_memberships(record, countries, blocs, sources)
        events = self.load_events(record, countries, blocs, sources)
        self.load_eras(record, sources)
        self.load_articles(countries, blocs, topics, events)
        return self.report

    @staticmethod
    def cited(sources: dict[str, Source], references: list[dict]) -> list[tuple[Source, str]]:
        return [(sources[reference["source"]], reference.get("pinpoint", "")) for reference in references]

    def load_sources(self, record: Record) -> dict[str, Source]:
        return {
            row["key"]: self.upsert(
                Source,
                {"slug": row["key"]},
                {
                    "kind": row["kind"],
                    "original_language": row.get("original_language", "es"),
                    "identifier": row.get("identifier", ""),
                    "url": row.get("url", ""),
                    "archive_url": row.get("archive_url", ""),
                    **partial("date", row.get("date")),
                    **translations("title", row["title"]),
                    **translations("issuer", {code: row.get("issuer", "") for code in language_codes()}),
                },
            )
            for row in record.sources.values()
        }

    def load_countries(self, record: Record) -> dict[str, Country]:
        return {
            row["alpha2"]: self.upsert(
                Country,
                {"alpha2": row["alpha2"]},
                {
                    "alpha3": row["alpha3"],
                    "slug": row["slug"],
                    "subregion": row["subregion"],
                    "in_latin_america": row["in_latin_america"],
                    **translations("name", row["name"]),
                    **translations("capital", row["capital"]),
                },
            )
            for row in [*COUNTRIES, *record.new_countries]
        }

    def load_blocs(self, record: Record, sources: dict[str, Source]) -> dict[str, Bloc]:
        blocs = {}
        for row in BLOCS:  # predecessors come first in BLOCS
            dated = record.blocs[row["slug"]]  # its dates and their sources: every bloc has them
            values = {
                "kind": row["kind"],
                "website": row["website"],
                "predecessor": blocs[row["predecessor"]] if row["predecessor"] else None,
                **partial("founded", dated.get("founded")),
                **partial("ended", dated.get("ended")),
            }
            for name in ("name", "acronym", "founding_treaty", "seat", "summary"):
                values.update(translations(name, row[name]))
            citations = [
                *((*pair, BlocFact.FOUNDING) for pair in self.cited(sources, dated.get("sources", []))),
                *((*pair, BlocFact.ENDING) for pair in self.cited(sources, dated.get("ended_sources", []))),
            ]
            blocs[row["slug"]] = self.upsert(Bloc, {"slug": row["slug"]}, values, citations=citations)
        return blocs

    def load_topics(self) -> dict[str, Topic]:
        return {slug: self.upsert(Topic, {"slug": slug}, translations("name", names)) for slug, names in TOPICS}

    def load_memberships(self, record: Record, countries, blocs, sources) -> None:
        for row in record.memberships:
            start_values = partial("start", row["start"])
            self.upsert(
                Membership,
                {
                    "country": countries[row["country"]],
                    "bloc": blocs[row["bloc"]],
                    "status": row["status"],
                    "start": start_values["start"],
                },
                {
                    "start_precision": start_values["start_precision"],
                    **partial("end", row.get("end")),
                    **translations("note", row.get("note") or {}),
                },
                citations=self.cited(sources, row["sources"]),
            )

    def load_events(self, record: Record, countries, blocs, sources) -> dict[str, Event]:
        events = {}
        for row in record.events:
            key, texts = row["key"], row
            existing = Event.objects.filter(demo_key=key).first()
            events[key] = self.upsert(
                Event,
                {"demo_key": key},
                {
                    "status": PublicationStatus.PUBLISHED,
                    # The portal's own publication time, kept once set.
                    "published_at": existing.published_at if existing and existing.published_at else timezone.now(),
                    "kind": row["kind"],
                    **partial("date", row["date"]),
                    **partial("end_date", row.get("end")),
                    **translations("title", texts["title"]),
                    **translations("summary", texts["summary"]),
                },
                relations={
                    "blocs": [blocs[slug] for slug in row["blocs"]],
                    "countries": [countries[code] for code in row["countries"]],
                },
                citations=self.cited(sources, row["sources"]),
            )
        return events

    def load_eras(self, record: Record, sources) -> None:
        for row in record.eras:
            self.upsert(
                Era,
                {"demo_key": row["key"]},
                {
                    "first_decade": row["first_decade"],
                    "last_decade": row["last_decade"],
                    **translations("name", row["name"]),
                    **translations("summary", row["summary"]),
                },
                citations=self.cited(sources, row["sources"]),
            )

    def load_articles(self, countries, blocs, topics, events) -> None:
        for source in (article_cooperacion.ARTICLE, article_pacific.ARTICLE):
            # The article and its footnotes in one revision, as the admin saves them.
            with reversion.create_revision():
                self.load_article(source, countries, blocs, topics, events)

    def load_article(self, source, countries, blocs, topics, events) -> None:
        related = ARTICLE_RELATIONS[source["key"]]
        existing = Article.objects.filter(demo_key=source["key"]).first()
        article = self.upsert(
            Article,
            {"demo_key": source["key"]},
            {
                "status": PublicationStatus.PUBLISHED,
                "original_language": source["original_language"],
                **translations("title", source["title"]),
                **translations("slug", source["slug"]),
                **translations("summary", source["summary"]),
                **translations("body", {code: sanitize_html(text) for code, text in source["body"].items()}),
                # The portal's own publication time, kept once set.
                "published_at": existing.published_at if existing else timezone.now(),
            },
            relations={
                "blocs": [blocs[slug] for slug in related["blocs"]],
                "countries": [countries[code] for code in related["countries"]],
                "topics": [topics[slug] for slug in related["topics"]],
                "events": [events[key] for key in related["events"]],
            },
        )
        for number, note in enumerate(source["footnotes"], start=1):
            self.upsert(Footnote, {"article": article, "number": number}, translations("text", note))


def load_demo(*, refresh: bool = False) -> LoadReport:
    # The search index is written once, after everything is loaded, inside the same transaction.
    with transaction.atomic(), search_index.deferred():
        return DemoLoader(refresh=refresh).load()
