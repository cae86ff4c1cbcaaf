"""Eras of regionalism: dated by decade, never finer; shaded behind the timeline with their sources."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from blocs.charts import WIDTH, era_bands, make_axis
from blocs.models import Era
from tests.admin.helpers import form_data, url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("first", "last"),
    [(1995, 2000), (1990, 2005), (2000, 1990), (1790, 1800), (2100, 2100)],
)
def test_the_database_refuses_what_is_not_a_run_of_decades(first, last):
    with pytest.raises(IntegrityError), transaction.atomic():
        Era.objects.create(name_en="Bad", first_decade=first, last_decade=last)


def test_a_year_that_starts_no_decade_gets_a_message_on_its_field():
    era = Era(name_en="Open regionalism", name_es="Regionalismo abierto", first_decade=1994, last_decade=1990)
    with pytest.raises(ValidationError) as error:
        era.full_clean()
    assert "first_decade" in error.value.message_dict


def era(first, last):
    return Era(name_en=f"Era {first}", first_decade=first, last_decade=last)


def test_bands_are_clipped_to_the_axis_and_alternate_shades():
    axis = make_axis(1990, 2009, "en")  # 1 January 1990 to 1 January 2010: 7,305 days
    bands = era_bands([era(1950, 1970), era(1990, 1990), era(2000, 2000)], axis)
    # The 1950s–1970s end before the axis begins. The 1990s are 3,652 days (1992 and 1996 are leap years).
    assert [band.era.first_decade for band in bands] == [1990, 2000]
    assert bands[0].x == 0 and bands[0].width == pytest.approx(3652 / 7305 * WIDTH)
    assert bands[1].x == pytest.approx(3652 / 7305 * WIDTH) and bands[1].width == pytest.approx(3653 / 7305 * WIDTH)
    assert [band.shade for band in bands] == [0, 1]


def test_a_name_runs_on_to_the_next_band_of_its_lane_or_is_left_out():
    axis = make_axis(1900, 2019, "en")  # 120 years: a decade is 83.3 of the 1,000 units, two are 166.7
    named = {1970: "Open regionalism", 1980: "Very long era name here", 1990: "Short", 2000: "Another long era name"}
    bands = era_bands([Era(name_en=name, first_decade=d, last_decade=d) for d, name in named.items()], axis)
    # A name takes 9 units a character and 12 more: 156 for the 1970s' (room 166.7: to the 1990s, two lanes
    # down), 219 for the 1980s' (room 166.7: no), 57 for the 1990s' (room 250, to the end), 201 for the 2000s'
    # (room 166.7: no).
    assert [band.text for band in bands] == ["Open regionalism", "", "Short", ""]
    assert [band.shade for band in bands] == [0, 1, 0, 1]
    assert [band.text_y for band in bands] == [13, 29, 13, 29]


@pytest.mark.parametrize(
    ("language", "name", "decades"),
    [
        ("es", "Regionalismo abierto", "década de 1990"),
        ("th", "ภูมิภาคนิยมแบบเปิด", "ทศวรรษ 1990 (พ.ศ. 2533–2542)"),
        ("en", "Open regionalism", "1990s"),
    ],
)
def test_the_timeline_names_its_eras_with_their_decades_and_sources(client, language, name, decades):
    html = client.get(f"/{language}/timeline/", {"year_from": 1985, "year_to": 2004}).content.decode()
    listing = html.split('class="chart-era-list"')[1].split("</div>")[0]
    items = re.findall(r"<li>(.*?)</li>", listing, re.S)
    # 1985–2004 reaches the 1980s, for which no era is recorded, the 1990s and the 2000s.
    assert len(items) == 2
    assert name in items[0] and decades in items[0]
    numbers = re.findall(r'href="#source-(\d+)"', items[0])
    assert numbers == ["1", "2", "3"]  # the 1990s cite ECLAC, Dabène and van Klaveren, numbered first on the page
    assert html.count('class="era-band era-shade-0"') >= 2  # in the strip, the list and behind each row


def test_an_era_is_edited_with_a_message_on_a_bad_decade(admin_client, english):
    era = Era.objects.get(demo_key="open-regionalism")
    path = url(Era, "change", era.pk)
    response = admin_client.post(path, {**form_data(admin_client.get(path)), "first_decade": "1994"})
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["first_decade"]
    era.refresh_from_db()
    assert era.first_decade == 1990


def test_an_era_reaches_no_further_than_its_last_decade():
    era = Era(first_decade=2000, last_decade=2000)
    assert era.start == datetime.date(2000, 1, 1) and era.end == datetime.date(2009, 12, 31)
