"""The pure parts of `manage.py lighthouse`: which pages it scores, how it reads a report, and what fails it."""

from ops.management.commands.lighthouse import (
    CATEGORIES,
    TIMELINE_RUNS,
    Command,
    parse,
    scored_pages,
    shortfalls,
)


def lighthouse_result(scores: dict[str, float], failing=("target-size",)) -> dict:
    """A Lighthouse report (lhr) cut down to what the command reads; ``failing`` audits score 0.5."""
    audit_ids = ["target-size", "color-contrast", "meta-description", "is-on-https", "unweighted-audit"]
    audits = {key: {"score": 0.5 if key in failing else 1, "numericValue": None} for key in audit_ids}
    audits["largest-contentful-paint"] = {"score": 0.9, "numericValue": 1712.4}
    audits["total-blocking-time"] = {"score": 1, "numericValue": 38.0}
    audits["cumulative-layout-shift"] = {"score": 1, "numericValue": 0.0123}
    refs = {
        "performance": [{"id": "largest-contentful-paint", "weight": 25}],
        "accessibility": [{"id": "target-size", "weight": 7}, {"id": "unweighted-audit", "weight": 0}],
        "best-practices": [{"id": "is-on-https", "weight": 5}],
        "seo": [{"id": "meta-description", "weight": 1}],
    }
    audits["unweighted-audit"]["score"] = 0  # weight 0: Lighthouse does not count it, nor does the command
    return {
        "categories": {key: {"score": scores[key], "auditRefs": refs[key]} for key in CATEGORIES},
        "audits": audits,
    }


def scored(performance=100, accessibility=100, best=100, seo=100, runs=None, failing=()):
    return {
        "performance": performance,
        "accessibility": accessibility,
        "best-practices": best,
        "seo": seo,
        "runs": runs or [performance],
        "failing": list(failing),
        "metrics": {"lcp": 1712.4, "tbt": 38.0, "cls": 0.0123},
    }


def test_every_page_kind_once_and_the_timeline_in_every_language():
    pages = scored_pages()
    assert {"home", "timeline", "timeline, filtered", "the Americas on a date", "a comparison"} <= set(pages)
    assert list(pages["timeline"]) == ["es", "th", "en"]
    others = [by_language for kind, by_language in pages.items() if kind != "timeline"]
    assert all(len(by_language) == 1 for by_language in others)
    # Each language gets its turn, so that Thai pages are scored as well as Spanish and English ones.
    assert {lang for by_language in others for lang in by_language} == {"es", "th", "en"}
    for by_language in pages.values():
        assert all(path.startswith(f"/{lang}/") for lang, path in by_language.items())


def test_a_report_is_read_as_whole_scores_and_the_weighted_audits_that_fell_short():
    result = parse(lighthouse_result({"performance": 0.949, "accessibility": 0.96, "best-practices": 1, "seo": 1}))
    assert result["categories"] == {"performance": 95, "accessibility": 96, "best-practices": 100, "seo": 100}
    assert result["failing"] == ["target-size"]  # not the unweighted audit that scored 0
    assert result["metrics"] == {"lcp": 1712.4, "tbt": 38.0, "cls": 0.0123}


def test_a_category_lighthouse_could_not_score_counts_as_zero():
    result = parse(lighthouse_result({"performance": None, "accessibility": 1, "best-practices": 1, "seo": 1}, ()))
    assert result["categories"]["performance"] == 0


def test_anything_below_100_fails_and_the_timeline_below_95():
    scores = {
        ("home", "es"): scored(performance=70),  # performance is a goal on the timeline only
        ("timeline", "th"): scored(performance=94, runs=[99, 94, 90]),
        ("timeline", "es"): scored(performance=95, runs=[95, 95, 96]),
        ("a bloc (Mercosur)", "en"): scored(accessibility=97, failing=["target-size"]),
        ("countries", "es"): scored(seo=92, failing=["meta-description"]),
    }
    assert shortfalls(scores) == [
        "timeline (th): performance 94 < 95",
        "a bloc (Mercosur) (en): accessibility 97 < 100 (['target-size'])",
        "countries (es): seo 92 < 100 (['meta-description'])",
    ]
    assert shortfalls({("timeline", "en"): scored(performance=95)}) == []


def test_the_report_gives_each_page_its_scores_metrics_and_the_timeline_runs():
    scores = {
        ("home", "es"): scored(),
        ("timeline", "th"): scored(performance=97, runs=[97, 99, 96]),
    }
    report = Command.report(scores, "13.5.0")
    assert "Lighthouse 13.5.0" in report and f"medians of {TIMELINE_RUNS} runs" in report
    assert "| home | es | 100 | 100 | 100 | 100 | 1.7 s | 38 ms | 0.012 |" in report
    assert "| timeline | th | 97 (97, 99, 96) | 100 | 100 | 100 | 1.7 s | 38 ms | 0.012 |" in report
