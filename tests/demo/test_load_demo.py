"""The demo loader: idempotent, all or nothing, and it never overwrites an analyst's edit unless asked."""

from unittest import mock

import pytest
from django.core.management import call_command

from articles.models import Article
from blocs.models import Bloc, Country, Event, Membership
from integration_portal.demo import loader
from integration_portal.demo.loader import load_demo

pytestmark = pytest.mark.django_db

ALL_MODELS = [Bloc, Country, Membership, Event, Article]


def snapshot():
    return {model.__name__: sorted(model.objects.values_list()) for model in ALL_MODELS}


def test_second_run_changes_nothing():
    before = snapshot()
    report = load_demo()
    assert not report.changed_anything
    assert snapshot() == before


def test_refresh_run_on_unchanged_demo_changes_nothing():
    before = snapshot()
    assert not load_demo(refresh=True).changed_anything
    assert snapshot() == before


def test_an_analysts_edit_survives_a_rerun_and_refresh_restores_it():
    bloc = Bloc.objects.get(slug="mercosur")
    bloc.summary_en = "Edited by an analyst."
    bloc.save()
    load_demo()
    bloc.refresh_from_db()
    assert bloc.summary_en == "Edited by an analyst."
    report = load_demo(refresh=True)
    bloc.refresh_from_db()
    assert bloc.summary_en.startswith("Customs union founded by Argentina")
    assert report.updated["bloc"] == 1


def test_a_deleted_demo_object_comes_back():
    Event.objects.get(demo_key="treaty-of-asuncion").delete()
    report = load_demo()
    assert report.created["event"] == 1
    assert Event.objects.get(demo_key="treaty-of-asuncion").blocs.get().slug == "mercosur"


def test_the_load_is_all_or_nothing():
    Event.objects.all().delete()
    Article.objects.all().delete()
    with (
        mock.patch.object(loader.DemoLoader, "load_articles", side_effect=RuntimeError("boom")),
        pytest.raises(RuntimeError),
    ):
        load_demo()
    assert not Event.objects.exists()


def test_command_reports_nothing_to_change(capsys):
    call_command("load_demo")
    assert "Nothing to change." in capsys.readouterr().out


def test_command_if_empty_skips_a_database_with_content(capsys):
    call_command("load_demo", "--if-empty")
    assert "already holds content" in capsys.readouterr().out
