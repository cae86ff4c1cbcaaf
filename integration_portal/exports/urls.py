"""The download and citation addresses of one page, next to the page's own."""

from collections.abc import Iterable

from django.urls import URLPattern, path

from .views import TableBuilder, citation_view, download_view


def download_patterns(route: str, build: TableBuilder, *, name: str, allowed: Iterable[str]) -> list[URLPattern]:
    """``route`` + "export.<fmt>" named "<name>-export", ``route`` + "cite.<fmt>" named "<name>-cite".

    ``route`` is the page's own ("timeline/", "blocs/<slug:slug>/"): its converters reach ``build`` as keywords.
    """
    return [
        path(f"{route}export.<str:fmt>", download_view(build, allowed=allowed), name=f"{name}-export"),
        *citation_patterns(route, build, name=name, allowed=allowed),
    ]


def citation_patterns(route: str, build: TableBuilder, *, name: str, allowed: Iterable[str]) -> list[URLPattern]:
    """Only ``route`` + "cite.<fmt>", for a page that is cited but is not a list (an analysis)."""
    return [path(f"{route}cite.<str:fmt>", citation_view(build, allowed=allowed), name=f"{name}-cite")]
