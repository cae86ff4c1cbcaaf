"""Running a search: matching, ranking, filters and facet counts, over public entries only."""

from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import BooleanField, F, FloatField, QuerySet
from django.db.models.expressions import RawSQL

from .index import POSTGRES_CONFIGURATIONS
from .models import ResultType, SearchEntry
from .query import ParsedQuery, parse

# ts_rank with normalisation 1 divides by 1 + log(document length): a long analysis that names
# a bloc once does not outrank the bloc's own entry, yet length still counts a little.
RANK_NORMALISATION = 1


def language_query(parsed: ParsedQuery, language: str) -> tuple[str, list] | None:
    """SQL for this language's tsquery, or None when the query has nothing to look for in it."""
    if language == "th":
        text = parsed.thai_tsquery()
        return ("%s::tsquery", [text]) if text else None
    config = POSTGRES_CONFIGURATIONS[language]
    groups = parsed.websearch_groups()
    if not groups:
        return None
    # A scalar subquery is computed once per statement, not once per row the planner visits.
    return "(SELECT " + " && ".join(f"websearch_to_tsquery('{config}', %s)" for _group in groups) + ")", groups


# A bloc's or a country's own entry is the best answer to its name: where the query matches the name (weight A),
# that match counts twice, so the dozens of events with the name in their titles (Mercosur has 30) come after
# it. A match in its summary alone gets nothing extra. ts_rank's weights run {D, C, B, A}.
NAME_ONLY = "'{0, 0, 0, 1}'"


def rank_sql(language: str, tsquery: str) -> str:
    """The rank expression; it names the tsquery twice, so its parameters go twice."""
    vector = f"vector_{language}"
    name_match = f"ts_rank({NAME_ONLY}, {vector}, {tsquery}, {RANK_NORMALISATION})"
    own_page = f"(CASE WHEN result_type IN ('bloc', 'country') THEN {name_match} ELSE 0 END)"
    return f"(ts_rank({vector}, {tsquery}, {RANK_NORMALISATION}) + {own_page})"


# Entries with every word come first: ranks stay far below this.
ALL_WORDS_BONUS = 100
# Beyond this many matches, only this many are ranked: those with every word, then blocs and countries
# (undated), then the most recent. ts_rank reads each entry's whole vector, which for a word found in
# most of 30,000 entries costs seconds.
RERANK_WINDOW = 300
WINDOW_ORDER = (
    F("all_words").desc(),
    F("public_from").desc(nulls_first=True),
    F("object_id").desc(),
)


def either(parts: list[tuple[str, list]]) -> tuple[str, list]:
    return "(" + " OR ".join(sql for sql, _params in parts) + ")", [p for _sql, params in parts for p in params]


