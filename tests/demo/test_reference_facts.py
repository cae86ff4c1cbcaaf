"""Every fact of shared/reference/integration-facts.md is in the demo content, with its date and precision.

The expectations below are transcribed from the reference page by hand, independently of the demo data
module, so a typo in either shows up here.
"""

import datetime

import pytest

from articles.models import Article
from blocs.models import Bloc, Country, Event, Membership
from integration_portal.core.dates import last_day, parse_partial_date

pytestmark = pytest.mark.django_db

D, M, Y = "day", "month", "year"


def day(text):
    return datetime.date.fromisoformat(text)


BLOC_FOUNDINGS = {
    # slug: (founded, precision, ended, precision, seat in English)
    # Replaced by the 1980 Treaty of Montevideo; the sources the record cites date the end to the year only.
    "alalc": ("1960-02-18", D, "1980-01-01", Y, "Montevideo"),
    "aladi": ("1980-08-12", D, None, None, "Montevideo"),
    "cacm": ("1960-12-13", D, None, None, ""),
    "sica": ("1991-12-13", D, None, None, "San Salvador"),
    "andean-pact": ("1969-05-26", D, "1996-03-10", D, "Lima"),
    "can": ("1996-03-10", D, None, None, "Lima"),
    "caricom": ("1973-07-04", D, None, None, "Georgetown"),
    "sela": ("1975-10-17", D, None, None, "Caracas"),
    "mercosur": ("1991-03-26", D, None, None, "Montevideo"),
    "ftaa": ("1994-12-01", M, "2005-11-01", M, ""),
    "alba-tcp": ("2004-12-14", D, None, None, "Caracas"),
    # The reference: the CSN ends where UNASUR's treaty is signed, and must not show as a living bloc.
    "csn": ("2004-12-08", D, "2008-05-23", D, ""),
    "unasur": ("2008-05-23", D, None, None, "Quito"),
    "pacific-alliance": ("2011-04-28", D, None, None, "Rotating"),
    "celac": ("2011-12-03", D, None, None, "Rotating"),
    "prosur": ("2019-03-22", D, None, None, ""),
}

THAI_BLOC_NAMES = {
    "aladi": "สมาคมบูรณาการแห่งลาตินอเมริกา",
    "sica": "ระบบบูรณาการอเมริกากลาง",
    "can": "ประชาคมแอนเดียน",
    "caricom": "ประชาคมแคริบเบียน",
    "mercosur": "ตลาดร่วมอเมริกาใต้ตอนล่าง",
    "ftaa": "เขตการค้าเสรีแห่งอเมริกา",
    "unasur": "สหภาพกลุ่มประเทศอเมริกาใต้",
    "pacific-alliance": "พันธมิตรแปซิฟิก",
    "celac": "ประชาคมรัฐลาตินอเมริกาและแคริบเบียน",
}

CELAC = [
    "AG",
    "AR",
    "BS",
    "BB",
    "BZ",
    "BO",
    "BR",
    "CL",
    "CO",
    "CR",
    "CU",
    "DM",
    "DO",
    "EC",
    "SV",
    "GD",
    "GT",
    "GY",
    "HT",
    "HN",
    "JM",
    "MX",
    "NI",
    "PA",
    "PY",
    "PE",
    "KN",
    "LC",
    "VC",
    "SR",
    "TT",
    "UY",
    "VE",
]

