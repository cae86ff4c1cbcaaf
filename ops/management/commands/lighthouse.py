"""Score every kind of public page with Lighthouse, run locally against the production configuration.

Lighthouse (npm, pinned in .ci/lighthouse/) drives Debian's Chromium against a throwaway release: gunicorn with
two workers, ``DEBUG=false``, the demo content in PostgreSQL, compressed and hashed static files. Plain HTTP on
127.0.0.1, which browsers treat as a secure origin, so that no certificate is involved; the HTTPS headers
themselves are graded by ``manage.py observatory``. Lighthouse's default mobile emulation is used (a mid-range
phone, simulated slow 4G, four times slower CPU).

Fails when accessibility, best practices or SEO is below 100 on any page, or when the timeline's performance
(the median of three runs: Lighthouse's own advice, since one run varies by several points) is below 95.
``--quick`` (CI) scores the timeline once per language and the other pages three at a time.
"""

import contextlib
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ops.measurements import add_write_argument, write_measurement
from ops.release import ThrowawayRelease, add_database_url_argument, npm_ci, public_pages

PACKAGE = settings.BASE_DIR / ".ci" / "lighthouse"
INSTALLED = settings.BASE_DIR / "var" / "lighthouse"
CLI = INSTALLED / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROMIUM = "/usr/bin/chromium"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
REQUIRED = {"accessibility": 100, "best-practices": 100, "seo": 100}
TIMELINE_PERFORMANCE = 95
TIMELINE_RUNS = 3
RESEARCH_PAGES = {
    "timeline, filtered": "/{lang}/timeline/?bloc=mercosur&year_from=1990",
    "the Americas on a date": "/{lang}/on/2013-01-01/",
    "a comparison": "/{lang}/compare/?country=pe&country=co",
    "the API documentation": "/{lang}/api/",
}


