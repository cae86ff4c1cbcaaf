"""The index follows every change it reads, through any save path."""

import pytest
from django.core.management import call_command

from articles.models import Article, ArticleStatus, Footnote
from blocs.models import Bloc, Country, Event
from integration_portal.search import index
from integration_portal.search.models import SearchEntry
from tests.factories import ArticleFactory, BlocFactory, CountryFactory, EventFactory, MembershipFactory, TopicFactory

pytestmark = pytest.mark.django_db

COOPERATION = "article:cooperacion-integracion-sur"


def cooperation() -> Article:
    return Article.objects.get(demo_key="cooperacion-integracion-sur")


def test_edited_translation_is_found_in_its_language_only(find):
    event = Event.objects.get(demo_key="treaty-of-asuncion")
    event.title_th = event.title_th + " ซุปเปอร์โนวา"
    event.save()
    assert find("ซุปเปอร์โนวา", "th") == ["event:treaty-of-asuncion"]
    assert find("ซุปเปอร์โนวา", "es") == []
    event.title_en = "Treaty of Asunción, quasar edition"
    event.save()
    assert find("quasar", "en") == ["event:treaty-of-asuncion"]


def test_unpublished_and_published_again(find):
    article = cooperation()
    article.status = ArticleStatus.DRAFT
    article.save()
    assert COOPERATION not in find("cooperacion", "es")
    article.status = ArticleStatus.PUBLISHED
    article.save()
    assert COOPERATION in find("cooperacion", "es")


def test_renamed_bloc_renames_it_in_related_entries(find):
    bloc = BlocFactory(name_es="Bloque Zafiro", name_th="กลุ่มไพลินทดสอบ", name_en="Sapphire Bloc")
    article = ArticleFactory(title_es="Sobre aranceles")
    event = EventFactory(title_es="Cumbre")
    article.blocs.add(bloc)
    event.blocs.add(bloc)
    assert {f"article:{article.pk}", f"event:{event.pk}", f"bloc:{bloc.slug}"} <= set(find("zafiro", "es"))
    bloc.name_es = "Bloque Esmeralda"
    bloc.save()
    assert find("zafiro", "es") == []
    assert {f"article:{article.pk}", f"event:{event.pk}"} <= set(find("esmeralda", "es"))


def test_relations_added_removed_and_cleared(find):
    country = CountryFactory(name_es="Ruritania", name_en="Ruritania", name_th="รูริเทเนีย")
    article = ArticleFactory(title_es="Sobre aranceles")
    article.countries.add(country)
    assert f"article:{article.pk}" in find("ruritania", "es")
    article.countries.remove(country)
    assert f"article:{article.pk}" not in find("ruritania", "es")
    country.articles.add(article)  # from the other side
    assert f"article:{article.pk}" in find("ruritania", "es")
    country.articles.clear()
    assert f"article:{article.pk}" not in find("ruritania", "es")


def test_topic_rename_and_footnote_change(find):
    topic = TopicFactory(name_es="Criptozoología")
    article = cooperation()
    article.topics.add(topic)
    assert COOPERATION in find("criptozoologia", "es")
    topic.name_es = "Paleografía"
    topic.save()
    assert COOPERATION not in find("criptozoologia", "es") and COOPERATION in find("paleografia", "es")
    note = Footnote.objects.create(article=article, number=99, text_es="Véase el archivo de Zanzíbar.")
    assert COOPERATION in find("zanzibar", "es")
    note.delete()
    assert COOPERATION not in find("zanzibar", "es")


def test_deleted_objects_leave_the_index(find):
    country = CountryFactory(name_es="Ruritania")
    article = ArticleFactory(title_es="Sobre Ruritania")
    article.countries.add(country)
    entry = SearchEntry.objects.get(result_type="country", object_id=country.pk)
    country.delete()
    assert not SearchEntry.objects.filter(pk=entry.pk).exists()
    # The article no longer names the deleted country, but still its own title.
    assert SearchEntry.objects.get(result_type="article", object_id=article.pk).country_ids == []
    article.delete()
    assert not SearchEntry.objects.filter(result_type="article", object_id=article.pk).exists()


def test_membership_updates_bloc_and_country_filters():
    membership = MembershipFactory()
    bloc_entry = SearchEntry.objects.get(result_type="bloc", object_id=membership.bloc_id)
    country_entry = SearchEntry.objects.get(result_type="country", object_id=membership.country_id)
    assert bloc_entry.country_ids == [membership.country_id]
    assert country_entry.bloc_ids == [membership.bloc_id]
    membership.delete()
    assert SearchEntry.objects.get(pk=bloc_entry.pk).country_ids == []


def test_new_thai_name_joins_the_dictionary(find):
    from integration_portal.search.text import segmenter

    find("ไฟฟ้า", "th")  # the segmenter is built
    bloc = BlocFactory(name_th="สหพันธ์ซานมาร์โคเลีย", name_es="Federación", name_en="Federation")
    assert "สหพันธ์ซานมาร์โคเลีย" in segmenter().words
    assert f"bloc:{bloc.slug}" in find("สหพันธ์ซานมาร์โคเลีย", "th")


def test_deferred_writes_once_at_the_end(find):
    with index.deferred():
        article = ArticleFactory(title_es="Aduanas de Ruritania")
        assert not SearchEntry.objects.filter(result_type="article", object_id=article.pk).exists()
    assert f"article:{article.pk}" in find("ruritania", "es")


def test_rebuild_command_restores_a_lost_index(find):
    counts = {
        kind: SearchEntry.objects.filter(result_type=kind).count() for kind in ("article", "event", "bloc", "country")
    }
    SearchEntry.objects.all().delete()
    assert find("mercosur", "es") == []
    call_command("rebuild_search_index", verbosity=0)
    assert {kind: SearchEntry.objects.filter(result_type=kind).count() for kind in counts} == counts
    assert counts == {
        "article": Article.objects.count(),
        "event": Event.objects.count(),
        "bloc": Bloc.objects.count(),
        "country": Country.objects.count(),
    }
    assert "bloc:mercosur" in find("mercosur", "es")