# Where the sources the record cites date a reference fact otherwise, the record follows them:
# (country, bloc, status, reference start) → (recorded start, recorded end, why).
# A suspension ends the membership it suspends, and a return starts a new one ("gives way").
GIVES_WAY_2018 = "gives way to the suspension of participation of 2018-04-20 (Constitutive Treaty, press)"
CARICOM_IN_FORCE = "members from the Treaty's entry into force, 1973-08-01 (caricom.org); 1973-07-04 is its signature"
VENEZUELA = "the accession protocol entered into force on 2012-08-12 (Brazil's promulgation decree)"
SOURCED_OTHERWISE: dict[tuple[str, str, str, str], tuple[str | None, str | None, str]] = {
    ("HN", "sica", "member", "1991-12-13"): ("1991-12-13", "2009-06-29", "suspended after the 2009 coup (AFP, EFE)"),
    ("BZ", "sica", "member", "2000-01-01"): (None, None, "no source dates Belize's accession: a known gap"),
    ("PE", "andean-pact", "member", "1969-05-26"): ("1969-05-26", "1992-08", "Peru suspended its obligations"),
    **{
        (c, "caricom", "member", "1973-07-04"): ("1973-08-01", None, CARICOM_IN_FORCE) for c in ["BB", "GY", "JM", "TT"]
    },
    ("PY", "mercosur", "member", "1991-03-26"): ("1991-03-26", "2012-06-29", "gives way to the Mendoza suspension"),
    ("VE", "mercosur", "candidate", "2006-07-04"): ("2006-07-04", "2012-08-12", VENEZUELA),
    ("VE", "mercosur", "member", "2012-07-31"): ("2012-08-12", "2016-12-01", VENEZUELA),
    ("BO", "mercosur", "associate", "1996-01-01"): ("1996", "2024-08-07", "associate until it became a member"),
    ("BO", "mercosur", "candidate", "2015-07-17"): ("2012-12", "2024-08-07", "a first protocol was signed in 2012-12"),
    ("BO", "mercosur", "member", "2024-07-01"): ("2024-08-07", None, "in force 30 days after the 2024-07-08 deposit"),
    ("BO", "alba-tcp", "member", "2020-11-01"): ("2020-11-20", "2025-10-24", "ALBA suspended Bolivia on 2025-10-24"),
    ("VC", "alba-tcp", "member", "2009-06-01"): ("2009-04-16", None, "admitted at the Cumaná summit (ALBA's text)"),
    **{
        (c, "unasur", "member", "2008-05-23"): ("2008-05-23", "2018-04-20", GIVES_WAY_2018)
        for c in ["AR", "BR", "CL", "PY", "PE"]
    },
    ("BR", "celac", "member", "2011-12-03"): ("2011-12-03", "2020-01", "gives way to the suspension of 2020-01"),
    ("CL", "prosur", "member", "2019-03-22"): ("2019-03-22", "2022-04", "Chile suspended its participation in 2022-04"),
}

CARICOM_TERRITORIES = ["MS", "AI", "VG", "KY", "TC"]

# (country, bloc, status, start, start precision, end, end precision)
MEMBERSHIPS = [
    *[
        (c, "aladi", "member", "1980-08-12", D, None, None)
        for c in ["AR", "BO", "BR", "CL", "CO", "EC", "MX", "PY", "PE", "UY", "VE"]
    ],
    ("CU", "aladi", "member", "1999-01-01", Y, None, None),
    ("PA", "aladi", "member", "2012-01-01", Y, None, None),
    *[(c, "sica", "member", "1991-12-13", D, None, None) for c in ["CR", "SV", "GT", "HN", "NI", "PA"]],
    ("BZ", "sica", "member", "2000-01-01", Y, None, None),
    ("DO", "sica", "member", "2013-01-01", Y, None, None),
    *[(c, "andean-pact", "member", "1969-05-26", D, "1996-03-10", D) for c in ["BO", "CO", "EC", "PE"]],
    ("CL", "andean-pact", "member", "1969-05-26", D, "1976-10-30", D),
    ("VE", "andean-pact", "member", "1973-02-13", D, "1996-03-10", D),
    ("VE", "can", "member", "1996-03-10", D, "2006-04-22", D),
    ("CL", "can", "associate", "2006-09-20", D, None, None),
    *[(c, "caricom", "member", "1973-07-04", D, None, None) for c in ["BB", "GY", "JM", "TT"]],
    ("SR", "caricom", "member", "1995-01-01", Y, None, None),
    ("HT", "caricom", "member", "2002-01-01", Y, None, None),
    *[(c, "mercosur", "member", "1991-03-26", D, None, None) for c in ["AR", "BR", "PY", "UY"]],
    ("PY", "mercosur", "suspended", "2012-06-29", D, "2013-08-15", D),
    ("VE", "mercosur", "candidate", "2006-07-04", D, "2012-07-31", D),
    ("VE", "mercosur", "member", "2012-07-31", D, None, None),
    ("VE", "mercosur", "suspended", "2016-12-01", D, "2017-08-05", D),
    ("VE", "mercosur", "suspended", "2017-08-05", D, None, None),
    ("BO", "mercosur", "associate", "1996-01-01", Y, "2024-07-01", M),
    ("BO", "mercosur", "candidate", "2015-07-17", D, "2024-07-01", M),
    ("BO", "mercosur", "member", "2024-07-01", M, None, None),
    ("CL", "mercosur", "associate", "1996-01-01", Y, None, None),
    ("PE", "mercosur", "associate", "2003-01-01", Y, None, None),
    ("CO", "mercosur", "associate", "2004-01-01", Y, None, None),
    ("EC", "mercosur", "associate", "2004-01-01", Y, None, None),
    ("VE", "alba-tcp", "member", "2004-12-14", D, None, None),
    ("CU", "alba-tcp", "member", "2004-12-14", D, None, None),
    ("BO", "alba-tcp", "member", "2006-04-29", D, "2019-11-01", M),
    ("BO", "alba-tcp", "member", "2020-11-01", M, None, None),
    ("NI", "alba-tcp", "member", "2007-01-01", M, None, None),
    ("DM", "alba-tcp", "member", "2008-01-01", M, None, None),
    ("HN", "alba-tcp", "member", "2008-08-01", M, "2010-01-01", M),
    ("EC", "alba-tcp", "member", "2009-06-01", M, "2018-08-01", M),
    ("AG", "alba-tcp", "member", "2009-06-01", M, None, None),
    ("VC", "alba-tcp", "member", "2009-06-01", M, None, None),
    ("LC", "alba-tcp", "member", "2013-01-01", Y, None, None),
    ("GD", "alba-tcp", "member", "2014-01-01", Y, None, None),
    ("KN", "alba-tcp", "member", "2014-12-01", M, None, None),
    *[(c, "unasur", "member", "2008-05-23", D, None, None) for c in ["BO", "GY", "SR", "VE"]],
    ("CO", "unasur", "member", "2008-05-23", D, "2018-01-01", Y),
    *[(c, "unasur", "member", "2008-05-23", D, "2019-01-01", Y) for c in ["EC", "AR", "BR", "CL", "PY", "PE"]],
    ("UY", "unasur", "member", "2008-05-23", D, "2020-01-01", Y),
    ("AR", "unasur", "member", "2023-01-01", Y, None, None),
    ("BR", "unasur", "member", "2023-01-01", Y, None, None),
    *[(c, "pacific-alliance", "member", "2011-04-28", D, None, None) for c in ["CL", "CO", "MX", "PE"]],
    *[(c, "celac", "member", "2011-12-03", D, None, None) for c in CELAC],
    ("BR", "celac", "suspended", "2020-01-01", M, "2023-01-01", M),
    *[(c, "prosur", "member", "2019-03-22", D, None, None) for c in ["AR", "BR", "CL", "CO", "EC", "GY", "PY", "PE"]],
    *[(c, "ftaa", "member", "1994-12-01", M, "2005-11-01", M) for c in [*CELAC, "US", "CA"] if c != "CU"],
]

