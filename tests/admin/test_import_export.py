"""CSV and XLSX import and export of events and memberships in the admin: the preview lists every row's
errors, an import is all or nothing, publishing through a file follows the editorial roles, Thai survives."""

import datetime
import time
import tracemalloc

import pytest
import tablib
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from blocs.models import Country, Event, Membership
from blocs.resources import EventResource, MembershipResource
from integration_portal.editorial.import_export import MAX_IMPORT_ROWS, BoundedCSV, BoundedXLSX, ImportTooLarge
from tests.factories import BlocFactory, EventFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

CSV, XLSX = "0", "1"  # positions in the admin's formats = [CSV, XLSX]
EVENT_COLUMNS = [
    "id",
    "date",
    "date_precision",
    "end_date",
    "end_date_precision",
    "kind",
    "original_language",
    "title_es",
    "title_th",
    "title_en",
    "summary_es",
    "summary_th",
    "summary_en",
    "body_es",
    "body_th",
    "body_en",
    "sources",
    "blocs",
    "countries",
    "status",
    "published_at",
]
MEMBERSHIP_COLUMNS = [
    "id",
    "country",
    "bloc",
    "status",
    "start",
    "start_precision",
    "end",
    "end_precision",
    "note_es",
    "note_th",
    "note_en",
    "sources",
]
MAY_NOT_PUBLISH = "You may not publish events: only an editor can publish, schedule or unpublish them."


@pytest.fixture
def as_role(client, django_user_model):
    """Signs the test client in as someone with that one role; ``client.user`` is that person."""

    def login(role):
        user = django_user_model.objects.create_user(role, is_staff=True)
        user.groups.add(Group.objects.get(name=role.capitalize()))
        client.force_login(user)
        client.user = user
        return client

    return login


def url(model, view):
    return reverse(f"admin:blocs_{model._meta.model_name}_{view}")


def upload(rows: list[dict], file_format: str = CSV, name: str = "rows") -> SimpleUploadedFile:
    """A file as a spreadsheet would save it, with a column for every key of any row."""
    headers = list(dict.fromkeys(key for row in rows for key in row))
    dataset = tablib.Dataset(*[[row.get(key, "") for key in headers] for row in rows], headers=headers)
    if file_format == XLSX:
        return SimpleUploadedFile(f"{name}.xlsx", dataset.export("xlsx"))
    return SimpleUploadedFile(f"{name}.csv", dataset.export("csv").encode())


def preview(client, model, rows, file_format=CSV):
    """The first step of the admin import: upload, dry run, and the preview or the errors."""
    return client.post(url(model, "import"), {"import_file": upload(rows, file_format), "format": file_format})


def confirm(client, model, previewed):
    """The second step: post back the confirm form the preview offered."""
    form = previewed.context["confirm_form"]
    return client.post(url(model, "process_import"), {name: form.initial[name] for name in form.fields})


def errors_by_row(response) -> dict[int, dict[str, list[str]]]:
    result = response.context["result"]
    assert not result.has_errors(), result.row_errors()  # row errors, never a crash
    return {row.number: row.error_dict for row in result.invalid_rows}


def export(client, resource, file_format) -> tablib.Dataset:
    model = resource._meta.model
    columns = {f"{resource.__name__.lower()}_{name}": "on" for name in resource().get_export_order()}
    response = client.post(url(model, "export"), {"format": file_format, "resource": "0", **columns})
    assert response.status_code == 200
    if file_format == XLSX:
        return tablib.Dataset().load(response.content, format="xlsx")
    assert response.content.startswith("\ufeff".encode())  # the mark that makes Excel read Thai as UTF-8
    text = response.content.decode("utf-8-sig")
    return tablib.Dataset().load(text, format="csv")


def event_row(**values) -> dict:
    return {
        "id": "",
        "date": "2024-07-08",
        "date_precision": "day",
        "kind": "summit",
        "title_es": "Cumbre de prueba",
        "title_th": "การประชุมสุดยอดทดสอบ",
        "title_en": "Test summit",
        "summary_es": "Resumen.",
        "blocs": "mercosur",
        "countries": "AR,BR",
        **values,
    }