class Command(BaseCommand):
    help = "Score the public pages with Lighthouse against the production configuration; fail below the goals."
    requires_system_checks = []

    def add_arguments(self, parser):
        add_write_argument(parser, "lighthouse")
        add_database_url_argument(parser)
        parser.add_argument("--kind", action="append", help="Only these page kinds (as in the table; repeatable).")
        parser.add_argument(
            "--quick",
            action="store_true",
            help="CI's run: the timeline once per language, alone; the other pages three at a time (their "
            "accessibility, best practices and SEO do not depend on the machine's load; their performance, "
            "printed but not a goal, does). Not with --write.",
        )

    def handle(self, *args, write, database_url, kind, quick, **options):
        if quick and write:
            raise CommandError(
                "--quick figures are not the ones docs/measurements/ keeps: run without --quick to write them."
            )
        missing = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
        if missing or not Path(CHROMIUM).exists():
            raise CommandError(f"Needed: {', '.join([*missing, CHROMIUM])}.")
        version = self.install()
        pages = scored_pages()
        if kind:
            unknown = set(kind) - set(pages)
            if unknown:
                raise CommandError(f"Unknown page kinds: {', '.join(sorted(unknown))}. Known: {', '.join(pages)}.")
            pages = {name: pages[name] for name in kind}
        release = ThrowawayRelease(
            admin_url=database_url,
            env={"ALLOWED_HOSTS": "127.0.0.1", "HTTPS": "false", "WEB_CONCURRENCY": "2"},
            log=self.log,
            name="lighthouse",
        )
        scores: dict[tuple[str, str], dict[str, int]] = {}
        with release:
            server = release.start()
            origin = f"http://127.0.0.1:{server.port}"
            pending = [(name, lang, origin + path) for name, paths in pages.items() for lang, path in paths.items()]
            for _name, _lang, url in pending:
                warm(url)
            # The timeline first, alone on the machine: its performance is a goal.
            for name, lang, url in [page for page in pending if is_timeline(page[0])]:
                scores[name, lang] = self.score(url, 1 if quick else TIMELINE_RUNS, release.workdir)
                self.log(f"  {name} ({lang}): {describe(scores[name, lang])}")
            others = [page for page in pending if not is_timeline(page[0])]
            with ThreadPoolExecutor(max_workers=3 if quick else 1) as pool:
                results = pool.map(lambda page: self.score(page[2], 1, release.workdir), others)
                for (name, lang, _url), score in zip(others, results, strict=True):
                    scores[name, lang] = score
                    self.log(f"  {name} ({lang}): {describe(score)}")
            scores = {(name, lang): scores[name, lang] for name, lang, _url in pending}  # the table's order

        report = self.report(scores, version)
        self.stdout.write("\n" + report)
        if write:
            write_measurement("lighthouse", report)
            self.stdout.write(self.style.SUCCESS("docs/measurements/lighthouse.md updated."))
        below = shortfalls(scores)
        if below:
            raise CommandError("Below the goals:\n" + "\n".join(below))

    def log(self, message):
        self.stdout.write(message)
        self.stdout.flush()

    def install(self) -> str:
        """The pinned Lighthouse in var/lighthouse; returns its version."""
        npm_ci(PACKAGE, INSTALLED, CLI, self.log)
        return json.loads((CLI.parent.parent / "package.json").read_text(encoding="utf-8"))["version"]

    def score(self, url: str, runs: int, workdir: Path) -> dict:
        """Each category's score (0–100): the median over ``runs`` runs, with the failing audits of the last."""
        results = [self.run(url, workdir) for _ in range(runs)]
        scores = {
            category: int(statistics.median(result["categories"][category] for result in results))
            for category in CATEGORIES
        }
        scores["runs"] = [result["categories"]["performance"] for result in results]
        scores["failing"] = results[-1]["failing"]
        scores["metrics"] = results[-1]["metrics"]
        return scores

    def run(self, url: str, workdir: Path, attempts: int = 3) -> dict:
        """One run; a run whose trace Chromium failed to record (NO_NAVSTART, now and then) is started again."""
        for attempt in range(1, attempts + 1):
            try:
                return self.run_once(url, workdir)
            except TraceLost as error:
                if attempt == attempts:
                    raise CommandError(f"Lighthouse could not record {url} in {attempts} attempts: {error}") from error
                self.log(f"  {url}: the trace was lost ({error}); again")
        raise AssertionError("unreachable")

    def run_once(self, url: str, workdir: Path) -> dict:
        with tempfile.NamedTemporaryFile(dir=workdir, suffix=".json", delete=False) as output:
            path = Path(output.name)
        result = subprocess.run(
            [
                "node", str(CLI), url, "--output=json", f"--output-path={path}", "--quiet",
                f"--only-categories={','.join(CATEGORIES)}", f"--chrome-path={CHROMIUM}",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
            ],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "CHROME_PATH": CHROMIUM},
        )  # fmt: skip
        if "NO_NAVSTART" in result.stdout + result.stderr:
            raise TraceLost("NO_NAVSTART")
        if result.returncode != 0 or not path.exists() or not path.stat().st_size:
            raise CommandError(f"Lighthouse failed on {url}:\n{(result.stdout + result.stderr)[-3000:]}")
        lhr = json.loads(path.read_text(encoding="utf-8"))
        path.unlink()
        if lhr.get("runtimeError"):
            raise CommandError(f"Lighthouse could not load {url}: {lhr['runtimeError']}")
        return parse(lhr)

    @staticmethod
    def report(scores: dict, version: str) -> str:
        lines = [
            f"`manage.py lighthouse`: Lighthouse {version} (`.ci/lighthouse/`) in Debian's Chromium, its default "
            "mobile emulation, against the production configuration (gunicorn, 2 workers, `DEBUG=false`, the demo "
            f"in PostgreSQL). The timeline's figures are medians of {TIMELINE_RUNS} runs (each run's performance in "
            "brackets). Goals: accessibility, best practices and SEO 100 on every page; performance "
            f"≥ {TIMELINE_PERFORMANCE} on the timeline.",
            "",
            "| page | language | performance | accessibility | best practices | SEO | LCP | TBT | CLS |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for (name, lang), score in scores.items():
            runs = f" ({', '.join(map(str, score['runs']))})" if len(score["runs"]) > 1 else ""
            metrics = score["metrics"]
            lines.append(
                f"| {name} | {lang} | {score['performance']}{runs} | {score['accessibility']} | "
                f"{score['best-practices']} | {score['seo']} | {metrics['lcp'] / 1000:.1f} s | "
                f"{metrics['tbt']:.0f} ms | {metrics['cls']:.3f} |"
            )
        return "\n".join(lines)


class TraceLost(Exception):
    pass


def scored_pages() -> dict[str, dict[str, str]]:
    """Every kind of public page, each in one language (taken in turn), the timeline in all three.

    axe-core already checks every page in every language at two widths (tests/browser/test_accessibility.py);
    Lighthouse adds performance and its best-practice and SEO audits, which do not depend on the language
    beyond what one page per kind shows, and a run takes about ten seconds.
    """
    pages = public_pages()
    languages = list(next(iter(pages.values())))
    # The kinds load tests and the Observatory leave out: the research pages and a filtered timeline (a 404 cannot be
    # scored: Lighthouse stops at an error status).
    for name, pattern in RESEARCH_PAGES.items():
        pages[name] = {lang: pattern.format(lang=lang) for lang in languages}
    chosen = {}
    for index, (name, paths) in enumerate(pages.items()):
        chosen[name] = paths if is_timeline(name) else {languages[index % 3]: paths[languages[index % 3]]}
    return chosen


def warm(url: str) -> None:
    """One GET first, so Lighthouse scores the page as readers mostly get it: filed in the page cache, with
    the worker's imports done. The uncached cost is issue 17's benchmark (make perf), not this score."""
    with contextlib.suppress(urllib.error.HTTPError), urllib.request.urlopen(url, timeout=60) as response:
        response.read()


def is_timeline(name: str) -> bool:
    return name == "timeline"


def parse(lhr: dict) -> dict:
    audits = lhr["audits"]
    return {
        "categories": {key: round((lhr["categories"][key]["score"] or 0) * 100) for key in CATEGORIES},
        "failing": sorted(
            key
            for category in REQUIRED
            for ref in lhr["categories"][category]["auditRefs"]
            if ref["weight"] and (audits[key := ref["id"]]["score"] is not None) and audits[key]["score"] < 1
        ),
        "metrics": {
            "lcp": audits["largest-contentful-paint"]["numericValue"],
            "tbt": audits["total-blocking-time"]["numericValue"],
            "cls": audits["cumulative-layout-shift"]["numericValue"],
        },
    }


def describe(score: dict) -> str:
    text = ", ".join(f"{category} {score[category]}" for category in CATEGORIES)
    if len(score["runs"]) > 1:
        text += f" (performance runs {score['runs']})"
    if score["failing"]:
        text += f"; failing: {', '.join(score['failing'])}"
    metrics = score["metrics"]
    return text + f"; LCP {metrics['lcp']:.0f} ms, TBT {metrics['tbt']:.0f} ms, CLS {metrics['cls']:.3f}"


def shortfalls(scores: dict) -> list[str]:
    below = []
    for (name, lang), score in scores.items():
        for category, required in REQUIRED.items():
            if score[category] < required:
                below.append(f"{name} ({lang}): {category} {score[category]} < {required} ({score['failing']})")
        if is_timeline(name) and score["performance"] < TIMELINE_PERFORMANCE:
            below.append(f"{name} ({lang}): performance {score['performance']} < {TIMELINE_PERFORMANCE}")
    return below
