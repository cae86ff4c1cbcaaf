"""The editorial workflow in Chromium, one person per browser: an analyst writes an article in the rich-text
editor and submits it, an editor previews and publishes it, a translator adds Thai and English, readers see the
Thai page, the translation status page counts it, and a later edit of the Spanish original leaves both
translations outdated.

live_server needs committed data, so this runs in a transaction of its own and the database is flushed after it;
serialized_rollback restores what the migrations created (the Analyst, Editor and Translator groups) and the
``demo`` fixture brings the demo content back from the run's snapshot.

Problems of the application that do not stop the workflow (a link to a 404, an untranslated sentence, a layout
cut off) are collected as the test goes and asserted at its end, so that one of them does not hide the others.
"""

import re
from collections import Counter
from urllib.parse import unquote, urlsplit

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from articles.models import Article, ArticleStatus
from integration_portal.core.slugs import slugify_unicode

from .conftest import DEFAULT_LOCALE, LOCAL_HOSTS, VIEWPORT, screenshot_path, watch_policy
from .pages import path_of, publish_to_readme, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# One staff user per editorial role: username → (password, group).
PEOPLE = {
    "ana": ("analyst-password-1", "Analyst"),
    "edu": ("editor-password-1", "Editor"),
    "tom": ("translator-password-1", "Translator"),
}
ANALYST, EDITOR, TRANSLATOR = PEOPLE

SPANISH = {
    "title": "Cooperación regional en el Cono Sur",
    "summary": "Un análisis de la cooperación entre los países del Cono Sur.",
    "before_bold": "Los países del Cono Sur profundizan su ",
    "bold": "integración",
    "after_bold": " económica.",
    "items": ["Comercio intrarregional", "Inversión en infraestructura"],
    "added": " Los cancilleres se reunieron de nuevo en marzo.",
}
THAI = {
    "title": "ความร่วมมือในภูมิภาค",
    "summary": "บทวิเคราะห์ความร่วมมือระหว่างประเทศในกรวยใต้ของอเมริกาใต้",
    "body": "ประเทศในกรวยใต้ร่วมมือกันมากขึ้นทุกปี การค้าและการลงทุนระหว่างกันเติบโตอย่างต่อเนื่อง",
}
ENGLISH = {
    "title": "Regional cooperation in the Southern Cone",
    "summary": "An analysis of cooperation among the countries of the Southern Cone.",
    "body": "The countries of the Southern Cone deepen their economic integration.",
}
# The translation status page, in the order a translator works through the content.
STATUS_ROWS = ["Articles", "Events", "Blocs", "Countries", "Topics", "Authors", "Images"]
STATES = ["missing", "outdated", "complete"]


@pytest.fixture
def staff(demo):
    """The demo content and three staff users, each in one of the groups the data migrations created."""
    users = {}
    for username, (password, group_name) in PEOPLE.items():
        users[username] = User.objects.create_user(username, password=password, is_staff=True)
        users[username].groups.add(Group.objects.get(name=group_name))
    return users


@pytest.fixture
def new_page(request, browser, browser_log):
    """``new_page(locale)``: a page in a browser context of its own (its own cookies, so its own login).

    Set up as the ``page`` fixture sets up its context: requests to other hosts are aborted and recorded, script
    errors and error responses recorded; a failing test leaves a screenshot of every page it opened.
    """
    opened = []

    def keep_local(route):
        if urlsplit(route.request.url).hostname in LOCAL_HOSTS or route.request.url.startswith("data:"):
            route.continue_()
        else:
            browser_log.offsite_requests.append(route.request.url)
            route.abort()

    def record_error(response):
        if response.status >= 400:
            browser_log.error_responses.append(f"{response.status} {response.url}")

    def open_page(locale: str = DEFAULT_LOCALE):
        context = browser.new_context(viewport=VIEWPORT, locale=locale)
        context.set_default_timeout(10_000)
        context.route("**/*", keep_local)
        page = context.new_page()
        watch_policy(page, browser_log)
        page.on("pageerror", lambda error: browser_log.page_errors.append(str(error)))
        page.on("response", record_error)
        opened.append(page)
        return page

    yield open_page
    report = getattr(request.node, "report_call", None)
    for number, page in enumerate(opened, start=1):
        if report is not None and report.failed:
            name = re.sub(r"[^\w.-]+", "-", request.node.name)
            page.screenshot(path=screenshot_path(f"failed-{name}-context-{number}"))
        page.context.close()


