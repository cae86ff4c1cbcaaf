"""make soak: its staleness rule on hand-made timings, and a short run of the whole command."""

import io

import pytest
from django.core.management import call_command

from ops.management.commands.soak import is_stale
from tests.concurrency.conftest import server_admin_url

COMMITS = [
    {"committing": 10.0, "committed": 10.1, "status": "draft"},
    {"committing": 20.0, "committed": 20.1, "status": "published"},
]


@pytest.mark.parametrize(
    ("read", "stale"),
    [
        ((5.0, 5.1, 200), False),  # before any commit: published
        ((10.5, 10.6, 200), False),  # within a second of the unpublish: either answer
        ((11.5, 11.6, 200), True),  # more than a second after it: the old page
        ((11.5, 11.6, 404), False),
        ((19.9, 20.05, 200), False),  # under way while the next commit became visible
        ((19.0, 19.5, 200), True),  # ended before that commit began
    ],
)
def test_a_read_is_stale_only_when_it_shows_a_state_a_settled_commit_replaced(read, stale):
    assert is_stale(read, COMMITS) is stale


@pytest.mark.django_db
@pytest.mark.xdist_group("concurrency")
def test_a_short_soak_runs_and_finds_nothing(django_db_blocker):
    out = io.StringIO()
    with django_db_blocker.unblock():
        call_command("soak", minutes=0.1, readers=2, database_url=server_admin_url(), stdout=out)
    report = out.getvalue()
    assert "stale reads beyond 1 s: 0 ; lost edits: 0 ; 5xx: 0 " in report
    assert "admin imports ran" in report