def test_import_and_export_urls():
    for model in (Event, Membership):
        name = model._meta.model_name
        assert url(model, "import") == f"/admin/blocs/{name}/import/"
        assert url(model, "process_import") == f"/admin/blocs/{name}/process_import/"
        assert url(model, "export") == f"/admin/blocs/{name}/export/"


def test_change_list_keeps_its_links_next_to_import_and_export(as_role):
    html = as_role("editor").get(url(Event, "changelist")).content.decode()
    for link in ("import_link", "export_link", "addlink", "recoverlink", reverse("translation_status")):
        assert link in html
    # Translators may not add, so they do not import; they still see the other links.
    html = as_role("translator").get(url(Membership, "changelist")).content.decode()
    assert "import_link" not in html and "addlink" not in html
    assert "export_link" in html and reverse("translation_status") in html


@pytest.mark.parametrize("file_format", [CSV, XLSX], ids=["csv", "xlsx"])
def test_events_export_with_thai_text_and_slugs(as_role, file_format):
    dataset = export(as_role("editor"), EventResource, file_format)
    assert dataset.headers == EVENT_COLUMNS
    event = Event.objects.get(demo_key="treaty-of-asuncion")
    row = dataset.dict[[str(pk) for pk in dataset["id"]].index(str(event.pk))]
    assert row["title_th"] == "สนธิสัญญาอาซุนซิออน: กำเนิด MERCOSUR"
    assert row["blocs"] == "mercosur"
    assert sorted(row["countries"].split(",")) == ["AR", "BR", "PY", "UY"]
    assert str(row["date"])[:10] == "1991-03-26"  # text in CSV, a date cell in XLSX
    assert "demo_key" not in dataset.headers


@pytest.mark.parametrize("file_format", [CSV, XLSX], ids=["csv", "xlsx"])
def test_memberships_export_by_code_and_slug(as_role, file_format):
    membership = Membership.objects.get(country__alpha2="AR", bloc__slug="mercosur", status="member")
    Membership.objects.filter(pk=membership.pk).update(note_th="สมาชิกผู้ก่อตั้ง")
    dataset = export(as_role("editor"), MembershipResource, file_format)
    assert dataset.headers == MEMBERSHIP_COLUMNS
    row = dataset.dict[[str(pk) for pk in dataset["id"]].index(str(membership.pk))]
    assert (row["country"], row["bloc"], row["note_th"]) == ("AR", "mercosur", "สมาชิกผู้ก่อตั้ง")


def test_membership_preview_lists_every_invalid_row_and_writes_nothing(as_role):
    bloc = BlocFactory()
    rows = [
        {"id": "", "country": "AR", "bloc": bloc.slug, "status": "member", "start": "2001-01-01", "end": ""},
        {"id": "", "country": "br", "bloc": bloc.slug, "status": "member", "start": "2002-05-01", "end": ""},
        {"id": "", "country": "UY", "bloc": "no-such-bloc", "status": "member", "start": "2001-01-01", "end": ""},
        {"id": "", "country": "VE", "bloc": bloc.slug, "status": "member", "start": "2010-01-01", "end": "2005-01-01"},
        {"id": "", "country": "AR", "bloc": "mercosur", "status": "member", "start": "2000-01-01", "end": ""},
        {"id": "", "country": "AR", "bloc": bloc.slug, "status": "member", "start": "2005-01-01", "end": ""},
    ]
    before = Membership.objects.count()
    response = preview(as_role("analyst"), Membership, rows)
    assert response.status_code == 200 and "confirm_form" not in response.context
    errors = errors_by_row(response)
    assert sorted(errors) == [3, 4, 5, 6]
    assert errors[3] == {"bloc": ["No bloc has the slug “no-such-bloc”."]}
    assert errors[4] == {"end": ["The end cannot be before the start."]}
    assert "overlaps another “member” period" in errors[5]["start"][0]  # a saved membership
    assert "overlaps another “member” period" in errors[6]["start"][0]  # row 1 of the same file
    html = response.content.decode()
    assert "No bloc has the slug “no-such-bloc”." in html and "The end cannot be before the start." in html
    assert Membership.objects.count() == before
    assert not Membership.objects.filter(bloc=bloc).exists()


