"""A synthetic corpus for measuring the search: articles in Spanish, Thai and English, and the timings.

Word frequencies follow Zipf's law over real words of the demo texts (and, for the long tail,
PyThaiNLP's Thai word list and generated Latin-script words), so a corpus has very common, common
and rare terms as real text does. Thai is written as Thai is, without spaces between words.
"""

import random
import re
import statistics
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import pairwise

from django.db import connection
from django.test import RequestFactory, override_settings
from django.utils import translation

from articles.models import Article, ArticleStatus
from blocs.models import Bloc, Country
from integration_portal.demo import article_cooperacion, article_pacific
from integration_portal.demo.record import read_record
from integration_portal.search import index
from integration_portal.search.documents import documents_for
from integration_portal.search.engine import Filters, search
from integration_portal.search.query import parse
from integration_portal.search.text import ThaiSegmenter, segmenter
from integration_portal.search.vocabulary import THAI_KEY_TERMS

LATIN_WORD = re.compile(r"[^\W\d_]{3,}")
SYLLABLES = [consonant + vowel for consonant in "bcdflmnrstv" for vowel in "aeiou"]
TAIL_SIZE = 20_000
ZIPF_EXPONENT = 1.07
TERM_CLASSES = {  # share of documents that contain the term
    "rare": (0.0002, 0.003),
    "common": (0.01, 0.05),
    "very common": (0.25, 0.95),
}


def demo_texts(language: str) -> list[str]:
    events = read_record().events
    texts = [event[field][language] for event in events for field in ("title", "summary") if event[field].get(language)]
    for article in (article_cooperacion.ARTICLE, article_pacific.ARTICLE):
        texts += [article[name][language] for name in ("title", "summary", "body")]
    return texts


def vocabulary(language: str, rng: random.Random) -> list[str]:
    """Words of the language, most frequent first: the demo's words by frequency, then a long tail."""
    counts: dict[str, int] = {}
    for text in demo_texts(language):
        words = (
            [word.text for word in segmenter().words_of(text) if len(word.text) > 1]
            if language == "th"
            else LATIN_WORD.findall(text.lower())
        )
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts, key=lambda word: -counts[word])
    if language == "th":
        from pythainlp.corpus import thai_words

        tail = sorted(thai_words() - set(ranked) - set(THAI_KEY_TERMS))
        rng.shuffle(tail)
        tail = tail[:TAIL_SIZE]
    else:
        tail = sorted({"".join(rng.choices(SYLLABLES, k=rng.randint(3, 5))) for _ in range(TAIL_SIZE)} - set(ranked))
    return ranked + tail


class TextGenerator:
    def __init__(self, language: str, rng: random.Random):
        self.language = language
        self.rng = rng
        self.words = vocabulary(language, rng)
        weights = [1 / (rank**ZIPF_EXPONENT) for rank in range(1, len(self.words) + 1)]
        total, running = sum(weights), 0.0
        self.cumulative = []
        for weight in weights:
            running += weight / total
            self.cumulative.append(running)

    def text(self, length: int) -> str:
        words = self.rng.choices(self.words, cum_weights=self.cumulative, k=length)
        if self.language != "th":
            return " ".join(words)
        # Thai: no spaces between words; a space between phrases of 6 to 15 words.
        phrases, start = [], 0
        while start < len(words):
            end = start + self.rng.randint(6, 15)
            phrases.append("".join(words[start:end]))
            start = end
        return " ".join(phrases)


@dataclass
class Corpus:
    article_ids: list[int]
    thai_sample: list[str]


