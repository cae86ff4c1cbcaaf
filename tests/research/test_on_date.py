"""The Americas on a date: edge days, uncertain periods, the matrix, overlaps, and the date in the address.

The record below is made by hand (names from the ISO user-assigned ranges); each expected standing is read off it.
Periods are half-open: a period that ends on 2012-08-12 no longer holds on that day.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from blocs.models import Membership, MembershipCitation, MembershipStatus
from blocs.on_date import americas_on
from tests.factories import BlocFactory, CountryFactory, MembershipFactory, SourceFactory

pytestmark = pytest.mark.django_db
D = datetime.date
TREATY = {"title_es": "Tratado de Alfa", "title_th": "สนธิสัญญาอัลฟา", "title_en": "Treaty of Alfa"}


@pytest.fixture
def record():
    Membership.objects.all().delete()  # the demo's periods; the test's own record is read by hand
    alfa = BlocFactory(slug="alfa", acronym="ALFA", founded=D(1990, 1, 1))
    beta = BlocFactory(slug="beta", acronym="BETA", founded=D(1995, 1, 1))
    xa = CountryFactory(slug="xa-land", alpha2="XA", name_es="Xalandia")
    ya = CountryFactory(slug="ya-land", alpha2="XB", name_es="Yalandia")
    za = CountryFactory(slug="za-land", alpha2="XC", name_es="Zalandia")
    founder = MembershipFactory(country=xa, bloc=alfa, start=D(1991, 3, 26))
    MembershipCitation.objects.create(
        membership=founder, source=SourceFactory(slug="tratado-alfa", **TREATY), pinpoint="Art. 1"
    )
    MembershipFactory(country=ya, bloc=alfa, start=D(2012, 8, 12), end=D(2016, 12, 1))
    MembershipFactory(country=ya, bloc=alfa, status=MembershipStatus.SUSPENDED, start=D(2016, 12, 1))
    MembershipFactory(country=za, bloc=alfa, start=D(2013, 1, 1), start_precision="year")
    MembershipFactory(country=xa, bloc=beta, start=D(2000, 1, 1))
    MembershipFactory(country=ya, bloc=beta, status=MembershipStatus.ASSOCIATE, start=D(2004, 7, 8), end=D(2012, 8, 12))
    MembershipFactory(country=ya, bloc=beta, status=MembershipStatus.CANDIDATE, start=D(2006, 7, 4), end=D(2012, 8, 12))
    return {"alfa": alfa, "beta": beta, "xa": xa, "ya": ya, "za": za}


def standings(day: datetime.date) -> set[tuple[str, str, str, bool]]:
    return {(m.bloc.slug, m.country.slug, m.status, m.sure) for m in americas_on(day).standings}


def test_the_day_a_membership_starts_and_the_day_it_ends(record):
    before = standings(D(2012, 8, 11))
    assert ("alfa", "ya-land", "member", True) not in before
    assert {("beta", "ya-land", "associate", True), ("beta", "ya-land", "candidate", True)} <= before
    on_the_day = standings(D(2012, 8, 12))
    assert ("alfa", "ya-land", "member", True) in on_the_day
    assert not {s for s in on_the_day if s[:2] == ("beta", "ya-land")}
    assert ("alfa", "ya-land", "member", True) in standings(D(2016, 11, 30))
    suspended = standings(D(2016, 12, 1))
    assert ("alfa", "ya-land", "suspended", True) in suspended
    assert ("alfa", "ya-land", "member", True) not in suspended


def test_a_start_known_only_to_its_year_is_uncertain_within_that_year(record):
    assert not {s for s in standings(D(2012, 12, 31)) if s[1] == "za-land"}
    assert ("alfa", "za-land", "member", False) in standings(D(2013, 1, 1))
    assert ("alfa", "za-land", "member", False) in standings(D(2013, 12, 30))
    # By the last day of 2013, a start "in 2013" has surely come.
    assert ("alfa", "za-land", "member", True) in standings(D(2013, 12, 31))


def test_matrix_cells_and_overlaps(record):
    day = americas_on(D(2012, 8, 11))
    assert [bloc.slug for bloc in day.columns] == ["alfa", "beta"]
    rows = {row.country.slug: row for row in day.rows}
    assert [[m.status for m in cell] for cell in rows["ya-land"].cells] == [[], ["associate", "candidate"]]
    assert [row.country.slug for row in day.overlaps] == ["xa-land"]
    (pair,) = day.shared_members
    assert (pair.first.slug, pair.second.slug, [c.slug for c in pair.countries]) == ("alfa", "beta", ["xa-land"])


def test_an_uncertain_membership_is_not_an_overlap_but_is_listed(record):
    day = americas_on(D(2013, 6, 1))
    rows = {row.country.slug: row for row in day.rows}
    assert rows["za-land"].belongs_to == [] and [b.slug for b in rows["za-land"].may_belong_to] == ["alfa"]
    assert [row.country.slug for row in day.overlaps] == ["xa-land"]


def test_a_suspended_member_still_belongs(record):
    rows = {row.country.slug: row for row in americas_on(D(2017, 1, 1)).rows}
    assert [b.slug for b in rows["ya-land"].belongs_to] == ["alfa"]


def page(client, language: str, day: str, follow=False):
    with translation.override(language):
        url = reverse("blocs:on-date", kwargs={"day": day})
    return client.get(url, follow=follow)


@pytest.mark.parametrize("language", ["es", "th", "en"])
def test_the_page_lists_each_bloc_by_status_with_its_sources(client, record, language):
    response = page(client, language, "2013-06-01")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count(f'href="/{language}/countries/xa-land/"') >= 2  # the bloc list and the matrix
    assert "[1, Art. 1]" in html and TREATY[f"title_{language}"] in html
    assert html.count('class="uncertain"') == 1  # Zalandia's 2013 accession


def test_a_buddhist_era_date_on_thai_pages_goes_to_its_common_era_address(client, record):
    response = page(client, "th", "2556-01-01")
    assert response.status_code == 302 and response["Location"] == "/th/on/2013-01-01/"
    assert page(client, "es", "2556-01-01").status_code == 400
    form = client.get("/th/on/", {"date": "1/1/2556"})
    assert form.status_code == 302 and form["Location"] == "/th/on/2013-01-01/"


@pytest.mark.parametrize("day", ["2013-02-30", "abc", "0000-01-01", "1799-12-31", "9" * 40, "2013-01-01\x00"])
def test_a_day_that_is_not_one_gets_a_clear_400(client, day):
    response = client.get(f"/es/on/{day}/")
    assert response.status_code in (400, 404)
    if response.status_code == 400:
        assert "YYYY-MM-DD" in response.content.decode()


def test_the_date_box_sends_a_bad_day_back_with_its_message(client):
    response = client.get("/en/on/", {"date": "31/02/2013"})
    assert response.status_code == 400 and "Enter a day between 1800 and 2100" in response.content.decode()


def test_query_count_does_not_grow_with_the_record(client, record, django_assert_max_num_queries):
    def count() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert page(client, "es", "2014-01-01").status_code == 200
        return len(queries)

    small = count()
    for letter in "DEFGHIJKLM":
        country = CountryFactory(alpha2=f"X{letter}")
        MembershipFactory(country=country, bloc=record["alfa"], start=D(2001, 1, 1))
        MembershipFactory(country=country, bloc=BlocFactory(), start=D(2002, 1, 1))
    assert count() == small


def shading(html: str, url: str) -> str:
    """The map class of the country whose link is ``url`` on the page's map."""
    import re

    match = re.search(rf'<a class="map-link" href="{re.escape(url)}"[^>]*>\s*<title>[^<]*</title>\s*'
                      r'<path class="map-country (map-[a-z0-9-]+)"', html)  # fmt: skip
    assert match, f"no map link to {url}"
    return match.group(1)


