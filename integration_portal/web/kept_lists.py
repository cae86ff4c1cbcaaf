"""Small lists each process keeps for as long as the content generation it read them in stays open.

A save anywhere opens a new generation (page_cache.py), so nothing kept here outlives a change: the next page
reads the list again. For the few short tables every public page reads (the filter forms' blocs, countries and
topics; the topics of each analysis's card), reading and sorting them once per process instead of once per page
was a third of an uncached list's CPU (issue 17).
"""

from collections.abc import Callable, Hashable
from typing import TypeVar

from .page_cache import page_generation

Kept = TypeVar("Kept")
_KEPT: dict[Hashable, tuple[str, object]] = {}
MOST_KEPT = 64  # 8 lists in 3 languages and the topics; keys built from a request's data would otherwise pile up


def kept_list(key: Hashable, load: Callable[[], Kept]) -> Kept:
    """``load()``'s result, read once per process and content generation."""
    generation = page_generation()
    found = _KEPT.get(key)
    if found is not None and found[0] == generation:
        return found[1]  # type: ignore[return-value]  # stored by this function for this key
    value = load()
    if len(_KEPT) >= MOST_KEPT:
        _KEPT.clear()
    _KEPT[key] = (generation, value)
    return value