UNASUR_SUSPENDED_ON_2018_04_20 = ["AR", "BR", "CL", "CO", "PY", "PE"]

# (date, precision, end, end precision, a bloc or country it concerns)
EVENTS = [
    ("1879-01-01", Y, "1883-01-01", Y, "CL"),  # War of the Pacific
    ("1960-02-18", D, None, None, "alalc"),  # Treaty of Montevideo (1960)
    ("1960-12-13", D, None, None, "cacm"),  # General Treaty, Managua
    ("1969-05-26", D, None, None, "andean-pact"),  # Cartagena Agreement
    ("1973-02-13", D, None, None, "VE"),  # Venezuela joins the Andean Pact
    ("1973-07-04", D, None, None, "caricom"),  # Treaty of Chaguaramas
    ("1975-10-17", D, None, None, "sela"),  # Panama Convention
    ("1976-10-30", D, None, None, "CL"),  # Chile withdraws
    ("1980-08-12", D, None, None, "aladi"),  # Treaty of Montevideo (1980)
    ("1989-01-01", Y, None, None, "US"),  # Washington Consensus
    ("1991-03-26", D, None, None, "mercosur"),  # Treaty of Asunción
    ("1991-12-13", D, None, None, "sica"),  # Protocol of Tegucigalpa
    ("1994-12-09", D, "1994-12-11", D, "ftaa"),  # Miami summit
    ("1994-12-17", D, None, None, "mercosur"),  # Ouro Preto
    ("1995-01-01", D, None, None, "mercosur"),  # customs union
    ("1996-03-10", D, None, None, "can"),  # Trujillo Protocol
    ("1999-01-01", Y, None, None, "mercosur"),  # EU–Mercosur negotiations launched
    ("2004-12-08", D, None, None, "csn"),  # Cusco Declaration
    ("2004-12-14", D, None, None, "alba-tcp"),  # ALBA founded in Havana
    ("2005-01-01", M, None, None, "ftaa"),  # target date missed
    ("2005-11-04", D, "2005-11-05", D, "ftaa"),  # Mar del Plata
    ("2005-11-18", D, None, None, "CN"),  # Chile–China FTA
    ("2006-04-22", D, None, None, "can"),  # Venezuela announces withdrawal
    ("2006-07-04", D, None, None, "VE"),  # Mercosur accession protocol
    ("2006-09-20", D, None, None, "can"),  # Chile associate
    ("2008-01-16", D, None, None, "PE"),  # ICJ application
    ("2008-05-23", D, None, None, "unasur"),  # Constitutive Treaty signed
    ("2009-01-01", Y, None, None, "alba-tcp"),  # renamed ALBA-TCP
    ("2009-04-28", D, None, None, "CN"),  # Peru–China FTA
    ("2011-03-11", D, None, None, "unasur"),  # in force
    ("2011-04-28", D, None, None, "pacific-alliance"),  # Lima Declaration
    ("2011-05-30", D, None, None, "CO"),  # MILA begins
    ("2011-12-02", D, "2011-12-03", D, "celac"),  # founding summit
    ("2012-06-06", D, None, None, "pacific-alliance"),  # Paranal
    ("2012-06-29", D, None, None, "PY"),  # Mendoza
    ("2012-07-31", D, None, None, "VE"),  # full member
    ("2013-08-15", D, None, None, "PY"),  # suspension lifted
    ("2014-01-01", Y, None, None, "MX"),  # Mexico joins MILA
    ("2014-01-27", D, None, None, "PE"),  # ICJ judgment
    ("2015-07-17", D, None, None, "BO"),  # Bolivia's accession protocol
    ("2015-07-20", D, None, None, "pacific-alliance"),  # in force
    ("2016-12-01", D, None, None, "VE"),  # suspended
    ("2017-08-05", D, None, None, "VE"),  # democratic clause
    ("2018-04-20", D, None, None, "unasur"),  # six suspend participation
    ("2019-03-22", D, None, None, "prosur"),  # Santiago Declaration
    ("2019-06-28", D, None, None, "mercosur"),  # EU agreement in principle
    ("2020-01-01", M, None, None, "celac"),  # Brazil suspends participation
    ("2023-01-01", M, None, None, "celac"),  # Brazil returns
    ("2024-07-08", D, None, None, "BO"),  # Asunción summit
    ("2024-12-06", D, None, None, "mercosur"),  # EU–Mercosur concluded
    ("2006-01-01", Y, "2011-01-01", Y, "PE"),  # Alan García
    ("2011-01-01", Y, "2016-01-01", Y, "PE"),  # Ollanta Humala
    ("2010-01-01", Y, "2018-01-01", Y, "CO"),  # Juan Manuel Santos
]


