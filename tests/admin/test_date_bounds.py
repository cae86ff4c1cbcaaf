"""Dates are bounded where they are entered (1800–2100), so no analyst can take the public pages down.

Issue 13, failure 4: a membership starting 9999-01-01 gave 500 on the bloc and country pages ("year 10000 is out
of range"), an event ending 9999-12-31 on the timeline.
"""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from blocs.charts import make_axis
from blocs.models import Event, Membership
from tests.admin.helpers import form_data, url

pytestmark = pytest.mark.django_db

FAR_FUTURE = datetime.date(9999, 1, 1)


def test_the_model_refuses_a_date_past_2100_on_its_field():
    membership = Membership.objects.filter(bloc__slug="mercosur").first()
    membership.start = FAR_FUTURE
    with pytest.raises(ValidationError) as refused:
        membership.full_clean()
    assert "start" in refused.value.message_dict
    event = Event.objects.get(demo_key="treaty-of-asuncion")
    event.end_date = datetime.date(9999, 12, 31)
    with pytest.raises(ValidationError) as refused:
        event.full_clean()
    assert "end_date" in refused.value.message_dict


@pytest.mark.parametrize(
    ("model", "field", "value"),
    [
        (Membership, "start", FAR_FUTURE),
        (Membership, "end", datetime.date(1700, 1, 1)),
        (Event, "date", FAR_FUTURE),
        (Event, "end_date", datetime.date(9999, 12, 31)),
    ],
)
def test_the_database_refuses_it_whatever_the_path(model, field, value):
    row = model.objects.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.filter(pk=row.pk).update(**{field: value})


def test_the_admin_answers_with_a_message_on_the_field_and_the_pages_stay_up(as_role, client):
    membership = Membership.objects.filter(bloc__slug="mercosur", end__isnull=True).first()
    editor = as_role("editor")
    change = url(Membership, "change", membership.pk)
    response = editor.post(change, {**form_data(editor.get(change)), "start": "9999-01-01"})
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["start"]
    membership.refresh_from_db()
    assert membership.start.year < 2100
    for page in ("/es/blocs/mercosur/", f"/th/countries/{membership.country.slug}/", "/en/timeline/"):
        assert client.get(page).status_code == 200


def test_a_chart_draws_whatever_year_it_is_given():
    axis = make_axis(1991, 9999, "th")
    assert axis.start == datetime.date(1991, 1, 1) and axis.end == datetime.date(2101, 1, 1)
    assert make_axis(1, 1995, "es").start == datetime.date(1800, 1, 1)
