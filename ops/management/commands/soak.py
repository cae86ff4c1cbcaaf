"""Soak test: readers, an editor, a translator and imports at once against the production configuration.

A throwaway release (ops.release: its own database, demo content, gunicorn with 3 workers and a task worker) runs
for a few minutes on loopback. Meanwhile:
- readers fetch an article page, its feed and other public pages without pause;
- an editor publishes and unpublishes that article inside transactions that stay open a moment (as the admin's do);
- a translator rewrites an event's Thai title every second and renames an author every five (a queued task);
- an importer previews and confirms a one-row CSV through the admin, alternating between two app servers.

It reports stale public reads (an answer that still shows the article's state from before a commit, more than a
second after that commit), lost edits (a writer's last committed value not the one stored at the end, an import
confirmed but not there), 5xx answers, and the task queue's lag.
"""

import json
import secrets
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter

import requests
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ops.measurements import add_write_argument, write_measurement
from ops.release import ThrowawayRelease, add_database_url_argument

EDITOR = """
import json, time
from django.db import transaction
from articles.models import Article
article = Article.objects.get(demo_key="pacific-integration")
status = "published"
end = time.time() + {seconds}
while time.time() < end:
    status = "draft" if status == "published" else "published"
    with transaction.atomic():
        article.status = status
        article.save()
        time.sleep(0.5)
        committing = time.time()
    print(json.dumps({{"committing": committing, "committed": time.time(), "status": status}}), flush=True)
    time.sleep(2)
"""
TRANSLATOR = """
import json, time
from articles.models import Article, Author
from blocs.models import Event
event = Event.objects.get(demo_key="treaty-of-asuncion")
author = Author.objects.create(name="Soak Author 0")
Article.objects.get(demo_key="pacific-integration").authors.add(author)
end, n = time.time() + {seconds}, 0
while time.time() < end:
    n += 1
    event.title_th = f"สนธิสัญญาอาซุนซิออน รุ่นที่ {{n}}"
    event.save()
    if n % 5 == 0:  # a rename: the articles that name the author are re-indexed by a task
        author.name = f"Soak Author {{n}}"
        author.save()
    print(json.dumps({{"committed": time.time(), "title_th": event.title_th}}), flush=True)
    time.sleep(1)
"""
FINAL_STATE = """
import json
from django.db.models import Avg, F, Max
from articles.models import Article
from blocs.models import Event
from django_tasks_db.models import DBTaskResult
lag = DBTaskResult.objects.exclude(started_at=None).annotate(lag=F("started_at") - F("enqueued_at"))
figures = lag.aggregate(mean=Avg("lag"), worst=Max("lag"))
print(json.dumps({
    "status": Article.objects.get(demo_key="pacific-integration").status,
    "title_th": Event.objects.get(demo_key="treaty-of-asuncion").title_th,
    "imported": list(Event.objects.filter(title_en__startswith="Soak import ").values_list("title_en", flat=True)),
    "tasks": DBTaskResult.objects.count(),
    "tasks_waiting": DBTaskResult.objects.filter(started_at=None).count(),
    "lag_mean": figures["mean"].total_seconds() if figures["mean"] else None,
    "lag_max": figures["worst"].total_seconds() if figures["worst"] else None,
}))
"""
CREATE_EDITOR = """
from django.contrib.auth.models import Group, User
user = User.objects.create_user("{name}", password="{password}", is_staff=True)
user.groups.add(Group.objects.get(name="Editor"))
"""
IMPORT_ROW = (
    "date,date_precision,kind,title_es,title_th,title_en,blocs,countries\n"
    "1991-03-26,day,summit,Importación {n},นำเข้า {n},Soak import {n},mercosur,AR\n"
)


