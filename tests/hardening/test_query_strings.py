"""No public URL answers 5xx, whatever its query string says.

The public URLs are read from the URL resolver when the tests run (everything but the admin, in each
language, with path parameters filled from the demo content plus a few slugs that exist nowhere), so a
page added later is covered without touching this file. Hypothesis then sends each URL generated query
strings: the filters' real keys and values, junk keys, Django lookup syntax, control characters, huge
and non-finite numbers, repeated keys, 10–100 kB values, text in many scripts and malformed dates, both
properly encoded and raw (invalid and surrogate percent-encodings among them). Only 200, 3xx, 400 and
404 are acceptable.
"""

import traceback
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

import pytest
from django.test import Client
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern, RegexPattern
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.filters import ArticleFilter
from articles.models import Article, Topic
from blocs.filters import EventFilter
from blocs.models import Bloc, Country, EventKind
from integration_portal.core.languages import language_codes
from integration_portal.core.translation import Language
from integration_portal.search.forms import ALL_LANGUAGES, SearchForm
from integration_portal.search.models import ResultType

pytestmark = [
    pytest.mark.django_db,
    # The page cache files pages under their full path; long generated ones would flood the output.
    pytest.mark.filterwarnings("ignore::django.core.cache.backends.base.CacheKeyWarning"),
]

# Slugs (and other path values) that match no object; each must give a 404, never a 500.
MISSING_PATH_VALUES = ["does-not-exist", "0", "-", "a" * 80, "ไม่มีอยู่จริง", "..", "%00"]
# Pages the enumeration must find, whatever else is added: (URL name, language-prefixed path).
REQUIRED_PAGES = {
    "home": "/{lang}/",
    "blocs:bloc-list": "/{lang}/blocs/",
    "blocs:country-list": "/{lang}/countries/",
    "blocs:timeline": "/{lang}/timeline/",
    "articles:article-list": "/{lang}/articles/",
    "search": "/{lang}/search/",
}
ALLOWED_STATUSES = {200, 400, 404}


# --- The public URLs, from the resolver -------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    """One URL pattern outside the admin: how to reverse it and which parameters it takes."""

    route: str  # for test ids and messages, e.g. "<lang>/blocs/<slug:slug>/"
    name: str | None  # namespaced URL name, when it has one
    callback: object
    parameters: tuple[str, ...]
    i18n: bool

    @property
    def id(self) -> str:
        return self.name or self.route


def pattern_text(pattern) -> str:
    if isinstance(pattern, LocalePrefixPattern):
        return "<lang>/"
    if isinstance(pattern, RegexPattern):
        return pattern.regex.pattern.lstrip("^").rstrip("$").replace("\\Z", "")
    return str(pattern)


def pattern_parameters(pattern) -> tuple[str, ...]:
    if isinstance(pattern, LocalePrefixPattern):
        return ()
    if isinstance(pattern, RegexPattern):
        return tuple(pattern.regex.groupindex)
    return tuple(getattr(pattern, "converters", {}))


def walk(patterns, prefix="", namespaces=(), parameters=(), i18n=False):
    for entry in patterns:
        route = prefix + pattern_text(entry.pattern)
        if route.startswith("admin/"):
            continue
        params = parameters + pattern_parameters(entry.pattern)
        if isinstance(entry, URLResolver):
            namespace = (*namespaces, entry.namespace) if entry.namespace else namespaces
            yield from walk(
                entry.url_patterns,
                route,
                namespace,
                params,
                i18n or isinstance(entry.pattern, LocalePrefixPattern),
            )
        elif isinstance(entry, URLPattern):
            name = ":".join((*namespaces, entry.name)) if entry.name else None
            yield Route(route, name, entry.callback, params, i18n)


def public_routes() -> list[Route]:
    """Every URL pattern but the admin's, in resolver order, one per name (or per route when unnamed)."""
    routes = {}
    for route in walk(get_resolver().url_patterns):
        routes.setdefault(route.id, route)
    return list(routes.values())


ROUTES = public_routes()


