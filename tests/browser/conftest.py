"""Playwright driving Debian's Chromium (/usr/bin/chromium) against pytest-django's live server.

No browser is downloaded: Playwright launches the system Chromium. Where it is missing the browser tests are
skipped with a message saying so, except under CI (CI=true), where they fail. Screenshots go to
test-artifacts/screenshots/ (git-ignored); a failing browser test leaves one named after itself.
"""

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.services import require_or_skip

# Playwright's sync API runs an event loop in the test thread; Django's ORM would otherwise refuse to run there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
MISSING_CHROMIUM = f"Chromium not found at {CHROMIUM}: apt-get install chromium (.ci/run installs it)"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
VIEWPORT = {"width": 1280, "height": 900}
DEFAULT_LOCALE = "en-US"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}


@dataclass
class BrowserLog:
    """What the page did besides rendering: requests to other hosts (blocked) and uncaught script errors."""

    offsite_requests: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    # What the Content-Security-Policy blocked: every page must work under it, so any entry is a failure.
    csp_violations: list[str] = field(default_factory=list)
    # Responses of the live server with an error status ("404 http://…/static/css/x.css"), pages included.
    error_responses: list[str] = field(default_factory=list)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def browser(django_db_setup):
    """Chromium for the whole run.

    While Playwright's sync API is active, the test thread has a running asyncio loop between Playwright
    calls, so Django (asgiref's thread-critical Local) hands out *other* connection objects than the ones
    pytest-django set up. Those lack the migration data that serialized_rollback restores after each flush:
    hand it over, and close them before the test databases are dropped.
    """
    from django.db import connections
    from playwright import sync_api

    require_or_skip(os.access(CHROMIUM, os.X_OK), MISSING_CHROMIUM)
    serialized = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    with sync_api.sync_playwright() as playwright:
        for alias, contents in serialized.items():
            connections[alias]._test_serialized_contents = contents
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
        connections.close_all()


@pytest.fixture
def browser_log():
    return BrowserLog()


def page_options(param) -> tuple[str, dict[str, int]]:
    """The locale and viewport an indirect ``page`` parameter asks for.

    Either a locale (``"th-TH"``) or a dict such as ``{"locale": "th-TH", "width": 390, "height": 844}``;
    whatever it leaves out is the default (en-US, 1280×900).
    """
    if param is None:
        param = {}
    elif isinstance(param, str):
        param = {"locale": param}
    unknown = set(param) - {"locale", "width", "height"}
    if unknown:
        raise ValueError(f"unknown page options: {sorted(unknown)}")
    viewport = {"width": param.get("width", VIEWPORT["width"]), "height": param.get("height", VIEWPORT["height"])}
    return param.get("locale", DEFAULT_LOCALE), viewport


@pytest.fixture
def page(request, browser, browser_log):
    """A fresh page in its own context; locale (Accept-Language) and viewport come from indirect parametrisation.

    ``@pytest.mark.parametrize("page", ["th-TH", {"locale": "th-TH", "width": 390, "height": 844}], indirect=True)``

    Requests to any host but the live server's are aborted and recorded: the tests never touch the network.
    """
    locale, viewport = page_options(getattr(request, "param", None))
    context = browser.new_context(viewport=viewport, locale=locale)
    context.set_default_timeout(10_000)

    def keep_local(route):
        if urlsplit(route.request.url).hostname in LOCAL_HOSTS or route.request.url.startswith("data:"):
            route.continue_()
        else:
            browser_log.offsite_requests.append(route.request.url)
            route.abort()

    context.route("**/*", keep_local)
    page = context.new_page()
    watch_policy(page, browser_log)
    page.on("pageerror", lambda error: browser_log.page_errors.append(str(error)))

    def record_error(response):
        if response.status >= 400:
            browser_log.error_responses.append(f"{response.status} {response.url}")

    page.on("response", record_error)
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        page.screenshot(path=screenshot_path("failed-" + re.sub(r"[^\w.-]+", "-", request.node.name)))
    context.close()
    assert browser_log.csp_violations == [], "the Content-Security-Policy blocked something"


def watch_policy(page, browser_log) -> None:
    """Chromium reports what the Content-Security-Policy blocks on the console."""

    def record(message):
        if "Content Security Policy" in message.text:
            browser_log.csp_violations.append(f"{page.url}: {message.text}")

    page.on("console", record)


def screenshot_path(name: str) -> str:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return str(SCREENSHOTS / (name if name.endswith(".png") else f"{name}.png"))


@pytest.fixture
def screenshot(page):
    """``screenshot("name.png", full_page=False)`` saves the page under test-artifacts/screenshots/."""

    def take(name: str, *, full_page: bool = False) -> str:
        path = screenshot_path(name)
        page.screenshot(path=path, full_page=full_page)
        return path

    return take


@pytest.fixture
def admin_login(page, live_server):
    """Log in through the real admin login form: ``admin_login(username, password)``; ends on the admin index."""

    def login(username: str, password: str) -> None:
        page.goto(f"{live_server.url}/admin/login/?next=/admin/")
        page.fill("#id_username", username)
        page.fill("#id_password", password)
        with page.expect_navigation():
            page.click("#login-form [type=submit]")

    return login


@pytest.fixture
def demo(live_server, request):
    """The demo content (and so the search index) as the run loaded it, back after the flush that ended the
    previous test."""
    from tests import demo_snapshot

    demo_snapshot.restore(request.config.stash[demo_snapshot.STASH_KEY])
    return live_server
