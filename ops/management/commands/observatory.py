"""Grade the production configuration's headers with the MDN HTTP Observatory's own scanner, run locally.

The Observatory's website only scans public hosts, so this runs its scanner (the npm package
@mdn/mdn-http-observatory, pinned in .ci/observatory/) against a throwaway release on this machine: gunicorn
serves HTTPS on localhost:443 with a certificate from a CA made for the run, and plain HTTP on localhost:80,
both with the production settings, as a reverse proxy would expose them. Every public page of the demo in
es/th/en and the admin sign-in page are scanned; any grade below A+ fails the command.

Needs root (ports 80 and 443, where the scanner looks), node and npm, openssl and the PostgreSQL server.
"""

import json
import os
import shutil
import ssl
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ops.measurements import add_write_argument, write_measurement
from ops.release import ThrowawayRelease, add_database_url_argument, npm_ci, port_open, public_pages, public_paths

HOST = "localhost"
PACKAGE = settings.BASE_DIR / ".ci" / "observatory"
INSTALLED = settings.BASE_DIR / "var" / "observatory"
SCANNER = INSTALLED / "node_modules" / "@mdn" / "mdn-http-observatory"
REQUIRED_GRADE = "A+"
ADMIN_PAGE = "/admin/login/"


class Command(BaseCommand):
    help = "Scan the production configuration with the MDN HTTP Observatory's scanner, locally; fail below A+."
    requires_system_checks = []

    def add_arguments(self, parser):
        add_write_argument(parser, "observatory")
        add_database_url_argument(parser)

    def handle(self, *args, write, database_url, **options):
        self.preflight()
        version = self.install_scanner()
        release = ThrowawayRelease(
            admin_url=database_url,
            # What the servers see is what a proxy in front would pass on: HTTPS ends at gunicorn here, so
            # no forwarded headers are trusted.
            env={"ALLOWED_HOSTS": HOST, "CSRF_TRUSTED_ORIGINS": f"https://{HOST}", "WEB_CONCURRENCY": "2"},
            log=self.log,
            name="observatory",
        )
        with release:
            ca = self.certificates(release.workdir)
            context = ssl.create_default_context(cafile=str(ca))
            release.start(
                "--certfile", str(release.workdir / "server.pem"), "--keyfile", str(release.workdir / "server.key"),
                bind="127.0.0.1:443", ready=lambda server: status(f"https://{HOST}/healthz", context) == 200,
            )  # fmt: skip
            release.start(bind="127.0.0.1:80")
            paths = [path for path in public_paths() if path != "/healthz"] + [ADMIN_PAGE]
            scans = {path: self.scan(path, ca) for path in paths}

        report = self.report(scans, version)
        self.stdout.write("\n" + report)
        if write:
            write_measurement("observatory", report)
            self.stdout.write(self.style.SUCCESS("docs/measurements/observatory.md updated."))
        below = graded_below(scans)
        if below:
            raise CommandError(f"Graded below {REQUIRED_GRADE}: {', '.join(below)}")

    def log(self, message):
        self.stdout.write(message)
        self.stdout.flush()

    def preflight(self):
        missing = [tool for tool in ("node", "npm", "openssl") if shutil.which(tool) is None]
        if missing:
            raise CommandError(f"Needed on the PATH: {', '.join(missing)}.")
        if os.geteuid() != 0:
            raise CommandError("The scanner looks at ports 80 and 443 of the host: run as root.")
        for port in (80, 443):
            if port_open("127.0.0.1", port):
                raise CommandError(f"Something already listens on port {port}.")

    def install_scanner(self) -> str:
        """npm ci of the pinned scanner into var/observatory (once per lockfile); returns its version."""
        # --ignore-scripts: its install script downloads Chromium's HSTS preload list and the TLD list, from
        # hosts outside the package registries.
        npm_ci(PACKAGE, INSTALLED, SCANNER, self.log, "--ignore-scripts")
        # The preload list only says whether a host is preloaded in browsers; localhost is on no such list.
        preload = SCANNER / "conf" / "hsts-preload.json"
        if not preload.exists():
            preload.write_text("{}", encoding="utf-8")
        return json.loads((SCANNER / "package.json").read_text(encoding="utf-8"))["version"]

    @staticmethod
    def certificates(workdir: Path) -> Path:
        """A CA made for this run and a certificate for localhost signed by it; returns the CA's file."""

        def openssl(*args):
            subprocess.run(["openssl", *args], cwd=workdir, check=True, capture_output=True)

        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=Observatory run CA",
                "-keyout", "ca.key", "-out", "ca.pem")  # fmt: skip
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={HOST}", "-keyout", "server.key",
                "-out", "server.csr")  # fmt: skip
        (workdir / "server.ext").write_text(
            f"subjectAltName=DNS:{HOST}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n", encoding="utf-8"
        )
        openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "1", "-extfile", "server.ext", "-out", "server.pem")  # fmt: skip
        return workdir / "ca.pem"

    def scan(self, path: str, ca: Path) -> dict:
        # The scanner takes a host name and builds http:// and https:// addresses from it: a path after the
        # name is kept, so each page is scanned with its own plain-HTTP redirect.
        result = subprocess.run(
            ["node", "--dns-result-order=ipv4first", str(SCANNER / "src" / "scan.js"), HOST + path],
            env={**os.environ, "NODE_EXTRA_CA_CERTS": str(ca)},
            capture_output=True,
            text=True,
            timeout=120,
        )
        try:
            output = json.loads(result.stdout)
        except json.JSONDecodeError as error:
            output = result.stdout + result.stderr
            raise CommandError(f"The scanner's output for {path} is not JSON:\n{output}") from error
        if "error" in output and "scan" not in output:
            raise CommandError(f"The scanner could not scan {path}: {output['error']}")
        scan = output["scan"]
        scan["tests"] = output["tests"]
        passed = f"{scan['testsPassed']}/{scan['testsQuantity']} tests"
        self.log(f"  {urllib.parse.unquote(path)}: {scan['grade']} ({scan['score']}), {passed}")
        return scan

    @staticmethod
    def report(scans: dict[str, dict], version: str) -> str:
        pages = public_pages()
        languages = list(next(iter(pages.values())))
        admin = scans[ADMIN_PAGE]
        public = [scan for path, scan in scans.items() if path != ADMIN_PAGE]
        scores = [scan["score"] for scan in scans.values()]
        lines = [
            f"`manage.py observatory`: the MDN HTTP Observatory's scanner (@mdn/mdn-http-observatory {version}, "
            f"scoring algorithm {admin['algorithmVersion']}) run locally against the production configuration "
            "(gunicorn with TLS on localhost:443 and plain HTTP on :80, `DEBUG=false`, demo content): "
            f"{len(public)} public pages and the admin sign-in page. Grades: "
            f"{', '.join(sorted({scan['grade'] for scan in scans.values()}))}, scores {min(scores)} to {max(scores)}, "
            f"failed tests: {sum(scan['testsFailed'] for scan in scans.values())}.",
            "",
            "| Page | " + " | ".join(languages) + " |",
            "|---|" + "---|" * len(languages),
        ]
        for kind, paths in pages.items():
            lines.append(f"| {kind} | " + " | ".join(grade(scans[paths[lang]]) for lang in languages) + " |")
        lines += [
            f"| admin sign-in (`{ADMIN_PAGE}`) | {grade(admin)} |" + " |" * (len(languages) - 1),
            "",
            "| Test | Public pages | Admin sign-in |",
            "|---|---|---|",
        ]
        for name in admin["tests"]:
            outcomes = sorted({outcome(scan["tests"][name]) for scan in public})
            lines.append(f"| {name} | {'<br>'.join(outcomes)} | {outcome(admin['tests'][name])} |")
        lines += [
            "",
            "A test's outcome is the scanner's result name and its score modifier. Not covered: the signed-in "
            "admin pages (the same middleware sends the same headers; tests/web/test_headers.py checks "
            "them), and whether the host is on browsers' HSTS preload list (localhost is not; a real host is "
            "submitted at hstspreload.org).",
        ]
        return "\n".join(lines)


def graded_below(scans: dict[str, dict], required: str = REQUIRED_GRADE) -> list[str]:
    return [path for path, scan in scans.items() if scan["grade"] != required]


def grade(scan: dict) -> str:
    return f"{scan['grade']} ({scan['score']})"


def outcome(test: dict) -> str:
    return f"`{test['result']}` ({test['scoreModifier']:+d}){'' if test['pass'] else ' FAILED'}"


def status(url: str, context: ssl.SSLContext, timeout: float = 2) -> int | None:
    """The status of a GET, or None when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=timeout, context=context) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None
