"""Throwaway addresses for the export tests: a small hand-made table behind download_patterns."""

import datetime

from django.core.exceptions import ValidationError

from integration_portal.exports.requests import MAX_EXPORT_ROWS, BadQuery
from integration_portal.exports.tables import Table
from integration_portal.exports.urls import download_patterns

EVENTS = [
    {
        "date": datetime.date(1991, 3, 26),
        "date_precision": "day",
        "title_es": "Firma del Tratado de Asunción",
        "title_th": "การลงนามสนธิสัญญาอาซุนซิออน",
        "title_en": "Signing of the Treaty of Asunción",
        "countries": ["Argentina", "Brasil", "Paraguay", "Uruguay"],
        "members": 4,
        "confirmed": True,
        "sources": ["tratado-asuncion"],
    },
    {
        "date": datetime.date(2012, 7, 1),
        "date_precision": "month",
        "title_es": "=1+1",
        "title_th": "",
        "title_en": "@SUM(A1:A2)",
        "countries": ["-Venezuela"],
        "members": -1,
        "confirmed": False,
        "sources": [],
    },
]
SOURCES = [
    {
        "key": "tratado-asuncion",
        "title": "Tratado de Asunción",
        "kind": "treaty",
        "date": datetime.date(1991, 3, 26),
        "date_precision": "day",
        "identifier": "+595 Registro 1991",
        "url": "https://www.mercosur.int/documento/tratado-asuncion/",
        "archive_url": None,
        "issuer": "Mercosur",
    }
]


def events_table(request, query, slug="mercosur"):
    if slug == "missing":
        raise BadQuery("No bloc is called “missing”.", {"slug": ["Unknown bloc."]})
    if query.params.get("year") == "invalid":
        raise ValidationError({"year": ["Enter a whole number."]})
    copies = query.params.get("copies", "1")
    if not copies.isdigit():
        raise BadQuery("copies must be a number.", {"copies": ["Enter a whole number."]})
    rows = query.bounded(EVENTS[i % len(EVENTS)] for i in range(int(copies) * len(EVENTS)))
    columns = ["date", "date_precision", *query.text_columns("title"), "countries", "members", "confirmed", "sources"]
    return Table(
        name=f"Línea de tiempo: {slug}",
        title=f"Línea de tiempo: {slug.title()}",
        permalink=query.permalink(f"/es/timeline/{slug}/"),
        columns=columns,
        rows=[{**row, **query.texts(Event(row), "title")} for row in rows],
        sources=SOURCES if rows else [],
    )


class Event:
    """An object with modeltranslation's per-language attributes, as the real builders read."""

    def __init__(self, row):
        self.__dict__.update(row)


def oversized_table(request, query):
    """A builder that does not bound its rows itself: the view refuses the table."""
    return Table("big", "Big", query.permalink("/big/"), ["n"], [{"n": n} for n in range(MAX_EXPORT_ROWS + 1)])


urlpatterns = [
    *download_patterns("timeline/<slug:slug>/", events_table, name="timeline", allowed=("year", "copies", "page")),
    *download_patterns("big/", oversized_table, name="big", allowed=()),
]