@dataclass(frozen=True)
class DemoValues:
    """Real values from the demo content: path parameters and the filters' valid choices."""

    blocs: list[str]
    countries: list[str]
    topics: list[str]
    article_slugs: dict[str, list[str]] = field(default_factory=dict)  # language → published articles' slugs

    @classmethod
    def load(cls) -> "DemoValues":
        articles = Article.objects.published()
        return cls(
            blocs=list(Bloc.objects.values_list("slug", flat=True)),
            countries=list(Country.objects.values_list("slug", flat=True)),
            topics=list(Topic.objects.values_list("slug", flat=True)),
            article_slugs={
                code: [slug for slug in articles.values_list(f"slug_{code}", flat=True) if slug]
                for code in language_codes()
            },
        )

    def path_values(self, route: Route, parameter: str, language: str | None) -> list[str]:
        """Real values for a slug in this route (by the kind of object its name mentions), plus missing ones."""
        name = (route.name or route.route).rsplit(":", 1)[-1].lower()  # "country-detail", not its namespace
        every_article_slug = [slug for slugs in self.article_slugs.values() for slug in slugs]
        if parameter == "slug" and "bloc" in name:
            real = self.blocs
        elif parameter == "slug" and "country" in name:
            real = self.countries
        elif parameter == "slug" and "article" in name:
            # The page's own language first; a slug of another language works as well.
            real = [*self.article_slugs.get(language, []), *every_article_slug]
        elif parameter == "slug" and "topic" in name:
            real = self.topics
        elif parameter == "slug":
            real = [*self.blocs, *self.countries, *self.topics, *every_article_slug]
        elif parameter == "day":
            real = ["2013-01-01", "2556-01-01", "1/1/2013", "2013-02-29", "1799-12-31"]
        elif parameter == "fmt":
            return ["csv", "bib", "pdf"]
        else:
            real = []
        if "fmt" in route.parameters:
            # A page's download files: a real and a missing page are enough beside each format.
            return [*real[:1], MISSING_PATH_VALUES[0]]
        return list(dict.fromkeys([*real, *MISSING_PATH_VALUES]))


def route_urls(route: Route, values: DemoValues) -> list[str]:
    """The route's concrete paths: in each language, with each filling of its parameters that reverses."""
    urls = []
    for language in language_codes() if route.i18n else [None]:
        fillings = [{}]
        for parameter in route.parameters:
            fillings = [
                {**filling, parameter: value}
                for filling in fillings
                for value in values.path_values(route, parameter, language)
            ]
        with translation.override(language or translation.get_language()):
            for kwargs in fillings:
                try:
                    urls.append(reverse(route.name or route.callback, kwargs=kwargs or None))
                except NoReverseMatch:
                    continue  # a missing value that the converter refuses: no URL to try
    return list(dict.fromkeys(urls))