def test_event_import_is_all_or_nothing_and_the_fixed_file_imports_every_row(as_role):
    client = as_role("editor")
    rows = [
        event_row(title_es="Primera cumbre"),
        event_row(title_es="Segunda cumbre", date="08/07/2024", blocs="mercosur,no-such-bloc", countries="AR,ZZ"),
        event_row(title_es="Tercera cumbre", date="2024", date_precision="year", end_date="2023-12-31"),
        event_row(id=999999, title_es="Cuarta cumbre"),
        event_row(id="abc", title_es="Quinta cumbre"),
    ]
    before = Event.objects.count()
    response = preview(client, Event, rows)
    errors = errors_by_row(response)
    assert errors == {
        2: {
            "date": ["Enter the date as YYYY-MM-DD, such as 1991-03-26, not “08/07/2024”."],
            "blocs": ["No bloc has the slug “no-such-bloc”."],
            "countries": ["No country has the ISO 3166-1 alpha-2 code “ZZ”."],
        },
        3: {"date": ["Enter the date as YYYY-MM-DD, such as 1991-03-26, not “2024”."]},
        4: {"id": ["No event has the id 999999; leave the id empty to add a new one."]},
        5: {"id": ["An id is a whole number; leave it empty to add a new row, not “abc”."]},
    }
    assert "confirm_form" not in response.context and Event.objects.count() == before

    rows[1].update(date="2024-07-08", blocs="mercosur, can", countries="ar")
    rows[2].update(date="2024-01-01", end_date="")
    rows[3]["id"] = rows[4]["id"] = ""
    response = preview(client, Event, rows)
    assert errors_by_row(response) == {}
    assert Event.objects.count() == before  # a preview writes nothing
    assert confirm(client, Event, response).status_code == 302
    assert Event.objects.count() == before + 5
    second = Event.objects.get(title_es="Segunda cumbre")
    assert sorted(second.blocs.values_list("slug", flat=True)) == ["can", "mercosur"]
    assert list(second.countries.values_list("alpha2", flat=True)) == ["AR"]
    assert second.title_th == "การประชุมสุดยอดทดสอบ" and second.date == datetime.date(2024, 7, 8)
    assert second.status == "draft"  # no status column: the model's default
    # One version per event in the history, by the person who imported the file.
    version = Version.objects.get_for_object(second).get()
    assert version.revision.user == client.user and version.revision.comment == "Imported from rows.csv."


def test_confirming_rechecks_every_row_and_writes_nothing_if_one_fails(as_role):
    client = as_role("editor")
    bloc = BlocFactory()
    rows = [
        {"country": "AR", "bloc": bloc.slug, "status": "member", "start": "2001-01-01"},
        {"country": "BR", "bloc": bloc.slug, "status": "member", "start": "2001-01-01"},
    ]
    response = preview(client, Membership, rows)
    assert errors_by_row(response) == {}
    # Someone saves an overlapping period between the preview and the confirmation.
    brazil = Country.objects.get(alpha2="BR")
    Membership.objects.create(country=brazil, bloc=bloc, status="member", start=datetime.date(1999, 1, 1))
    confirmed = confirm(client, Membership, response)
    assert confirmed.status_code == 302 and confirmed["Location"] == url(Membership, "import")
    assert list(bloc.memberships.values_list("country__alpha2", flat=True)) == ["BR"]  # only the one saved meanwhile
    assert "Nothing was imported" in client.get(confirmed["Location"]).content.decode()


def test_xlsx_import_round_trips_thai_titles(as_role):
    client = as_role("editor")
    event = EventFactory(title_th="เดิม", status="draft", published_at=None)
    rows = [
        event_row(id=event.pk, date=datetime.date(2001, 5, 4), title_th="การประชุมสุดยอดแห่งกรุงบัวโนสไอเรส"),
        event_row(title_th="ข้อตกลงใหม่ ๒๕๖๗", date=datetime.datetime(2024, 7, 8)),  # a date cell, as Excel saves it
    ]
    response = preview(client, Event, rows, XLSX)
    assert errors_by_row(response) == {}
    assert confirm(client, Event, response).status_code == 302
    event.refresh_from_db()
    assert event.title_th == "การประชุมสุดยอดแห่งกรุงบัวโนสไอเรส"
    assert Event.objects.get(title_th="ข้อตกลงใหม่ ๒๕๖๗").date == datetime.date(2024, 7, 8)
    exported = export(client, EventResource, XLSX)
    assert "การประชุมสุดยอดแห่งกรุงบัวโนสไอเรส" in exported["title_th"]


