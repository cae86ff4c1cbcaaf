"""Statements compiled once per process and language, then run with each request's values.

Turning a queryset into SQL costs Django about 0.4 ms of CPU for a plain list of 30 columns, often more than
PostgreSQL takes to answer it: on an analysis's page, compiling its nine statements was most of the page's time
(issue 17). A page whose statements keep one shape from request to request needs that work once.
"""

import datetime
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from django.core.signals import setting_changed
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Model, QuerySet
from django.dispatch import receiver
from django.utils import translation

# Constants of these types in a compiled statement would be frozen at the process's start: a ``timezone.now()``
# in ``build`` would hide everything published after it. The moment must be one of the statement's values.
TIME_TYPES = (datetime.date, datetime.time, datetime.timedelta)


@dataclass(frozen=True)
class Marker:
    """Stands for a value while the statement is compiled; a value no real query passes, one per marker."""

    name: str
    kind: type
    index: int

    @property
    def placeholder(self):
        if self.kind is int:
            return -(2**62) + self.index
        if self.kind is datetime.datetime:
            return datetime.datetime(1, 1, 2, microsecond=self.index, tzinfo=datetime.UTC)
        if self.kind is str:
            return f"\x00{self.name}\x00"
        raise TypeError(f"A kept statement takes int, str or datetime values, not {self.kind.__name__} ({self.name}).")


class KeptStatement:
    """``build(**placeholders)`` compiled once per language; ``run(**values)`` binds each call's values.

    ``build`` must use each placeholder only as a lookup's value (``slug=slug``), which Django passes through as a
    parameter unchanged; ``compile`` refuses a statement in which a placeholder went missing, and one that holds a
    date or time of its own (it would never move on).
    """

    def __init__(self, build: Callable[..., QuerySet], **markers: type):
        self.build = build
        self.markers = [Marker(name, kind, index) for index, (name, kind) in enumerate(markers.items(), start=1)]
        self._compiled: dict[tuple, tuple[type[Model], str, list]] = {}
        _KEPT.add(self)

    def compile(self, using: str = DEFAULT_DB_ALIAS):
        key = (translation.get_language(), using)
        compiled = self._compiled.get(key)
        if compiled is None:
            queryset = self.build(**{marker.name: marker.placeholder for marker in self.markers})
            sql, params = queryset.query.get_compiler(using).as_sql()
            by_placeholder = {marker.placeholder: marker.name for marker in self.markers}
            slots = [
                (by_placeholder[param], None) if _is_placeholder(param, by_placeholder) else (None, param)
                for param in params
            ]
            missing = {marker.name for marker in self.markers} - {name for name, _value in slots if name}
            if missing:
                raise ValueError(f"These values do not reach the statement as parameters: {sorted(missing)}")
            frozen = [value for name, value in slots if name is None and isinstance(value, TIME_TYPES)]
            if frozen:
                raise ValueError(f"A kept statement cannot hold a moment of its own; pass it as a value: {frozen}")
            compiled = self._compiled[key] = (queryset.model, sql, slots)
        return compiled

    def run(self, using: str = DEFAULT_DB_ALIAS, **values) -> list:
        """The statement's rows as model instances (RawQuerySet: annotations become attributes)."""
        model, sql, slots = self.compile(using)
        params = [values[name] if name else constant for name, constant in slots]
        return list(model._default_manager.db_manager(using).raw(sql, params))

    def forget(self) -> None:
        self._compiled.clear()


_KEPT: "weakref.WeakSet[KeptStatement]" = weakref.WeakSet()


@receiver(setting_changed)
def _forget_all(**_kwargs) -> None:
    # The SQL names each language's columns: a test that changes the languages or the database needs it again.
    for statement in list(_KEPT):
        statement.forget()


def _is_placeholder(param, by_placeholder: dict) -> bool:
    try:
        return param in by_placeholder
    except TypeError:  # an unhashable parameter (a list for ANY) is never a placeholder
        return False