class Command(BaseCommand):
    help = "Readers, an editor, a translator and imports at once for a few minutes; reports staleness and losses."

    def add_arguments(self, parser):
        parser.add_argument("--minutes", type=float, default=3.0, help="how long the writers run (default 3)")
        parser.add_argument("--readers", type=int, default=4)
        add_database_url_argument(parser)
        parser.add_argument("--redis-url", default="", help="use Redis for the cache (default: PostgreSQL's)")
        add_write_argument(parser, "soak")

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        seconds = int(options["minutes"] * 60)
        env = {"HTTPS": "false", "ALLOWED_HOSTS": "127.0.0.1", "WEB_CONCURRENCY": "3", "GUNICORN_THREADS": "2"}
        with ThrowawayRelease(
            admin_url=options["database_url"], env=env, log=self.stdout.write, name="soak",
            redis_url=options["redis_url"] or None,
        ) as release:  # fmt: skip
            servers = [f"http://{release.start().bind}", f"http://{release.start().bind}"]
            release.start_worker("--interval", "0.5")
            report = self.run_soak(release, servers, seconds, options["readers"])
        self.stdout.write(report)
        if options["write"]:
            write_measurement("soak", report)
        if "stale reads beyond 1 s: 0 " not in report or "lost edits: 0 " not in report or "5xx: 0 " not in report:
            raise CommandError("The soak found stale reads, lost edits or server errors.")

    def run_soak(self, release, servers, seconds, reader_count) -> str:
        from integration_portal.demo import article_pacific

        article = f"/en/articles/{article_pacific.ARTICLE['slug']['en']}/"
        others = ["/es/", "/th/timeline/", "/en/blocs/mercosur/", "/es/articles/feed/rss/", "/th/search/?q=mercosur"]
        reads, statuses, stop = [], Counter(), threading.Event()

        def read(base, paths):
            while not stop.is_set():
                for path in paths:
                    started = time.time()
                    status = fetch(base + path)
                    statuses[status] += 1
                    if path == article:
                        reads.append((started, time.time(), status))

        readers = [
            threading.Thread(target=read, args=(servers[i % 2], [article, others[i % len(others)]]), daemon=True)
            for i in range(reader_count)
        ]
        for thread in readers:
            thread.start()
        editor = self.shell(release, EDITOR.format(seconds=seconds))
        translator = self.shell(release, TRANSLATOR.format(seconds=seconds))
        confirmed = self.import_for(release, servers, seconds, statuses)
        commits = [json.loads(line) for line in editor.communicate()[0].splitlines() if line.startswith("{")]
        titles = [json.loads(line) for line in translator.communicate()[0].splitlines() if line.startswith("{")]
        time.sleep(3)
        stop.set()
        for thread in readers:
            thread.join(timeout=60)
        final = json.loads(self.shell(release, FINAL_STATE).communicate()[0].strip().splitlines()[-1])

        stale = stale_reads(reads, commits)
        if stale and self.verbosity > 1:
            for read in reads:
                if is_stale(read, commits):
                    self.stdout.write(f"stale read: {read}, commits: {commits}")
                    break
        lost = int(bool(commits) and final["status"] != commits[-1]["status"])
        lost += int(bool(titles) and final["title_th"] != titles[-1]["title_th"])
        lost += len(set(confirmed) - set(final["imported"]))
        settle = max((c["committed"] - c["committing"] for c in commits), default=0.0)
        server_errors = sum(count for status, count in statuses.items() if status >= 500)
        lag = (
            f"{final['lag_mean']:.2f} s mean, {final['lag_max']:.2f} s worst" if final["lag_mean"] is not None
            else "no task ran"
        )  # fmt: skip
        return (
            f"`make soak` ({seconds} s of writes; gunicorn 3 workers × 2 threads on two servers, a task worker, "
            f"{'Redis' if release.env.get('REDIS_URL') else 'the PostgreSQL cache'}; {time.strftime('%Y-%m-%d')}): "
            f"{len(reads)} reads of the article while {len(commits)} publish/unpublish commits, "
            f"{len(titles)} translator saves and {len(confirmed)} admin imports ran (a commit and its on-commit cache "
            f"drop took at most {settle:.2f} s); "
            f"stale reads beyond 1 s: {stale} ; lost edits: {lost} ; 5xx: {server_errors} "
            f"(of {sum(statuses.values())} requests); queue: {final['tasks']} tasks, {final['tasks_waiting']} "
            f"waiting at the end, lag {lag}.\n"
        )

    def shell(self, release, code: str) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
            cwd=settings.BASE_DIR, env=release.env, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip

    def import_for(self, release, servers, seconds, statuses) -> list[str]:
        name, password = f"soak{secrets.token_hex(4)}", secrets.token_urlsafe(12)
        self.shell(release, CREATE_EDITOR.format(name=name, password=password)).communicate()
        session = requests.Session()
        session.get(f"{servers[0]}/admin/login/", timeout=30)
        token = session.cookies["csrftoken"]
        session.post(
            f"{servers[0]}/admin/login/?next=/admin/",
            data={"username": name, "password": password, "csrfmiddlewaretoken": token},
            timeout=30,
        )
        confirmed, n, end = [], 0, time.time() + seconds
        while time.time() < end:
            n += 1
            shown = session.post(
                f"{servers[n % 2]}/admin/blocs/event/import/",
                data={"format": "0", "csrfmiddlewaretoken": session.cookies["csrftoken"]},
                files={"import_file": ("soak.csv", IMPORT_ROW.format(n=n).encode())},
                timeout=60,
            )
            statuses[shown.status_code] += 1
            fields = dict(re_hidden(shown.text.split("process_import", 1)[-1]))
            done = session.post(f"{servers[(n + 1) % 2]}/admin/blocs/event/process_import/", data=fields, timeout=60)
            statuses[done.status_code] += 1
            if done.url.endswith("/admin/blocs/event/"):
                confirmed.append(f"Soak import {n}")
            time.sleep(4)
        return confirmed


def re_hidden(html: str) -> list[tuple[str, str]]:
    import re

    return re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html)


def fetch(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 599  # no answer at all counts as a server error


EXPECTED_STATUS = {"published": 200, "draft": 404}


def is_stale(read, commits) -> bool:
    """An answer older than the last commit that had finished a second or more before the request.

    A commit becomes visible at some moment between ``committing`` (just before it) and ``committed`` (once it and
    its on-commit work are done), and a request waits its turn in gunicorn: an answer may show any commit that
    could have been visible while the request was under way.
    """
    started, ended, status = read
    settled = [c for c in commits if c["committed"] <= started - 1]
    since = [c for c in commits if c["committing"] <= ended and c["committed"] > started - 1]
    before = EXPECTED_STATUS[settled[-1]["status"]] if settled else 200  # the article starts published
    return status not in {before} | {EXPECTED_STATUS[c["status"]] for c in since}


def stale_reads(reads, commits) -> int:
    return sum(is_stale(read, commits) for read in reads)
