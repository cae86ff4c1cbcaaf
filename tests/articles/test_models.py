import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.models import Article, ArticleStatus
from tests.factories import ArticleFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def test_thai_slug_is_built_from_the_thai_title_with_its_marks():
    article = ArticleFactory.build(title_th="ความร่วมมือใต้-ใต้ ในอเมริกาใต้", slug_th="")
    article.full_clean()
    assert article.slug_th == "ความร่วมมือใต้-ใต้-ในอเมริกาใต้"


def test_slug_already_used_in_the_same_language_gets_a_message():
    existing = Article.objects.get(demo_key="pacific-integration")
    article = ArticleFactory.build(slug_en=existing.slug_en, title_en="Another")
    with pytest.raises(ValidationError) as raised:
        article.full_clean()
    assert raised.value.message_dict["slug_en"] == ["Another article already uses this address."]


def test_database_refuses_a_duplicate_slug_in_one_language():
    ArticleFactory(slug_es="mismo")
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(slug_es="mismo")


def test_empty_slugs_in_several_articles_are_allowed():
    ArticleFactory(slug_th="")
    ArticleFactory(slug_th="")


def test_original_language_must_be_written():
    article = ArticleFactory.build(original_language="th", title_th="", summary_th="", body_th="")
    with pytest.raises(ValidationError) as raised:
        article.full_clean()
    assert "original_language" in raised.value.message_dict


def test_publishing_without_a_date_sets_the_publication_time():
    article = ArticleFactory.build(status=ArticleStatus.PUBLISHED, published_at=None)
    article.full_clean()
    assert article.published_at is not None


def test_saving_a_published_article_without_date_publishes_it_now():
    before = timezone.now().replace(microsecond=0)  # publication times are kept to the second
    article = ArticleFactory(status=ArticleStatus.PUBLISHED, published_at=None)
    assert before <= article.published_at <= timezone.now()


def test_database_refuses_published_article_without_date():
    article = ArticleFactory()
    # update() skips save(), so only the database constraint stands in the way.
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(published_at=None)


def test_published_excludes_drafts_reviews_and_future_dates():
    now = timezone.now()
    visible = ArticleFactory(published_at=now - datetime.timedelta(minutes=1))
    ArticleFactory(status=ArticleStatus.DRAFT, published_at=None)
    ArticleFactory(status=ArticleStatus.IN_REVIEW, published_at=None)
    ArticleFactory(published_at=now + datetime.timedelta(days=1))
    published = set(Article.objects.published())
    assert visible in published
    assert published == set(
        Article.objects.filter(demo_key__in=["cooperacion-integracion-sur", "pacific-integration"])
    ) | {visible}


def test_analyses_about_the_same_blocs_or_countries_come_once_each_latest_first():
    from tests.factories import BlocFactory, CountryFactory

    bloc, other_bloc, country = BlocFactory(), BlocFactory(), CountryFactory()
    now = timezone.now()

    def analysis(days_ago, *, blocs=(), countries=(), **fields):
        made = ArticleFactory(**{"published_at": now - datetime.timedelta(days=days_ago), **fields})
        made.blocs.set(blocs)
        made.countries.set(countries)
        return made

    article = analysis(0, blocs=[bloc], countries=[country])
    both = analysis(3, blocs=[bloc], countries=[country])  # shares both: listed once
    by_country = analysis(1, countries=[country])
    by_bloc = analysis(2, blocs=[bloc, other_bloc])
    analysis(4, blocs=[other_bloc])  # nothing in common
    analysis(5, blocs=[bloc], status=ArticleStatus.DRAFT, published_at=None)
    assert list(Article.objects.about_the_same_as(article.pk)) == [by_country, by_bloc, both]
    assert not Article.objects.about_the_same_as(analysis(6).pk).exists()  # no bloc, no country


def test_the_first_five_related_are_the_latest_five_of_all_that_share_a_bloc_or_a_country():
    from articles.models import RELATED_SHOWN
    from tests.factories import BlocFactory, CountryFactory

    bloc, country = BlocFactory(), CountryFactory()
    now = timezone.now()
    article = ArticleFactory(published_at=now)
    article.blocs.add(bloc)
    article.countries.add(country)
    by_age = {}
    # Days ago 1–16: odd days share the bloc, even days the country, every third day shares both.
    for days_ago in range(1, 17):
        other = ArticleFactory(published_at=now - datetime.timedelta(days=days_ago))
        if days_ago % 2 or days_ago % 3 == 0:
            other.blocs.add(bloc)
        if not days_ago % 2 or days_ago % 3 == 0:
            other.countries.add(country)
        by_age[days_ago] = other
    latest = [by_age[days_ago] for days_ago in range(1, 1 + RELATED_SHOWN)]
    assert list(Article.objects.about_the_same_as(article.pk)[:RELATED_SHOWN]) == latest