@pytest.mark.parametrize("slug", sorted(BLOC_FOUNDINGS))
def test_bloc_dates_and_seat(slug):
    founded, founded_precision, ended, ended_precision, seat = BLOC_FOUNDINGS[slug]
    bloc = Bloc.objects.get(slug=slug)
    assert (bloc.founded, bloc.founded_precision) == (day(founded), founded_precision)
    assert bloc.ended == (day(ended) if ended else None)
    if ended:
        assert bloc.ended_precision == ended_precision
    assert bloc.seat_en == seat
    assert bloc.is_translation_complete("es") and bloc.is_translation_complete("th")
    assert bloc.is_translation_complete("en")


@pytest.mark.parametrize(("slug", "thai"), sorted(THAI_BLOC_NAMES.items()))
def test_thai_bloc_names(slug, thai):
    assert Bloc.objects.get(slug=slug).name_th == thai


def test_countries_and_codes():
    countries = {c.alpha2: c for c in Country.objects.all()}
    # CARICOM's member Montserrat and its associate members, all territories, are in the record as well.
    assert set(countries) == {*CELAC, "US", "CA", "CN", *CARICOM_TERRITORIES, "BM"}
    assert {code for code, c in countries.items() if c.in_latin_america} == {*CELAC, *CARICOM_TERRITORIES}
    assert countries["PE"].alpha3 == "PER" and countries["DM"].alpha3 == "DMA" and countries["DO"].alpha3 == "DOM"
    assert all(c.is_translation_complete(code) for c in countries.values() for code in ("es", "th", "en"))


