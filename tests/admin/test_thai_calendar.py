"""The Thai admin writes and reads years in the Buddhist Era (CE + 543) everywhere, as the public Thai pages do."""

import datetime
import re

import pytest
from django.utils import timezone

from articles.models import Article
from blocs.models import Event, Membership
from tests.admin.helpers import form_data, url
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def thai(admin_client):
    admin_client.cookies["django_language"] = "th"
    return admin_client


@pytest.fixture
def membership():
    return MembershipFactory(start=datetime.date(2013, 7, 11))


def save_start(client, membership, typed):
    path = url(Membership, "change", membership.pk)
    data = {**form_data(client.get(path)), "start": typed, "start_precision": "day"}
    return client.post(path, data)


def test_date_input_shows_the_buddhist_era_year(thai, membership):
    html = thai.get(url(Membership, "change", membership.pk)).content.decode()
    assert 'value="11/07/2556"' in html
    assert "11/07/2013" not in html


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("12/07/2556", datetime.date(2013, 7, 12)),  # BE, day first, as shown
        ("2556-07-12", datetime.date(2013, 7, 12)),  # BE, ISO order
        ("12/07/2013", datetime.date(2013, 7, 12)),  # CE, as the calendar pop-up writes it
        ("29/02/2559", datetime.date(2016, 2, 29)),  # 2016 is a leap year; 2559 as a CE year would not be
    ],
)
def test_date_input_takes_buddhist_and_common_era_years(thai, membership, typed, stored):
    assert save_start(thai, membership, typed).status_code == 302
    membership.refresh_from_db()
    assert membership.start == stored


def test_an_impossible_day_is_refused(thai, membership):
    response = save_start(thai, membership, "31/02/2556")
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["start"]


def test_other_languages_keep_common_era_years(admin_client, membership, english):
    html = admin_client.get(url(Membership, "change", membership.pk)).content.decode()
    assert "2556" not in html


def test_changelist_dates_and_year_links_are_buddhist_era(thai):
    html = thai.get(url(Event, "changelist")).content.decode()
    years = {event.date.year for event in Event.objects.all()}
    toplinks = html.split('class="toplinks"')[1].split("</nav>")[0]
    for year in years:
        assert f">{year + 543}<" in toplinks
        assert f">{year}<" not in toplinks


def test_publication_time_is_buddhist_era(thai):
    event = Event.objects.filter(published_at__isnull=False, status="published").order_by("published_at").first()
    html = thai.get(url(Event, "changelist"), {"q": event.title_th}).content.decode()
    assert str(event.published_at.year + 543) in html


def test_publication_time_input_shows_and_takes_buddhist_era_years(thai):
    event = Event.objects.filter(status="published").first()
    event.published_at = datetime.datetime(2013, 7, 11, 9, 30, tzinfo=datetime.UTC)
    event.save()
    path = url(Event, "change", event.pk)
    page = thai.get(path)
    html = page.content.decode()
    shown = page.context["adminform"].form["published_at"].value()
    assert 'name="published_at_0"' in html
    day = timezone.localtime(event.published_at).date()
    assert f'value="{day.day:02d}/{day.month:02d}/{day.year + 543}"' in html, shown

    data = {**form_data(page), "published_at_0": "12/07/2556", "published_at_1": "09:30:00"}
    assert thai.post(path, data).status_code == 302
    event.refresh_from_db()
    assert timezone.localtime(event.published_at).date() == datetime.date(2013, 7, 12)


def test_read_only_dates_are_buddhist_era_for_a_thai_translator(as_role):
    """A translator sees an event's date, not its input: the same era as everywhere else in the Thai admin."""
    event = Event.objects.get(demo_key="treaty-of-asuncion")  # 26 March 1991 (integration-facts.md)
    client = as_role("translator")
    client.cookies["django_language"] = "th"
    html = client.get(url(Event, "change", event.pk)).content.decode()
    assert "26 มีนาคม 2534" in read_only_values(html)  # the date, 26 March 1991
    assert not any("1991" in value for value in read_only_values(html))


def test_read_only_dates_stay_common_era_for_an_english_translator(as_role):
    event = Event.objects.get(demo_key="treaty-of-asuncion")
    client = as_role("translator")
    client.cookies["django_language"] = "en"
    html = client.get(url(Event, "change", event.pk)).content.decode()
    assert "March 26, 1991" in read_only_values(html)  # Django's English date format
    assert not any("2534" in value for value in read_only_values(html))


def test_read_only_texts_keep_their_numbers_in_thai(as_role):
    """Only dates and times change era: a year in a read-only text (an address, for a translator) stays."""
    article = Article.objects.get(demo_key="cooperacion-integracion-sur")
    Article.objects.filter(pk=article.pk).update(slug_en="integration-since-1991")
    client = as_role("translator")
    client.cookies["django_language"] = "th"
    html = client.get(url(Article, "change", article.pk)).content.decode()
    assert "integration-since-1991" in read_only_values(html)


def read_only_values(html: str) -> list[str]:
    return re.findall(r'<div class="readonly">(.*?)</div>', html, re.S)
