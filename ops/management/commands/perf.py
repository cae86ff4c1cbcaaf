"""The page benchmark: what each public page costs the app server as the content grows.

A throwaway release (ops.release) with the demo is grown to 10,000 articles and 5,000 events, then to 100,000
articles (``manage.py grow_corpus``). At each size two gunicorn servers (2 workers × 1 thread, the production
settings) serve the pages: one with the page cache off (what a page costs to build) and one with it on (what a
cache hit costs). Each page is requested in interleaved rounds; the figure is the server processes' CPU time per
request, from the kernel's scheduler statistics, beside a hello-world view measured in the same run, with the
queries each page took. A benchmark, not a test: it prints its table and, with --write, writes it to
docs/measurements/perf.md.
"""

import contextlib
import json
import time

from django.core.management.base import BaseCommand, CommandError

from ops import peer as bakerydemo
from ops.measurements import add_write_argument, write_measurement
from ops.perf import HELLO, PAGES, PageCost, measure
from ops.processes import child_pids
from ops.release import ThrowawayRelease, add_database_url_argument

# Articles and events added on top of the demo (2 articles, 178 events) to reach each size.
SIZES = {"demo": (0, 0), "10k": (10_000, 5_000), "100k": (90_000, 0)}
# After a growth, as a database that has been live a while is: planner statistics, the visibility map set (index-only
# scans), and nothing left for autovacuum to do while the pages are measured.
VACUUM = "from django.db import connection; connection.cursor().execute('VACUUM ANALYZE')"
REDIS_URL = "redis://127.0.0.1:6379/14"  # a database of its own: the load test uses 15
CACHED = (HELLO, "home", "timeline filtered by bloc", "an article")