def within(reference: str, precision: str, date, date_precision: str) -> bool:
    """Whether a recorded date agrees with the reference: inside the reference's period, and as precise or more.

    The reference gives "2007-01" for Nicaragua joining ALBA; the sourced record says 2007-01-11.
    """
    first = day(reference)
    finer = PRECISION_RANK[date_precision] >= PRECISION_RANK[precision]
    return date is not None and finer and first <= date <= last_day(first, precision)


PRECISION_RANK = {Y: 0, M: 1, D: 2}


@pytest.mark.parametrize("row", MEMBERSHIPS, ids=lambda row: f"{row[0]}-{row[1]}-{row[2]}-{row[3]}")
def test_membership(row):
    country, bloc, status, start, start_precision, end, end_precision = row
    if (country, bloc, status, start) in SOURCED_OTHERWISE:
        recorded_start, recorded_end, _why = SOURCED_OTHERWISE[country, bloc, status, start]
        periods = Membership.objects.filter(country__alpha2=country, bloc__slug=bloc, status=status)
        if recorded_start is None:
            assert not periods.exists()
            return
        membership = periods.get(start=parse_partial_date(recorded_start)[0])
        assert membership.end == (parse_partial_date(recorded_end)[0] if recorded_end else None)
        return
    periods = Membership.objects.filter(country__alpha2=country, bloc__slug=bloc, status=status)
    matching = [p for p in periods if within(start, start_precision, p.start, p.start_precision)]
    assert len(matching) == 1, f"{[(p.start, p.start_precision) for p in periods]}"
    membership = matching[0]
    if end:
        assert within(end, end_precision, membership.end, membership.end_precision)
    else:
        assert membership.end is None


def test_unasur_suspensions_of_2018():
    suspended = Membership.objects.filter(bloc__slug="unasur", status="suspended", start=day("2018-04-20"))
    assert sorted(suspended.values_list("country__alpha2", flat=True)) == sorted(UNASUR_SUSPENDED_ON_2018_04_20)


def test_venezuela_democratic_clause_suspension_is_still_in_force():
    membership = Membership.objects.get(country__alpha2="VE", bloc__slug="mercosur", start=day("2017-08-05"))
    assert membership.end is None and "Ushuaia" in membership.note_en


@pytest.mark.parametrize("row", EVENTS, ids=lambda row: f"{row[0]}-{row[4]}")
def test_event(row):
    """An event on the reference's date, or inside its month or year where the sources date it to the day."""
    date, precision, end, end_precision, concerns = row
    events = (
        Event.objects.filter(countries__alpha2=concerns)
        if concerns.isupper()
        else Event.objects.filter(blocs__slug=concerns)
    )
    matching = [
        event
        for event in events
        if within(date, precision, event.date, event.date_precision)
        and (within(end, end_precision, event.end_date, event.end_date_precision) if end else event.end_date is None)
    ]
    assert matching, [(e.date, e.date_precision, e.end_date) for e in events]
    assert all(event.is_translation_complete(code) for event in matching for code in ("es", "th", "en"))


def test_both_analyses_published_in_their_original_language_with_translations():
    spanish = Article.objects.published().get(demo_key="cooperacion-integracion-sur")
    thai = Article.objects.published().get(demo_key="pacific-integration")
    assert spanish.original_language == "es" and thai.original_language == "th"
    # Bodies are rich text: the plain-text sources became paragraphs.
    assert spanish.body_es.startswith("<p>La cooperación entre los diferentes países")
    assert thai.body_th.startswith("<p>ในช่วง 2 ทศวรรษที่ผ่านมา")
    for article in (spanish, thai):
        assert article.complete_languages() == ["es", "th", "en"]
        assert article.blocs.exists() and article.countries.exists() and article.topics.exists()
        assert article.events.exists()
    assert len(thai.body_en.split("\n\n")) == len(thai.body_th.split("\n\n")) == 4
    assert len(spanish.body_th.split("\n\n")) == len(spanish.body_es.split("\n\n")) == 6
    assert set(thai.blocs.values_list("slug", flat=True)) >= {"mercosur", "can", "unasur", "alba-tcp", "ftaa"}


def test_bolivias_capital_names_sucre_and_la_paz():
    """Sucre is the constitutional capital and La Paz the seat of government: showing only Sucre misleads."""
    bolivia = Country.objects.get(alpha2="BO")
    assert "Sucre" in bolivia.capital_es and "La Paz" in bolivia.capital_es
    assert "ซูเกร" in bolivia.capital_th and "ลาปาซ" in bolivia.capital_th
    assert "Sucre" in bolivia.capital_en and "La Paz" in bolivia.capital_en
