"""The pure parts of `manage.py observatory`: which pages it scans, the report, and what fails it."""

from ops.management.commands.observatory import ADMIN_PAGE, Command, graded_below
from ops.release import public_pages, public_paths


def scan_result(grade="A+", score=125, failing=()):
    tests = {
        name: {
            "pass": name not in failing,
            "result": f"{name}-{'bad' if name in failing else 'ok'}",
            "scoreModifier": -20 if name in failing else 5,
        }
        for name in ("content-security-policy", "cookies", "strict-transport-security")
    }
    return {
        "grade": grade,
        "score": score,
        "algorithmVersion": 4,
        "testsFailed": len(failing),
        "testsPassed": 3 - len(failing),
        "testsQuantity": 3,
        "tests": tests,
    }


def test_every_kind_of_page_in_every_language_and_nothing_else():
    pages = public_pages()
    assert len(pages) == 9
    for kind, by_language in pages.items():
        assert list(by_language) == ["es", "th", "en"], kind
        assert all(path.startswith(f"/{lang}/") for lang, path in by_language.items())
    flattened = [path for by_language in pages.values() for path in by_language.values()]
    assert sorted(public_paths()) == sorted([*flattened, "/healthz"])
    assert public_paths()[:9] == [pages[kind]["es"] for kind in pages]  # a language at a time, for wrk


def test_the_report_tables_every_page_and_every_test():
    scans = {path: scan_result() for path in public_paths() if path != "/healthz"}
    scans[ADMIN_PAGE] = scan_result(score=130)
    report = Command.report(scans, "1.4.8")
    assert "Grades: A+, scores 125 to 130, failed tests: 0." in report
    assert "| a bloc (Mercosur) | A+ (125) | A+ (125) | A+ (125) |" in report
    assert f"| admin sign-in (`{ADMIN_PAGE}`) | A+ (130) | | |" in report
    assert "| cookies | `cookies-ok` (+5) | `cookies-ok` (+5) |" in report
    assert "@mdn/mdn-http-observatory 1.4.8" in report


def test_a_page_below_a_plus_fails_and_shows_what_failed():
    scans = {path: scan_result() for path in public_paths() if path != "/healthz"}
    thai_search = public_pages()["a search"]["th"]
    scans[thai_search] = scan_result(grade="B", score=70, failing=("content-security-policy",))
    scans[ADMIN_PAGE] = scan_result(score=130)
    assert graded_below(scans) == [thai_search]
    report = Command.report(scans, "1.4.8")
    assert "Grades: A+, B, scores 70 to 130, failed tests: 1." in report
    assert "`content-security-policy-bad` (-20) FAILED<br>`content-security-policy-ok` (+5)" in report
