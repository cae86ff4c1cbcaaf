"""A row's relations read in the row's own statement, as JSON arrays, instead of one statement per relation.

``prefetch_related`` costs a statement per relation, and each statement costs Django a compilation. Here each
relation is an ``ARRAY(SELECT to_jsonb(row) ...)`` column of the parent's row; ``attach`` turns it back into
model instances and stores them where ``prefetch_related`` would, so ``article.blocs.all()`` reads them
without a query, in the order a prefetch gives. Whole rows keep the statement short: with a key and a column per
field it ran to 10,000 characters and 150 parameters, which psycopg parses again on every run.
"""

import json
from typing import Any

from django.contrib.postgres.expressions import ArraySubquery
from django.db import DEFAULT_DB_ALIAS, models
from django.db.models import Expression, OuterRef, QuerySet

ROWS_SUFFIX = "__rows"
# Read back from their JSON text by the field; other values come out of JSON as the field holds them.
PARSED_FROM_TEXT = (models.DateField, models.TimeField, models.DecimalField, models.UUIDField, models.DurationField)


def relation_rows(parent: type[models.Model], name: str, queryset: QuerySet | None = None) -> ArraySubquery:
    """Every column of ``parent.<name>``'s rows, in the relation's order; ``queryset`` narrows them."""
    relation: Any = parent._meta.get_field(name)  # a relation: the stubs' union also holds plain fields
    model: type[models.Model] = relation.related_model
    if relation.concrete:  # a many-to-many field declared on the parent
        path = relation.related_query_name()
        ordering = list(model._meta.ordering or ())
    else:  # a foreign key or many-to-many field pointing at the parent
        path = relation.field.name
        # The parent's own key in the ordering is the same on every row here; ordering by it would join the parent.
        ordering = [key for key in model._meta.ordering or () if key.lstrip("-") != path]
    rows: Any = queryset if queryset is not None else model._default_manager.all()
    rows = rows.filter(**{path: OuterRef("pk")}).order_by(*ordering)  # a translated key: the page's language
    if hasattr(rows, "rewrite"):  # modeltranslation's values() would add every translated column beside the JSON
        rows = rows.rewrite(False)
    return ArraySubquery(rows.values(row=WholeRow()))


class WholeRow(Expression):
    """``to_jsonb(<the query's own table>)``: every column of the row, named as in the table."""

    output_field = models.JSONField()

    def as_sql(self, compiler, connection):
        return f"to_jsonb({compiler.quote_name_unless_alias(compiler.query.get_initial_alias())})", []


def annotate_relations(queryset: QuerySet, relations: dict[str, QuerySet | None]) -> QuerySet:
    """``queryset`` with a ``<name>__rows`` column for each relation (None: all its rows)."""
    return queryset.annotate(
        **{f"{name}{ROWS_SUFFIX}": relation_rows(queryset.model, name, rows) for name, rows in relations.items()}
    )


def attach(instance: models.Model) -> None:
    """Turns ``instance``'s ``<name>__rows`` columns into the relations' instances, as a prefetch stores them."""
    cache = instance.__dict__.setdefault("_prefetched_objects_cache", {})
    for column in [key for key in instance.__dict__ if key.endswith(ROWS_SUFFIX)]:
        name, rows = column.removesuffix(ROWS_SUFFIX), instance.__dict__.pop(column) or []
        manager = getattr(instance, name)
        objects = instances(manager.model, rows, using=instance._state.db or DEFAULT_DB_ALIAS)
        queryset = manager.get_queryset()
        queryset._result_cache = objects
        queryset._prefetch_done = True
        cache[cache_name(manager)] = queryset


def cache_name(manager) -> str:
    """Where prefetch_related keeps a relation: many-to-many managers name it, reverse foreign keys their field."""
    return getattr(manager, "prefetch_cache_name", None) or manager.field.remote_field.cache_name


def readable_from_json(field: models.Field) -> bool:
    """Whether a column's value in ``to_jsonb`` is what the field would make of the database's value: not for a
    field that converts what the database gives it (``from_db_value``), which this path never calls. A plain
    JSONField is the exception: its conversion is the JSON parsing already done."""
    if not hasattr(field, "from_db_value"):
        return True
    return type(field) is models.JSONField and field.decoder is None


def instances(model: type[models.Model], rows, *, using: str) -> list[models.Model]:
    fields = model._meta.concrete_fields
    unreadable = [field.name for field in fields if not readable_from_json(field)]
    if unreadable:
        raise TypeError(f"{model.__name__}.{unreadable} convert database values: prefetch this relation instead.")
    names = [field.attname for field in fields]
    loaded = []
    for row in rows:
        if isinstance(row, str):
            row = json.loads(row)
        values = [_value(field, row[field.column]) for field in fields]
        loaded.append(model.from_db(using, names, values))
    return loaded


def _value(field: models.Field, value):
    if value is None or not isinstance(field, PARSED_FROM_TEXT):
        return value
    return field.to_python(value)
