"""An analysis's relations read in its own row (integration_portal/core/relation_rows.py), as its page reads them."""

import datetime

import pytest
from django.utils import timezone

from articles.models import Article, ArticleImage, Author, Footnote
from articles.views import page_relations, with_page_relations
from integration_portal.core.publishing import PublicationStatus
from integration_portal.core.relation_rows import annotate_relations, attach
from tests.factories import ArticleFactory, BlocFactory, CountryFactory, EventFactory, TopicFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


@pytest.fixture
def article():
    now = timezone.now()
    made = ArticleFactory()
    Footnote.objects.create(article=made, number=2, text_es="Segunda.", source_url="https://example.org/2")
    Footnote.objects.create(article=made, number=1, text_es="Primera.", text_th="หนึ่ง")
    zapata, aguilar = (
        Author.objects.create(name="Zapata", slug="zapata"),
        Author.objects.create(name="Aguilar", slug="ag"),
    )
    made.authors.set([zapata, aguilar])
    made.topics.set([TopicFactory(slug="zz-comercio"), TopicFactory(slug="aa-energia")])
    made.blocs.set([BlocFactory(founded=datetime.date(2004, 12, 14)), BlocFactory(founded=datetime.date(1991, 3, 26))])
    made.countries.set([CountryFactory(slug="zz-pais"), CountryFactory(slug="aa-pais")])
    ArticleImage.objects.create(article=made, image="articles/2026/12/mapa.png", alt_es="Mapa", width=640, height=480)
    made.events.set(
        [
            EventFactory(date=datetime.date(2012, 6, 29), title_es="Suspensión"),
            EventFactory(date=datetime.date(1994, 12, 17), title_es="Ouro Preto", end_date=datetime.date(1994, 12, 18)),
            EventFactory(title_es="Borrador", status=PublicationStatus.DRAFT, published_at=None),
            EventFactory(title_es="Programado", published_at=now + datetime.timedelta(days=1)),
        ]
    )
    return made


def in_its_row(article):
    loaded = annotate_relations(Article.objects.filter(pk=article.pk), page_relations()).get()
    attach(loaded)
    return loaded


def columns(instance) -> list:
    return [(field.attname, field.value_to_string(instance)) for field in instance._meta.concrete_fields]


def test_each_relation_comes_in_the_relations_order_and_without_a_query(article, django_assert_num_queries):
    loaded = in_its_row(article)
    with django_assert_num_queries(0):
        assert [note.number for note in loaded.footnotes.all()] == [1, 2]
        assert [author.name for author in loaded.authors.all()] == ["Aguilar", "Zapata"]
        assert [topic.slug for topic in loaded.topics.all()] == ["aa-energia", "zz-comercio"]
        assert [bloc.founded.year for bloc in loaded.blocs.all()] == [1991, 2004]
        assert [country.slug for country in loaded.countries.all()] == ["aa-pais", "zz-pais"]
        assert [image.image.name for image in loaded.images.all()] == ["articles/2026/12/mapa.png"]
        # Only published events whose time has come, by date.
        assert [event.title_es for event in loaded.events.all()] == ["Ouro Preto", "Suspensión"]


def test_every_column_reads_back_as_a_prefetch_reads_it(article, django_assert_num_queries):
    loaded, prefetched = in_its_row(article), with_page_relations(Article.objects.filter(pk=article.pk)).get()
    with django_assert_num_queries(0):
        for name in page_relations():
            assert [columns(row) for row in getattr(loaded, name).all()] == [
                columns(row) for row in getattr(prefetched, name).all()
            ], name
        event = loaded.events.all()[0]
        assert event.end_date == datetime.date(1994, 12, 18) and isinstance(event.published_at, datetime.datetime)
        assert event.published_at.utcoffset() == datetime.timedelta(0)
        assert loaded.footnotes.all()[0].translated("text", "th").value == "หนึ่ง"
        assert loaded.images.all()[0].translations_changed == prefetched.images.all()[0].translations_changed


def test_narrowing_a_relation_read_in_the_row_still_asks_only_within_the_relation(article):
    other = BlocFactory(founded=datetime.date(1991, 3, 26))
    loaded = in_its_row(article)
    assert other.pk not in {bloc.pk for bloc in loaded.blocs.filter(founded=datetime.date(1991, 3, 26))}
    assert loaded.blocs.filter(founded=datetime.date(1991, 3, 26)).count() == 1


def test_an_article_without_relations_has_empty_ones(django_assert_num_queries):
    loaded = in_its_row(ArticleFactory())
    with django_assert_num_queries(0):
        assert all(list(getattr(loaded, name).all()) == [] for name in page_relations())


def test_a_field_that_converts_database_values_is_refused_not_read_wrongly():
    """Read from JSON, a column never passes through its field's from_db_value: a field that needs it (an encrypted
    or a decoded JSON field, say) would come back raw. Such a relation has to be prefetched."""
    import json

    from django.db import models

    from integration_portal.core.relation_rows import readable_from_json

    class Upper(models.CharField):
        def from_db_value(self, value, expression, connection):
            return value.upper()

    class Decoded(json.JSONDecoder):
        pass

    assert readable_from_json(models.CharField()) and readable_from_json(models.DateTimeField())
    assert readable_from_json(models.JSONField())  # parsing the JSON is all its from_db_value does
    assert not readable_from_json(Upper()) and not readable_from_json(models.JSONField(decoder=Decoded))


def test_a_relation_with_such_a_field_is_not_read(monkeypatch):
    from integration_portal.core import relation_rows

    monkeypatch.setattr(relation_rows, "readable_from_json", lambda field: field.name != "slug")
    with pytest.raises(TypeError, match="slug"):
        relation_rows.instances(Author, [], using="default")
