"""The publication rules at their edges: the second of publication, a time asked for, a draft, a relation."""

import datetime

import pytest
from django.utils import timezone

from articles.models import Article
from blocs.models import Bloc, Event
from integration_portal.core.publishing import PublicationStatus, published_q
from tests.factories import ArticleFactory, BlocFactory, EventFactory

pytestmark = pytest.mark.django_db

SECOND = datetime.timedelta(seconds=1)


def test_an_article_is_public_from_the_second_of_its_publication_time():
    at = timezone.now().replace(microsecond=0) + datetime.timedelta(days=2)
    article = ArticleFactory(published_at=at)
    published = Article.objects.published
    assert not published().filter(pk=article.pk).exists()  # scheduled: not yet
    assert not published(now=at - SECOND).filter(pk=article.pk).exists()
    assert published(now=at).filter(pk=article.pk).exists()
    assert published(now=at + SECOND).filter(pk=article.pk).exists()


def test_without_a_time_asked_for_the_current_time_decides():
    earlier = ArticleFactory(published_at=timezone.now() - datetime.timedelta(minutes=5))
    later = ArticleFactory(published_at=timezone.now() + datetime.timedelta(minutes=5))
    public = set(Article.objects.published().filter(pk__in=[earlier.pk, later.pk]).values_list("pk", flat=True))
    assert public == {earlier.pk}
    assert earlier.is_public and not later.is_public


def test_a_draft_gets_no_publication_time_and_publishing_without_one_publishes_now():
    draft = ArticleFactory(status=PublicationStatus.DRAFT, published_at=None)
    draft.refresh_from_db()
    assert draft.published_at is None
    before = timezone.now().replace(microsecond=0)
    draft.status = PublicationStatus.PUBLISHED
    draft.save()
    draft.refresh_from_db()
    assert before <= draft.published_at <= timezone.now()
    assert draft.is_public


def test_a_publication_time_is_kept_to_the_whole_second():
    at = datetime.datetime(2024, 3, 5, 10, 20, 30, 987654, tzinfo=datetime.UTC)
    article = ArticleFactory(published_at=at)
    article.refresh_from_db()
    assert article.published_at == datetime.datetime(2024, 3, 5, 10, 20, 30, tzinfo=datetime.UTC)


def test_a_kept_time_is_not_replaced_when_publishing_again():
    at = datetime.datetime(2024, 3, 5, 10, 20, 30, tzinfo=datetime.UTC)
    article = ArticleFactory(status=PublicationStatus.DRAFT, published_at=at)
    article.status = PublicationStatus.PUBLISHED
    article.save()
    article.refresh_from_db()
    assert article.published_at == at


def test_published_through_a_relation():
    bloc = BlocFactory()
    event = EventFactory(status=PublicationStatus.IN_REVIEW, published_at=timezone.now() - SECOND)
    event.blocs.add(bloc)
    with_public_events = Bloc.objects.filter(published_q("events__"), pk=bloc.pk)
    assert not with_public_events.exists()
    Event.objects.filter(pk=event.pk).update(status=PublicationStatus.PUBLISHED)
    assert with_public_events.exists()
    assert not Bloc.objects.filter(published_q("events__", now=event.published_at - SECOND), pk=bloc.pk).exists()


def test_saving_chosen_fields_writes_only_those():
    """An edit saved with update_fields (the scheduling service, a status change) leaves other unsaved edits alone."""
    article = ArticleFactory(title_es="Título", summary_es="Resumen.")
    article.title_es = "Título nuevo"
    article.summary_es = "Resumen cambiado en memoria."
    article.save(update_fields=["title_es"])
    saved = Article.objects.get(pk=article.pk)
    assert (saved.title_es, saved.summary_es) == ("Título nuevo", "Resumen.")