@dataclass
class Match:
    """The SQL that finds and ranks entries for a query in one or more languages.

    A query of several words finds entries with any of them (``condition``), but entries with all
    of them (``all_words``) rank first and are counted apart, so a long question still finds the
    analysis that answers it in other words.
    """

    condition: RawSQL
    all_words: RawSQL
    rank: RawSQL
    ranks: dict[str, RawSQL]
    relaxed: bool = False
    every_word: RawSQL | None = None  # the row's own vectors have every word; None when not relaxed

    @classmethod
    def build(cls, parsed: ParsedQuery, languages: list[str], *, relax: bool = True) -> "Match | None":
        relaxable = relax and parsed.is_relaxable
        relaxed = parsed.relaxed() if relaxable else parsed
        strict_parts, own_strict_parts, relaxed_parts, ranks = [], [], [], {}
        for language in languages:
            strict, relaxed_query = language_query(parsed, language), language_query(relaxed, language)
            if strict is None or relaxed_query is None:
                continue
            strict_parts.append((f"every_word.vector_{language} @@ {strict[0]}", strict[1]))
            own_strict_parts.append((f"vector_{language} @@ {strict[0]}", strict[1]))
            relaxed_parts.append((f"vector_{language} @@ {relaxed_query[0]}", relaxed_query[1]))
            ranks[language] = (rank_sql(language, relaxed_query[0]), [*relaxed_query[1], *relaxed_query[1]])
        if not ranks:
            return None
        if relaxable:
            # Through the GIN index in a subquery: testing each row's vector again would read it again.
            # The outer "id" is unqualified, so it names the row whatever alias Django gives the table.
            strict_sql, strict_params = either(strict_parts)
            all_words = (
                f"id IN (SELECT every_word.id FROM search_searchentry every_word WHERE {strict_sql})",
                strict_params,
            )
            # Ranking reads each ranked row's vectors anyway: testing them for every word there costs nothing more,
            # where the subquery hashed every entry with all the words again (two very common words: 20,000).
            own_all_words = either(own_strict_parts)
        else:
            all_words = own_all_words = ("TRUE", [])
        bonus = f"CASE WHEN {own_all_words[0]} THEN {ALL_WORDS_BONUS} ELSE 0 END"
        ranked = {code: (f"({sql} + {bonus})", [*params, *own_all_words[1]]) for code, (sql, params) in ranks.items()}
        rank = (
            next(iter(ranked.values()))
            if len(ranked) == 1
            else (
                f"GREATEST({', '.join(sql for sql, _p in ranked.values())})",
                [p for _s, ps in ranked.values() for p in ps],
            )
        )
        return cls(
            condition=RawSQL(*either(relaxed_parts), output_field=BooleanField()),
            all_words=RawSQL(*all_words, output_field=BooleanField()),
            rank=RawSQL(*rank, output_field=FloatField()),
            ranks={code: RawSQL(sql, params, output_field=FloatField()) for code, (sql, params) in ranked.items()},
            relaxed=relaxable,
            every_word=RawSQL(*own_all_words, output_field=BooleanField()) if relaxable else None,
        )


@contextmanager
def index_scans():
    """Matching goes through the GIN indexes, which answer exactly, instead of a sequential scan.

    The planner does not count the cost of reading each long tsvector out of TOAST storage, so for a
    common word it prefers to test every row; through the index no vector is read at all.
    """
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        yield
        # Inside an outer transaction the setting would outlive this block; after an error the
        # rollback to the savepoint restores it.
        cursor.execute("RESET enable_seqscan")


@dataclass
class Filters:
    result_type: str = ""
    bloc_id: int | None = None
    country_id: int | None = None
    topic_id: int | None = None
    event_kind: str = ""
    year_from: int | None = None
    year_to: int | None = None

    def apply(self, entries: QuerySet) -> QuerySet:
        """Every filter but the type, which the facet counts ignore so a reader can switch type."""
        if self.bloc_id:
            entries = entries.filter(bloc_ids__contains=[self.bloc_id])
        if self.country_id:
            entries = entries.filter(country_ids__contains=[self.country_id])
        if self.topic_id:
            entries = entries.filter(topic_ids__contains=[self.topic_id])
        if self.event_kind:
            entries = entries.filter(result_type=ResultType.EVENT, event_kind=self.event_kind)
        if self.year_from is not None:
            entries = entries.filter(year__gte=self.year_from)
        if self.year_to is not None:
            entries = entries.filter(year__lte=self.year_to)
        return entries


@dataclass
class Facets:
    types: dict[str, int] = field(default_factory=dict)  # counted without the type filter, to switch type
    all_words: int = 0  # results (of the chosen type) that have every word of the query
    window: list[int] = field(default_factory=list)  # entry ids to rank when there are too many matches
    blocs: dict[int, int] = field(default_factory=dict)
    countries: dict[int, int] = field(default_factory=dict)
    approximate: bool = False  # bloc and country counts estimated from a sample of the matches (FACET_SAMPLE)

    def total(self, result_type: str) -> int:
        """Matches of the chosen type, or of every type when none is chosen."""
        return self.types.get(result_type, 0) if result_type else sum(self.types.values())


@dataclass
class Hit:
    result_type: str
    object_id: int
    rank: float
    ranks: dict[str, float]

    @property
    def has_all_words(self) -> bool:
        return self.rank >= ALL_WORDS_BONUS


@dataclass
class SearchOutcome:
    hits: list[Hit]
    total: int
    facets: Facets
    page: int = 1
    num_pages: int = 1


