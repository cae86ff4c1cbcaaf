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
from blocs.models import Bloc, Country, Event, Membership
from integration_portal.core.dates import parse_partial_date
from integration_portal.core.languages import language_codes
from integration_portal.core.publishing import PublicationStatus
from integration_portal.core.rich_text import sanitize_html
from integration_portal.search import index as search_index

from . import article_cooperacion, article_pacific
from .blocs import BLOCS, MEMBERSHIP_NOTES, MEMBERSHIPS, TOPICS
from .countries import COUNTRIES
from .event_texts import EVENT_TEXTS
from .events import EVENTS

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

    def upsert(self, model, key: dict, values: dict, relations: dict | None = None):
        """Create the object, or (with refresh) bring it back to ``values``; validate before saving."""
        label = model._meta.model_name
        obj = model.objects.filter(**key).first()
        if obj is None:
            obj = model(**key, **values)
            outcome = self.report.created
        elif self.refresh and (self._differs(obj, values) or self._relations_differ(obj, relations)):
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
        outcome[label] += 1
        return obj

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
        countries = self.load_countries()
        blocs = self.load_blocs()
        topics = self.load_topics()
        self.load_memberships(countries, blocs)
        events = self.load_events(countries, blocs)
        self.load_articles(countries, blocs, topics, events)
        return self.report

    def load_countries(self) -> dict[str, Country]:
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
            for row in COUNTRIES
        }

    def load_blocs(self) -> dict[str, Bloc]:
        blocs = {}
        for row in BLOCS:  # predecessors come first in BLOCS
            values = {
                "kind": row["kind"],
                "website": row["website"],
                "predecessor": blocs[row["predecessor"]] if row["predecessor"] else None,
                **partial("founded", row["founded"]),
                **partial("ended", row["ended"]),
            }
            for name in ("name", "acronym", "founding_treaty", "seat", "summary"):
                values.update(translations(name, row[name]))
            blocs[row["slug"]] = self.upsert(Bloc, {"slug": row["slug"]}, values)
        return blocs

    def load_topics(self) -> dict[str, Topic]:
        return {slug: self.upsert(Topic, {"slug": slug}, translations("name", names)) for slug, names in TOPICS}

    def load_memberships(self, countries, blocs) -> None:
        for code, bloc, status, start, end, note in MEMBERSHIPS:
            start_values = partial("start", start)
            note_texts = {"en": note, **MEMBERSHIP_NOTES.get(note, {})} if note else {}
            self.upsert(
                Membership,
                {"country": countries[code], "bloc": blocs[bloc], "status": status, "start": start_values["start"]},
                {
                    "start_precision": start_values["start_precision"],
                    **partial("end", end),
                    **translations("note", note_texts),
                },
            )

    def load_events(self, countries, blocs) -> dict[str, Event]:
        events = {}
        for key, date, end, kind, bloc_slugs, country_codes in EVENTS:
            texts = EVENT_TEXTS[key]
            existing = Event.objects.filter(demo_key=key).first()
            events[key] = self.upsert(
                Event,
                {"demo_key": key},
                {
                    "status": PublicationStatus.PUBLISHED,
                    # The portal's own publication time, kept once set.
                    "published_at": existing.published_at if existing and existing.published_at else timezone.now(),
                    "kind": kind,
                    **partial("date", date),
                    **partial("end_date", end),
                    **translations("title", texts["title"]),
                    **translations("summary", texts["summary"]),
                },
                relations={
                    "blocs": [blocs[slug] for slug in bloc_slugs],
                    "countries": [countries[code] for code in country_codes],
                },
            )
        return events

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