def log_in(page, live_server, username: str) -> None:
    """Through the real admin login form, as the ``admin_login`` fixture does; ends on the admin index."""
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", PEOPLE[username][0])
    with page.expect_navigation():
        page.click("#login-form [type=submit]")
    assert path_of(page) == "/admin/", f"{username} could not log in"
    assert page.locator("#user-tools strong").text_content() == username


def open_tab(page, field: str, code: str) -> None:
    """Click the language tab (es, th, en) of one translated field; its input then shows, the others hide."""
    tabs = page.locator(".ui-tabs").filter(has=page.locator(f"#id_{field}_{code}"))
    expect(tabs).to_have_count(1)
    tabs.locator("ul.ui-tabs-nav a").filter(has_text=re.compile(rf"^\s*{code}\s*$", re.IGNORECASE)).click()
    expect(tabs.locator("li.ui-tabs-active a")).to_have_text(re.compile(rf"^\s*{code}\s*$", re.IGNORECASE))


def rich_text_editor(page, field: str, code: str):
    """The ProseMirror editing area of one language of a rich-text field (not the menu's dropdown preview)."""
    return page.locator(f".field-{field}_{code} .ProseMirror[contenteditable=true]")


def toolbar_button(page, field: str, code: str, name: str):
    return page.locator(f".field-{field}_{code} .prose-menubar button[data-name={name}]")


def save(page, button: str = "_save") -> None:
    """Press Save (``_save``) or Save and continue editing (``_continue``) and require the success message."""
    with page.expect_navigation():
        page.click(f"input[name={button}]")
    expect(page.locator(".errornote")).to_have_count(0)
    expect(page.locator(".messagelist .success")).to_have_count(1)


def change_path(article: Article) -> str:
    return f"/admin/articles/article/{article.pk}/change/"


def status_table(page) -> dict[str, list[int]]:
    """The translation status table as {row name: [items, es missing, es outdated, es complete, th …, en …]}."""
    rows = {}
    for row in page.locator("table.translation-status-table tbody tr").all():
        name = row.locator("th").text_content().strip()
        rows[name] = [int(text.strip()) for text in row.locator("td").all_text_contents()]
    return rows


def article_counts(code: str) -> list[int]:
    """Articles missing, outdated and complete in ``code``, counted in Python (the page counts in SQL)."""
    counts = Counter(article.translation_state(code) for article in Article.objects.all())
    return [counts[state] for state in STATES]


def badge_look(page, selector: str) -> dict[str, str]:
    return page.locator(selector).first.evaluate(
        "badge => { const style = getComputedStyle(badge);"
        " return {background: style.backgroundColor, color: style.color, decoration: style.textDecorationLine}; }"
    )


def badges(container, state: str) -> list[str]:
    return [text.strip() for text in container.locator(f".translation-badge.translation-{state}").all_text_contents()]


