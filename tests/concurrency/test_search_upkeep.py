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
