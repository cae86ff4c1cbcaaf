"""Which entries hold another object's name, and which of its fields those entries hold.

An article's entry holds the names of its blocs, countries, topics and authors; an event's those of its blocs
and countries. A bloc's entry and a country's hold only ids of each other (memberships), not their text, so
renaming one never re-indexes the other.
"""

from articles.models import Author, Topic
from blocs.models import Bloc, Country
from integration_portal.core.languages import language_codes

from .models import ResultType

# The fields of each kind whose text other entries hold (documents.Document.add_names, the authors' names).
MENTIONED_FIELDS = {Bloc: ("name", "acronym"), Country: ("name",), Topic: ("name",), Author: ("name",)}
TRANSLATED = {Bloc, Country, Topic}


def mention_columns(model) -> list[str]:
    fields = MENTIONED_FIELDS[model]
    if model in TRANSLATED:
        return [f"{field}_{code}" for field in fields for code in language_codes()]
    return list(fields)


def mentioned_text(model, values: dict) -> tuple:
    return tuple(values.get(column) or "" for column in mention_columns(model))


def mentioned_in(obj) -> dict[str, set[int]]:
    """The entries whose text holds this object's name, by result type."""
    ids = {ResultType.ARTICLE: set(obj.articles.values_list("pk", flat=True))}
    if isinstance(obj, Bloc | Country):
        ids[ResultType.EVENT] = set(obj.events.values_list("pk", flat=True))
    return ids