def test_readme_article_goes_from_analyst_to_editor_to_translator(
    page, demo, staff, admin_login, new_page, browser_log, screenshot
):
    # What is wrong in the application but does not stop the workflow; asserted last, so every step is tested.
    app_problems = []

    # 1–2. The analyst writes the article in Spanish and submits it for review. -------------------------------
    admin_login(ANALYST, PEOPLE[ANALYST][0])
    visit(page, demo, "/admin/articles/article/add/")
    open_tab(page, "title", "es")
    page.fill("#id_title_es", SPANISH["title"])
    open_tab(page, "summary", "es")
    page.fill("#id_summary_es", SPANISH["summary"])
    open_tab(page, "body", "es")
    editor = rich_text_editor(page, "body", "es")
    expect(editor).to_be_visible()
    expect(page.locator(".field-body_es .prose-menubar")).to_be_visible()
    editor.click()
    page.keyboard.type(SPANISH["before_bold"])
    # Bold on, one word, bold off: through the toolbar, the editor keeps the focus.
    toolbar_button(page, "body", "es", "bold").click()
    page.keyboard.type(SPANISH["bold"])
    toolbar_button(page, "body", "es", "bold").click()
    page.keyboard.type(SPANISH["after_bold"])
    page.keyboard.press("Enter")
    toolbar_button(page, "body", "es", "bulletList").click()
    page.keyboard.type(SPANISH["items"][0])
    page.keyboard.press("Enter")
    page.keyboard.type(SPANISH["items"][1])
    expect(editor.locator("strong")).to_have_text(SPANISH["bold"])
    expect(editor.locator("ul > li")).to_have_text(SPANISH["items"])

    assert page.locator("#id_original_language").input_value() == "es"
    page.select_option("#id_original_language", "es")
    # An analyst submits for review but does not publish, nor set the publication time.
    status_options = page.locator("#id_status option")
    assert [option.get_attribute("value") for option in status_options.all()] == ["draft", "in_review"]
    assert "published" not in status_options.all_text_contents()
    page.select_option("#id_status", "in_review")
    expect(page.locator("#id_published_at_0")).to_have_count(0)
    save(page, "_continue")

    article = Article.objects.get(title_es=SPANISH["title"])
    assert article.status == ArticleStatus.IN_REVIEW
    assert article.published_at is None
    assert article.original_language == "es"
    assert article.summary_es == SPANISH["summary"]
    assert f"<strong>{SPANISH['bold']}</strong>" in article.body_es
    assert re.search(r"<ul>\s*<li>(<p>)?" + re.escape(SPANISH["items"][0]), article.body_es), article.body_es
    assert article.slug_es == "cooperacion-regional-en-el-cono-sur"
    assert path_of(page) == change_path(article)
    # The saved text comes back into the editor, bold word and list included.
    open_tab(page, "body", "es")
    editor = rich_text_editor(page, "body", "es")
    expect(editor.locator("strong")).to_have_text(SPANISH["bold"])
    expect(editor.locator("ul > li")).to_have_text(SPANISH["items"])
    open_tab(page, "title", "es")
    open_tab(page, "summary", "es")
    expect(page.locator(".translation-states")).to_contain_text("ES · complete")
    open_tab(page, "slug", "es")
    expect(page.locator("#id_slug_es")).to_have_value(article.slug_es)
    publish_to_readme(screenshot("workflow-editor.png", full_page=True), "workflow-editor.png")
    # Not public yet: a "View on site" link would lead to a 404 (the preview links show the article instead).
    view_on_site = page.locator(".object-tools a.viewsitelink")
    if view_on_site.count():
        status = page.request.get(demo.url + view_on_site.get_attribute("href")).status
        app_problems.append(f"'View on site' is offered for an article in review and answers {status}")

    # 3. The editor previews the Spanish text, then publishes it. ----------------------------------------------
    editor_page = new_page()
    log_in(editor_page, demo, EDITOR)
    visit(editor_page, demo, change_path(article))
    preview_link = editor_page.locator(".object-tools a.previewlink[lang=es]")
    expect(preview_link).to_have_text("Preview ES")
    preview_path = f"/admin/articles/article/{article.pk}/preview/es/"
    assert preview_link.get_attribute("href") == preview_path
    # The link opens a new tab; here the same page follows it.
    visit(editor_page, demo, preview_link.get_attribute("href"))
    assert editor_page.locator("html").get_attribute("lang") == "es"
    banner = editor_page.locator(".preview-banner[role=status]")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("en revisión")
    expect(editor_page.locator("article.article h1")).to_have_text(SPANISH["title"])
    expect(editor_page.locator("article.article .lead")).to_have_text(SPANISH["summary"])
    prose = editor_page.locator("article.article .prose")
    expect(prose.locator("strong")).to_have_text(SPANISH["bold"])
    expect(prose.locator("ul > li")).to_have_text(SPANISH["items"])
    # The banner is part of a Spanish page (lang="es"): it is written in Spanish too, not in English.
    if banner.inner_text().startswith("Preview:"):
        app_problems.append(f"untranslated banner on the Spanish preview: {banner.inner_text()!r}")

    visit(editor_page, demo, change_path(article))
    assert [option.get_attribute("value") for option in editor_page.locator("#id_status option").all()] == [
        "draft",
        "in_review",
        "published",
    ]
    assert editor_page.locator("#id_status").input_value() == "in_review"
    editor_page.select_option("#id_status", "published")
    save(editor_page)
    assert path_of(editor_page) == "/admin/articles/article/"
    article.refresh_from_db()
    assert article.status == ArticleStatus.PUBLISHED
    assert article.published_at is not None and article.is_public

    reader = new_page("es-ES")
    visit(reader, demo, f"/es/articles/{article.slug_es}/")
    assert reader.locator("html").get_attribute("lang") == "es"
    expect(reader.locator(".preview-banner")).to_have_count(0)
    expect(reader.locator("article.article h1")).to_have_text(SPANISH["title"])
    expect(reader.locator("article.article .prose strong")).to_have_text(SPANISH["bold"])

    # 4. The translator adds Thai and English; the status is not theirs to change. -----------------------------
    translator_page = new_page()
    log_in(translator_page, demo, TRANSLATOR)
    visit(translator_page, demo, change_path(article))
    expect(translator_page.locator("#id_status")).to_have_count(0)
    expect(translator_page.locator("select[name=status]")).to_have_count(0)
    expect(translator_page.locator(".field-status .readonly")).to_have_text("published")
    # Published now, so "View on site" opens the public page.
    view_on_site = translator_page.locator(".object-tools a.viewsitelink")
    expect(view_on_site).to_have_count(1)
    assert translator_page.request.get(demo.url + view_on_site.get_attribute("href")).status == 200
    for code, text in (("th", THAI), ("en", ENGLISH)):
        open_tab(translator_page, "title", code)
        translator_page.fill(f"#id_title_{code}", text["title"])
        open_tab(translator_page, "summary", code)
        translator_page.fill(f"#id_summary_{code}", text["summary"])
        open_tab(translator_page, "body", code)
        body = rich_text_editor(translator_page, "body", code)
        expect(body).to_be_visible()
        body.click()
        translator_page.keyboard.type(text["body"])
        expect(body).to_have_text(text["body"])
    save(translator_page, "_continue")
    for field in ("title", "summary", "body"):
        open_tab(translator_page, field, "th")
    expect(translator_page.locator("#id_title_th")).to_have_value(THAI["title"])
    expect(rich_text_editor(translator_page, "body", "th")).to_have_text(THAI["body"])
    translator_page.screenshot(path=screenshot_path("workflow-translator-th.png"), full_page=True)
    states = translator_page.locator(".translation-states")
    assert badges(states, "complete") == ["ES · complete", "TH · complete", "EN · complete"]
    expect(translator_page.locator(".field-status .readonly")).to_have_text("published")

    article.refresh_from_db()
    assert article.status == ArticleStatus.PUBLISHED
    assert (article.title_th, article.summary_th) == (THAI["title"], THAI["summary"])
    assert THAI["body"] in article.body_th
    # The Thai address is built from the Thai title, Thai script and its vowel and tone marks kept.
    assert article.slug_th == slugify_unicode(THAI["title"]) == THAI["title"]
    assert ENGLISH["body"] in article.body_en
    assert [article.translation_state(code) for code in ("es", "th", "en")] == ["complete"] * 3

    # 5. Thai readers find it in Thai. ----------------------------------------------------------------------
    thai_reader = new_page("th-TH")
    visit(thai_reader, demo, "/th/articles/")
    assert thai_reader.locator("html").get_attribute("lang") == "th"
    card = thai_reader.locator("ul.cards > li").filter(has_text=THAI["title"])
    expect(card).to_have_count(1)
    expect(card.locator("h3 a")).to_have_attribute("lang", "th")
    assert unquote(card.locator("h3 a").get_attribute("href")) == f"/th/articles/{article.slug_th}/"
    expect(card.locator("p[lang=th]")).to_have_text(THAI["summary"])
    with thai_reader.expect_navigation():
        card.locator("h3 a").click()
    assert path_of(thai_reader) == f"/th/articles/{THAI['title']}/"
    assert thai_reader.locator("html").get_attribute("lang") == "th"
    heading = thai_reader.locator("article.article h1")
    expect(heading).to_have_text(THAI["title"])
    expect(heading).to_have_attribute("lang", "th")
    expect(thai_reader.locator("article.article .lead")).to_have_attribute("lang", "th")
    thai_body = thai_reader.locator("article.article .prose")
    expect(thai_body).to_have_attribute("lang", "th")
    expect(thai_body).to_have_text(THAI["body"])
    expect(thai_reader.locator("article.article .fallback-note")).to_have_count(0)
    thai_reader.screenshot(path=screenshot_path("workflow-article-th.png"), full_page=True)

    # 6. The translation status page counts every kind of content in every language. ------------------------
    visit(editor_page, demo, "/admin/translations/")
    expect(editor_page.locator("#content h1")).to_have_text("Translation status")
    table = editor_page.locator("table.translation-status-table")
    expect(table).to_be_visible()
    languages = [text.strip() for text in table.locator("thead tr").first.locator("th[colspan='3']").all_inner_texts()]
    assert [re.sub(r"\s+", " ", text).upper() for text in languages] == ["SPANISH (ES)", "THAI (TH)", "ENGLISH (EN)"]
    # "Thai (TH)" is English here: a lang="th" on it would have it read out with a Thai voice.
    page_language = editor_page.locator("html").get_attribute("lang")
    header_languages = [
        header.get_attribute("lang") for header in table.locator("thead tr").first.locator("th[colspan='3']").all()
    ]
    if any(code not in {None, page_language} for code in header_languages):
        app_problems.append(
            f"the status table's language headers, written in the interface language ({page_language}), "
            f"are marked lang={header_languages}"
        )
    state_headers = table.locator("thead tr").nth(1).locator("th").all_text_contents()
    assert [text.strip() for text in state_headers] == STATES * 3
    rows = status_table(editor_page)
    assert list(rows) == STATUS_ROWS
    for name, numbers in rows.items():
        assert len(numbers) == 10, (name, numbers)
        total, per_language = numbers[0], [numbers[1:4], numbers[4:7], numbers[7:10]]
        assert all(sum(counts) == total for counts in per_language), (name, numbers)
    assert rows["Articles"][0] == Article.objects.count()
    assert rows["Articles"][1:] == [*article_counts("es"), *article_counts("th"), *article_counts("en")]
    editor_page.screenshot(path=screenshot_path("translation-status.png"), full_page=True)
    publish_to_readme(screenshot_path("translation-status.png"), "translation-status.png")
    outdated_th_before = rows["Articles"][5]

    # 7. The analyst edits the Spanish original: Thai and English are now outdated. ---------------------------
    visit(page, demo, change_path(article))
    # Published: the analyst can no longer change the status.
    expect(page.locator("#id_status")).to_have_count(0)
    expect(page.locator(".field-status .readonly")).to_have_text("published")
    open_tab(page, "body", "es")
    editor = rich_text_editor(page, "body", "es")
    expect(editor).to_be_visible()
    editor.locator("p").first.click()
    page.keyboard.press("End")
    page.keyboard.type(SPANISH["added"])
    expect(editor.locator("p").first).to_contain_text(SPANISH["added"].strip())
    save(page)
    assert path_of(page) == "/admin/articles/article/"

    article.refresh_from_db()
    assert SPANISH["added"].strip() in article.body_es
    assert [article.translation_state(code) for code in ("es", "th", "en")] == ["complete", "outdated", "outdated"]
    row = page.locator("#result_list tbody tr").filter(has=page.locator(f"input.action-select[value='{article.pk}']"))
    expect(row).to_have_count(1)
    languages_cell = row.locator(".translation-badges")
    assert badges(languages_cell, "complete") == ["ES"]
    assert badges(languages_cell, "outdated") == ["TH", "EN"]
    expect(languages_cell.locator(".translation-outdated").first).to_have_attribute("title", "outdated")
    screenshot("workflow-changelist-outdated.png", full_page=True)
    # Outdated is marked as such, as complete and missing are, not shown as plain text.
    complete_look = badge_look(page, "#result_list .translation-complete")
    outdated_look = badge_look(page, "#result_list .translation-outdated")
    if outdated_look["background"] in {"rgba(0, 0, 0, 0)", complete_look["background"]}:
        app_problems.append(f"the outdated badges look unmarked: {outdated_look}, complete ones {complete_look}")
    # At 1280 px every column of the change list fits, the languages included: no scrolling sideways to see them.
    widths = page.evaluate(
        "() => { const r = document.querySelector('#changelist .results');"
        " return {scroll: r.scrollWidth, client: r.clientWidth}; }"
    )
    if widths["scroll"] > widths["client"] + 1:
        app_problems.append(f"the article change list is cut off on the right at 1280 px: {widths}")

    visit(page, demo, "/admin/articles/article/?translation=outdated-th")
    listed = page.locator("#result_list tbody input.action-select")
    assert str(article.pk) in [box.get_attribute("value") for box in listed.all()]
    visit(page, demo, "/admin/articles/article/?translation=outdated-es")
    assert str(article.pk) not in [
        box.get_attribute("value") for box in page.locator("#result_list tbody input.action-select").all()
    ]
    visit(page, demo, change_path(article))
    assert badges(page.locator(".translation-states"), "outdated") == ["TH · outdated", "EN · outdated"]

    visit(editor_page, demo, "/admin/translations/")
    rows = status_table(editor_page)
    assert rows["Articles"][5] == outdated_th_before + 1
    # A number of items to work on opens the change list filtered to them.
    thai_outdated_articles = editor_page.locator("table.translation-status-table tbody tr").first.locator("td").nth(5)
    expect(thai_outdated_articles.locator("a")).to_have_attribute(
        "href", "/admin/articles/article/?translation=outdated-th"
    )
    editor_page.screenshot(path=screenshot_path("translation-status-outdated.png"), full_page=True)
    assert rows["Articles"][1:] == [*article_counts("es"), *article_counts("th"), *article_counts("en")]

    assert browser_log.offsite_requests == []
    assert browser_log.page_errors == []
    assert browser_log.error_responses == []
    assert not app_problems, "application problems:\n" + "\n".join(app_problems)