def matching_entries(parsed: ParsedQuery, languages: list[str], filters: Filters) -> tuple[QuerySet, Match | None]:
    match = Match.build(parsed, languages) if parsed.has_positive_terms else None
    if match is None:
        return SearchEntry.objects.none(), None
    entries = SearchEntry.objects.public().filter(match.condition).annotate(all_words=match.all_words)
    return filters.apply(entries), match


RESULT_TYPES = [value for value, _label in ResultType.choices]


def per_type_counts(entries: QuerySet) -> tuple[str, list]:
    """A scalar subquery: the entries counted per type, in RESULT_TYPES' order.

    A count per type as a FILTER, not GROUP BY: the types are known, and hashing 30,000 rows costs a third more.
    """
    sql, params = entries.values("result_type").query.sql_with_params()
    counts = ", ".join("count(*) FILTER (WHERE result_type = %s)" for _type in RESULT_TYPES)
    return f"(SELECT ARRAY[{counts}] FROM ({sql}) hits)", [*RESULT_TYPES, *params]


def of_type(entries: QuerySet, filters: Filters) -> QuerySet:
    return entries.filter(result_type=filters.result_type) if filters.result_type else entries


def newest_first(entries: QuerySet) -> QuerySet:
    """The window's order among entries alike in having every word: undated (blocs, countries), then the newest."""
    return entries.order_by(*WINDOW_ORDER[1:]).values_list("id", flat=True)


def counts_and_window(entries: QuerySet, match: Match, filters: Filters) -> Facets:
    """Counts per type (and of those with every word), and the rerank window, in one statement.

    The window is the RERANK_WINDOW entries to rank when there are more matches than that: those with
    every word first, then undated ones (blocs, countries), then the most recent. Entries with every word are
    found through the index on their own, not flagged one by one among all the matches, so each of the three
    parts reads its matches once and hashes nothing: for two very common words, 29,000 matches of which 25,000
    have both, that halves the statement. Only when too few have every word does a second statement fill the
    window from the others.
    """
    strict = None
    if match.every_word is not None:
        strict = filters.apply(SearchEntry.objects.public().filter(match.every_word))
    counted = [per_type_counts(entries)] + ([per_type_counts(strict)] if strict is not None else [])
    window_sql, window_params = newest_first(of_type(strict if strict is not None else entries, filters))[
        :RERANK_WINDOW
    ].query.sql_with_params()
    columns = [sql for sql, _params in counted] + [f"ARRAY({window_sql})"]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(columns)}", [p for _sql, params in counted for p in params] + list(window_params)
        )
        *counts, window = cursor.fetchone()
    types, all_words = counts[0], counts[-1]
    facets = Facets(
        types={kind: count for kind, count in zip(RESULT_TYPES, types, strict=True) if count},
        window=list(window),
    )
    words = dict(zip(RESULT_TYPES, all_words, strict=True))
    facets.all_words = words[filters.result_type] if filters.result_type else sum(words.values())
    if strict is not None and len(facets.window) < RERANK_WINDOW < facets.total(filters.result_type):
        # Too few with every word: the newest of the others follow. Only here is the flag tested row by row, against
        # a hash of every entry with every word (few, unless a type or other filter is what made the window short).
        others = newest_first(of_type(entries, filters).filter(all_words=False))
        facets.window += list(others[: RERANK_WINDOW - len(facets.window)])
    return facets


# Past this many matches, the bloc and country counts are estimated from a sample of about this many, chosen by a
# hash of the entry's id (the same sample on every request): counting every match's blocs and countries costs about
# 1 ms per thousand matches, and a reader choosing where to narrow 17,000 results needs "about 4,100", not 4,137.
FACET_SAMPLE = 4_000
HASH_RANGE = 2**31


def approximate(count: int) -> int:
    """An estimate rounded to two significant figures, so it claims no more precision than a sample gives."""
    if count < 100:
        return count
    step = 10 ** (len(str(count)) - 2)
    return round(count / step) * step


