"""The run's demo snapshot, which browser tests restore after each flush, gives back the same content."""

import pytest

from articles.models import Article
from blocs.models import Bloc, Membership
from integration_portal.search.models import SearchEntry
from tests import demo_snapshot

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def counts():
    return {model.__name__: model.objects.count() for model in (Bloc, Membership, Article, SearchEntry)}


def test_restoring_after_a_flush_gives_back_the_demo_and_new_rows_get_fresh_ids(request):
    snapshot = request.config.stash[demo_snapshot.STASH_KEY]
    demo_snapshot.restore(snapshot)
    before = counts()
    assert all(before.values()), before
    highest = max(Bloc.objects.values_list("pk", flat=True))

    Membership.objects.all().delete()
    Bloc.objects.filter(slug="mercosur").delete()
    demo_snapshot.restore(snapshot)

    assert counts() == before
    assert Membership.objects.filter(bloc__slug="mercosur").exists()
    created = Bloc.objects.create(slug="snapshot-test", name_es="Prueba", name_th="ทดสอบ", name_en="Test")
    assert created.pk > highest