@pytest.mark.parametrize("file_format", [CSV, XLSX], ids=["csv", "xlsx"])
def test_an_exported_file_imports_back_unchanged_even_for_an_analyst(as_role, file_format):
    """Published events keep their status and publication time, so an analyst's round trip publishes nothing."""
    client = as_role("analyst")
    dataset = export(client, EventResource, file_format)
    rows = [dict(row) for row in dataset.dict]
    published = {event.pk: event.published_at for event in Event.objects.filter(status="published")}
    response = preview(client, Event, rows, file_format)
    assert errors_by_row(response) == {}
    assert confirm(client, Event, response).status_code == 302
    assert {event.pk: event.published_at for event in Event.objects.filter(status="published")} == published


def test_analyst_cannot_publish_through_a_file_but_an_editor_can(as_role):
    draft = EventFactory(status="draft", published_at=None)
    public, unpublished = EventFactory.create_batch(2, status="published", published_at=timezone.now())
    rows = [
        event_row(title_es="Nueva publicada", status="published", published_at=""),
        event_row(id=draft.pk, title_es="Borrador publicado", status="published", published_at=""),
        event_row(id=public.pk, title_es="Reprogramada", status="published", published_at="2030-01-01 09:00:00"),
        event_row(id=unpublished.pk, title_es="Despublicada", status="draft", published_at=""),
        event_row(title_es="Nueva en revisión", status="in_review", published_at=""),
    ]
    analyst = as_role("analyst")
    errors = errors_by_row(preview(analyst, Event, rows))
    assert errors == {
        1: {"status": [MAY_NOT_PUBLISH]},
        2: {"status": [MAY_NOT_PUBLISH]},
        3: {"published_at": [MAY_NOT_PUBLISH]},
        4: {"status": [MAY_NOT_PUBLISH], "published_at": [MAY_NOT_PUBLISH]},
    }
    assert not Event.objects.filter(title_es__in=["Nueva publicada", "Nueva en revisión"]).exists()

    editor = as_role("editor")
    response = preview(editor, Event, rows)
    assert errors_by_row(response) == {}
    assert confirm(editor, Event, response).status_code == 302
    assert Event.objects.get(title_es="Nueva publicada").is_public
    draft.refresh_from_db()
    public.refresh_from_db()
    assert draft.status == "published" and draft.published_at is not None
    assert public.published_at == datetime.datetime(2030, 1, 1, 9, tzinfo=timezone.get_current_timezone())
    unpublished.refresh_from_db()
    assert unpublished.status == "draft" and unpublished.published_at is None


def test_translator_may_export_but_not_import(as_role):
    client = as_role("translator")
    assert client.get(url(Event, "import")).status_code == 403
    assert client.post(url(Event, "process_import"), {}).status_code == 403
    assert client.get(url(Membership, "import")).status_code == 403
    assert client.get(url(Event, "export")).status_code == 200


def test_a_control_character_in_a_note_does_not_break_the_spreadsheet_export(as_role):
    """XLSX cannot hold most C0 control characters; one pasted into a note used to break every export."""
    membership = Membership.objects.get(country__alpha2="AR", bloc__slug="mercosur", status="member")
    Membership.objects.filter(pk=membership.pk).update(note_en="Founder\x01 member")
    editor = as_role("editor")
    dataset = export(editor, MembershipResource, XLSX)
    row = dataset.dict[[str(pk) for pk in dataset["id"]].index(str(membership.pk))]
    assert row["note_en"] == "Founder\N{REPLACEMENT CHARACTER} member"
    # CSV can carry it as it is, so it comes back unchanged there.
    dataset = export(editor, MembershipResource, CSV)
    row = dataset.dict[[str(pk) for pk in dataset["id"]].index(str(membership.pk))]
    assert row["note_en"] == "Founder\x01 member"


def test_an_upload_over_the_byte_limit_gets_a_message_on_the_field(as_role):
    """Issue 13, failure 5: imports are bounded; the answer says by how much and what to do."""
    from integration_portal.editorial.import_export import MAX_IMPORT_BYTES

    big = SimpleUploadedFile("events.csv", b"id,date\n" + b"," * (MAX_IMPORT_BYTES + 1))
    response = as_role("editor").post(url(Event, "import"), {"import_file": big, "format": CSV})
    assert response.status_code == 200
    assert "an import may be at most 2.0" in " ".join(response.context["form"].errors["import_file"])
    assert Event.objects.filter(title_en="Test summit").count() == 0


