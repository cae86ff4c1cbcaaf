"""Labels, links and assets of the admin's own pages (issue 16)."""

import pytest
from django.urls import reverse

from blocs.models import Event

pytestmark = pytest.mark.django_db


def test_precision_label_has_one_colon(admin_client):
    event = Event.objects.first()
    admin_client.cookies["django_language"] = "en"
    html = admin_client.get(reverse("admin:blocs_event_change", args=[event.pk])).content.decode()
    assert "Date precision:</label>" in html
    assert "::" not in html.replace("https://", "").replace("http://", "")


def test_index_links_the_translation_status_for_those_who_can_see_it(as_role, django_user_model, client):
    status = reverse("translation_status")
    assert f'href="{status}"' in as_role("translator").get(reverse("admin:index")).content.decode()
    nobody = django_user_model.objects.create_user("staff-without-permissions", is_staff=True)
    client.force_login(nobody)
    assert f'href="{status}"' not in client.get(reverse("admin:index")).content.decode()


def test_change_form_loads_the_tab_switch_fix_after_modeltranslation(admin_client):
    event = Event.objects.first()
    html = admin_client.get(reverse("admin:blocs_event_change", args=[event.pk])).content.decode()
    assert html.index("tabbed_translation_fields.js") < html.index("admin/portal-tabs.js")
