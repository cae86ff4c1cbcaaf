"""What the search index reads from each kind of content.

Weights follow the issue's contract: title (and names) A; summary and related names (blocs,
countries, topics) B; body C. Each language's text is indexed only in that language: no fallback
text from another language, so each configuration sees only words of its own language.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Prefetch

from articles.models import Article, Footnote
from blocs.models import Bloc, Country, Event
from integration_portal.core.languages import language_codes
from integration_portal.core.publishing import PublicationStatus
from integration_portal.core.text import plain_text

from .models import ResultType

WEIGHTS = ("A", "B", "C", "D")


@dataclass
class Document:
    result_type: str
    object_id: int
    # language → weight → texts
    texts: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    listed: bool = True
    public_from: datetime | None = None
    year: int | None = None
    event_kind: str = ""
    bloc_ids: list[int] = field(default_factory=list)
    country_ids: list[int] = field(default_factory=list)
    topic_ids: list[int] = field(default_factory=list)

    def add(self, weight: str, language: str, *texts: str) -> None:
        bucket = self.texts.setdefault(language, {}).setdefault(weight, [])
        bucket.extend(text for text in texts if text)

    def add_fields(self, obj, weight: str, *names: str) -> None:
        for code in language_codes():
            self.add(weight, code, *(obj.raw_translation(name, code) for name in names))

    def add_names(self, weight: str, objects: Iterable) -> None:
        """Names of related blocs, countries or topics, with the acronym a bloc is known by."""
        for obj in objects:
            for code in language_codes():
                self.add(weight, code, obj.raw_translation("name", code))
                if isinstance(obj, Bloc):
                    self.add(weight, code, obj.translated("acronym", code).value)

    def text(self, language: str, weight: str) -> str:
        return "\n".join(self.texts.get(language, {}).get(weight, []))


def article_documents(articles) -> Iterator[Document]:
    articles = articles.prefetch_related(
        "blocs", "countries", "topics", "authors", Prefetch("footnotes", queryset=Footnote.objects.order_by("number"))
    )
    for article in articles:
        doc = Document(
            ResultType.ARTICLE,
            article.pk,
            listed=article.status == PublicationStatus.PUBLISHED,
            public_from=article.published_at,
            year=article.published_at.year if article.published_at else None,
            bloc_ids=[bloc.pk for bloc in article.blocs.all()],
            country_ids=[country.pk for country in article.countries.all()],
            topic_ids=[topic.pk for topic in article.topics.all()],
        )
        doc.add_fields(article, "A", "title")
        doc.add_fields(article, "B", "summary")
        for code in language_codes():
            doc.add("C", code, plain_text(article.raw_translation("body", code)))
            doc.add("C", code, *(note.raw_translation("text", code) for note in article.footnotes.all()))
            doc.add("B", code, *(author.name for author in article.authors.all()))
        doc.add_names("B", [*article.blocs.all(), *article.countries.all(), *article.topics.all()])
        yield doc


def event_documents(events) -> Iterator[Document]:
    for event in events.prefetch_related("blocs", "countries"):
        doc = Document(
            ResultType.EVENT,
            event.pk,
            listed=event.status == PublicationStatus.PUBLISHED,
            public_from=event.published_at,
            year=event.date.year,
            event_kind=event.kind,
            bloc_ids=[bloc.pk for bloc in event.blocs.all()],
            country_ids=[country.pk for country in event.countries.all()],
        )
        doc.add_fields(event, "A", "title")
        doc.add_fields(event, "B", "summary")
        for code in language_codes():
            doc.add("C", code, plain_text(event.raw_translation("body", code)))
        doc.add_names("B", [*event.blocs.all(), *event.countries.all()])
        yield doc


def bloc_documents(blocs) -> Iterator[Document]:
    for bloc in blocs.prefetch_related("memberships"):
        doc = Document(
            ResultType.BLOC,
            bloc.pk,
            year=bloc.founded.year if bloc.founded else None,
            bloc_ids=[bloc.pk],
            country_ids=sorted({membership.country_id for membership in bloc.memberships.all()}),
        )
        doc.add_fields(bloc, "A", "name", "acronym")
        doc.add_fields(bloc, "B", "summary")
        doc.add_fields(bloc, "C", "description", "founding_treaty", "seat")
        yield doc


def country_documents(countries) -> Iterator[Document]:
    for country in countries.prefetch_related("memberships"):
        doc = Document(
            ResultType.COUNTRY,
            country.pk,
            bloc_ids=sorted({membership.bloc_id for membership in country.memberships.all()}),
            country_ids=[country.pk],
        )
        doc.add_fields(country, "A", "name")
        for code in language_codes():
            doc.add("A", code, country.alpha2, country.alpha3)
        doc.add_fields(country, "B", "capital")
        yield doc


BUILDERS = {
    ResultType.ARTICLE: (Article, article_documents),
    ResultType.EVENT: (Event, event_documents),
    ResultType.BLOC: (Bloc, bloc_documents),
    ResultType.COUNTRY: (Country, country_documents),
}


def documents_for(result_type: str, ids: Iterable[int] | None = None) -> Iterator[Document]:
    """Documents of one type, for the given ids or for all objects."""
    model, build = BUILDERS[result_type]
    objects = model.objects.all() if ids is None else model.objects.filter(pk__in=list(ids))
    return build(objects.order_by("pk"))