def test_a_blocs_map_shades_each_country_by_its_status_that_day(client):
    """The demo record against the reference facts: on 1 January 2013 Argentina was a member of Mercosur, Paraguay
    suspended (29 June 2012 to 15 August 2013) and Chile an associate (since 1996). The record dates Saint Lucia's
    accession to ALBA to July 2013, known only to the month: on 15 July 2013 it is uncertain, on 1 June not yet."""
    html = client.get("/es/blocs/mercosur/", {"on": "2013-01-01"}).content.decode()
    assert shading(html, "/es/countries/argentina/") == "map-member"
    assert shading(html, "/es/countries/paraguay/") == "map-suspended"
    assert shading(html, "/es/countries/chile/") == "map-associate"
    assert shading(html, "/es/countries/cuba/") == "map-none"
    after = client.get("/es/blocs/mercosur/", {"on": "2013-08-15"}).content.decode()
    assert shading(after, "/es/countries/paraguay/") == "map-member"
    alba = client.get("/es/blocs/alba-tcp/", {"on": "2013-07-15"}).content.decode()
    assert shading(alba, "/es/countries/saint-lucia/") == "map-uncertain"
    before = client.get("/es/blocs/alba-tcp/", {"on": "2013-06-01"}).content.decode()
    assert shading(before, "/es/countries/saint-lucia/") == "map-none"
    assert shading(alba, "/es/countries/cuba/") == "map-member"