@pytest.mark.parametrize("file_format", [CSV, XLSX], ids=["csv", "xlsx"])
def test_a_file_with_too_many_rows_is_refused_before_it_is_read(as_role, file_format):
    """A 0.12 MB XLSX of 100,000 rows kept a preview busy for 7 minutes; now it is refused at once."""
    from integration_portal.editorial.import_export import MAX_IMPORT_ROWS

    rows = [event_row(title_en=f"Row {n}") for n in range(MAX_IMPORT_ROWS + 1)]
    response = preview(as_role("editor"), Event, rows, file_format)
    assert response.status_code == 200
    assert "more than 500 rows" in " ".join(response.context["form"].errors["import_file"])
    within = preview(as_role("analyst"), Event, rows[:3], file_format)
    assert within.status_code == 200 and "result" in within.context


@pytest.mark.parametrize("file_format", [CSV, XLSX], ids=["csv", "xlsx"])
def test_cells_a_spreadsheet_would_run_as_formulas_are_exported_as_text_and_come_back_unchanged(as_role, file_format):
    """Issue 13, "exports safe": =HYPERLINK(…) in a note must not become a live formula in Excel."""
    membership = Membership.objects.get(country__alpha2="AR", bloc__slug="mercosur", status="member")
    formulas = {"note_es": '=HYPERLINK("http://evil.example","ver")', "note_th": "+1", "note_en": "@SUM(A1:A2)"}
    Membership.objects.filter(pk=membership.pk).update(**formulas)
    editor = as_role("editor")
    dataset = export(editor, MembershipResource, file_format)
    row = dataset.dict[[str(pk) for pk in dataset["id"]].index(str(membership.pk))]
    assert {name: row[name] for name in formulas} == {name: f"'{value}" for name, value in formulas.items()}
    # Imported back, the notes are what they were.
    one = tablib.Dataset(headers=dataset.headers)
    one.append(dataset[[str(pk) for pk in dataset["id"]].index(str(membership.pk))])
    upload = SimpleUploadedFile("m.csv", one.export("csv").encode())
    previewed = editor.post(url(Membership, "import"), {"import_file": upload, "format": CSV})
    assert confirm(editor, Membership, previewed).status_code == 302
    membership.refresh_from_db()
    assert {name: getattr(membership, name) for name in formulas} == formulas


def test_an_import_writes_the_search_index_once_per_file_and_a_preview_not_at_all(as_role, monkeypatch):
    """Issue 13, failure 10: imports re-indexed row by row (three times a row: the save and each relation)."""
    from integration_portal.search import index
    from integration_portal.search.models import SearchEntry

    writes = []
    original = index.reindex_now
    monkeypatch.setattr(index, "reindex_now", lambda kind, ids: (writes.append((kind, set(ids))), original(kind, ids)))
    client = as_role("editor")
    rows = [event_row(title_es=f"Cumbre de Ozotepec {n}", status="published") for n in range(1, 7)]
    previewed = preview(client, Event, rows)
    assert errors_by_row(previewed) == {} and writes == []
    assert confirm(client, Event, previewed).status_code == 302
    imported = set(Event.objects.filter(title_es__startswith="Cumbre de Ozotepec").values_list("pk", flat=True))
    assert len(imported) == 6
    assert writes == [("event", imported)]
    entries = SearchEntry.objects.filter(result_type="event", object_id__in=imported)
    argentina = Country.objects.get(alpha2="AR").pk
    assert entries.filter(listed=True, country_ids__contains=[argentina]).count() == 6  # with the relations


def test_a_preview_that_expired_imports_nothing_and_says_so(as_role, monkeypatch):
    from integration_portal.editorial.import_export import PreviewStorage

    monkeypatch.setattr(PreviewStorage, "CACHE_LIFETIME", 1)
    client = as_role("editor")
    before = Event.objects.count()
    previewed = preview(client, Event, [event_row(title_es="Cumbre caducada")])
    time.sleep(1.5)
    response = confirm(client, Event, previewed)
    assert response.status_code == 302 and response["Location"] == url(Event, "import")
    assert "This preview is no longer available" in str(next(iter(response.wsgi_request._messages)))
    assert Event.objects.count() == before