@pytest.fixture(scope="module")
def demo_values(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return DemoValues.load()


@pytest.fixture(scope="module")
def public_urls(demo_values, django_db_blocker) -> dict[str, list[str]]:
    """Route id → its concrete paths."""
    with django_db_blocker.unblock():
        return {route.id: route_urls(route, demo_values) for route in ROUTES}


# --- Generated query strings ---------------------------------------------------------------------------

# The keys the public pages read, from their filters and forms (new filters join automatically), and more.
FILTER_KEYS = sorted(
    {
        *EventFilter.base_filters,
        *ArticleFilter.base_filters,
        *SearchForm.base_fields,
        "q",
        "bloc",
        "country",
        "kind",
        "topic",
        "year_from",
        "year_to",
        "page",
        "scope",
        "type",
        "original_language",
        "next",
        "language",
        "on",
        "date",
        "languages",
    }
)
HOSTILE_KEYS = [
    "_connector",
    "_negated",
    "__class__",
    "__init__",
    "__proto__",
    "pk__in",
    "pk",
    "id__gt",
    "slug__regex",
    "blocs__slug__in",
    "date__year__gte",
    "o",
    "ordering",
    "order_by",
    "sort",
    "format",
    "callback",
    "csrfmiddlewaretoken",
    "q[]",
    "bloc[]",
    "page[size]",
    "",
    " ",
    "\x00",
    "q\x00",
]
CONTROL_CHARACTERS = "".join(chr(code) for code in range(0x20)) + "\x7f\x85\u2028\u2029\ufeff\ufffe\uffff"
SCRIPT_SAMPLES = [
    "Integración económica: Asunción, São Paulo, Bogotá, Perú, ñandú",  # Latin with accents
    "การบูรณาการทางเศรษฐกิจ ตลาดร่วมอเมริกาใต้ตอนล่าง",  # Thai
    "التكامل الاقتصادي في أمريكا اللاتينية",  # Arabic
    "שוק משותף",  # Hebrew
    "南方共同市场 区域一体化 地域統合 지역 통합",  # CJK and Hangul
    "एकीकरण",  # Devanagari
    "интеграция",  # Cyrillic
    "🌎🇧🇷🇵🇪👩‍👩‍👧‍👦🏳️‍🌈🧑🏽‍🌾",  # emoji, flags, ZWJ sequences, skin tones
    "e\u0301\u0302\u0303\u0304a\u0308\u0308\u20dd\u0489" * 3,  # stacked combining marks
    "\u200f\u202e\u2066abc\u2069\u202c\u200b\u200d\u2060",  # RTL marks, overrides, isolates, zero widths
    "ﷺ ﷽ 𒐫 𝕴𝖓𝖙𝖊𝖌𝖗𝖆𝖙𝖎𝖔𝖓",  # very wide characters and astral planes
    "ก่้่้่้่้่้่้่้",  # Thai stacked tone marks
    "\ufffd\ufffe\uffff",
    '<script>alert("x")</script>',
    "' OR 1=1 --",
    '"unclosed phrase',
    "-",
    "- -- - or or OR",
    '"" "" -"" or',
    "a & b | c ! d <-> e :* f",  # tsquery operators
    "\\",
    "%",
    "%s %(name)s {0} {{ x }} {% now %}",
]
SCRIPT_ALPHABET = "".join(dict.fromkeys("".join(SCRIPT_SAMPLES) + CONTROL_CHARACTERS))
NUMBERS = [
    str(10**30),
    str(-(10**30)),
    "9" * 5000,  # more digits than int() accepts
    "-1",
    "0",
    "-0",
    "1e309",
    "-1e309",
    "1e-309",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "Infinity",
    "+1",
    "1.5",
    "0x10",
    "1_000",
    " 7 ",
    "١٢٣",  # Arabic-Indic digits
    "๒๕๖๗",  # Thai digits
    "²",
    "½",
    "2147483648",
    "9223372036854775808",
    "-9223372036854775809",
]
MALFORMED_DATES = [
    "2024-13-45",
    "0000-00-00",
    "2023-02-29",
    "31/02/2020",
    "-0001-01-01",
    "99999-12-31",
    "2024-W01",
    "2024-01-01T25:61:61",
    "๒๕๖๗-๐๑-๐๑",
    "yesterday",
    "1991-03-26' --",
    "1991-03-26\x00",
]
RAW_FRAGMENTS = [
    "%zz",
    "%",
    "%%",
    "%2",
    "%ED%A0%80",  # a UTF-8-encoded surrogate
    "q=%ED%A0%80%ED%B0%80",
    "%C0%AE%C0%AE",  # overlong UTF-8
    "q=%FF%FE%FD",
    "%u0041",
    "q=%00",
    "%00=%00",
    "q=%zz",
    "bloc=%",
    "year_from=%2B1",
    "year_to=1e309",
    "page=-1",
    "=",
    "==",
    "&",
    "&&&",
    ";",
    "q=a;b",
    "q",
    "q=",
    "=q",
    "q=a=b",
    "+",
    "q=++",
    "q[]=1&q[]=2",
    "q[0]=1",
    "_connector=OR&_negated=1",
    "pk__in=1,2",
    "__class__=x",
    "q=<script>alert(1)</script>",
    "#fragment",
    "?",
]
TOO_MANY_FIELDS = "&".join(f"k{number}=v" for number in range(1001))  # over DATA_UPLOAD_MAX_NUMBER_FIELDS


def choice_values(values: DemoValues) -> list[str]:
    """Values the filters accept, so generated queries also reach the filtered (not the refused) paths."""
    return [
        *values.blocs,
        *values.countries,
        *values.topics,
        *EventKind.values,
        *ResultType.values,
        *Language.values,
        ALL_LANGUAGES,
        "1800",
        "1991",
        "2100",
        "1",
        "2",
        "mercosur",
        "peru",
        "cooperación",
        "integración sur",
        '"tratado de asunción" or unasur -venezuela',
        "2013-01-01",
        "2556-01-01",
        "es,th",
    ]


def text_values():
    any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
    script_text = st.text(alphabet=st.sampled_from(SCRIPT_ALPHABET), max_size=40)
    control_text = st.text(alphabet=st.sampled_from(CONTROL_CHARACTERS + "ab "), min_size=1, max_size=10)
    return st.one_of(any_text, script_text, control_text, st.sampled_from(SCRIPT_SAMPLES))


def number_values():
    return st.one_of(
        st.sampled_from(NUMBERS),
        st.integers(min_value=-(10**40), max_value=10**40).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
    )


def date_values():
    return st.one_of(
        st.sampled_from(MALFORMED_DATES),
        st.dates().map(str),
        st.datetimes().map(lambda moment: moment.isoformat()),
    )


def repeat_to_size(text: str, size: int) -> str:
    """``text`` repeated to ``size`` characters, at least ``size`` bytes in UTF-8."""
    return (text * (size // len(text) + 1))[:size]


def overlong_values():
    """10 to 100 kB of one character, or of a repeated sample."""
    unit = st.sampled_from(["a", "9", "ก", "é", "🌎", "%", " ", "-", '"', "\x00", "mercosur ", "ไทย "])
    return st.builds(repeat_to_size, unit, st.integers(10_000, 100_000))


def single_values(values: DemoValues):
    return st.one_of(
        st.sampled_from(choice_values(values)),
        text_values(),
        number_values(),
        date_values(),
        overlong_values(),
        st.sampled_from(RAW_FRAGMENTS),  # encoded this time: a literal "%zz" in a value
    )


def key_values():
    return st.one_of(
        st.sampled_from(FILTER_KEYS),
        st.sampled_from(FILTER_KEYS),
        st.sampled_from(HOSTILE_KEYS),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
    )


def query_params(values: DemoValues):
    """(key, value or list of values) pairs for urlencode(doseq=True); a list repeats the key."""
    value = single_values(values)
    repeated = st.lists(value, min_size=1, max_size=5)
    return st.lists(st.tuples(key_values(), st.one_of(value, repeated)), max_size=8)


def raw_queries():
    """Query strings written as they are, not encoded: raw unicode, spaces, invalid escapes."""
    raw_text = st.one_of(
        st.text(alphabet=st.characters(codec="utf-8", exclude_characters="#"), max_size=30),
        st.sampled_from(SCRIPT_SAMPLES),
        st.sampled_from(RAW_FRAGMENTS),
    )
    pair = st.builds(lambda key, value: f"{key}={value}", st.sampled_from(FILTER_KEYS + HOSTILE_KEYS), raw_text)
    fragment = st.sampled_from([*RAW_FRAGMENTS, TOO_MANY_FIELDS])
    return st.lists(st.one_of(fragment, pair), min_size=1, max_size=6).map("&".join)


# --- Checking one request ---------------------------------------------------------------------------


def shorten(text: str, limit: int = 400) -> str:
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


def check(client: Client, url: str) -> int:
    """GET over HTTPS (the portal redirects plain HTTP when DEBUG is off); returns the status."""
    response = client.get(url, secure=True)
    status = response.status_code
    failure = ""
    if response.exc_info:
        failure = "".join(traceback.format_exception(*response.exc_info))
    assert status < 500 and (status in ALLOWED_STATUSES or 300 <= status < 400), (
        f"GET {shorten(url)!r} answered {status}\n{failure}"
    )
    if 300 <= status < 400:
        # A redirect stays on this site, whatever the query asked for.
        target = urlsplit(response.headers.get("Location", ""))
        assert target.netloc in {"", "testserver"}, f"GET {shorten(url)!r} redirects off-site to {target.geturl()!r}"
    return status


def anonymous_client() -> Client:
    return Client(raise_request_exception=False)


# --- Tests ----------------------------------------------------------------------------------------------


def test_the_enumeration_finds_every_public_page(public_urls):
    every_url = [url for urls in public_urls.values() for url in urls]
    print(f"\n{len(every_url)} public URLs from {len(public_urls)} routes:")
    for route_id, urls in public_urls.items():
        print(f"  {route_id}: {len(urls)} URLs, e.g. {urls[:3]}")
    for code in language_codes():
        for name, path in REQUIRED_PAGES.items():
            assert path.format(lang=code) in public_urls[name]
        assert f"/{code}/blocs/mercosur/" in public_urls["blocs:bloc-detail"]
        assert f"/{code}/countries/peru/" in public_urls["blocs:country-detail"]
        assert f"/{code}/blocs/does-not-exist/" in public_urls["blocs:bloc-detail"]
    article_urls = public_urls["articles:article-detail"]
    for article in Article.objects.published():
        for code in language_codes():
            slug = getattr(article, f"slug_{code}")
            if slug:
                with translation.override(code):
                    assert reverse("articles:article-detail", kwargs={"slug": slug}) in article_urls
    assert not any(url.startswith("/admin/") for url in every_url)


FIXED_HOSTILE_QUERY = urlencode(
    [
        ("q", "mercosur \x00\x1b 🌎 ก่้่้ \u202e" + "x" * 300),
        ("bloc", ["mercosur", "\x00", "%ED%A0%80"]),
        ("country", "peru"),
        ("kind", ["summit", "nope"]),
        ("topic", "\x00"),
        ("year_from", "1e309"),
        ("year_to", "NaN"),
        ("page", str(10**30)),
        ("scope", ALL_LANGUAGES),
        ("type", "__class__"),
        ("original_language", "xx"),
        ("_connector", "OR"),
        ("pk__in", "1,2"),
    ],
    doseq=True,
)


def test_every_public_url_answers_plain_and_hostile_requests(public_urls):
    """Every concrete URL once as it is, once with a fixed hostile query and once with a raw invalid one."""
    client = anonymous_client()
    plain = {}
    for urls in public_urls.values():
        for url in urls:
            plain[url] = check(client, url)
            check(client, f"{url}?{FIXED_HOSTILE_QUERY}")
            check(client, f"{url}?q=%ED%A0%80%zz%&page=%00&year_from=%")
    # The sweep reached the pages themselves, not a redirect in front of them.
    for code in language_codes():
        for path in [*REQUIRED_PAGES.values(), "/{lang}/blocs/mercosur/", "/{lang}/countries/peru/"]:
            assert plain[path.format(lang=code)] == 200, path.format(lang=code)
        assert plain[f"/{code}/blocs/does-not-exist/"] == 404
    # No media file has these names; "/media/.." climbs out of the media folder and is refused.
    assert not [url for url, status in plain.items() if url.startswith("/media/") and status not in (400, 404)]


@pytest.mark.parametrize("route", ROUTES, ids=[route.id for route in ROUTES])
@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_no_query_string_gives_a_server_error(route, public_urls, demo_values, data):
    assert public_urls[route.id], f"no URL could be built for {route.route}"
    url = data.draw(st.sampled_from(public_urls[route.id]), label="url")
    params = data.draw(query_params(demo_values), label="params")
    raw = data.draw(raw_queries(), label="raw query")
    client = anonymous_client()
    check(client, f"{url}?{urlencode(params, doseq=True)}")
    check(client, f"{url}?{raw}")
