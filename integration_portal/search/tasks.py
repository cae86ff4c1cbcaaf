"""Search upkeep that need not hold up the editor: run by `manage.py db_worker` (django-tasks' database backend).

A task is a row written in the transaction that asks for it, so a save that rolls back asks for nothing, and one
that commits is sure to be followed up, by whichever worker takes the row first.
"""

from django.apps import apps
from django_tasks import task

from . import index
from .mentions import mentioned_in


@task()
def reindex_entries(*, result_type: str, ids: list[int]) -> int:
    """Rebuilds these entries from the database as it is when the task runs (a later change wins)."""
    index.reindex(result_type, ids)
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
    return done
