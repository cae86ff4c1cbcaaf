"""Highlighted snippets, cut from the original text at word boundaries.

Matching words are found the way the index found them (folded, stemmed by PostgreSQL's own
Spanish or English stemmer, or segmented Thai), but the snippet shows the text as written: no
folded accents, and no spaces left between Thai words by segmentation.
"""

from collections.abc import Iterable

from django.db import connection
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from integration_portal.core.text import has_thai

from .query import ParsedQuery
from .text import Word, segmenter
from .vocabulary import THAI_NAME_ALIASES

SNIPPET_LENGTH = 220
CONTEXT_BEFORE = 50
STEMMERS = {"es": "spanish_stem", "en": "english_stem"}

Span = tuple[int, int]


def stem_words(words: Iterable[str]) -> dict[str, dict[str, frozenset[str]]]:
    """language → folded word → its stems, from PostgreSQL's stemmers, in one query."""
    words = sorted(set(words))
    result: dict[str, dict[str, frozenset[str]]] = {code: {} for code in STEMMERS}
    if not words:
        return result
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT w, ts_lexize('spanish_stem', w), ts_lexize('english_stem', w) FROM unnest(%s::text[]) AS w",
            [words],
        )
        for word, spanish, english in cursor.fetchall():
            result["es"][word] = frozenset(spanish or ())
            result["en"][word] = frozenset(english or ())
    return result


class Highlighter:
    """Finds the query's words in a text of one language."""

    def __init__(self, parsed: ParsedQuery, language: str, stems: dict[str, dict[str, frozenset[str]]]):
        self.language = language
        self.stems = stems.get(language, {})
        keys: set[str] = set()
        for term in parsed.positive_terms():
            for word in segmenter().words_of(term.text):
                keys.add(word.key)
                keys.update(word.parts)
                if alias := THAI_NAME_ALIASES.get(word.key):
                    keys.add(alias)
        self.keys = keys
        self.query_stems = {stem for key in keys for stem in self.stems.get(key, ())}

    def spans(self, word: Word) -> list[Span]:
        if word.key in self.keys or (self.query_stems and self.stems.get(word.key, frozenset()) & self.query_stems):
            return [(word.start, word.end)]
        for part in word.parts:
            if part in self.keys:
                offset = word.text.find(part)
                return [(word.start + offset, word.start + offset + len(part))]
        return []

    def title(self, text: str) -> SafeString:
        return render(text, 0, len(text), self.find(text))

    def snippet(self, text: str, length: int = SNIPPET_LENGTH) -> SafeString:
        words = list(segmenter().words_of(text))
        if not words:
            return mark_safe("")
        spans = self.find(text, words)
        start = best_window_start(spans, words, length)
        end = window_end(words, start, length)
        html = render(text, start, end, spans)
        prefix = "… " if start > 0 else ""
        suffix = " …" if end < len(text.rstrip()) else ""
        return mark_safe(prefix + html + suffix)

    def find(self, text: str, words: list[Word] | None = None) -> list[Span]:
        words = words if words is not None else list(segmenter().words_of(text))
        return [span for word in words for span in self.spans(word)]


def best_window_start(spans: list[Span], words: list[Word], length: int) -> int:
    if not spans:
        return words[0].start
    # The window that holds the most matches, opening a little before the first of them.
    best = max(spans, key=lambda span: sum(1 for other in spans if span[0] <= other[0] < span[0] + length))
    earliest = max(0, best[0] - CONTEXT_BEFORE)
    return next(word.start for word in words if word.end > earliest)


def window_end(words: list[Word], start: int, length: int) -> int:
    end = start
    for word in words:
        if word.start < start:
            continue
        if word.end - start > length:
            break
        end = word.end
    return end


def render(text: str, start: int, end: int, spans: list[Span]) -> SafeString:
    pieces, cursor = [], start
    for span_start, span_end in sorted(spans):
        if span_start < cursor or span_end > end:
            continue
        pieces.append(escape(text[cursor:span_start]))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    pieces.append(escape(text[cursor:end]))
    return mark_safe(" ".join("".join(pieces).split()))


def words_to_stem(texts: Iterable[str], parsed: ParsedQuery) -> set[str]:
    """Every Latin-script word the page will highlight in, and the query's own words."""
    found = {word.key for text in texts for word in segmenter().words_of(text)}
    found.update(word.key for term in parsed.positive_terms() for word in segmenter().words_of(term.text))
    return {word for word in found if not has_thai(word)}