def generate_corpus(size: int, *, seed: int = 20261123, first: int = 0, log=print) -> Corpus:
    """``size`` articles numbered from ``first`` (their slugs are unique: a corpus grown twice adds after itself)."""
    rng = random.Random(seed + first)
    generators = {code: TextGenerator(code, rng) for code in ("es", "th", "en")}
    blocs = list(Bloc.objects.values_list("pk", flat=True))
    countries = list(Country.objects.values_list("pk", flat=True))
    start = datetime(2000, 1, 1, tzinfo=UTC)
    articles, thai_sample = [], []
    for number in range(first, first + size):
        values = {}
        for code, generator in generators.items():
            values[f"title_{code}"] = generator.text(8)[:250]
            values[f"summary_{code}"] = generator.text(30)
            values[f"body_{code}"] = generator.text(200)
            values[f"slug_{code}"] = f"benchmark-{number}-{code}"
        if len(thai_sample) < 2000:
            thai_sample.append(values["body_th"])
        articles.append(
            Article(
                **values,
                status=ArticleStatus.PUBLISHED,
                published_at=start + timedelta(days=rng.randint(0, 9600)),
                original_language=rng.choice(["es", "th", "en"]),
            )
        )
        if (number - first + 1) % 5000 == 0:
            log(f"  generated {number - first + 1} articles")
    created = Article.objects.bulk_create(articles, batch_size=1000)
    ids = [article.pk for article in created]
    links_blocs = [
        Article.blocs.through(article_id=pk, bloc_id=bloc)
        for pk in ids
        for bloc in rng.sample(blocs, rng.randint(0, 2))
    ]
    links_countries = [
        Article.countries.through(article_id=pk, country_id=country)
        for pk in ids
        for country in rng.sample(countries, rng.randint(0, 3))
    ]
    Article.blocs.through.objects.bulk_create(links_blocs, batch_size=5000)
    Article.countries.through.objects.bulk_create(links_countries, batch_size=5000)
    return Corpus(ids, thai_sample)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def segmentation_throughput(texts: list[str]) -> float:
    """Thai characters per second through the segmenter (dictionary built, caches empty)."""
    fresh = ThaiSegmenter(segmenter().extra_words)
    list(fresh.words_of("ทดสอบการตัดคำ"))  # builds the dictionary's trie
    fresh.segment_run.cache_clear()
    fresh.split.cache_clear()
    characters = sum(len(text) for text in texts)
    started = time.perf_counter()
    for text in texts:
        for _word in fresh.words_of(text):
            pass
    return characters / (time.perf_counter() - started)


def document_frequencies(language: str) -> list[tuple[str, int]]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT word, ndoc FROM ts_stat('SELECT vector_{language} FROM search_searchentry')")
        return cursor.fetchall()


def pick_terms(language: str, total: int, rng: random.Random, per_class: int) -> dict[str, list[tuple[str, int]]]:
    frequencies = document_frequencies(language)
    picked = {}
    for name, (low, high) in TERM_CLASSES.items():
        candidates = sorted(
            (word, ndoc)
            for word, ndoc in frequencies
            if low * total <= ndoc <= high * total and word.isalpha() and len(word) > 2
        )
        picked[name] = rng.sample(candidates, min(per_class, len(candidates)))
    # Two very common words asked together: each pair's matches are those of either word, ranked by both.
    very_common = picked["very common"]
    picked["two very common words"] = [
        (f"{first} {second}", min(first_count, second_count))
        for (first, first_count), (second, second_count) in pairwise(very_common)
    ]
    return picked


@dataclass
class LatencyRow:
    language: str
    term_class: str
    terms: int
    median_hits: int
    p50_ms: float
    p95_ms: float
    page_p95_ms: float


def measure_latency(total: int, *, per_class: int = 5, repeats: int = 10, seed: int = 7) -> list[LatencyRow]:
    # The whole page is timed as a reader's first request for it is served: the page cache would replay the
    # second one in a millisecond.
    with override_settings(PUBLIC_PAGE_CACHE_SECONDS=0):
        return latency_rows(total, per_class=per_class, repeats=repeats, seed=seed)


def latency_rows(total: int, *, per_class: int, repeats: int, seed: int) -> list[LatencyRow]:
    from integration_portal.search.views import search_page

    rng = random.Random(seed)
    factory = RequestFactory()
    rows = []
    for language in ("es", "th", "en"):
        for name, terms in pick_terms(language, total, rng, per_class).items():
            timings, page_timings, hits = [], [], []
            for term, _ndoc in terms:
                parsed = parse(term)
                with translation.override(language):
                    hits.append(search(parsed, [language], Filters()).total)  # warms the caches
                    search_page(factory.get(f"/{language}/search/", {"q": term}, HTTP_HOST="localhost"))
                    for _ in range(repeats):
                        started = time.perf_counter()
                        search(parsed, [language], Filters())
                        timings.append((time.perf_counter() - started) * 1000)
                    for _ in range(max(2, repeats // 3)):
                        request = factory.get(f"/{language}/search/", {"q": term}, HTTP_HOST="localhost")
                        started = time.perf_counter()
                        search_page(request)
                        page_timings.append((time.perf_counter() - started) * 1000)
            if timings:
                rows.append(
                    LatencyRow(
                        language,
                        name,
                        len(terms),
                        int(statistics.median(hits)),
                        percentile(timings, 0.5),
                        percentile(timings, 0.95),
                        percentile(page_timings, 0.95),
                    )
                )
    return rows


def build_index(article_ids: list[int]) -> float:
    started = time.perf_counter()
    index.write_documents(documents_for("article", article_ids))
    return time.perf_counter() - started
