"""The bloc and country change forms cost the same few queries however many membership rows they hold."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from blocs.models import Bloc, Country, Membership, MembershipCitation
from tests.admin.helpers import form_data, url
from tests.factories import BlocFactory, CountryFactory, MembershipFactory, SourceFactory

pytestmark = pytest.mark.django_db

# Signed-in session and user, the change view's transaction (savepoint and release), the object, then one query
# per inline: the bloc's citations with their sources, the memberships with their countries and blocs.
BLOC_GET_QUERIES = 7
COUNTRY_GET_QUERIES = 6  # no citations inline on a country
# Saving unchanged rows does not touch them: what is left is the object's own checks, save, history and log.
POST_BUDGET = 35


def add_cited_rows(make_row):
    """15 more membership rows, each citing a source of its own."""
    for _row in range(15):
        MembershipCitation.objects.create(membership=make_row(), source=SourceFactory(), pinpoint="art. 1")


def queries(client, method, path, data=None):
    with CaptureQueriesContext(connection) as captured:
        response = getattr(client, method)(path, data) if data is not None else getattr(client, method)(path)
    return response, len(captured)


def costs(client, path):
    # The first save of a demo object also records when its translations changed; later saves have nothing to add.
    # It also warms the caches a first request fills once per process.
    client.post(path, form_data(client.get(path)))
    page, get_count = queries(client, "get", path)
    assert page.status_code == 200
    saved, post_count = queries(client, "post", path, form_data(page))
    assert saved.status_code == 302, saved.context and saved.context["errors"]
    return get_count, post_count


@pytest.mark.parametrize("language", ["es", "th"])
def test_bloc_form_costs_the_same_with_15_more_cited_rows(admin_client, language):
    admin_client.cookies["django_language"] = language
    mercosur = Bloc.objects.get(slug="mercosur")
    path = url(Bloc, "change", mercosur.pk)
    demo = costs(admin_client, path)
    add_cited_rows(lambda: MembershipFactory(bloc=mercosur, country=CountryFactory()))
    larger = costs(admin_client, path)
    assert demo == larger
    assert demo[0] == BLOC_GET_QUERIES
    assert demo[1] <= POST_BUDGET


def test_country_form_costs_the_same_with_15_more_cited_rows(admin_client):
    argentina = Country.objects.get(alpha2="AR")
    path = url(Country, "change", argentina.pk)
    demo = costs(admin_client, path)
    add_cited_rows(lambda: MembershipFactory(country=argentina, bloc=BlocFactory()))
    larger = costs(admin_client, path)
    assert demo == larger
    assert demo[0] == COUNTRY_GET_QUERIES
    assert demo[1] <= POST_BUDGET


def test_each_row_still_shows_its_own_country(admin_client, english):
    mercosur = Bloc.objects.get(slug="mercosur")
    html = admin_client.get(url(Bloc, "change", mercosur.pk)).content.decode()
    for membership in Membership.objects.filter(bloc=mercosur).select_related("country"):
        assert f'<option value="{membership.country_id}" selected>{membership.country}</option>' in html


def test_a_changed_row_is_still_validated(admin_client, english):
    mercosur = Bloc.objects.get(slug="mercosur")
    path = url(Bloc, "change", mercosur.pk)
    data = form_data(admin_client.get(path))
    row = next(key for key, value in data.items() if key.endswith("-start") and value)
    data[row.replace("-start", "-end")] = "1800-01-01"  # before every recorded start
    data[row.replace("-start", "-end_precision")] = "day"
    response = admin_client.post(path, data)
    assert response.status_code == 200
    assert any(form.errors for inline in response.context["inline_admin_formsets"] for form in inline.formset.forms)
    assert not Membership.objects.filter(bloc=mercosur, end=datetime.date(1800, 1, 1)).exists()
