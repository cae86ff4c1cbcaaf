"""Text normalisation and Thai word segmentation, shared by documents and queries.

Everything that decides what a "word" is happens here, in Python, so that the index and the
queries agree whichever PostgreSQL server runs (the embedded one has no ``unaccent``).
"""

import hashlib
import os
import re
import tempfile
import threading
import time
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

import nlpo3
from django.core.cache import cache
from pythainlp.corpus import thai_stopwords, thai_words

from integration_portal.core.text import has_thai

from .vocabulary import THAI_KEY_TERMS, domain_words

# Combining marks used by Latin letters (acute, tilde, diaeresis…). Thai vowel and tone marks are
# combining characters too, but live in the Thai block and must be kept.
LATIN_MARKS = re.compile("[\u0300-\u036f]")
# A word character run, or a run of Thai script; Thai runs are segmented afterwards.
TOKEN = re.compile(r"[\u0e00-\u0e7f]+|[^\W_]+", re.UNICODE)
# Parts of a compound must be real words of three characters or more (vowel and tone marks count):
# two-character pieces such as ประ or ชา are syllables, and would match unrelated text.
MIN_PART_LENGTH = 3
LONGEST_PART = 30


def fold(text: str) -> str:
    """Case- and accent-folded text: ``COOPERACIÓN`` and ``cooperacion`` give the same string."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return unicodedata.normalize("NFC", LATIN_MARKS.sub("", decomposed))


class Word(NamedTuple):
    """A word of the original text: where it is, and the forms it is indexed and matched under."""

    start: int
    end: int
    text: str
    key: str  # the folded word
    parts: tuple[str, ...] = ()  # folded words inside a compound, for finding ไฟฟ้า in ระบบส่งจ่ายไฟฟ้า


def load_dictionary(words: Iterable[str]) -> str:
    """Loads a word list into nlpo3 under a name derived from its content, and returns the name."""
    text = "\n".join(sorted(words))
    name = "portal-" + hashlib.sha256(text.encode()).hexdigest()[:16]
    with _building:
        if name in _loaded_dictionaries:
            return name
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as file:
            file.write(text)
        try:
            _message, ok = nlpo3.load_dict(file.name, name)
        finally:
            os.unlink(file.name)
        if not ok:
            raise RuntimeError(f"nlpo3 could not load the Thai dictionary: {_message}")
        _loaded_dictionaries.add(name)
    return name


_loaded_dictionaries: set[str] = set()
# gunicorn's threads share a process: the first searches after a start arrive together, and nlpo3 refuses a
# second dictionary under a name it already holds. Re-entrant: building the segmenter loads dictionaries.
_building = threading.RLock()


class ThaiSegmenter:
    """PyThaiNLP's ``newmm`` algorithm (nlpo3, its Rust implementation) with the portal's names in its dictionary.

    Names of blocs, countries and key terms are added so that ``ประชาคมแอนเดียน`` stays one word
    instead of breaking into meaningless syllables; compounds are also split into their parts, so a
    word inside a longer one is still found.
    """

    def __init__(self, extra_words: Iterable[str] = ()):
        self.base_words = thai_words()
        self.extra_words = frozenset(word for word in extra_words if has_thai(word))
        self.words = self.base_words | self.extra_words
        self.stopwords = thai_stopwords()
        self.dictionary = load_dictionary(self.words)
        # Splits a long name that no dictionary words spell exactly: สนธิสัญญาอาซุนซิออน → สนธิสัญญา, อาซุนซิออน.
        self.parts_dictionary = load_dictionary(self.base_words | set(THAI_KEY_TERMS))
        self.split = lru_cache(maxsize=200_000)(self._split)
        self.segment_run = lru_cache(maxsize=50_000)(self._segment_run)

    def _segment_run(self, run: str) -> tuple[tuple[int, str, tuple[str, ...]], ...]:
        """(offset in the run, word, parts) of each word of a run of Thai script."""
        words, offset = [], 0
        for token in nlpo3.segment(run, self.dictionary):
            words.append((offset, token, self.split(token)))
            offset += len(token)
        return tuple(words)

    def _split(self, word: str) -> tuple[str, ...]:
        """The fewest dictionary words (of two characters or more) that spell ``word``; () if none."""
        n = len(word)
        if n < 2 * MIN_PART_LENGTH:
            return ()
        # best[i] = the shortest split of word[:i] into dictionary words, or None.
        best: list[tuple[str, ...] | None] = [None] * (n + 1)
        best[0] = ()
        for begin in range(n):
            prefix = best[begin]
            if prefix is None:
                continue
            for stop in range(begin + MIN_PART_LENGTH, min(n, begin + LONGEST_PART) + 1):
                piece = word[begin:stop]
                if piece in self.words and piece != word and (best[stop] is None or len(prefix) + 1 < len(best[stop])):
                    best[stop] = (*prefix, piece)
        split = best[n]
        if split is None:
            split = tuple(
                piece for piece in nlpo3.segment(word, self.parts_dictionary) if len(piece) >= MIN_PART_LENGTH
            )
        return split if len(split) >= 2 else ()

    def words_of(self, text: str) -> Iterator[Word]:
        """The words of ``text`` with their offsets; Thai runs are segmented, other scripts split on non-letters."""
        for match in TOKEN.finditer(text):
            run = match.group()
            if not has_thai(run):
                yield Word(match.start(), match.end(), run, fold(run))
                continue
            # Thai script has no case and no Latin accents: a Thai word is its own folded form.
            base = match.start()
            for offset, token, parts in self.segment_run(run):
                yield Word(base + offset, base + offset + len(token), token, token, parts)

    def is_stopword(self, word: str) -> bool:
        return word in self.stopwords


_segmenter: ThaiSegmenter | None = None
# The dictionary's version, shared by every process through the cache (PostgreSQL or Redis): a digest of the
# portal's Thai names. A process that saves a new name publishes the new digest once the save commits; the others
# notice within a second and rebuild theirs, once per published version. An equal digest means nothing to learn.
DICTIONARY_VERSION_KEY = "search:thai-dictionary-version"
DICTIONARY_CHECK_SECONDS = 1.0
_seen_version: str | None = None
_checked_at = 0.0


def dictionary_version(words: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(words)).encode()).hexdigest()


def publish_dictionary(words: set[str]) -> None:
    """Tells every process the portal's Thai names, if they changed, and rebuilds this process's dictionary.

    Call it once the names are committed: a process that rebuilt from uncommitted names would miss them.
    """
    global _seen_version
    version = dictionary_version(words)
    if cache.get(DICTIONARY_VERSION_KEY) != version:
        cache.set(DICTIONARY_VERSION_KEY, version, None)
    if _segmenter is not None and version != _seen_version:
        reset_segmenter()
    _seen_version = version


def segmenter() -> ThaiSegmenter:
    """The shared segmenter, built once per process with the portal's names, and again when they change."""
    global _segmenter, _seen_version, _checked_at
    if _segmenter is not None and time.monotonic() - _checked_at > DICTIONARY_CHECK_SECONDS:
        _checked_at = time.monotonic()
        shared = cache.get(DICTIONARY_VERSION_KEY)
        if shared is not None and shared != _seen_version:
            _seen_version = shared
            reset_segmenter()
    built = _segmenter
    if built is None:
        with _building:
            if _segmenter is None:
                _seen_version = _seen_version or cache.get(DICTIONARY_VERSION_KEY)
                _segmenter = ThaiSegmenter(domain_words())
                _checked_at = time.monotonic()
            built = _segmenter
    return built


def segmenter_is_built() -> bool:
    return _segmenter is not None


def reset_segmenter() -> None:
    """Forget the dictionary, after a bloc, country or topic got a new Thai name."""
    global _segmenter
    _segmenter = None