class Command(BaseCommand):
    help = "CPU per request of each public page at the demo, 10k and 100k articles, against hello-world."
    requires_system_checks = []

    def add_arguments(self, parser):
        add_write_argument(parser, "perf")
        parser.add_argument("--sizes", default=",".join(SIZES), help=f"Comma-separated, in order: {', '.join(SIZES)}.")
        parser.add_argument("--rounds", type=int, default=5)
        parser.add_argument("--per-round", type=int, default=8, help="Requests of a page per round (×10 for hello).")
        parser.add_argument(
            "--peer", action="store_true", help="Also measure Wagtail's bakerydemo (ops/peer/, set up in var/peer)."
        )
        add_database_url_argument(parser)

    def handle(self, *args, write, sizes, rounds, per_round, database_url, peer, **options):
        chosen = [size.strip() for size in sizes.split(",") if size.strip()]
        if not chosen or [size for size in chosen if size not in SIZES] or chosen != [s for s in SIZES if s in chosen]:
            raise CommandError(f"--sizes takes some of {', '.join(SIZES)}, in that order.")
        redis_url = self.fresh_redis()
        release = ThrowawayRelease(
            admin_url=database_url,
            redis_url=redis_url,
            env={
                "DJANGO_SETTINGS_MODULE": "ops.perf_settings",
                "ALLOWED_HOSTS": "127.0.0.1",
                "HTTPS": "false",
                "WEB_CONCURRENCY": "2",
                "GUNICORN_THREADS": "1",
                "LOG_LEVEL": "WARNING",
            },
            log=self.log,
            name="perf",
        )
        results: dict[str, dict[str, dict]] = {}
        peer_costs = None
        if peer:
            self.log("bakerydemo, the peer:")
            bakerydemo.set_up(self.log)
        with release:
            for size in SIZES:
                if all(done in results for done in chosen):
                    break  # growing the corpus further would measure nothing
                articles, events = SIZES[size]
                if articles or events:
                    started = time.perf_counter()
                    release.manage("grow_corpus", "--articles", str(articles), "--events", str(events))
                    self.log(
                        f"  grown by {articles} articles and {events} events in {time.perf_counter() - started:.0f} s"
                    )
                if size not in chosen:
                    continue
                release.manage("shell", "-c", VACUUM)  # as a live database would be: statistics, no autovacuum
                with_peer = peer and peer_costs is None
                results[size] = self.measure_size(release, rounds, per_round, with_peer=with_peer)
                if with_peer:
                    peer_costs = results[size].pop("peer")
                results[size]["explain"] = json.loads(release.manage("explain_pages"))
        report = self.report(results, peer_costs)
        self.stdout.write("\n" + report)
        if write:
            write_measurement("perf", report)
            self.stdout.write(self.style.SUCCESS("docs/measurements/perf.md updated."))

    def log(self, message):
        self.stdout.write(message)
        self.stdout.flush()

    def fresh_redis(self) -> str | None:
        """The cache production uses, emptied (a generation left by an earlier run would serve its pages), or
        None to leave the release on the database cache when no Redis answers."""
        import redis

        try:
            redis.Redis.from_url(REDIS_URL, socket_timeout=2).flushdb()
        except redis.RedisError as error:
            self.log(f"No Redis at {REDIS_URL} ({error}): the page cache is in PostgreSQL.")
            return None
        self.log(f"Page cache in Redis ({REDIS_URL}, emptied).")
        return REDIS_URL

    def measure_size(self, release, rounds: int, per_round: int, *, with_peer: bool = False) -> dict[str, dict]:
        """The pages uncached, then cached; with_peer: bakerydemo's pages in the same rounds as the uncached ones,
        so that whatever else the machine does falls on both alike."""
        measured = {}
        for label, cache_seconds, pages in (
            ("uncached", "0", PAGES),
            ("cached", "600", {name: PAGES[name] for name in CACHED}),
        ):
            server = release.start(env={"PUBLIC_PAGE_CACHE_SECONDS": cache_seconds})
            beside = with_peer and label == "uncached"
            try:
                servers = [(server.port, server.pid, pages)]
                with contextlib.ExitStack() as stack:
                    if beside:
                        port, pid = stack.enter_context(bakerydemo.serving())
                        servers.append((port, pid, dict(bakerydemo.PAGES.values())))
                    costs = self.interleaved(servers, rounds, per_round)
            finally:
                release.stop(server)
            peer_costs = {}
            if beside:
                peer_costs = measured["peer"] = {name: costs.pop(name) for name, _path in bakerydemo.PAGES.values()}
            measured[label] = costs
            for name, cost in {**costs, **peer_costs}.items():
                self.log(f"  {label:8} {name}: {cost.cpu_ms:.2f} ms CPU, {cost.queries} queries, HTTP {cost.status}")
        return measured

    @staticmethod
    def interleaved(servers, rounds, per_round):
        """Each server's pages, round by round; hello-world gets ten times the requests: it is short, and the
        clock needs enough of it."""
        totals = {}
        for index in range(rounds):
            for port, master, pages in servers:
                # The workers are looked up each round: read once just after the start, they could be missed
                # (still forking), and gunicorn replaces a worker that timed out or served max_requests.
                workers = child_pids(master)
                if not workers:
                    raise CommandError(f"No worker processes under the server's pid {master}.")
                hello = {name: path for name, path in pages.items() if name == HELLO}
                # Each round starts from the next page: the first page after a switch cost about 0.2 ms more (the
                # cached home page measured 80 % of hello-world's throughput first, 95 % last), and the median
                # round leaves that out for every page alike.
                names = [name for name in pages if name != HELLO]
                names = names[index % len(names) :] + names[: index % len(names)] if names else names
                others = {name: pages[name] for name in names}
                for group, count in ((hello, per_round * 10), (others, per_round)):
                    if not group:
                        continue
                    costs = measure(port, workers, group, rounds=1, per_round=count, warm=index == 0)
                    for name, cost in costs.items():
                        totals.setdefault(name, PageCost()).add_round(cost)
        return totals

    @staticmethod
    def report(results: dict[str, dict[str, dict]], peer_costs: dict | None = None) -> str:
        sizes = list(results)
        first, last = sizes[0], sizes[-1]
        lines = [
            "`manage.py perf` (`make perf`): CPU milliseconds of the app server (gunicorn, 2 workers × 1 thread, "
            "production settings) per request, by the kernel's scheduler statistics; queries per page; the "
            "ratio to the same run's hello-world view. Sizes: the demo (2 articles, 178 events), 10k (10,002 "
            "articles, 5,178 events), 100k (100,002 articles, 5,178 events).",
            "",
            "| page (uncached) | "
            + " | ".join(f"{size} CPU ms" for size in sizes)
            + f" | {last} ÷ {first} | {last} ÷ {first} in hello-worlds | "
            + " | ".join(f"× hello ({size})" for size in sizes)
            + " | queries ("
            + ", ".join(sizes)
            + ") |",
            "|---|" + "---|" * (2 * len(sizes) + 3),
        ]
        for name in results[first]["uncached"]:
            costs = [results[size]["uncached"][name] for size in sizes]
            hello = [results[size]["uncached"][HELLO] for size in sizes]
            ratio = costs[-1].cpu_ms / costs[0].cpu_ms if costs[0].cpu_ms else float("nan")
            # The same growth with each size's cost counted in that run's hello-worlds: what the machine's own
            # state (a larger database in memory, its caches) does to every request cancels out.
            relative = ratio * hello[0].cpu_ms / hello[-1].cpu_ms
            lines.append(
                f"| {name} | " + " | ".join(f"{cost.cpu_ms:.2f}" for cost in costs)
                + f" | {ratio:.2f} | {relative:.2f} | "
                + " | ".join(f"{cost.cpu_ms / base.cpu_ms:.0f}" for cost, base in zip(costs, hello, strict=True))
                + " | " + ", ".join(str(cost.queries) for cost in costs) + " |"
            )  # fmt: skip
        # A cached page is CPU-bound like hello-world, so its share of hello-world's throughput is the CPU ratio.
        lines += ["", "| page (from the page cache) | " + " | ".join(f"{size} CPU ms" for size in sizes)
                  + " | " + " | ".join(f"% of hello's requests/s ({size})" for size in sizes) + " |",
                  "|---|" + "---|" * (2 * len(sizes))]  # fmt: skip
        for name in results[first]["cached"]:
            costs = [results[size]["cached"][name] for size in sizes]
            hello = [results[size]["cached"][HELLO] for size in sizes]
            lines.append(
                f"| {name} | " + " | ".join(f"{cost.cpu_ms:.2f}" for cost in costs) + " | "
                + " | ".join(f"{base.cpu_ms / cost.cpu_ms:.0%}" for cost, base in zip(costs, hello, strict=True)) + " |"
            )  # fmt: skip
        if peer_costs:
            lines += ["", f"Against Wagtail's bakerydemo as shipped, served the same way in the same run ({first} "
                      "size, uncached portal pages; the aim is a third of the peer's cost or less):", "",
                      "| portal page | CPU ms | bakerydemo page | CPU ms | portal ÷ bakerydemo |",
                      "|---|---|---|---|---|"]  # fmt: skip
            for name, (peer_name, _path) in bakerydemo.PAGES.items():
                mine, theirs = results[first]["uncached"][name], peer_costs[peer_name]
                lines.append(f"| {name} | {mine.cpu_ms:.2f} | {peer_name} | {theirs.cpu_ms:.2f} | "
                             f"{mine.cpu_ms / theirs.cpu_ms:.2f} |")  # fmt: skip
        explained = [size for size in sizes if "explain" in results[size]]
        if explained:
            lines += ["", "Large tables (10,000 rows or more) that a page's queries read from end to end, by `EXPLAIN` "
                      "of each query (`manage.py explain_pages`):", "",
                      "| page | " + " | ".join(explained) + " |", "|---|" + "---|" * len(explained)]  # fmt: skip
            for name in results[explained[0]]["explain"]:
                cells = [", ".join(results[size]["explain"][name]["full_scans"]) or "none" for size in explained]
                lines.append(f"| {name} | " + " | ".join(cells) + " |")
        return "\n".join(lines)
