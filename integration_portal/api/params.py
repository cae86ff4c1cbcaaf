"""Query parameters, declared once: each is validated against the JSON schema the OpenAPI document publishes.

The schema is the contract schemathesis holds the API to, so a value the schema allows is accepted and any other
is refused with a 400, never guessed at: empty values, unknown names and repeated single values are refused too.
"""

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

INTEGER = re.compile(r"-?[0-9]{1,12}")
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Values of one repeated parameter: enough for any real question, and the URL stays within the server's 4 kB.
MAX_VALUES = 10


@dataclass(frozen=True)
class Param:
    """One query parameter: the schema of one value, and whether it may be repeated (``bloc=a&bloc=b``)."""

    name: str
    schema: dict
    description: str
    many: bool = False
    required: bool = False
    # Values read from the database when a request or the schema needs them (the blocs' slugs…).
    choices: Callable[[], list[str]] | None = None

    def value_schema(self) -> dict:
        return {**self.schema, "enum": self.choices()} if self.choices else self.schema

    def openapi_schema(self) -> dict:
        schema = self.value_schema()
        return {"type": "array", "items": schema, "minItems": 1, "maxItems": MAX_VALUES} if self.many else schema


def value_error(value: str, schema: dict) -> str | None:
    """Why ``value`` does not match ``schema`` (the subset of JSON schema the parameters use), or None."""
    if value == "":
        return _("Give a value, or leave the parameter out.")
    if "enum" in schema:
        if value not in schema["enum"]:
            return _("“%(value)s” is not one of the values this parameter takes.") % {"value": value[:80]}
        return None
    if schema.get("type") == "integer":
        if not INTEGER.fullmatch(value):
            return _("Enter a whole number.")
        number = int(value)
        if "minimum" in schema and number < schema["minimum"]:
            return _("Enter a number of at least %(minimum)s.") % {"minimum": schema["minimum"]}
        if "maximum" in schema and number > schema["maximum"]:
            return _("Enter a number of at most %(maximum)s.") % {"maximum": schema["maximum"]}
        return None
    if schema.get("format") == "date":
        try:
            if not ISO_DATE.fullmatch(value):
                raise ValueError(value)
            datetime.date.fromisoformat(value)
        except ValueError:
            return _("Enter a date as YYYY-MM-DD.")
        return None
    if len(value) > schema.get("maxLength", len(value)):
        return _("Enter at most %(length)s characters.") % {"length": schema["maxLength"]}
    return None


def validate(query: QueryDict, params: list[Param]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(the valid values by name, the errors by name) of a request's query string."""
    declared = {param.name: param for param in params}
    errors: dict[str, list[str]] = {}
    values: dict[str, list[str]] = {}
    for name in query:
        if name not in declared:
            errors[name[:80] or "(empty)"] = [str(_("Unknown parameter."))]
    for name, param in declared.items():
        given = query.getlist(name)
        if not given:
            if param.required:
                errors[name] = [str(_("This parameter is required."))]
            continue
        if len(given) > 1 and not param.many:
            errors[name] = [str(_("Give this parameter once."))]
            continue
        if len(given) > MAX_VALUES:
            errors[name] = [str(_("Give at most %(count)s values.") % {"count": MAX_VALUES})]
            continue
        schema = param.value_schema()
        problems = list(dict.fromkeys(str(error) for value in given if (error := value_error(value, schema))))
        if problems:
            errors[name] = problems
        else:
            values[name] = given
    return values, errors
