"""Names in the order readers of a language expect: the Unicode Collation Algorithm, not code points.

The embedded PostgreSQL has no ICU, so ordering by a translated name in SQL sorts by bytes: Thai names that begin with
a leading vowel (เปรู, โคลอมเบีย) land after every other, and "Área" after "Zeta". pyuca implements the UCA with the
Unicode default table, whose contractions put a Thai leading vowel after the consonant it precedes, as Thai
dictionaries do. (It keeps Spanish "ñ" with "n", as CLDR's root order does; no recorded name starts with it.)
"""

import functools
from collections.abc import Callable, Iterable
from typing import TypeVar

from pyuca import Collator  # type: ignore[import-untyped]

T = TypeVar("T")


@functools.cache
def collator() -> Collator:
    return Collator()  # reads the default table once per process (a fraction of a second)


def collation_key(text: str) -> tuple:
    return _sort_key(str(text).strip())


@functools.lru_cache(maxsize=4096)
def _sort_key(text: str) -> tuple:
    # The same few hundred names are sorted on every page with a filter form: each key is worked out once.
    return collator().sort_key(text)


def collated(items: Iterable[T], key: Callable[[T], str] = str) -> list[T]:
    """``items`` sorted by the collation of ``key(item)`` (their name in the current language, by default str)."""
    return sorted(items, key=lambda item: collation_key(key(item)))
