"""Keeps the search index in step with every save path (admin, imports, shell, demo loader).

The index is derived data, like a cache: signals are the one place every write goes through,
so this is where it is kept right. Each handler says which entries read the changed row.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from articles.models import Article, Footnote, Topic
from blocs.models import Bloc, Country, Event, Membership

from . import index, text
from .models import ResultType
from .text import segmenter
from .vocabulary import domain_words

RELATED_NAME_SOURCES = {Bloc: "blocs", Country: "countries", Topic: "topics"}


def related_ids(obj) -> dict[str, set[int]]:
    """Entries whose text includes this bloc's, country's or topic's name."""
    ids = {ResultType.ARTICLE: set(obj.articles.values_list("pk", flat=True))}
    if not isinstance(obj, Topic):
        ids[ResultType.EVENT] = set(obj.events.values_list("pk", flat=True))
        ids[ResultType.BLOC if isinstance(obj, Country) else ResultType.COUNTRY] = {
            membership.bloc_id if isinstance(obj, Country) else membership.country_id
            for membership in obj.memberships.all()
        }
    return ids


RESULT_TYPES = {
    Article: ResultType.ARTICLE,
    Event: ResultType.EVENT,
    Bloc: ResultType.BLOC,
    Country: ResultType.COUNTRY,
}


def own_type(obj) -> str | None:
    return RESULT_TYPES.get(type(obj))


def refresh_dictionary_if_needed(obj) -> None:
    """A new Thai name joins the segmenter's dictionary before anything is segmented with it."""
    if (
        isinstance(obj, Bloc | Country | Topic)
        and text.segmenter_is_built()
        and not domain_words() <= segmenter().words
    ):
        text.reset_segmenter()


def content_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    refresh_dictionary_if_needed(instance)
    if (result_type := own_type(instance)) is not None:
        index.reindex(result_type, [instance.pk])
    if isinstance(instance, Bloc | Country | Topic):
        for result_type, ids in related_ids(instance).items():
            index.reindex(result_type, ids)


def content_deleting(sender, instance, **kwargs):
    # The links disappear with the row, so remember now who named it.
    if isinstance(instance, Bloc | Country | Topic):
        instance._search_related = related_ids(instance)


def content_deleted(sender, instance, **kwargs):
    if (result_type := own_type(instance)) is not None:
        index.reindex(result_type, [instance.pk])
    for result_type, ids in getattr(instance, "_search_related", {}).items():
        index.reindex(result_type, ids)


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
    for model in (Article, Event, Bloc, Country, Topic):
        post_save.connect(content_saved, sender=model, dispatch_uid=f"search-saved-{model.__name__}")
        pre_delete.connect(content_deleting, sender=model, dispatch_uid=f"search-deleting-{model.__name__}")
        post_delete.connect(content_deleted, sender=model, dispatch_uid=f"search-deleted-{model.__name__}")
    post_save.connect(footnote_changed, sender=Footnote, dispatch_uid="search-footnote-saved")
    post_delete.connect(footnote_changed, sender=Footnote, dispatch_uid="search-footnote-deleted")
    post_save.connect(membership_changed, sender=Membership, dispatch_uid="search-membership-saved")
    post_delete.connect(membership_changed, sender=Membership, dispatch_uid="search-membership-deleted")
    for relation in (Article.blocs, Article.countries, Article.topics, Article.authors, Event.blocs, Event.countries):
        m2m_changed.connect(links_changed, sender=relation.through, dispatch_uid=f"search-links-{relation.through}")
