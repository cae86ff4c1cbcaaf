from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import NotFound
from rest_framework.pagination import PageNumberPagination

from .params import Param

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_PAGE = 100_000

PAGE_PARAMS = [
    Param("page", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}, _("Page number, from 1.")),
    Param(
        "page_size",
        {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
        _("Results per page (default 20, at most 100)."),
    ),
]


class PagePagination(PageNumberPagination):
    """``?page=`` and ``?page_size=``, already checked against their schema by the view."""

    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        number = int(view.query.get("page", ["1"])[0])
        size = int(view.query.get("page_size", [str(self.page_size)])[0])
        paginator = self.django_paginator_class(queryset, size)
        if number > paginator.num_pages:
            raise NotFound(
                _("There is no page %(number)s: the last page is %(last)s.")
                % {"number": number, "last": paginator.num_pages}
            )
        self.page = paginator.page(number)
        return list(self.page)

    def get_schema_operation_parameters(self, view):
        return []  # the view's own parameters document page and page_size
