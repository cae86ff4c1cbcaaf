"""Hostile text in every translated field is shown escaped, on the public pages and in the admin.

For each translated model (from modeltranslation's registry, so a model registered later is covered)
and each language, a script tag, an image with an event handler, quotes and an ampersand are written
into every translated column of that language of a few objects with ``update()``, so nothing cleans them
on the way in. Rich-text bodies get the payload inside HTML, so the ``rich_text`` sanitiser has to drop it
when the page renders. A version with the hostile text (and a hostile comment) is recorded so the history
pages show it too. Then a superuser fetches, in that language, every public page that shows these objects
(home, lists, details, timeline, search, plus every other public route the resolver knows: feeds, sitemap…)
and their admin change list, change form (with its inlines), history, version changes and preview pages.

Nothing may come through as markup: no raw payload, no ``<script>`` running it, no element with its
event handler, no ``javascript:`` link, and in feeds nothing a reader takes as HTML. The escaped text must
show where the field is displayed: on the public pages listed per model and in every column of the forms.

Article slugs are translated too. A slug with ``/`` could not be reversed into a URL at all, so they get
a payload without a slash (``x"><img src=x onerror=alert(1)>``), which still has to stay inside its
``href`` and ``value`` attributes.
"""

import io
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlencode

import pytest
import reversion
from django.contrib import admin
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.db.models.signals import post_save
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.html import escape
from modeltranslation.translator import translator
from PIL import Image
from reversion.models import Version

from articles.models import Article, ArticleImage, Author, Footnote, Topic
from blocs.models import Bloc, Country, Era, Event, Membership
from integration_portal.core.languages import language_codes
from integration_portal.search import text as search_text
from integration_portal.sources.models import Source
from tests.hardening.test_query_strings import ROUTES

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.filterwarnings("ignore::django.core.cache.backends.base.CacheKeyWarning"),
]

SCRIPT = '<script>alert("x")</script>'
IMAGE = "<img src=x onerror=alert(1)>"
MARKER = "hostilmarker"  # a word the search can find the hostile objects by
PAYLOAD = f"{SCRIPT}{IMAGE}\"'& {MARKER} ภัยคุกคาม"
SHORT_PAYLOAD = f"{SCRIPT}\"'&"  # for short columns (a bloc's acronym holds 30 characters)
RICH_TEXT_PAYLOAD = f'<p>{PAYLOAD}</p><p><a href="javascript:alert(1)">{MARKER}</a></p>'
SLUG_PAYLOAD = 'x"><img src=x onerror=alert(1)>'
ESCAPED_SCRIPT = escape(SCRIPT)  # &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;
RAW_MARKUP = [SCRIPT, IMAGE, 'href="javascript:alert(1)"']


def translated_models() -> list[type[models.Model]]:
    return sorted(translator.get_registered_models(), key=lambda model: model.__name__)


def translated_fields(model) -> list[str]:
    return sorted(translator.get_options_for_model(model).fields)


def payload_for(model, name: str) -> str:
    """The hostile text for one field: whatever fits its column."""
    if name == "slug":
        return SLUG_PAYLOAD
    if name in getattr(model, "rich_text_fields", ()):
        return RICH_TEXT_PAYLOAD
    max_length = model._meta.get_field(name).max_length
    for text in (PAYLOAD, f"{SCRIPT}{IMAGE}", SHORT_PAYLOAD):
        if max_length is None or len(text) <= max_length:
            return text
    raise AssertionError(f"{model.__name__}.{name} holds only {max_length} characters")


# --- What a page must not contain -------------------------------------------------------------------


# Script types a browser runs; JSON-LD and other data blocks are not run (and hold the payload as escaped JSON).
SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript", "application/ecmascript"}


