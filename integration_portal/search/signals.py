"""Keeps the search index in step with every save path (admin, imports, shell, demo loader).

The index is derived data, like a cache: signals are the one place every write goes through,
so this is where it is kept right. Each handler says which entries read the changed row.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from articles.models import Article, Author, Footnote, Topic
from blocs.models import Bloc, Country, Event, Membership

from . import index, tasks, text
from .mentions import MENTIONED_FIELDS, mention_columns, mentioned_in, mentioned_text
from .models import ResultType
from .vocabulary import domain_words

MENTIONABLE = tuple(MENTIONED_FIELDS)

RESULT_TYPES = {
    Article: ResultType.ARTICLE,
    Event: ResultType.EVENT,
    Bloc: ResultType.BLOC,
    Country: ResultType.COUNTRY,
}


def own_type(obj) -> str | None:
    return RESULT_TYPES.get(type(obj))


def refresh_dictionary_if_needed(obj) -> None:
    """A new Thai name joins the dictionary before anything is segmented with it, in this process and the others."""
    if isinstance(obj, Bloc | Country | Topic):
        # Now for this process, which goes on to index the object in this transaction; for the others once the
        # names are committed, so none rebuilds from names it cannot see yet.
        text.publish_dictionary(domain_words())
        transaction.on_commit(lambda: text.publish_dictionary(domain_words()), robust=True)


def remember_mentioned_text(sender, instance, raw=False, **kwargs):
    """Before a save: the name other entries hold, as saved, to tell after the save whether it changed."""
    if raw or instance.pk is None:
        return
    saved = sender._base_manager.filter(pk=instance.pk).values(*mention_columns(sender)).first()
    instance._search_mentioned = mentioned_text(sender, saved) if saved else None


def content_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    refresh_dictionary_if_needed(instance)
    # The object's own entry now, in the saving transaction: whether it is listed commits with the change.
    if (result_type := own_type(instance)) is not None:
        index.reindex(result_type, [instance.pk])
    # The entries that hold its name only when the name changed, and in the background: CELAC's name is in
    # hundreds of entries, and an edit of its summary changes none of them.
    if isinstance(instance, MENTIONABLE):
        before = getattr(instance, "_search_mentioned", None)
        now = mentioned_text(sender, {column: getattr(instance, column) for column in mention_columns(sender)})
        if before is not None and before != now:
            tasks.reindex_mentions.enqueue(model=sender._meta.label, pk=instance.pk)


def content_deleting(sender, instance, **kwargs):
    # The links disappear with the row, so remember now who named it.
    if isinstance(instance, MENTIONABLE):
        instance._search_related = mentioned_in(instance)


def content_deleted(sender, instance, **kwargs):
    if (result_type := own_type(instance)) is not None:
        index.reindex(result_type, [instance.pk])
    for result_type, ids in getattr(instance, "_search_related", {}).items():
        if ids:
            tasks.reindex_entries.enqueue(result_type=result_type, ids=sorted(ids))


def footnote_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        index.reindex(ResultType.ARTICLE, [instance.article_id])


def membership_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        index.reindex(ResultType.BLOC, [instance.bloc_id])
        index.reindex(ResultType.COUNTRY, [instance.country_id])


def links_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    """An article's or event's blocs, countries or topics were added, removed or cleared."""
    if action == "pre_clear" and reverse:
        instance._search_cleared = set(getattr(instance, model._meta.model_name + "s").values_list("pk", flat=True))
        return
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if not reverse:
        index.reindex(own_type(instance), [instance.pk])
    else:
        ids = pk_set if action != "post_clear" else getattr(instance, "_search_cleared", set())
        index.reindex(RESULT_TYPES[model], ids or [])


def connect() -> None:
    for model in MENTIONABLE:
        pre_save.connect(remember_mentioned_text, sender=model, dispatch_uid=f"search-mentioned-{model.__name__}")
    for model in (Article, Event, Bloc, Country, Topic, Author):
        post_save.connect(content_saved, sender=model, dispatch_uid=f"search-saved-{model.__name__}")
        pre_delete.connect(content_deleting, sender=model, dispatch_uid=f"search-deleting-{model.__name__}")
        post_delete.connect(content_deleted, sender=model, dispatch_uid=f"search-deleted-{model.__name__}")
    post_save.connect(footnote_changed, sender=Footnote, dispatch_uid="search-footnote-saved")
    post_delete.connect(footnote_changed, sender=Footnote, dispatch_uid="search-footnote-deleted")
    post_save.connect(membership_changed, sender=Membership, dispatch_uid="search-membership-saved")
    post_delete.connect(membership_changed, sender=Membership, dispatch_uid="search-membership-deleted")
    for relation in (Article.blocs, Article.countries, Article.topics, Article.authors, Event.blocs, Event.countries):
        m2m_changed.connect(links_changed, sender=relation.through, dispatch_uid=f"search-links-{relation.through}")
