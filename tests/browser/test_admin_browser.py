"""The admin as an analyst sees it in Chromium: login, translated-field tabs, Thai interface, membership overlap.

live_server needs committed data, so these tests run in transactions of their own and the database is
flushed after each one; serialized_rollback restores what the migrations created (the Analyst group and its
permissions) and the ``analyst`` fixture below brings the demo content back (the ``demo`` fixture).
"""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group, User

from blocs.models import Bloc, Country, Membership

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

USERNAME = "ana"
PASSWORD = "analyst-password-1"
# What the Analyst group needs for these tests (articles/migrations/0002_editorial_groups.py grants more).
ANALYST_NEEDS = {"view_bloc", "change_bloc", "view_country", "view_membership", "add_membership", "view_article"}


@pytest.fixture
def analyst(demo):
    """The demo content and a staff user in the Analyst group, created by the data migration."""
    group = Group.objects.get(name="Analyst")
    granted = set(group.permissions.values_list("codename", flat=True))
    assert granted >= ANALYST_NEEDS, f"the Analyst group lacks {sorted(ANALYST_NEEDS - granted)}"
    user = User.objects.create_user(USERNAME, password=PASSWORD, is_staff=True)
    user.groups.add(group)
    return user


def test_analyst_logs_in_and_sees_the_content_sections(page, live_server, analyst, admin_login, browser_log):
    admin_login(USERNAME, PASSWORD)

    assert page.url == f"{live_server.url}/admin/"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("#content h1").inner_text() == "Site administration"
    assert page.locator("#user-tools strong").text_content() == USERNAME
    blocs = page.locator(".app-blocs.module")
    # text_content, not inner_text: the admin's CSS upper-cases captions and tab labels.
    assert re.match(r"Blocs\b", blocs.locator("caption").text_content().strip())
    assert blocs.locator("#blocs-bloc a").text_content() == "Blocs"
    articles = page.locator(".app-articles.module")
    assert articles.locator("caption").text_content().strip() == "Articles"
    assert articles.locator("#articles-article a").text_content() == "Articles"
    assert browser_log.page_errors == []


def test_bloc_translations_are_tabs(page, live_server, analyst, admin_login, browser_log, screenshot):
    mercosur = Bloc.objects.get(slug="mercosur")
    admin_login(USERNAME, PASSWORD)
    page.goto(f"{live_server.url}/admin/blocs/bloc/{mercosur.pk}/change/")

    # Offline (and under a strict CSP) only the live server answers: jQuery UI must come from static/.
    assert browser_log.offsite_requests == [], "the change page requests files from another host"
    assert browser_log.page_errors == []
    name_tabs = page.locator(".ui-tabs").filter(has=page.locator("#id_name_es"))
    assert name_tabs.count() == 1
    tab_links = name_tabs.locator("ul.ui-tabs-nav a")
    assert [text.strip() for text in tab_links.all_text_contents()] == ["es", "th", "en"]
    # The tab of the interface language (English here) opens first.
    assert page.locator("#id_name_en").is_visible()
    assert page.locator("#id_name_es").is_hidden()
    assert page.locator("#id_name_th").is_hidden()

    tab_links.filter(has_text=re.compile(r"^\s*th\s*$")).click()

    thai_name = page.locator("#id_name_th")
    assert thai_name.is_visible()
    assert thai_name.input_value() == "ตลาดร่วมอเมริกาใต้ตอนล่าง"
    assert page.locator("#id_name_es").is_hidden()
    assert page.locator("#id_name_en").is_hidden()
    assert name_tabs.locator("li.ui-tabs-active a").text_content().strip() == "th"
    screenshot("admin-bloc-mercosur-th-tab.png")


@pytest.mark.parametrize("page", ["th-TH"], indirect=True)
def test_admin_follows_a_thai_browser(page, live_server, analyst, admin_login, screenshot):
    admin_login(USERNAME, PASSWORD)

    assert page.url == f"{live_server.url}/admin/"
    assert page.locator("html").get_attribute("lang") == "th"
    # Django's own Thai catalogue: "Site administration", "Welcome," and "Log out".
    assert page.locator("#content h1").inner_text() == "การจัดการไซต์"
    assert "ยินดีต้อนรับ" in page.locator("#user-tools").inner_text()
    assert page.locator("#logout-form button[type=submit]").inner_text() == "ออกจากระบบ"
    screenshot("admin-index-th.png")


def test_overlapping_membership_is_refused_next_to_its_start(page, live_server, analyst, admin_login, screenshot):
    argentina = Country.objects.get(alpha2="AR")
    mercosur = Bloc.objects.get(slug="mercosur")
    existing = Membership.objects.get(country=argentina, bloc=mercosur, status="member")
    assert (existing.start.isoformat(), existing.end) == ("1991-03-26", None)
    before = Membership.objects.filter(country=argentina, bloc=mercosur).count()

    admin_login(USERNAME, PASSWORD)
    # The admin pre-fills the autocomplete (select2) fields from the query string.
    page.goto(f"{live_server.url}/admin/blocs/membership/add/?country={argentina.pk}&bloc={mercosur.pk}")
    assert page.locator("#id_country").input_value() == str(argentina.pk)
    assert page.locator("#select2-id_country-container").inner_text() == "Argentina"
    assert page.locator("#id_bloc").input_value() == str(mercosur.pk)
    page.select_option("#id_status", "member")
    page.fill("#id_start", "2000-01-01")
    page.select_option("#id_start_precision", "day")
    with page.expect_navigation():
        page.click("input[name=_save]")

    assert urlsplit(page.url).path == "/admin/blocs/membership/add/"
    assert page.locator(".errornote").is_visible()
    start_errors = page.locator(".form-row.field-start .errorlist")
    assert start_errors.count() == 1
    assert start_errors.is_visible()
    # Names the period it clashes with (Argentina, member since 26 March 1991).
    assert re.search(r"overlaps .*\b1991\b", start_errors.inner_text())
    # The form keeps what was typed.
    assert page.locator("#id_start").input_value() == "2000-01-01"
    screenshot("admin-membership-overlap-error.png", full_page=True)
    assert Membership.objects.filter(country=argentina, bloc=mercosur).count() == before