class MarkupFinder(HTMLParser):
    """Elements and attributes that would run the payload in a browser."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        script_type = (dict(attrs).get("type") or "").strip().lower()
        self._in_script = tag == "script" and script_type in SCRIPT_TYPES
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") and "alert(" in value:
                self.problems.append(f"<{tag}> with the event handler {name}={value!r}")
            if name in {"href", "src", "action", "formaction", "xlink:href"} and value.strip().lower().startswith(
                "javascript:"
            ):
                self.problems.append(f"<{tag}> with {name}={value!r}")
        if tag == "img" and dict(attrs).get("src") == "x":
            self.problems.append(f"an injected <img> element: {attrs!r}")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and "alert(" in data:
            self.problems.append(f"a <script> element running {data.strip()[:80]!r}")


def markup_problems(html: str) -> list[str]:
    problems = [f"the raw text {raw!r}" for raw in RAW_MARKUP if raw in html]
    finder = MarkupFinder()
    finder.feed(html)
    finder.close()
    return problems + finder.problems


ATOM = "{http://www.w3.org/2005/Atom}"


def feed_problems(xml: str) -> list[str]:
    """In a feed, the XML escaping is undone by the reader; what is read as HTML must still be escaped.

    RSS readers take titles and descriptions as HTML (so do the portal's feeds, see integration_portal/feeds.py);
    Atom says so with type="html".
    """
    try:
        root = ElementTree.fromstring(xml.encode())
    except ElementTree.ParseError as error:
        return [f"a feed that is not XML ({error})"]
    atom = root.tag == f"{ATOM}feed"
    problems = []
    for element in root.iter():
        name = element.tag.removeprefix(ATOM)
        as_html = element.get("type") in ("html", "xhtml") if atom else name in ("title", "description")
        text = element.text or ""
        if as_html and (markup := [raw for raw in (SCRIPT, IMAGE) if raw in text]):
            problems.append(f"<{name}> read as HTML holding the markup {markup[0]!r}")
    return problems


# --- The hostile objects ------------------------------------------------------------------------------


def pacific() -> Article:
    return Article.objects.get(demo_key="pacific-integration")


def png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 3), "teal").save(buffer, "PNG")
    return SimpleUploadedFile("hostile.png", buffer.getvalue(), content_type="image/png")


def demo_events() -> list[Event]:
    published = Event.objects.published()
    chosen = [
        *published.filter(blocs__slug="mercosur").order_by("date", "pk")[:2],  # Mercosur's founding, on the home page
        published.order_by("-date", "-pk").first(),  # the most recent, on the home page
        pacific().events.order_by("date", "pk").first(),  # linked from the article
    ]
    return list({event.pk: event for event in chosen if event}.values())


def new_author() -> list[Author]:
    author = Author.objects.create(name="Ana Hardening", slug="ana-hardening", affiliation_es="Universidad")
    pacific().authors.add(author)
    return [author]


def new_image() -> list[ArticleImage]:
    image = ArticleImage.objects.create(
        article=pacific(), image=png(), alt_es="Mapa", alt_th="แผนที่", alt_en="Map", caption_es="Mapa"
    )
    return [image]


@dataclass(frozen=True)
class Subject:
    """Which objects of a model get the payload, and the public pages that must show it escaped."""

    objects: Callable[[], list[models.Model]]
    shown_on: tuple[str, ...] = ()
    searchable: bool = False  # has its own search results, titled with a translated field
    changelist_query: Callable[[list[models.Model]], dict] = field(default=lambda objects: {})


SUBJECTS: dict[type[models.Model], Subject] = {
    Bloc: Subject(
        lambda: list(Bloc.objects.filter(slug__in=["mercosur", "pacific-alliance"])),
        shown_on=("home", "bloc list", "bloc mercosur", "country peru", "timeline", "article"),
        searchable=True,
    ),
    Country: Subject(
        lambda: list(Country.objects.filter(slug__in=["peru", "brazil"])),
        shown_on=("country list", "country peru", "bloc mercosur", "article"),
        searchable=True,
    ),
    Event: Subject(demo_events, shown_on=("home", "timeline", "bloc mercosur", "article"), searchable=True),
    Era: Subject(lambda: list(Era.objects.all()), shown_on=("timeline",)),
    Membership: Subject(
        lambda: [
            *Membership.objects.filter(bloc__slug="mercosur").order_by("country__slug", "start")[:2],
            *Membership.objects.filter(bloc__slug="pacific-alliance", country__slug="peru")[:1],
        ],
        changelist_query=lambda objects: {"bloc__id__exact": objects[0].bloc_id},
    ),
    Topic: Subject(lambda: list(pacific().topics.order_by("slug")[:2]), shown_on=("article",)),
    Author: Subject(new_author),
    Article: Subject(
        lambda: list(Article.objects.published().order_by("pk")),
        shown_on=("home", "article list", "article", "bloc mercosur", "country peru"),
        searchable=True,
    ),
    Footnote: Subject(lambda: list(pacific().footnotes.order_by("number")[:2]), shown_on=("article",)),
    ArticleImage: Subject(new_image, shown_on=("article",)),
    # The sources of Mercosur's founding, listed on its page.
    Source: Subject(
        lambda: list(Source.objects.filter(blocs_bloccitation_set__bloc__slug="mercosur").distinct()[:2]),
        shown_on=("bloc mercosur",),
    ),
}


def test_every_translated_model_has_hostile_objects():
    """A model registered for translation later must join SUBJECTS, or the tests below would skip it."""
    assert set(translated_models()) == set(SUBJECTS)


def write_payload(objects: list[models.Model], language: str) -> None:
    model = type(objects[0])
    for obj in objects:
        values = {f"{name}_{language}": payload_for(model, name) for name in translated_fields(model)}
        if "slug" in translated_fields(model):
            values[f"slug_{language}"] += f"-{obj.pk}"  # slugs are unique per language
        model.objects.filter(pk=obj.pk).update(**values)


def record_hostile_version(obj: models.Model, user) -> None:
    """A version holding the hostile text, with a hostile comment, as a save in the admin would record."""
    with reversion.create_revision():
        reversion.set_user(user)
        reversion.set_comment(PAYLOAD)
        reversion.add_to_revision(obj)
        if type(obj) not in admin.site._registry and isinstance(getattr(obj, "article", None), Article):
            reversion.add_to_revision(Article.objects.get(pk=obj.article_id))  # an inline: its article's history


def notify_saved(obj: models.Model) -> None:
    """Tell the derived data (search index, page cache) that the row changed, as save() would."""
    post_save.send(sender=type(obj), instance=obj, created=False, update_fields=None, raw=False, using="default")


# --- The pages ----------------------------------------------------------------------------------------


def with_query(path: str, **params) -> str:
    return f"{path}?{urlencode(params)}"


def public_pages(language: str) -> dict[str, str]:
    article = pacific()
    with translation.override(language):
        pages = {
            "home": reverse("home"),
            "bloc list": reverse("blocs:bloc-list"),
            "bloc mercosur": reverse("blocs:bloc-detail", kwargs={"slug": "mercosur"}),
            "bloc pacific-alliance": reverse("blocs:bloc-detail", kwargs={"slug": "pacific-alliance"}),
            "country list": reverse("blocs:country-list"),
            "country peru": reverse("blocs:country-detail", kwargs={"slug": "peru"}),
            "country brazil": reverse("blocs:country-detail", kwargs={"slug": "brazil"}),
            "timeline": reverse("blocs:timeline"),
            "timeline filtered": with_query(reverse("blocs:timeline"), bloc="mercosur", q=MARKER),
            "article list": reverse("articles:article-list"),
            "article list filtered": with_query(reverse("articles:article-list"), q=MARKER),
            "article": reverse("articles:article-detail", kwargs={"slug": article.translated("slug", language).value}),
            "search": with_query(reverse("search"), q=MARKER, scope="all"),
            # Highlighting cuts the text around the matches: the cut pieces must be escaped too.
            "search highlighting": with_query(reverse("search"), q="script alert onerror img x", scope="all"),
        }
    return pages


def discovered_pages(language: str) -> dict[str, str]:
    """Every public route from the resolver (feeds, sitemap… whatever exists), for Mercosur, Peru and the article.

    Routes with other parameters (media files) show no text of the objects and are left out.
    """
    slugs = {"bloc": "mercosur", "country": "peru", "article": pacific().translated("slug", language).value}
    pages = {}
    for route in ROUTES:
        if route.route.startswith("api/"):
            continue  # JSON, not markup: tests/api checks what it holds and that nothing unpublished is in it
        name = (route.name or route.route).rsplit(":", 1)[-1]
        kwargs = {}
        if route.parameters == ("slug",):
            kind = next((kind for kind in slugs if kind in name), None)
            if kind is None:
                continue
            kwargs = {"slug": slugs[kind]}
        elif route.parameters:
            continue
        with translation.override(language):
            pages[route.id] = reverse(route.name or route.callback, kwargs=kwargs or None)
    return pages


def admin_url(model, view: str, *args) -> str | None:
    try:
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)
    except NoReverseMatch:
        return None


def admin_pages(objects: list[models.Model], subject: Subject, language: str) -> dict[str, str]:
    """The admin pages that show these objects: their own, or their article's when they are an inline."""
    model = type(objects[0])
    pages = {"translation status": reverse("translation_status")}
    targets = objects
    if model not in admin.site._registry:
        targets = list({obj.article_id: obj.article for obj in objects}.values())
    target_model = type(targets[0])
    query = subject.changelist_query(objects) if target_model is model else {}
    pages["change list"] = admin_url(target_model, "changelist") + ("?" + urlencode(query) if query else "")
    for obj in targets:
        pages[f"change form {obj.pk}"] = admin_url(target_model, "change", obj.pk)
        pages[f"history {obj.pk}"] = admin_url(target_model, "history", obj.pk)
        latest = Version.objects.get_for_object(obj).order_by("-revision__date_created", "-pk").first()
        if latest and (changes := admin_url(target_model, "version_changes", obj.pk, latest.pk)):
            pages[f"version changes {obj.pk}"] = changes
        if preview := admin_url(target_model, "preview", obj.pk, language):
            pages[f"preview {obj.pk}"] = preview
    # Objects edited inline in a bloc's, a country's or an article's form, or chosen there from a list.
    for relation in ("bloc", "country", "article"):
        for obj in objects:
            parent = getattr(obj, relation, None) if relation != model._meta.model_name else None
            if isinstance(parent, models.Model) and type(parent) in admin.site._registry:
                pages[f"{relation} change form {parent.pk}"] = admin_url(type(parent), "change", parent.pk)
    if model in (Topic, Author):
        pages["article change form"] = admin_url(Article, "change", pacific().pk)
    return pages


# --- The test -----------------------------------------------------------------------------------------


@pytest.fixture
def superuser_client(django_user_model):
    user = django_user_model.objects.create_superuser("hardening", "hardening@example.org", "hardening-password-1")
    client = Client(raise_request_exception=False)
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture(autouse=True)
def fresh_derived_state(settings, tmp_path):
    """Uploaded files in a throwaway folder; no cached page or Thai dictionary outlives the payload."""
    settings.MEDIA_ROOT = tmp_path
    cache.clear()
    yield
    cache.clear()
    search_text.reset_segmenter()


def fetch(client: Client, url: str, problems: list[str], *, may_redirect: bool = False) -> str:
    """The page's text; a problem (and no text) unless it answers 200, or a redirect where that is allowed."""
    response = client.get(url, secure=True)
    if may_redirect and 300 <= response.status_code < 400:
        return ""
    if response.status_code != 200:
        detail = ""
        if response.exc_info:
            detail = f": {response.exc_info[0].__name__}: {response.exc_info[1]}"
        problems.append(f"GET {url} answered {response.status_code}{detail}")
        return ""
    if response.get("Content-Type", "").startswith("image/"):
        return ""  # the site's icons: no text of the objects
    text = response.content.decode()
    if "xml" in response.get("Content-Type", "") and re.search(r"<(rss|feed)\b", text):
        problems += [f"the feed {url} has {problem}" for problem in feed_problems(text)]
    return text


MODELS = translated_models()


@pytest.mark.parametrize("language", language_codes())
@pytest.mark.parametrize("model", MODELS, ids=[model.__name__ for model in MODELS])
def test_hostile_text_is_escaped_everywhere(model, language, superuser_client):
    subject = SUBJECTS.get(model)
    assert subject, f"{model.__name__} is translated: add it to SUBJECTS with a few objects to write into"
    objects = subject.objects()
    assert objects, f"no {model.__name__} to write into"
    write_payload(objects, language)
    objects = list(model.objects.filter(pk__in=[obj.pk for obj in objects]))
    for obj in objects:
        record_hostile_version(obj, superuser_client.user)
        notify_saved(obj)
    cache.clear()
    superuser_client.cookies["django_language"] = language  # the admin in the payload's language

    problems: list[str] = []
    pages = {f"public {name}": url for name, url in public_pages(language).items()}
    discovered = {f"route {name}": url for name, url in discovered_pages(language).items()}
    pages.update({f"admin {name}": url for name, url in admin_pages(objects, subject, language).items()})
    html_by_url, html_by_page = {}, {}
    for name, url in [*pages.items(), *discovered.items()]:
        if url not in html_by_url:
            html_by_url[url] = html = fetch(superuser_client, url, problems, may_redirect=name in discovered)
            problems += [f"{name} ({url}) shows {problem}" for problem in markup_problems(html)]
        html_by_page[name] = html_by_url[url]

    # Shown where it is displayed, as text: on the public pages, in the search results…
    expected = [f"public {name}" for name in subject.shown_on]
    if subject.searchable:
        expected.append("public search")
    expected += [name for name in html_by_page if name.startswith("admin history")]  # the hostile comment
    for name in expected:
        if html_by_page[name] and ESCAPED_SCRIPT not in html_by_page[name]:
            problems.append(f"{name} ({pages[name]}) does not show the escaped payload {ESCAPED_SCRIPT!r}")
    # …and in the form fields, every column with exactly its own text, escaped.
    form_pages = [name for name in html_by_page if "change form" in name and html_by_page[name]]
    for name in translated_fields(model):
        column, escaped = f"{name}_{language}", escape(payload_for(model, name))
        if not any(escaped in html_by_page[page] for page in form_pages):
            problems.append(f"no change form shows {column} escaped ({escaped[:60]!r}…)")

    assert not problems, f"{model.__name__} in {language}:\n" + "\n".join(problems)


def test_the_payload_fits_every_translated_column():
    for model in MODELS:
        for name in translated_fields(model):
            text = payload_for(model, name)
            max_length = model._meta.get_field(name).max_length
            assert max_length is None or len(text) <= max_length
            assert re.search(r"<script|onerror=", text), (model, name)
