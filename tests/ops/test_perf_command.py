"""The pure parts of `manage.py perf`: the query-count header, the CPU clock, the table."""

import os

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory

from blocs.models import Event
from ops.explain import explain_page, sequential_scans
from ops.management.commands.perf import HELLO, Command
from ops.perf import QUERY_HEADER, PageCost, QueryCountMiddleware, cpu_seconds, grow_events, measure


@pytest.mark.django_db
def test_the_header_counts_the_statements_a_response_cost():
    def view(request):
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.execute("SELECT 2")
        return HttpResponse("two")

    response = QueryCountMiddleware(view)(RequestFactory().get("/"))
    assert response[QUERY_HEADER] == "2"
    assert QueryCountMiddleware(lambda request: HttpResponse())(RequestFactory().get("/"))[QUERY_HEADER] == "0"


def test_the_cpu_clock_moves_with_work_done_and_ignores_a_gone_process():
    before = cpu_seconds({os.getpid()})
    sum(range(3_000_000))  # some tens of milliseconds of this process's CPU
    assert cpu_seconds({os.getpid()}) > before
    assert cpu_seconds({2**22 + 12345}) == 0  # no such process


def cost(cpu_ms, queries, requests=10):
    return PageCost(requests=requests, cpu=cpu_ms * requests / 1000, wall=0.5, queries=queries, status=200)


def test_the_table_gives_each_size_its_cost_the_growth_and_the_ratio_to_hello_world():
    results = {
        "demo": {
            "uncached": {HELLO: cost(0.5, 0), "home": cost(10, 8)},
            "cached": {HELLO: cost(0.5, 0), "home": cost(1, 0)},
        },
        "10k": {
            "uncached": {HELLO: cost(0.4, 0), "home": cost(12, 8)},
            "cached": {HELLO: cost(0.4, 0), "home": cost(0.8, 0)},
        },
    }
    report = Command.report(results)
    # home: 12 / 10 = 1.20 from the demo to 10k; 10 / 0.5 = 20 and 12 / 0.4 = 30 hello-worlds, 30 / 20 = 1.50.
    assert "| home | 10.00 | 12.00 | 1.20 | 1.50 | 20 | 30 | 8, 8 |" in report
    assert "| hello-world view | 0.50 | 0.40 | 0.80 | 1.00 | 1 | 1 | 0, 0 |" in report
    # From the cache: twice a hello-world's CPU, so half its requests per second.
    assert "| home | 1.00 | 0.80 | 50% | 50% |" in report
    assert "Large tables" not in report  # no EXPLAIN figures were given


def test_the_table_names_the_large_tables_each_page_reads_whole():
    sizes = {HELLO: cost(0.5, 0), "home": cost(10, 8)}
    results = {
        size: {
            "uncached": sizes,
            "cached": sizes,
            "explain": {"home": {"status": 200, "queries": 8, "full_scans": scans}},
        }
        for size, scans in (("demo", []), ("100k", ["articles_article", "blocs_event"]))
    }
    assert "| home | none | articles_article, blocs_event |" in Command.report(results)


def test_a_plans_sequential_scans_are_found_at_any_depth():
    plan = {
        "Node Type": "Hash Join",
        "Plans": [
            {"Node Type": "Seq Scan", "Relation Name": "articles_article"},
            {"Node Type": "Hash", "Plans": [{"Node Type": "Index Scan", "Relation Name": "blocs_bloc"}]},
            {"Node Type": "Sort", "Plans": [{"Node Type": "Seq Scan", "Relation Name": "blocs_country"}]},
        ],
    }
    assert sequential_scans(plan) == ["articles_article", "blocs_country"]


def test_a_scan_a_limit_stops_is_not_a_full_scan_unless_something_between_waits_for_every_row():
    capped_count = {"Node Type": "Aggregate", "Plans": [{"Node Type": "Limit", "Plans": [
        {"Node Type": "Seq Scan", "Relation Name": "articles_article"}]}]}  # fmt: skip
    assert sequential_scans(capped_count) == []
    top_n = {"Node Type": "Limit", "Plans": [{"Node Type": "Sort", "Plans": [
        {"Node Type": "Seq Scan", "Relation Name": "articles_article"}]}]}  # fmt: skip
    assert sequential_scans(top_n) == ["articles_article"]  # the sort reads the whole table first


