"""Search upkeep through the queue, with gunicorn serving searches and a worker process taking the tasks.

Issue 13, failure 10: renaming an author left the old name findable and the new one not. Here the rename commits
in one process, a `db_worker` process re-indexes what names the author, and gunicorn's workers answer the search.
"""

import time
import urllib.parse

import pytest

from integration_portal.demo import article_pacific

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("concurrency")]

RENAME = """
from articles.models import Author, Article
author, _ = Author.objects.get_or_create(name="{old}")
article = Article.objects.get(demo_key="pacific-integration")
article.authors.add(author)
print("linked")
"""


ARTICLE_LINK = f"/es/articles/{urllib.parse.quote(article_pacific.ARTICLE['slug']['es'])}/"


def finds_the_article(site, words: str) -> bool:
    """Whether a search in Spanish for these words lists the Pacific article."""
    return ARTICLE_LINK in site.get(f"/es/search/?{urllib.parse.urlencode({'q': words})}")[1]


def test_a_renamed_author_is_found_under_the_new_name_once_the_worker_has_run(site):
    site.release.start_worker("--interval", "0.2")
    old, new = "Quispe-Arriagada", "Quispe-Villanueva"
    site.shell(RENAME.format(old=old))  # linking re-indexes the article at once, in the saving transaction
    assert finds_the_article(site, old)
    assert not finds_the_article(site, new)  # and this empty answer is now in the page cache
    site.shell(f"from articles.models import Author; a = Author.objects.get(name='{old}'); a.name = '{new}'; a.save()")
    renamed_at = time.monotonic()
    while time.monotonic() - renamed_at < 30:
        if finds_the_article(site, new):
            break
        time.sleep(0.3)
    lag = time.monotonic() - renamed_at
    assert finds_the_article(site, new), f"not found {lag:.1f} s after the rename"
    assert not finds_the_article(site, old)


NEW_THAI_BLOC = """
from blocs.models import Bloc
bloc = Bloc.objects.create(
    slug="ozt", kind="forum", name_en="Ozotepec Accord", name_es="Acuerdo de Ozotepec", name_th="ความตกลงโอโซเตเปก",
    acronym_en="OZT", acronym_es="OZT", acronym_th="โอโซเตเปก",
)
print(bloc.pk)
"""


def test_every_worker_learns_a_new_thai_name_saved_in_another_process(site):
    """The Thai dictionary lived in each process: only the one that saved a new name learned it.

    Every gunicorn worker first builds its dictionary (a Thai search each), then another process saves a bloc
    whose Thai name PyThaiNLP does not know; a search for the name must find the bloc whichever worker answers.
    Each request asks for a differently written page 1, so none is answered from the page cache.
    """
    word = "โอโซเตเปก"
    for n in range(1, 13):
        site.get(f"/th/search/?{urllib.parse.urlencode({'q': 'การค้า', 'page': '0' * n + '1'})}")
    site.shell(NEW_THAI_BLOC)
    time.sleep(1.5)  # a worker looks for a new dictionary version at most once a second
    misses = []
    for n in range(1, 31):
        status, body = site.get(f"/th/search/?{urllib.parse.urlencode({'q': word, 'page': '0' * n + '1'})}")
        assert status == 200
        if "/th/blocs/ozt/" not in body:
            misses.append(n)
    assert misses == [], f"{len(misses)} of 30 searches for {word} missed the new bloc"
