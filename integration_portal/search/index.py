"""Writing the search index: building each entry's vectors and keeping entries in step with content."""

from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from itertools import islice

from django.db import connection, transaction

from .documents import BUILDERS, WEIGHTS, Document, documents_for
from .models import SearchEntry
from .text import fold, segmenter

# PostgreSQL keeps at most 256 positions per lexeme and ignores words longer than this.
MAX_POSITIONS = 256
MAX_WORD_LENGTH = 200
BATCH_SIZE = 500

POSTGRES_CONFIGURATIONS = {"es": "spanish", "en": "english"}


def postgres_vector_sql(config: str) -> str:
    """``setweight(to_tsvector(config, %s), 'A') || …`` over one folded text per weight."""
    return " || ".join(f"setweight(to_tsvector('{config}', %s), '{weight}')" for weight in WEIGHTS)


UPSERT = f"""
INSERT INTO search_searchentry (
    result_type, object_id, vector_es, vector_en, vector_th,
    listed, public_from, year, event_kind, bloc_ids, country_ids, topic_ids, updated_at
) VALUES (
    %s, %s, {postgres_vector_sql("spanish")}, {postgres_vector_sql("english")}, %s::tsvector,
    %s, %s, %s, %s, %s, %s, %s, now()
)
ON CONFLICT (result_type, object_id) DO UPDATE SET
    vector_es = EXCLUDED.vector_es, vector_en = EXCLUDED.vector_en, vector_th = EXCLUDED.vector_th,
    listed = EXCLUDED.listed, public_from = EXCLUDED.public_from, year = EXCLUDED.year,
    event_kind = EXCLUDED.event_kind, bloc_ids = EXCLUDED.bloc_ids, country_ids = EXCLUDED.country_ids,
    topic_ids = EXCLUDED.topic_ids, updated_at = now()
"""


def quote_lexeme(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def thai_vector(doc: Document) -> str:
    """A ``tsvector`` literal of the Thai text, segmented in Python.

    A compound is indexed with its parts at the same position, so ไฟฟ้า is found inside
    ระบบส่งจ่ายไฟฟ้า. Stop words take a position but are not indexed, as PostgreSQL does.
    """
    thai = segmenter()
    positions: dict[str, list[str]] = defaultdict(list)
    position = 0
    for weight in WEIGHTS:
        for word in thai.words_of(doc.text("th", weight)):
            position += 1
            for lexeme in (word.key, *word.parts):
                if len(lexeme) > MAX_WORD_LENGTH or thai.is_stopword(lexeme):
                    continue
                if len(positions[lexeme]) < MAX_POSITIONS:
                    positions[lexeme].append(f"{min(position, 16383)}{weight}")
    return " ".join(f"{quote_lexeme(lexeme)}:{','.join(marks)}" for lexeme, marks in positions.items())


def entry_parameters(doc: Document) -> list:
    folded = {code: [fold(doc.text(code, weight)) for weight in WEIGHTS] for code in POSTGRES_CONFIGURATIONS}
    return [
        doc.result_type,
        doc.object_id,
        *folded["es"],
        *folded["en"],
        thai_vector(doc),
        doc.listed,
        doc.public_from,
        doc.year,
        doc.event_kind,
        doc.bloc_ids,
        doc.country_ids,
        doc.topic_ids,
    ]


def write_documents(documents: Iterable[Document]) -> int:
    written = 0
    iterator = iter(documents)
    with connection.cursor() as cursor:
        while batch := list(islice(iterator, BATCH_SIZE)):
            cursor.executemany(UPSERT, [entry_parameters(doc) for doc in batch])
            written += len(batch)
    return written


def reindex_now(result_type: str, ids: Iterable[int]) -> None:
    """Rewrite the entries of these objects, and drop those whose object is gone."""
    ids = set(ids)
    if not ids:
        return
    with transaction.atomic():
        found = list(documents_for(result_type, ids))
        write_documents(found)
        gone = ids - {doc.object_id for doc in found}
        if gone:
            SearchEntry.objects.filter(result_type=result_type, object_id__in=gone).delete()


def rebuild() -> dict[str, int]:
    """Rebuild every entry from scratch, in one transaction; returns the number of entries per type."""
    counts = {}
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        for result_type in BUILDERS:
            counts[result_type] = write_documents(documents_for(result_type))
    return counts


# While a `deferred()` block runs, changes are collected and written once at its end.
_pending: ContextVar[dict[str, set[int]] | None] = ContextVar("search_pending", default=None)


def reindex(result_type: str, ids: Iterable[int]) -> None:
    pending = _pending.get()
    if pending is None:
        reindex_now(result_type, ids)
    else:
        pending[result_type].update(ids)


@contextmanager
def deferred(*, write: bool = True) -> Iterator[None]:
    """Write index changes once, at the end, for bulk loads (the demo loader, imports); none if not ``write``."""
    if _pending.get() is not None:
        yield
        return
    pending: dict[str, set[int]] = defaultdict(set)
    token = _pending.set(pending)
    try:
        yield
    finally:
        _pending.reset(token)
    if write:
        for result_type, ids in pending.items():
            reindex_now(result_type, ids)


def deferred_for_import(*, dry_run: bool):
    """An admin import's upkeep (settings.EDITORIAL_IMPORT_CONTEXTS): each entry once, inside the import's
    transaction, rather than after every row and relation; none for a preview, which is rolled back."""
    return deferred(write=not dry_run)