@pytest.mark.django_db
def test_a_page_whose_list_reads_a_large_table_whole_is_reported(monkeypatch):
    from ops import explain

    # The demo's tables are small: none is read whole as far as the threshold counts...
    assert explain_page("/es/blocs/", host="testserver")["full_scans"] == []
    # ...but with every table counted as large, the sequential scans of tiny tables (the 17 blocs) are reported.
    monkeypatch.setattr(explain, "LARGE_TABLE_ROWS", -1)
    report = explain_page("/es/blocs/", host="testserver")
    assert report["status"] == 200 and report["queries"] > 0 and "blocs_bloc" in report["full_scans"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_measuring_a_live_server_counts_its_requests_and_its_cpu(live_server):
    port = int(live_server.url.rsplit(":", 1)[1])
    # The live server is a thread of this process, so this process's CPU is the server's.
    paths = {"robots": "/robots.txt", "missing": "/es/no-such-page/"}
    costs = measure(port, {os.getpid()}, paths, rounds=2, per_round=3, host="localhost")
    assert costs["robots"].requests == costs["missing"].requests == 6  # the warm-up request is not counted
    assert costs["robots"].status == 200 and costs["missing"].status == 404
    assert costs["robots"].cpu > 0 and costs["robots"].wall > 0
    assert costs["robots"].queries is None  # the product's settings add no query header


@pytest.mark.django_db
def test_grown_events_are_published_in_a_bloc_and_cited():
    before = Event.objects.published().count()
    assert grow_events(40) == 40
    grown = Event.objects.filter(title_en__startswith="Benchmark event")
    assert grown.count() == 40 and Event.objects.published().count() == before + 40
    assert all(event.blocs.count() == 1 and event.citations.count() == 1 for event in grown)
    assert grown.filter(title_th__startswith="เหตุการณ์ทดสอบ").count() == 40


@pytest.mark.parametrize("sizes", ["huge", "100k,demo", ""])
def test_sizes_are_known_and_in_order(sizes):
    with pytest.raises(CommandError, match="--sizes takes some of demo, 10k, 100k"):
        call_command("perf", "--sizes", sizes)


def test_the_table_sets_the_portal_against_bakerydemo_page_for_page():
    from ops.peer import PAGES as PEER_PAGES

    pages = {HELLO: cost(0.5, 0), "home": cost(10, 8), "article list": cost(12, 7), "an article": cost(9, 11)}
    results = {"demo": {"uncached": pages, "cached": {HELLO: cost(0.5, 0)}}}
    peer = {peer_name: cost(30, None) for peer_name, _path in PEER_PAGES.values()}
    report = Command.report(results, peer)
    # 10 / 30, 12 / 30 and 9 / 30, by hand.
    assert "| home | 10.00 | bakerydemo home | 30.00 | 0.33 |" in report
    assert "| article list | 12.00 | bakerydemo blog index | 30.00 | 0.40 |" in report
    assert "| an article | 9.00 | bakerydemo blog post | 30.00 | 0.30 |" in report


@pytest.mark.django_db
def test_a_corpus_grown_twice_adds_after_itself_and_ends_the_page_cache_generation():
    from articles.models import Article
    from integration_portal.web import page_cache

    generation = page_cache.content_generation()
    call_command("grow_corpus", "--articles", "2")
    call_command("grow_corpus", "--articles", "2")  # the slugs of the second batch follow the first's
    grown = Article.objects.filter(slug_es__startswith="benchmark-")
    assert sorted(grown.values_list("slug_es", flat=True)) == [f"benchmark-{n}-es" for n in range(4)]
    assert page_cache.content_generation() != generation  # bulk inserts send no signal; the command ends it


def test_a_median_round_ignores_one_disturbed_round():
    total = PageCost()
    for cpu_ms in (10, 11, 60, 12, 10):  # the third round shared the machine with something else
        total.add_round(cost(cpu_ms, 3))
    assert total.cpu_ms == 11 and total.requests == 50
