"""The page benchmark's parts (manage.py perf): a grown corpus, a hello-world baseline, queries per page, and the
server's CPU time per request, read from the kernel's scheduler statistics in nanoseconds.

The benchmark runs against a throwaway release whose settings module is ``ops.perf_settings``: the product's own
settings, plus a hello-world view and a header that counts each response's queries.
"""

import random
import statistics
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from http.client import HTTPConnection
from pathlib import Path

from django.db import connection
from django.http import HttpResponse

from integration_portal.demo import article_cooperacion

QUERY_HEADER = "X-Query-Count"
HELLO = "hello-world view"
PAGES = {
    HELLO: "/_perf/hello/",
    "home": "/es/",
    "bloc list": "/es/blocs/",
    "Mercosur's bloc page": "/es/blocs/mercosur/",
    "a country (Peru)": "/es/countries/peru/",
    "timeline": "/es/timeline/",
    "timeline filtered by bloc": "/es/timeline/?bloc=mercosur",
    "article list": "/es/articles/",
    "article list filtered by bloc": "/es/articles/?bloc=mercosur",
    "article list, page 50": "/es/articles/?page=50",
    "an article": f"/es/articles/{article_cooperacion.ARTICLE['slug']['es']}/",
}


def hello(request):
    """The baseline: a Django view through the same middleware as every page, doing nothing."""
    return HttpResponse("Hello, world", content_type="text/plain")


class QueryCountMiddleware:
    """Counts the statements a response cost, in a header (the benchmark's settings only)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        count = 0

        def counted(execute, sql, params, many, context):
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(counted):
            response = self.get_response(request)
        response[QUERY_HEADER] = str(count)
        return response


# ---------------------------------------------------------------------------------------------------------
# The corpus


def grow_events(count: int, *, seed: int = 20261201) -> int:
    """``count`` published events in the demo's blocs, spread over 1951–2025, each citing a demo source: a timeline
    and bloc pages as they would be with years of an analyst team's work."""
    from blocs.models import Bloc, Event, EventCitation
    from integration_portal.core.publishing import PublicationStatus
    from integration_portal.sources.models import Source

    rng = random.Random(seed)
    blocs = list(Bloc.objects.all())
    sources = list(Source.objects.values_list("pk", flat=True)[:50])
    kinds = ["summit", "declaration", "other", "treaty_signed", "suspension"]
    now = datetime.now(UTC)
    events = []
    for number in range(count):
        day = date(1951, 1, 1) + timedelta(days=rng.randint(0, 27_000))
        events.append(
            Event(
                title_es=f"Evento de prueba {number}",
                title_th=f"เหตุการณ์ทดสอบ {number}",
                title_en=f"Benchmark event {number}",
                summary_es="Reunión de seguimiento con declaración conjunta.",
                summary_th="การประชุมติดตามผลพร้อมแถลงการณ์ร่วม",
                summary_en="A follow-up meeting with a joint declaration.",
                kind=rng.choice(kinds),
                date=day,
                status=PublicationStatus.PUBLISHED,
                published_at=now,
            )
        )
    created = Event.objects.bulk_create(events, batch_size=1000)
    Event.blocs.through.objects.bulk_create(
        [Event.blocs.through(event_id=event.pk, bloc_id=rng.choice(blocs).pk) for event in created], batch_size=5000
    )
    EventCitation.objects.bulk_create(
        [EventCitation(event=event, source_id=rng.choice(sources)) for event in created], batch_size=5000
    )
    return len(created)


# ---------------------------------------------------------------------------------------------------------
# Measuring


def cpu_seconds(pids: set[int]) -> float:
    """CPU time of these processes' threads so far, in seconds (``/proc/<pid>/task/<tid>/schedstat``, in ns)."""
    total = 0
    for pid in pids:
        for stat in Path(f"/proc/{pid}/task").glob("*/schedstat"):
            try:
                total += int(stat.read_text().split()[0])
            except (OSError, ValueError, IndexError):
                continue  # a thread that ended meanwhile
    return total / 1e9


@dataclass
class PageCost:
    requests: int = 0
    cpu: float = 0.0  # seconds of the app server's CPU
    wall: float = 0.0  # seconds the client waited
    queries: int | None = None
    status: int | None = None
    size: int = 0
    rounds_ms: list[float] = field(default_factory=list)  # CPU ms per request in each round, when kept

    @property
    def cpu_ms(self) -> float:
        """The median round's, when rounds were kept: a round that something else on the machine disturbed
        does not move it."""
        if self.rounds_ms:
            return statistics.median(self.rounds_ms)
        return self.cpu / self.requests * 1000

    def add_round(self, other: "PageCost") -> None:
        self.requests += other.requests
        self.cpu += other.cpu
        self.wall += other.wall
        self.rounds_ms.append(other.cpu / other.requests * 1000)
        self.queries, self.status, self.size = other.queries, other.status, other.size

    @property
    def wall_ms(self) -> float:
        return self.wall / self.requests * 1000


def measure(
    port: int,
    worker_pids: set[int],
    paths: dict[str, str],
    *,
    rounds: int,
    per_round: int,
    host: str = "127.0.0.1",
    warm: bool = True,
) -> dict:
    """Each page ``rounds`` × ``per_round`` times, the pages interleaved round by round so that a disturbance
    on the machine falls on all of them; the server's CPU is read around each page's requests."""
    costs = {name: PageCost() for name in paths}
    client = HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Accept-Encoding": "gzip", "Host": host}
    for path in paths.values() if warm else ():  # one request each first: imports, the page cache, caches
        client.request("GET", path, headers=headers)
        client.getresponse().read()
    for _round in range(rounds):
        for name, path in paths.items():
            cost = costs[name]
            before, started = cpu_seconds(worker_pids), time.perf_counter()
            for _ in range(per_round):
                client.request("GET", path, headers=headers)
                response = client.getresponse()
                body = response.read()
            cost.wall += time.perf_counter() - started
            cost.cpu += cpu_seconds(worker_pids) - before
            cost.requests += per_round
            cost.status, cost.size = response.status, len(body)
            count = response.getheader(QUERY_HEADER)
            cost.queries = int(count) if count is not None else None
    client.close()
    return costs
