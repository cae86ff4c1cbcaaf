"""What every endpoint shares: no authentication, the language asked for, strict query parameters, validators."""

from django.core.exceptions import SuspiciousOperation
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response

from integration_portal.core.languages import DEFAULT_LANGUAGE, language_codes

from .conditional import with_validators
from .pagination import PAGE_PARAMS, PagePagination
from .params import Param, validate

LANG = Param(
    "lang",
    {"type": "string", "enum": language_codes()},
    _(
        "Only this language's text (with its fallback marked), links to the pages in this language, and messages "
        "in it; ``q`` matches text in it. Without it: every language's text, links and messages in Spanish."
    ),
)


def requested_language(request) -> str:
    try:
        given = request.GET.getlist("lang")
    except SuspiciousOperation:  # refused with a 400 once the view reads the query
        return DEFAULT_LANGUAGE
    return given[0] if len(given) == 1 and given[0] in language_codes() else DEFAULT_LANGUAGE


class ApiView(GenericAPIView):
    """A read-only endpoint: its ``params`` are the only query parameters it takes, besides ``lang``."""

    authentication_classes = ()
    permission_classes = ()
    pagination_class = None
    paged = False  # takes page and page_size
    params: tuple[Param, ...] = ()
    query: dict[str, list[str]]

    def query_params(self) -> list[Param]:
        paging = PAGE_PARAMS if self.paged else []
        return [*self.params, *paging, LANG]

    def dispatch(self, request, *args, **kwargs):
        with translation.override(requested_language(request)):
            return super().dispatch(request, *args, **kwargs)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)  # the rate limit first: refused requests count too
        self.query, errors = validate(request.query_params, self.query_params())
        if errors:
            raise ValidationError(errors)

    def one(self, name: str, default=None):
        return self.query.get(name, [default])[0]

    @property
    def languages(self) -> list[str]:
        return [self.one("lang")] if "lang" in self.query else language_codes()

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "languages": self.languages}

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        # Rendered here, in the language asked for, so that the ETag hashes the very bytes sent.
        response.render()
        # Any site may read the API (CORS); the rest of the portal stays same-origin.
        response["Cross-Origin-Resource-Policy"] = "cross-origin"
        # The languages of the texts (LocaleMiddleware would name only the one active for messages).
        response["Content-Language"] = ", ".join(self.languages) if hasattr(self, "query") else get_language()
        return with_validators(request, response)


class ListView(ApiView):
    pagination_class = PagePagination
    paged = True

    def get(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filtered(self.get_queryset()))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def filtered(self, queryset):
        return queryset


class DetailView(ApiView):
    missing = _("Nothing here has this key.")

    def get(self, request, *args, **kwargs):
        key = kwargs["key"]
        # PostgreSQL refuses a NUL in a string outright; no key holds one.
        found = None if "\x00" in key else self.find(self.get_queryset(), key)
        if found is None:
            raise NotFound(self.missing)
        return self.response(found)

    def find(self, queryset, key: str):
        return queryset.filter(slug=key).first()

    def response(self, found):
        return Response(self.get_serializer(found).data)
