"""Article cards (Article.objects.cards()): each card's topics without a second statement per list."""

import pytest

from articles.models import Article
from tests.factories import ArticleFactory, BlocFactory, TopicFactory

pytestmark = pytest.mark.django_db


def card(article, cards=None):
    return next(found for found in (cards if cards is not None else Article.objects.cards()) if found.pk == article.pk)


def test_a_card_has_its_topics_in_the_topics_order_and_a_bloc_list_too():
    bloc = BlocFactory()
    article = ArticleFactory()
    article.blocs.add(bloc)
    article.topics.set([TopicFactory(slug="zz-comercio"), TopicFactory(slug="aa-energia")])
    assert [topic.slug for topic in card(article).card_topics] == ["aa-energia", "zz-comercio"]
    assert [topic.slug for topic in card(article, bloc.articles.cards()).card_topics] == ["aa-energia", "zz-comercio"]
    assert card(ArticleFactory()).card_topics == []


def test_ten_cards_cost_one_statement_once_the_topics_are_kept(django_assert_num_queries):
    for _ in range(10):
        ArticleFactory().topics.add(TopicFactory())
    list(Article.objects.cards()[:10])  # reads the topics once for this content generation
    with django_assert_num_queries(1):
        assert sum(len(found.card_topics) for found in Article.objects.cards()[:10]) == 10


def test_a_renamed_or_added_topic_is_on_the_next_list(client):
    article = ArticleFactory(title_es="Con temas")
    topic = TopicFactory(name_es="Energía")
    article.topics.add(topic)
    assert "Energía" in client.get("/es/articles/").content.decode()
    topic.name_es = "Energía y clima"
    topic.save()
    assert "Energía y clima" in client.get("/es/articles/").content.decode()
    article.topics.add(TopicFactory(name_es="Comercio intrarregional"))
    assert "Comercio intrarregional" in client.get("/es/articles/").content.decode()