def add_bloc_and_country_counts(facets: Facets, entries: QuerySet, filters: Filters, total: int) -> None:
    """Matches per bloc and per country (of the chosen type), exact up to FACET_SAMPLE matches, estimated above."""
    sql, params = of_type(entries, filters).values("id", "bloc_ids", "country_ids").query.sql_with_params()
    facets.approximate = total > FACET_SAMPLE
    sample, sample_params = "", []
    if facets.approximate:
        sample, sample_params = "WHERE (hashint8(id) & 2147483647) < %s", [HASH_RANGE * FACET_SAMPLE // total]
    # One pass over the sample: each entry gives a 0 (to count the sample), its blocs, and its countries negated.
    statement = f"""
        SELECT key, count(*) FROM ({sql}) hits,
            LATERAL (SELECT 0 AS key UNION ALL SELECT unnest(bloc_ids) UNION ALL SELECT -unnest(country_ids)) keys
        {sample} GROUP BY key
    """
    with connection.cursor() as cursor:
        cursor.execute(statement, [*params, *sample_params])
        counts = dict(cursor.fetchall())
    size = counts.pop(0, 0)
    for key, count in counts.items():
        if facets.approximate:
            count = min(total, approximate(round(count * total / size)))
        if key > 0:
            facets.blocs[key] = count
        else:
            facets.countries[-key] = count


def page_rows(entries: QuerySet, match: Match, window: list[int] | None, offset: int, limit: int) -> list[dict]:
    """One page of matches, ranked; with a window (too many to rank), ranked within it, then in its order past it."""
    rank_columns = {f"rank_{language}": rank for language, rank in match.ranks.items()}
    fields = ("result_type", "object_id", "rank", *rank_columns)
    rows: list[dict] = []
    # The window's entries matched in this transaction: found by their keys, no vector is tested again.
    ranked = entries if window is None else SearchEntry.objects.public().filter(id__in=window)
    if window is None or offset < RERANK_WINDOW:
        rows = list(
            ranked.annotate(all_words=match.all_words, rank=match.rank, **rank_columns)
            .order_by("-rank", "result_type", "object_id")
            .values(*fields)[offset : offset + limit]
        )
    if window is not None and offset + limit > RERANK_WINDOW:
        # Past the window the others follow in the order that chose it, so every match has one place on one page;
        # ts_rank runs only on the rows shown.
        start = max(offset, RERANK_WINDOW)
        order = WINDOW_ORDER if match.relaxed else WINDOW_ORDER[1:]  # all_words is TRUE unless relaxed
        shown = list(entries.order_by(*order).values_list("id", flat=True)[start : offset + limit])
        by_id = {
            row.pop("id"): row
            for row in SearchEntry.objects.filter(id__in=shown)
            .annotate(all_words=match.all_words, rank=match.rank, **rank_columns)
            .values("id", *fields)
        }
        rows += [by_id[entry_id] for entry_id in shown if entry_id in by_id]
    return rows


def search(parsed: ParsedQuery, languages: list[str], filters: Filters, *, page=1, per_page: int = 10) -> SearchOutcome:
    """One page of ranked hits with the total and facet counts; a page past the end gives the last one."""
    entries, match = matching_entries(parsed, languages, filters)
    if match is None:
        return SearchOutcome([], 0, Facets())
    with index_scans():
        facets = counts_and_window(entries, match, filters)
        total = facets.total(filters.result_type)
        if total:
            add_bloc_and_country_counts(facets, entries, filters, total)
        num_pages = max(1, -(-total // per_page))
        page = min(max(1, page), num_pages)
        entries = of_type(entries, filters)
        window = facets.window if total > RERANK_WINDOW else None
        rows = page_rows(entries, match, window, (page - 1) * per_page, per_page)
    hits = [
        Hit(row["result_type"], row["object_id"], row["rank"], {code: row[f"rank_{code}"] for code in match.ranks})
        for row in rows
    ]
    return SearchOutcome(hits, total, facets, page, num_pages)


def matching_ids(text: str, languages: list[str], result_type: str) -> QuerySet:
    """Ids of public objects of one type with every word of the query: the ``q`` filter of the lists."""
    parsed = parse(text)
    match = Match.build(parsed, languages, relax=False) if parsed.has_positive_terms else None
    if match is None:
        return SearchEntry.objects.none().values_list("object_id", flat=True)
    return (
        SearchEntry.objects.public()
        .filter(match.condition, result_type=result_type)
        .values_list("object_id", flat=True)
    )
