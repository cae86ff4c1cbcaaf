"""The API's documentation page: every endpoint and parameter from the generated schema, with live examples."""

import copy
import json

from django.http import QueryDict
from django.shortcuts import render
from django.urls import resolve
from django.utils.translation import get_language
from drf_spectacular.generators import SchemaGenerator

from integration_portal.web.page_cache import cached_public_page

from .throttling import current_rate

# The request each endpoint's example shows: (path, query string without lang).
EXAMPLES = {
    "/api/v1/blocs/": ("/api/v1/blocs/", "page_size=1"),
    "/api/v1/blocs/{key}/": ("/api/v1/blocs/mercosur/", ""),
    "/api/v1/countries/": ("/api/v1/countries/", "page_size=1"),
    "/api/v1/countries/{key}/": ("/api/v1/countries/pe/", ""),
    "/api/v1/memberships/": ("/api/v1/memberships/", "bloc=mercosur&on=2013-01-01&page_size=2"),
    "/api/v1/events/": ("/api/v1/events/", "bloc=mercosur&kind=accession&page_size=1"),
    "/api/v1/articles/": ("/api/v1/articles/", "page_size=1"),
    "/api/v1/articles/{key}/": ("/api/v1/articles/latin-american-pacific-economic-integration/", ""),
    "/api/v1/sources/": ("/api/v1/sources/", "page_size=1"),
    "/api/v1/sources/{key}/": ("/api/v1/sources/sice-treaty-of-asuncion/", ""),
    "/api/v1/search/": ("/api/v1/search/", "q=mercosur&page_size=2"),
}
LONGEST_TEXT = 160
LONGEST_LIST = 3


def shortened(value):
    """An answer cut down for reading: long texts and lists end in “…”."""
    if isinstance(value, dict):
        return {key: shortened(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shortened(item) for item in value[:LONGEST_LIST]] + (["…"] if len(value) > LONGEST_LIST else [])
    if isinstance(value, str) and len(value) > LONGEST_TEXT:
        return value[:LONGEST_TEXT] + "…"
    return value


def live_answer(request, path: str, query: str) -> tuple[int, str]:
    """The endpoint's real answer for the demo content, asked in-process (and not counted against the limit)."""
    inner = copy.copy(request)
    inner.path = inner.path_info = path
    inner.META = {**request.META, "QUERY_STRING": query}
    inner.GET = QueryDict(query)
    match = resolve(path)
    response = match.func.cls.as_view(throttle_classes=())(inner, *match.args, **match.kwargs)
    return response.status_code, json.dumps(shortened(response.data), ensure_ascii=False, indent=2)


def parameter_values(schema: dict) -> str:
    """The values a parameter takes, in a few words."""
    many = schema.get("type") == "array"
    item = schema["items"] if many else schema
    if "enum" in item:
        values = item["enum"]
        text = ", ".join(map(str, values[:12])) + (" …" if len(values) > 12 else "")
    elif item.get("format") == "date":
        text = "YYYY-MM-DD"
    elif item.get("type") == "integer":
        text = f"{item.get('minimum', '')}–{item.get('maximum', '')}"
    else:
        text = f"≤ {item['maxLength']}" if "maxLength" in item else ""
    return f"{text} (×{schema['maxItems']})" if many else text


def endpoints(request) -> list[dict]:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    language = get_language()
    found = []
    for path, operations in schema["paths"].items():
        operation = operations["get"]
        example_path, query = EXAMPLES[path]
        query = f"{query}&lang={language}" if query else f"lang={language}"
        status, answer = live_answer(request, example_path, query)
        found.append(
            {
                "path": path,
                "summary": operation.get("summary", ""),
                "parameters": [
                    {
                        "name": parameter["name"],
                        "where": parameter["in"],
                        "values": parameter_values(parameter["schema"]),
                        "description": parameter.get("description", ""),
                        "required": parameter.get("required", False),
                    }
                    for parameter in operation.get("parameters", [])
                    if parameter["in"] in ("query", "path")
                ],
                "curl": f"curl -s '{request.build_absolute_uri(example_path)}?{query}'",
                "status": status,
                "answer": answer,
            }
        )
    return found


@cached_public_page
def api_docs(request):
    limit, period = current_rate()
    return render(
        request,
        "api/docs.html",
        {
            "endpoints": endpoints(request),
            "base": request.build_absolute_uri("/api/v1/"),
            "schema_url": request.build_absolute_uri("/api/v1/schema/"),
            "limit": limit,
            "period": period,
        },
    )
