"""Numbered citations beside the facts, and the sources list, on bloc, country and timeline pages in each language.

The page numbers a source the first time it cites it: on a bloc page the founding first, then the memberships
table, then the events. The numbers below are worked out by hand from the data each test makes.
"""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import translation

from blocs.models import BlocCitation, BlocFact, EventCitation, MembershipCitation
from tests.factories import BlocFactory, CountryFactory, EventFactory, MembershipFactory, SourceFactory

pytestmark = pytest.mark.django_db
LANGUAGES = ["es", "th", "en"]


@pytest.fixture
def cited():
    """A bloc whose founding cites the treaty; a membership cites a decision (Art. 3) and the treaty; an event
    cites a communiqué. Hand-numbered for the bloc page: treaty 1, decision 2, communiqué 3."""
    treaty = SourceFactory(
        title_es="Tratado de Ozotepec", title_th="สนธิสัญญาโอโซเตเปก", title_en="Treaty of Ozotepec", identifier="T-1"
    )
    decision = SourceFactory(
        kind="decision", title_es="Decisión 7/99", title_th="มติที่ 7/99", title_en="Decision 7/99", url=""
    )
    communique = SourceFactory(
        kind="communique",
        title_es="Comunicado de la cumbre",
        title_th="แถลงการณ์การประชุมสุดยอด",
        title_en="Summit communiqué",
        archive_url="https://web.archive.org/web/2001/https://example.org/treaty.pdf",
    )
    bloc = BlocFactory(slug="ozotepec", founded=datetime.date(1999, 3, 1), name_th="กลุ่มโอโซเตเปก")
    BlocCitation.objects.create(bloc=bloc, source=treaty, fact=BlocFact.FOUNDING, pinpoint="Art. 1")
    country = CountryFactory(slug="tierra-de-prueba")
    membership = MembershipFactory(bloc=bloc, country=country, start=datetime.date(1999, 3, 1))
    MembershipCitation.objects.create(membership=membership, source=decision, pinpoint="Art. 3", position=0)
    MembershipCitation.objects.create(membership=membership, source=treaty, position=1)
    event = EventFactory(title_es="Cumbre de Ozotepec", date=datetime.date(2001, 5, 4))
    event.blocs.add(bloc)
    event.countries.add(country)
    EventCitation.objects.create(event=event, source=communique)
    return {"treaty": treaty, "decision": decision, "communique": communique, "bloc": bloc, "country": country}


def page(client, language, name, **kwargs) -> str:
    with translation.override(language):
        response = client.get(reverse(name, kwargs=kwargs or None) + ("?bloc=ozotepec" if "timeline" in name else ""))
    assert response.status_code == 200
    return response.content.decode()


def marks(html: str) -> list[str]:
    """The citations beside the facts, in page order: "1, Art. 1", "2, Art. 3", …"""
    return re.findall(
        r'<sup class="cite"><a href="#source-\d+"><span class="visually-hidden">[^<]*</span>\[([^\]]*)\]', html
    )


def listed(html: str) -> dict[int, str]:
    """Number → the text of the sources list's entry, tags removed."""
    entries = re.findall(r'<li id="source-(\d+)" value="\d+">(.*?)</li>', html, re.DOTALL)
    return {int(number): re.sub(r"<[^>]+>", "", text) for number, text in entries}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_bloc_page_numbers_its_sources_in_reading_order(client, cited, language):
    html = page(client, language, "blocs:bloc-detail", slug="ozotepec")
    assert marks(html) == ["1, Art. 1", "2, Art. 3", "1", "3"]  # founding, membership (two), event
    entries = listed(html)
    title = {"es": "Tratado de Ozotepec", "th": "สนธิสัญญาโอโซเตเปก", "en": "Treaty of Ozotepec"}[language]
    assert set(entries) == {1, 2, 3}
    assert entries[1].startswith(f"{title}, T-1")
    assert {"es": "Decisión 7/99", "th": "มติที่ 7/99", "en": "Decision 7/99"}[language] in entries[2]
    assert 'href="https://example.org/treaty.pdf"' in html  # the treaty's own link
    assert 'href="https://web.archive.org/web/2001/https://example.org/treaty.pdf"' in html  # the archived copy
    heading = {"es": "Fuentes", "th": "แหล่งที่มา", "en": "Sources"}[language]
    assert f'<h2 id="sources-heading">{heading}</h2>' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_country_page_numbers_from_its_memberships(client, cited, language):
    html = page(client, language, "blocs:country-detail", slug="tierra-de-prueba")
    assert marks(html) == ["1, Art. 3", "2", "3"]  # the decision, the treaty, then the event's communiqué
    assert set(listed(html)) == {1, 2, 3}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_timeline_cites_each_event(client, cited, language):
    html = page(client, language, "blocs:timeline")
    # The chart (2001 alone) is shaded by the one era it reaches, the 2000s, whose three sources come first, in the
    # demo record's order: van Klaveren, Busso, Dabène. The event's communiqué follows.
    assert marks(html) == ["1", "2", "3", "4"]
    entries = listed(html)
    assert "Alberto van Klaveren" in entries[1]
    assert "Anabella Busso" in entries[2]
    assert "Olivier Dabène" in entries[3]
    communique = {"es": "Comunicado de la cumbre", "th": "แถลงการณ์การประชุมสุดยอด", "en": "Summit communiqué"}
    assert communique[language] in entries[4]


def test_a_page_without_sources_shows_no_empty_list(client):
    bloc = BlocFactory(slug="sin-fuentes")
    html = page(client, "es", "blocs:bloc-detail", slug=bloc.slug)
    assert 'id="sources-heading"' not in html and marks(html) == []
