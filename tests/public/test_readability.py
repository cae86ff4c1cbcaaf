"""Issue 16's reader-facing fixes: Buddhist-Era years in the year filters, names in each language's order, best bets
in search, and lists that say what they mean."""

import re

import pytest

from integration_portal.core.collation import collated

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/th/timeline/", "/th/articles/"])
def test_thai_year_filters_take_and_show_buddhist_era_years(client, path):
    be = client.get(path, {"year_from": "2533"})
    ce = client.get(path, {"year_from": "1990"})
    assert be.status_code == ce.status_code == 200
    assert not be.context["filterset"].form.errors
    results = "events" if "timeline" in path else "page"
    shown = list(be.context[results]) if results == "events" else list(be.context["page"].object_list)
    expected = list(ce.context[results]) if results == "events" else list(ce.context["page"].object_list)
    assert shown == expected  # 2533 BE is 1990 CE
    for response in (be, ce):
        assert re.search(r'name="year_from"[^>]*value="2533"', response.content.decode())  # shown in the BE


def test_a_thai_year_out_of_range_says_so_in_the_buddhist_era(client):
    response = client.get("/th/timeline/", {"year_from": "2700"})
    assert "2343" in str(response.context["filterset"].form.errors["year_from"])


def test_other_languages_keep_the_common_era(client):
    response = client.get("/es/timeline/", {"year_from": "2533"})
    assert response.context["filterset"].form.errors["year_from"]
    assert re.search(
        r'name="year_from"[^>]*value="1990"', client.get("/es/timeline/", {"year_from": "1990"}).content.decode()
    )


def test_thai_names_sort_by_their_consonant_not_their_leading_vowel():
    # A Thai dictionary's order: ก, ค (แคนาดา, โคลอมเบีย), จ, ท, ป — a leading vowel sorts after its consonant.
    names = ["ไทย", "เปรู", "กัมพูชา", "โคลอมเบีย", "จีน", "แคนาดา"]
    assert collated(names) == ["กัมพูชา", "แคนาดา", "โคลอมเบีย", "จีน", "ไทย", "เปรู"]


def test_spanish_names_sort_with_their_accents_in_place():
    names = ["República Dominicana", "Perú", "Área", "Dominica", "Granada", "Ecuador"]
    assert collated(names) == ["Área", "Dominica", "Ecuador", "Granada", "Perú", "República Dominicana"]


def test_country_choices_follow_the_pages_language(client):
    spanish = [
        label for _value, label in client.get("/es/articles/").context["filterset"].form.fields["country"].choices
    ]
    assert spanish[0] == "Cualquier país"
    assert spanish.index("República Dominicana") > spanish.index("Perú") > spanish.index("Granada")
    thai = [label for _value, label in client.get("/th/articles/").context["filterset"].form.fields["country"].choices][
        1:
    ]
    assert thai == collated(thai)
    assert thai.index("เปรู") > thai.index("โคลอมเบีย")  # ป after ค, whatever the leading vowels


def test_the_country_list_is_in_each_languages_order(client):
    for language in ("es", "th"):
        groups = client.get(f"/{language}/countries/").context["groups"]
        for _label, countries in groups:
            names = [country.name for country in countries]
            assert names == collated(names)


@pytest.mark.parametrize(
    "language, query, slug",
    [("en", "mercosur", "mercosur"), ("es", "MERCOSUR", "mercosur"), ("th", "ตลาดร่วมอเมริกาใต้ตอนล่าง", "mercosur"),
     ("en", "unasur", "unasur"), ("es", "Comunidad Andina", "can"), ("en", "peru", "peru"), ("es", "Perú", "peru")],
)  # fmt: skip
def test_a_query_that_names_a_bloc_or_country_shows_it_first(client, language, query, slug):
    response = client.get(f"/{language}/search/", {"q": query})
    bets = response.context["best_bets"]
    assert bets and bets[0].item.slug == slug
    html = response.content.decode()
    assert html.index('class="best-bets"') < html.index('class="results"')


def test_an_ordinary_query_has_no_best_bet(client):
    assert client.get("/en/search/", {"q": "summit"}).context["best_bets"] == []


def test_a_country_with_no_full_membership_does_not_read_member_of_0_blocs(client):
    html = client.get("/en/countries/").content.decode()
    assert "member of 0 blocs" not in html
    assert "no full membership today" in html  # China, an observer