def test_each_new_preview_clears_the_expired_ones_from_the_database_cache(as_role, settings):
    """Django's database cache deletes expired rows only once it holds more than MAX_ENTRIES (5,000)."""
    from django.core.cache import caches
    from django.db import connection

    database_cache = {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "portal_cache"}
    settings.CACHES = {**settings.CACHES, "default": database_cache}
    client = as_role("editor")
    caches["default"].set("import-preview-" + "0" * 32, b"abandoned", -1)  # expired already
    caches["default"].set("page:kept", b"page", 600)

    def keys():
        with connection.cursor() as cursor:
            cursor.execute("SELECT cache_key FROM portal_cache")
            return {key.split(":", 2)[-1] for (key,) in cursor.fetchall()}

    assert {"import-preview-" + "0" * 32, "page:kept"} <= keys()
    previewed = preview(client, Event, [event_row(title_es="Cumbre nueva")])
    after = keys()
    assert "import-preview-" + "0" * 32 not in after and "page:kept" in after
    assert "import-preview-" + previewed.context["confirm_form"].initial["import_file_name"] in after


# The row limit at its edge, for CSV read as text (the admin's preview and confirmation) or as bytes (its
# skip-confirmation mode) and for XLSX: 500 rows and a header are read whole, 501 rows are refused with the same
# message, and a spreadsheet over the limit is refused while it streams, before it is held in memory.
BOUNDS_MESSAGE = "The file has more than 500 rows. Split it into files of at most 500 rows each."


def bounded_sheet(rows: int, columns: int = 3) -> tablib.Dataset:
    headers = [f"column {n}" for n in range(columns)]
    return tablib.Dataset(*[[f"row {r} cell {c}" for c in range(columns)] for r in range(rows)], headers=headers)


def read_bounded(file_format: str, rows: int) -> tablib.Dataset:
    data = bounded_sheet(rows)
    if file_format == "xlsx":
        return BoundedXLSX().create_dataset(data.export("xlsx"))
    text = data.export("csv")  # each row ends in "\r\n", as a spreadsheet saves it
    if file_format == "csv-bytes":
        return BoundedCSV(encoding="utf-8").create_dataset(text.encode())
    return BoundedCSV(encoding="utf-8").create_dataset(text)


BOUNDED_FORMATS = ["csv", "csv-bytes", "xlsx"]


def test_the_limit_is_the_one_the_documentation_gives():
    assert MAX_IMPORT_ROWS == 500  # docs/editing.md; the message below spells it out


@pytest.mark.parametrize("file_format", BOUNDED_FORMATS)
def test_a_file_of_exactly_the_limit_is_read_whole(file_format):
    dataset = read_bounded(file_format, 500)
    assert dataset.height == 500
    assert dataset.headers == ["column 0", "column 1", "column 2"]
    assert dataset[0] == ("row 0 cell 0", "row 0 cell 1", "row 0 cell 2")
    assert dataset[-1] == ("row 499 cell 0", "row 499 cell 1", "row 499 cell 2")


@pytest.mark.parametrize("file_format", BOUNDED_FORMATS)
def test_one_row_over_the_limit_is_refused_with_what_to_do(file_format):
    with pytest.raises(ImportTooLarge) as refusal:
        read_bounded(file_format, 501)
    assert str(refusal.value) == BOUNDS_MESSAGE


def test_the_refusal_is_in_the_analysts_language():
    from django.utils import translation

    with translation.override("es"), pytest.raises(ImportTooLarge) as refusal:
        read_bounded("csv", 501)
    assert str(refusal.value) == "El archivo tiene más de 500 filas. Divídalo en archivos de 500 filas como máximo."


def test_a_spreadsheet_far_over_the_limit_is_refused_without_holding_it_in_memory():
    """20,000 rows of 20 cells: openpyxl building every cell would allocate well over 100 MB (about 400,000 cell
    objects); streaming stops at row 502 and needs a few MB."""
    data = bounded_sheet(20_000, columns=20).export("xlsx")
    tracemalloc.start()
    try:
        with pytest.raises(ImportTooLarge):
            BoundedXLSX().create_dataset(data)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 30 * 1024 * 1024, f"{peak / 1024 / 1024:.0f} MB"
