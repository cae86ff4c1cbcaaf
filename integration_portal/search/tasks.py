"""Search upkeep that need not hold up the editor: run by `manage.py db_worker` (django-tasks' database backend).

A task is a row written in the transaction that asks for it, so a save that rolls back asks for nothing, and one
that commits is sure to be followed up, by whichever worker takes the row first.
"""

from django.apps import apps
from django.db import transaction
from django_tasks import task

from integration_portal.web.page_cache import new_generation

from . import index
from .mentions import mentioned_in


def pages_changed() -> None:
    """Search results are public pages too: re-indexed entries start a new page-cache generation once committed.

    Without it, a search made before the task ran stayed cached with the old results for the cache's lifetime.
    """
    transaction.on_commit(new_generation, robust=True)


@task()
def reindex_entries(*, result_type: str, ids: list[int]) -> int:
    """Rebuilds these entries from the database as it is when the task runs (a later change wins)."""
    index.reindex(result_type, ids)
    pages_changed()
    return len(ids)


@task()
def reindex_mentions(*, model: str, pk: int) -> int:
    """After a bloc, country, topic or author was renamed: the entries whose text holds its name."""
    obj = apps.get_model(model)._base_manager.filter(pk=pk).first()
    if obj is None:
        return 0
    done = 0
    for result_type, ids in mentioned_in(obj).items():
        index.reindex(result_type, ids)
        done += len(ids)
    pages_changed()
    return done
