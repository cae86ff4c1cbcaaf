"""Running a search: matching, ranking, filters and facet counts, over public entries only."""

from dataclasses import dataclass, field

from django.db import connection
from django.db.models import BooleanField, FloatField, QuerySet
from django.db.models.expressions import RawSQL

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
    config = {"es": "spanish", "en": "english"}[language]
    groups = parsed.websearch_groups()
    if not groups:
        return None
    # A scalar subquery is computed once per statement, not once per row the planner visits.
    return "(SELECT " + " && ".join(f"websearch_to_tsquery('{config}', %s)" for _group in groups) + ")", groups


def rank_sql(language: str, tsquery: str) -> str:
    return f"ts_rank(vector_{language}, {tsquery}, {RANK_NORMALISATION})"


# Entries with every word come first: ranks stay far below this.
ALL_WORDS_BONUS = 100


@dataclass
class Match:
    """The SQL that finds and ranks entries for a query in one or more languages.

    A query of several words finds entries with any of them (``relaxed``), but entries with all
    of them (``strict``) rank first and are counted apart, so a long question still finds the
    analysis that answers it in other words.
    """

    condition: RawSQL
    strict: RawSQL
    rank: RawSQL
    ranks: dict[str, RawSQL]

    @classmethod
    def build(cls, parsed: ParsedQuery, languages: list[str], *, relax: bool = True) -> "Match | None":
        relaxed = parsed.relaxed() if relax and parsed.is_relaxable else parsed
        strict_parts, relaxed_parts, ranks = [], [], {}
        for language in languages:
            strict, relaxed_query = language_query(parsed, language), language_query(relaxed, language)
            if strict is None or relaxed_query is None:
                continue
            strict_parts.append((f"vector_{language} @@ ({strict[0]})", strict[1]))
            relaxed_parts.append((f"vector_{language} @@ ({relaxed_query[0]})", relaxed_query[1]))
            ranks[language] = (
                f"({rank_sql(language, relaxed_query[0])} + "
                f"CASE WHEN vector_{language} @@ ({strict[0]}) THEN {ALL_WORDS_BONUS} ELSE 0 END)",
                [*relaxed_query[1], *strict[1]],
            )
        if not ranks:
            return None

        def either(parts) -> RawSQL:
            return RawSQL(
                "(" + " OR ".join(sql for sql, _params in parts) + ")",
                [param for _sql, params in parts for param in params],
                output_field=BooleanField(),
            )

        rank = (
            next(iter(ranks.values()))
            if len(ranks) == 1
            else (
                f"GREATEST({', '.join(sql for sql, _p in ranks.values())})",
                [p for _s, ps in ranks.values() for p in ps],
            )
        )
        return cls(
            condition=either(relaxed_parts),
            strict=either(strict_parts),
            rank=RawSQL(*rank, output_field=FloatField()),
            ranks={code: RawSQL(sql, params, output_field=FloatField()) for code, (sql, params) in ranks.items()},
        )


@dataclass
class Filters:
    result_type: str = ""
    bloc_id: int | None = None
    country_id: int | None = None
    topic_id: int | None = None
    event_kind: str = ""
    year_from: int | None = None
    year_to: int | None = None

    def apply(self, entries: QuerySet, *, with_type: bool = True) -> QuerySet:
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
        if with_type and self.result_type:
            entries = entries.filter(result_type=self.result_type)
        return entries


@dataclass
class Facets:
    types: dict[str, int] = field(default_factory=dict)  # counted without the type filter, to switch type
    all_words: int = 0  # results (of the chosen type) that have every word of the query
    blocs: dict[int, int] = field(default_factory=dict)
    countries: dict[int, int] = field(default_factory=dict)


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
    entries = SearchEntry.objects.public().filter(match.condition).annotate(all_words=match.strict)
    return filters.apply(entries, with_type=False), match


def facet_counts(entries: QuerySet, filters: Filters) -> Facets:
    """Counts per type, bloc and country, in one query over the matching entries."""
    sql, params = entries.values("result_type", "bloc_ids", "country_ids", "all_words").query.sql_with_params()
    type_condition, type_params = ("WHERE result_type = %s", [filters.result_type]) if filters.result_type else ("", [])
    statement = f"""
        WITH hits AS ({sql}), typed AS (SELECT * FROM hits {type_condition})
        SELECT 'type', result_type, count(*) FROM hits GROUP BY result_type
        UNION ALL SELECT 'bloc', bloc::text, count(*) FROM typed, unnest(bloc_ids) AS bloc GROUP BY bloc
        UNION ALL SELECT 'country', country::text, count(*) FROM typed, unnest(country_ids) AS country GROUP BY country
        UNION ALL SELECT 'all_words', '', count(*) FROM typed WHERE all_words
    """
    facets = Facets()
    with connection.cursor() as cursor:
        cursor.execute(statement, [*params, *type_params])
        for facet, key, count in cursor.fetchall():
            if facet == "type":
                facets.types[key] = count
            elif facet == "all_words":
                facets.all_words = count
            elif facet == "bloc":
                facets.blocs[int(key)] = count
            else:
                facets.countries[int(key)] = count
    return facets


def search(parsed: ParsedQuery, languages: list[str], filters: Filters, *, page=1, per_page: int = 10) -> SearchOutcome:
    """One page of ranked hits with the total and facet counts; a page past the end gives the last one."""
    entries, match = matching_entries(parsed, languages, filters)
    if match is None:
        return SearchOutcome([], 0, Facets())
    facets = facet_counts(entries, filters)
    total = facets.types.get(filters.result_type, 0) if filters.result_type else sum(facets.types.values())
    num_pages = max(1, -(-total // per_page))
    page = min(max(1, page), num_pages)
    offset, limit = (page - 1) * per_page, per_page
    if filters.result_type:
        entries = entries.filter(result_type=filters.result_type)
    rank_columns = {f"rank_{language}": rank for language, rank in match.ranks.items()}
    rows = (
        entries.annotate(rank=match.rank, **rank_columns)
        .order_by("-rank", "result_type", "object_id")
        .values("result_type", "object_id", "rank", *rank_columns)[offset : offset + limit]
    )
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
