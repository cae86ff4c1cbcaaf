"""An import previewed on one app server can be confirmed on another (issue 13, failure 6).

The preview's file used to live in the temp folder of the server that showed it: confirming on another gave 500
(FileNotFoundError), and `import_file_name=…` named any file in that folder, which the confirmation then deleted.
Two gunicorn servers here share the release's database and cache, as two machines behind a load balancer would.
"""

import re
import secrets
import tempfile
from pathlib import Path

import pytest
import requests

from ops.management.commands.soak import CREATE_EDITOR

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("concurrency")]

CSV = (
    "date,date_precision,kind,title_es,title_th,title_en,blocs,countries\n"
    "1991-03-26,day,summit,Cumbre {tag},การประชุม {tag},Summit {tag},mercosur,AR\n"
)


def signed_in(site, base: str) -> requests.Session:
    name, password = f"editor{secrets.token_hex(4)}", secrets.token_urlsafe(12)
    site.shell(CREATE_EDITOR.format(name=name, password=password))
    session = requests.Session()
    session.headers["Accept-Language"] = "en"  # the messages below are checked in English
    session.get(f"{base}/admin/login/", timeout=30)
    answer = session.post(
        f"{base}/admin/login/?next=/admin/",
        data={"username": name, "password": password, "csrfmiddlewaretoken": session.cookies["csrftoken"]},
        timeout=30,
    )
    assert answer.url.endswith("/admin/"), answer.text[-500:]
    return session


def hidden_fields(html: str) -> dict[str, str]:
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))


@pytest.fixture(scope="module")
def second_server(site):
    return f"http://{site.release.start().bind}"


def test_a_preview_shown_by_one_server_is_confirmed_by_another(site, second_server):
    session = signed_in(site, site.base)
    tag = secrets.token_hex(4)
    shown = session.post(
        f"{site.base}/admin/blocs/event/import/",
        data={"format": "0", "csrfmiddlewaretoken": session.cookies["csrftoken"]},
        files={"import_file": ("events.csv", CSV.format(tag=tag).encode())},
        timeout=60,
    )
    assert shown.status_code == 200 and "process_import" in shown.text
    confirm = hidden_fields(shown.text.split("process_import", 1)[1])
    confirmed = session.post(f"{second_server}/admin/blocs/event/process_import/", data=confirm, timeout=60)
    assert confirmed.status_code == 200 and confirmed.url.endswith("/admin/blocs/event/")
    count = site.shell(f"from blocs.models import Event; print(Event.objects.filter(title_en='Summit {tag}').count())")
    assert count.split()[-1] == "1"
    # The preview is used up: confirming it again imports nothing and says why.
    again = session.post(f"{site.base}/admin/blocs/event/process_import/", data=confirm, timeout=60)
    assert again.status_code == 200 and "Upload the file again" in again.text


@pytest.fixture
def file_in_the_temp_folder():
    """A file where the old previews lived (the server's temp folder), as another program might keep there."""
    victim = Path(tempfile.gettempdir()) / f"keep-me-{secrets.token_hex(4)}.csv"
    victim.write_text(CSV.format(tag="not-an-import"))
    yield victim
    victim.unlink(missing_ok=True)


def test_a_posted_name_cannot_reach_a_file_on_the_server(site, file_in_the_temp_folder):
    victim = file_in_the_temp_folder
    before = victim.read_text()
    session = signed_in(site, site.base)
    token = session.cookies["csrftoken"]
    for name in (str(victim), "../" * 8 + str(victim).lstrip("/"), victim.name):
        answer = session.post(
            f"{site.base}/admin/blocs/event/process_import/",
            data={"import_file_name": name, "original_file_name": "x.csv", "format": "0", "csrfmiddlewaretoken": token},
            timeout=60,
        )
        assert answer.status_code == 200 and "Upload the file again" in answer.text
    assert victim.exists() and victim.read_text() == before
    imported = site.shell(
        "from blocs.models import Event; print(Event.objects.filter(title_en__contains='not-an').count())"
    )
    assert imported.split()[-1] == "0"
