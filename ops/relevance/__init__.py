"""Relevance of the search over the demo content, against judged queries (queries_<language>.json).

Each query lists documents graded 2 (highly relevant) or 1 (partially relevant); others count as 0.
Documents are named ``article:<demo key>``, ``event:<demo key>``, ``bloc:<slug>``, ``country:<alpha-2>``.
The metrics (nDCG@10, P@5) are in ``metrics``; the baseline is what a plain ``icontains`` over the same fields finds.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from django.db.models import Q
from django.utils import translation

from articles.models import Article
from blocs.models import Bloc, Country, Event
from integration_portal.search.engine import Filters, search
from integration_portal.search.query import parse

from .metrics import Ranking, mean_scores

HERE = Path(__file__).resolve().parent
# Fields a plain icontains baseline looks in, per model: the same text the index reads.
BASELINE_FIELDS = {
    Article: ("title", "summary", "body"),
    Event: ("title", "summary", "body"),
    Bloc: ("name", "acronym", "summary", "description", "founding_treaty", "seat"),
    Country: ("name", "capital"),
}


def load_queries(language: str) -> list[dict]:
    return json.loads((HERE / f"queries_{language}.json").read_text(encoding="utf-8"))


def document_keys() -> dict[tuple[str, int], str]:
    keys = {("article", pk): f"article:{key}" for pk, key in Article.objects.values_list("pk", "demo_key")}
    keys |= {("event", pk): f"event:{key}" for pk, key in Event.objects.values_list("pk", "demo_key")}
    keys |= {("bloc", pk): f"bloc:{slug}" for pk, slug in Bloc.objects.values_list("pk", "slug")}
    keys |= {("country", pk): f"country:{code}" for pk, code in Country.objects.values_list("pk", "alpha2")}
    return keys


def engine_run(queries: list[dict], language: str, keys) -> dict[str, Ranking]:
    run = {}
    for number, item in enumerate(queries):
        outcome = search(parse(item["query"]), [language], Filters(), per_page=10)
        run[f"q{number}"] = [keys[(hit.result_type, hit.object_id)] for hit in outcome.hits]
    return run


def baseline_run(queries: list[dict], language: str, keys) -> dict[str, Ranking]:
    """Substring match of the whole query in any field of that language, listed in a fixed order."""
    run = {}
    for number, item in enumerate(queries):
        found = []
        for model, fields in BASELINE_FIELDS.items():
            condition = Q()
            for name in fields:
                condition |= Q(**{f"{name}_{language}__icontains": item["query"]})
            objects = model.objects.filter(condition).order_by("pk")
            if model is Article:
                objects = objects.filter(pk__in=Article.objects.published())
            found += [keys[(model.__name__.lower(), pk)] for pk in objects.values_list("pk", flat=True)]
        run[f"q{number}"] = found[:10]
    return run


@dataclass
class LanguageReport:
    language: str
    queries: int
    engine: dict[str, float]
    baseline: dict[str, float]


def relevance_report(languages=("es", "th", "en")) -> list[LanguageReport]:
    keys = document_keys()
    reports = []
    for language in languages:
        queries = load_queries(language)
        qrels = {f"q{number}": item["judgements"] for number, item in enumerate(queries)}
        with translation.override(language):
            engine = mean_scores(engine_run(queries, language, keys), qrels)
            baseline = mean_scores(baseline_run(queries, language, keys), qrels)
        reports.append(LanguageReport(language, len(queries), engine, baseline))
    return reports
