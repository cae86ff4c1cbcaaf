"""Search hits turned into what the results page shows: title, link, kind, date and snippet."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.safestring import SafeString

from articles.models import Article
from blocs.models import Bloc, Country, Event
from integration_portal.core.dates import DatePrecision, format_partial_date
from integration_portal.core.text import plain_text

from .engine import Hit
from .highlight import Highlighter, stem_words, words_to_stem
from .models import ResultType
from .query import ParsedQuery

MODELS = {ResultType.ARTICLE: Article, ResultType.EVENT: Event, ResultType.BLOC: Bloc, ResultType.COUNTRY: Country}


@dataclass
class Result:
    result_type: str
    type_label: str
    url: str
    title: SafeString
    date: str
    snippet: SafeString
    language: str  # the language the title and snippet are shown in
    has_all_words: bool = True


def shown_language(hit: Hit, page_language: str) -> str:
    """The language whose text matched best; the page's own language when it matched as well."""
    if hit.ranks.get(page_language, 0) > 0 or not hit.ranks:
        return page_language
    return max(hit.ranks, key=hit.ranks.get)


def snippet_text(obj, language: str) -> str:
    if isinstance(obj, Article | Event):
        fields = ("summary", "body")
    elif isinstance(obj, Bloc):
        fields = ("summary", "description", "founding_treaty")
    else:
        fields = ("capital",)
    return "\n".join(plain_text(obj.translated(name, language).value) for name in fields)


def title_text(obj, language: str) -> str:
    if isinstance(obj, Bloc):
        name, acronym = obj.translated("name", language).value, obj.translated("acronym", language).value
        return f"{name} ({acronym})" if acronym and acronym != name else name
    return obj.translated("name" if isinstance(obj, Country) else "title", language).value


def date_text(obj, language: str) -> str:
    if isinstance(obj, Article):
        if not obj.published_at:
            return ""
        return format_partial_date(timezone.localdate(obj.published_at), DatePrecision.DAY, language)
    if isinstance(obj, Event):
        return format_partial_date(obj.date, obj.date_precision, language)
    if isinstance(obj, Bloc) and obj.founded:
        return format_partial_date(obj.founded, obj.founded_precision, language)
    return ""


def present(hits: list[Hit], parsed: ParsedQuery, page_language: str) -> list[Result]:
    """Loads the hits' objects (one query per type) and builds their highlighted results, in order."""
    ids_by_type: dict[str, list[int]] = {}
    for hit in hits:
        ids_by_type.setdefault(hit.result_type, []).append(hit.object_id)
    objects = {
        (result_type, obj.pk): obj
        for result_type, ids in ids_by_type.items()
        for obj in MODELS[result_type].objects.filter(pk__in=ids)
    }
    found = [
        (hit, objects[(hit.result_type, hit.object_id)]) for hit in hits if (hit.result_type, hit.object_id) in objects
    ]
    shown = [(hit, obj, shown_language(hit, page_language)) for hit, obj in found]
    stems = stem_words(
        words_to_stem(
            [text for _hit, obj, code in shown for text in (title_text(obj, code), snippet_text(obj, code))], parsed
        )
    )
    highlighters: dict[str, Highlighter] = {}
    results = []
    for hit, obj, code in shown:
        highlighter = highlighters.setdefault(code, Highlighter(parsed, code, stems))
        results.append(
            Result(
                result_type=hit.result_type,
                type_label=str(ResultType(hit.result_type).label),
                url=obj.get_absolute_url(),
                title=highlighter.title(title_text(obj, code)),
                date=date_text(obj, page_language),
                snippet=highlighter.snippet(snippet_text(obj, code)),
                language=code,
                has_all_words=hit.has_all_words,
            )
        )
    return results