def test_each_bloc_groups_its_standings_by_status_in_the_order_shown(record):
    """Beta on 11 August 2012 has a member, an associate and a candidate: three groups, labelled, in the order the
    statuses are shown (members first), each holding only its own country."""
    beta = next(entry for entry in americas_on(D(2012, 8, 11)).blocs if entry.bloc.slug == "beta")
    with translation.override("en"):
        groups = [(g.status, str(g.label), [m.country.slug for m in g.standings]) for g in beta.groups]
    assert groups == [
        ("member", "member", ["xa-land"]),
        ("associate", "associate", ["ya-land"]),
        ("candidate", "candidate", ["ya-land"]),
    ]


def test_the_page_labels_each_group_and_links_each_bloc_to_the_same_day(client, record):
    html = page(client, "es", "2012-08-11").content.decode()
    assert "<dt>Asociado</dt>" in html and "<dt>Candidato</dt>" in html
    assert 'href="/es/blocs/beta/?on=2012-08-11"' in html


def test_the_matrix_rows_follow_the_names_in_the_readers_language_not_the_codes():
    """Slugs and creation order run opposite to the Spanish names; "Ébano" sorts as "Ebano", between "Delta"
    and "Fénix", not after "Zeta" as its code point would put it."""
    Membership.objects.all().delete()
    bloc = BlocFactory(slug="gamma", founded=D(1990, 1, 1))
    for slug, name in [("a-land", "Zeta"), ("b-land", "Fénix"), ("c-land", "Ébano"), ("d-land", "Delta")]:
        MembershipFactory(country=CountryFactory(slug=slug, name_es=name), bloc=bloc, start=D(1991, 1, 1))
    with translation.override("es"):
        rows = americas_on(D(2000, 1, 1)).rows
    assert [row.country.name_es for row in rows] == ["Delta", "Ébano", "Fénix", "Zeta"]


def test_standings_come_by_bloc_founding_then_bloc_then_country_then_start():
    """Made in the reverse of the expected order, so that no tie is broken by the order the rows were written."""
    from blocs.on_date import standings_on

    Membership.objects.all().delete()
    late = BlocFactory(slug="aa-late", founded=D(2001, 1, 1))
    second = BlocFactory(slug="bb-second", founded=D(1990, 1, 1))
    first = BlocFactory(slug="ab-first", founded=D(1990, 1, 1))
    xb, xa = CountryFactory(slug="xb-land"), CountryFactory(slug="xa-land")
    MembershipFactory(country=xa, bloc=late, start=D(2001, 1, 1))
    MembershipFactory(country=xb, bloc=second, start=D(1990, 1, 1))
    MembershipFactory(country=xa, bloc=second, start=D(1990, 1, 1))
    MembershipFactory(country=xb, bloc=first, start=D(1995, 6, 1), status=MembershipStatus.SUSPENDED)
    MembershipFactory(country=xb, bloc=first, start=D(1995, 1, 1), end=D(1995, 6, 1), status=MembershipStatus.ASSOCIATE)
    MembershipFactory(country=xb, bloc=first, start=D(1994, 1, 1), end=D(1995, 6, 1), status=MembershipStatus.CANDIDATE)
    standings = standings_on(D(2002, 1, 1)) + standings_on(D(1995, 3, 1))
    assert [(m.bloc.slug, m.country.slug, m.status) for m in standings] == [
        ("ab-first", "xb-land", "suspended"),
        ("bb-second", "xa-land", "member"),
        ("bb-second", "xb-land", "member"),
        ("aa-late", "xa-land", "member"),
        ("ab-first", "xb-land", "candidate"),
        ("ab-first", "xb-land", "associate"),
        ("bb-second", "xa-land", "member"),
        ("bb-second", "xb-land", "member"),
    ]
