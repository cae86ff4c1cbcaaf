"""Every interface string is translated into each language, and the catalogues are in use."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.utils import translation

from blocs.models import MembershipStatus

LOCALE = Path(__file__).resolve().parent.parent / "locale"


@pytest.mark.parametrize("language", ["es", "th", "en"])
def test_catalogue_is_complete(language):
    with (LOCALE / language / "LC_MESSAGES" / "django.po").open("rb") as po:
        catalogue = read_po(po)
    missing = [message.id for message in catalogue if message.id and (not message.string or message.fuzzy)]
    assert missing == []
    assert len(catalogue) > 100


@pytest.mark.parametrize(("language", "expected"), [("es", "suspendido"), ("th", "ถูกระงับสมาชิกภาพ")])
def test_compiled_catalogue_is_used(language, expected):
    with translation.override(language):
        assert str(MembershipStatus.SUSPENDED.label) == expected
