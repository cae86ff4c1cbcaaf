"""Statements compiled once per process and language (integration_portal/core/kept_statements.py)."""

import datetime

import pytest
from django.db.models import F
from django.utils import timezone, translation

from articles.models import Article
from integration_portal.core.kept_statements import KeptStatement
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_compiled_once_per_language_and_run_with_each_calls_values():
    now = timezone.now()
    first, second = ArticleFactory(slug_es="uno", slug_th="หนึ่ง"), ArticleFactory(slug_es="dos")
    scheduled = ArticleFactory(slug_es="tres", published_at=now + datetime.timedelta(hours=1))
    built = []

    def build(*, slug, now):
        built.append(translation.get_language())
        return Article.objects.published(now=now).filter(**{f"slug_{translation.get_language()}": slug})

    statement = KeptStatement(build, slug=str, now=datetime.datetime)
    with translation.override("es"):
        assert [row.pk for row in statement.run(slug="uno", now=now)] == [first.pk]
        assert [row.pk for row in statement.run(slug="dos", now=now)] == [second.pk]
        assert statement.run(slug="tres", now=now) == []  # not yet
        assert [row.pk for row in statement.run(slug="tres", now=now + datetime.timedelta(hours=2))] == [scheduled.pk]
        assert statement.run(slug="หนึ่ง", now=now) == []  # a Thai slug, in the Spanish statement
    with translation.override("th"):
        assert [row.pk for row in statement.run(slug="หนึ่ง", now=now)] == [first.pk]
    assert built == ["es", "th"]


def test_a_value_that_does_not_reach_the_statement_is_refused():
    statement = KeptStatement(lambda *, slug: Article.objects.filter(slug_es="fijo"), slug=str)
    with pytest.raises(ValueError, match="slug"):
        statement.run(slug="uno")


def test_rows_are_model_instances_with_their_annotations():
    article = ArticleFactory(slug_es="con-anotacion")
    statement = KeptStatement(lambda *, pk: Article.objects.filter(pk=pk).annotate(twice=F("id") * 2), pk=int)
    (row,) = statement.run(pk=article.pk)
    assert isinstance(row, Article) and row.slug_es == "con-anotacion" and row.twice == 2 * article.pk


def test_a_changed_setting_compiles_the_statement_again(settings):
    built = []

    def build(*, pk):
        built.append(pk)
        return Article.objects.filter(pk=pk)

    statement = KeptStatement(build, pk=int)
    statement.run(pk=1)
    statement.run(pk=2)
    settings.MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
    statement.run(pk=3)
    assert len(built) == 2


def test_a_moment_fixed_when_the_statement_is_built_is_refused():
    """A ``timezone.now()`` inside ``build`` would be compiled once and stay the process's start time: an analysis
    published after it would never show. The moment has to be a value of each run."""
    statement = KeptStatement(
        lambda *, slug: Article.objects.published(now=timezone.now()).filter(slug_es=slug), slug=str
    )
    with pytest.raises(ValueError, match="moment"):
        statement.run(slug="uno")


def test_two_values_whose_names_are_anagrams_are_told_apart():
    """Placeholders were derived from the sum of the name's characters: ``ab`` and ``ba`` got the same one."""
    older, newer = ArticleFactory(slug_es="mas-antiguo"), ArticleFactory(slug_es="mas-nuevo")
    statement = KeptStatement(
        lambda *, ab, ba: Article.objects.filter(pk__gte=ab, pk__lte=ba).order_by("pk"), ab=int, ba=int
    )
    assert [row.slug_es for row in statement.run(ab=older.pk, ba=newer.pk)] == ["mas-antiguo", "mas-nuevo"]
    assert [row.slug_es for row in statement.run(ab=newer.pk, ba=newer.pk)] == ["mas-nuevo"]
    moments = KeptStatement(
        lambda *, since, until: Article.objects.filter(published_at__gte=since, published_at__lt=until).order_by("pk"),
        since=datetime.datetime,
        until=datetime.datetime,
    )
    assert moments.run(since=timezone.now() + datetime.timedelta(days=1), until=timezone.now()) == []
