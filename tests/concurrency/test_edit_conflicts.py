"""Two editors on two gunicorn workers, each save committed: a stale inline row is refused (issue 13, failure 3).

B opens Mercosur's form; A edits Argentina's membership and saves; B saves the bloc changing only the seat.
That save answered 302 and wrote B's stale copy of the membership over A's edit.
"""

import pytest

from tests.concurrency.forms import form_values, replaced
from tests.concurrency.test_imports import signed_in

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("concurrency")]

IDS = """
from blocs.models import Bloc, Membership
bloc = Bloc.objects.get(slug="mercosur")
print(bloc.pk, bloc.memberships.filter(country__alpha2="AR", status="member").first().pk)
"""

SAVED = """
from blocs.models import Bloc, Membership
print(Membership.objects.get(pk={m}).note_en)
print(Bloc.objects.get(pk={b}).seat_en)
"""


def test_a_stale_membership_row_is_refused_and_the_other_edit_kept(site):
    bloc_id, membership_id = map(int, site.shell(IDS).split()[-2:])
    bloc_page = f"{site.base}/admin/blocs/bloc/{bloc_id}/change/"
    membership_page = f"{site.base}/admin/blocs/membership/{membership_id}/change/"
    ana, beto = signed_in(site, site.base), signed_in(site, site.base)

    beto_form = form_values(beto.get(bloc_page, timeout=60).text, "bloc_form")
    ana_form = form_values(ana.get(membership_page, timeout=60).text, "membership_form")
    saved = ana.post(membership_page, data=replaced(ana_form, note_en="Ana's note"), timeout=60)
    assert saved.url.endswith("/admin/blocs/membership/"), saved.status_code

    refused = beto.post(bloc_page, data=replaced(beto_form, seat_en="Montevideo (Beto)"), timeout=60)
    assert refused.status_code == 200 and "edit-conflict" in refused.text
    assert "Montevideo (Beto)" in refused.text  # nothing Beto typed is lost
    note, seat = site.shell(SAVED.format(m=membership_id, b=bloc_id)).splitlines()[-2:]
    assert note == "Ana's note" and "Beto" not in seat
