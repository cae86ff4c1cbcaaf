"""Web-search syntax (``"quoted phrase"``, ``or``, ``-exclusion``) turned into one tsquery per language.

Spanish and English go through PostgreSQL's own ``websearch_to_tsquery`` with their configuration,
over accent-folded text. Thai is segmented here and written as a tsquery literal, because
PostgreSQL cannot find word boundaries in Thai.
"""

import re
from dataclasses import dataclass, field

from .index import quote_lexeme
from .text import TOKEN, fold, segmenter
from .vocabulary import THAI_NAME_ALIASES

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# Control characters (NUL among them) can reach no text and PostgreSQL refuses NUL outright.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
ITEM = re.compile(r'(-?)"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Term:
    text: str
    phrase: bool = False
    negated: bool = False

    def words(self) -> list[str]:
        return [match.group() for match in TOKEN.finditer(self.text)]


@dataclass
class ParsedQuery:
    """The query as typed, cleaned: AND of groups, each group an OR of terms."""

    text: str
    groups: list[list[Term]] = field(default_factory=list)
    truncated: bool = False
    too_many_terms: bool = False
    any_word: bool = False  # relaxed: one word of an unquoted Thai run is enough

    @property
    def has_positive_terms(self) -> bool:
        return any(not term.negated and term.words() for group in self.groups for term in group)

    def positive_terms(self) -> list[Term]:
        return [term for group in self.groups for term in group if not term.negated and term.words()]

    def websearch(self) -> str:
        """The query in ``websearch_to_tsquery`` syntax, rebuilt from the parsed terms."""
        return " ".join(self.websearch_groups())

    def websearch_groups(self) -> list[str]:
        """Each group, folded, in ``websearch_to_tsquery`` syntax; the groups are to be joined with AND.

        Passing groups one by one keeps "a or b c" as (a | b) & c, where PostgreSQL alone reads a | (b & c).
        """
        return [fold(" or ".join(render_term(term) for term in group)) for group in self.groups]

    def relaxed(self) -> "ParsedQuery":
        """The same query with any of its words enough: exclusions still exclude."""
        positive = [term for group in self.groups for term in group if not term.negated]
        negative = [group for group in self.groups if all(term.negated for term in group)]
        return ParsedQuery(self.text, ([positive] if positive else []) + negative, any_word=True)

    @property
    def is_relaxable(self) -> bool:
        positive = [term for group in self.groups for term in group if not term.negated]
        return len(positive) > 1 or any(len(thai_content_words(term)) > 1 for term in positive if not term.phrase)

    def thai_tsquery(self) -> str:
        """A tsquery literal over the Thai vector; empty if nothing in the query can be searched."""
        groups = []
        for group in self.groups:
            alternatives = [expression for term in group if (expression := thai_term(term, any_word=self.any_word))]
            if alternatives:
                groups.append(alternatives[0] if len(alternatives) == 1 else "(" + " | ".join(alternatives) + ")")
        if not any(not term.negated for group in self.groups for term in group if thai_term(term)):
            return ""
        return " & ".join(groups)


def render_term(term: Term) -> str:
    words = " ".join(term.words())
    text = f'"{words}"' if term.phrase else words
    return f"-{text}" if term.negated else text


def thai_word(word) -> str:
    """One word: itself, or the Latin spelling a Thai transliteration stands for (เมร์โกซูร์ → mercosur),
    or, for the portal's own names, the phrase of their parts: a text indexed before a name joined the
    dictionary holds the parts. (Dictionary words never change, and a phrase makes PostgreSQL read every
    candidate's vector, so ordinary words are not expanded.)"""
    options = [quote_lexeme(word.key)]
    if word.parts and word.key in segmenter().extra_words:
        options.append("(" + " <-> ".join(quote_lexeme(part) for part in word.parts) + ")")
    if alias := THAI_NAME_ALIASES.get(word.key):
        options.append(quote_lexeme(alias))
    return options[0] if len(options) == 1 else "(" + " | ".join(options) + ")"


def thai_content_words(term: Term) -> list:
    thai = segmenter()
    words = list(thai.words_of(term.text))
    return [word for word in words if not thai.is_stopword(word.key)] or words


def thai_term(term: Term, *, any_word: bool = False) -> str:
    thai = segmenter()
    words = list(thai.words_of(term.text))
    if not words:
        return ""
    if term.phrase:
        # Stop words are not indexed but keep their place: "a <2> b" skips one.
        expression, gap = "", 0
        for word in words:
            if thai.is_stopword(word.key):
                gap += 1 if expression else 0
                continue
            expression += f" <{gap + 1}> {thai_word(word)}" if expression else thai_word(word)
            gap = 0
    else:
        joiner = " | " if any_word else " & "
        expression = joiner.join(thai_word(word) for word in thai_content_words(term))
    if not expression:
        return ""
    expression = f"({expression})"
    return f"!{expression}" if term.negated else expression


def parse(text: str) -> ParsedQuery:
    text = CONTROL.sub(" ", text or "").strip()
    truncated = len(text) > MAX_QUERY_LENGTH
    text = text[:MAX_QUERY_LENGTH]
    groups: list[list[Term]] = []
    join_next = False
    count = 0
    too_many = False
    for match in ITEM.finditer(text):
        negated, phrase, word = match.group(1), match.group(2), match.group(3)
        if word is not None and word.casefold() == "or":
            join_next = bool(groups)
            continue
        if word is not None:
            term = Term(word.lstrip("-"), negated=word.startswith("-") and len(word) > 1)
        else:
            term = Term(phrase, phrase=True, negated=bool(negated))
        if not term.words():
            continue
        if count >= MAX_TERMS:
            too_many = True
            break
        count += 1
        if join_next and groups:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    return ParsedQuery(text=text, groups=groups, truncated=truncated, too_many_terms=too_many)
