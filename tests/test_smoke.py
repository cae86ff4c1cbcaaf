import pytest

from blocs.models import Bloc

pytestmark = pytest.mark.django_db


def test_demo_loaded():
    assert Bloc.objects.filter(slug="mercosur").exists()
