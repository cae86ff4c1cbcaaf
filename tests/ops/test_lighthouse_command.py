"""The pure parts of `manage.py lighthouse`: which pages it scores, how it reads a report, and what fails it."""

import json
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

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


class FakeLighthouse:
    """Stands in for `node lighthouse`: writes the report it is given where the command asked for it."""

    def __init__(self, *outcomes):
        self.outcomes = list(outcomes)  # each a report (dict), or text to print (a lost trace)
        self.calls = []

    def __call__(self, command, **kwargs):
        self.calls.append(command)
        outcome = self.outcomes.pop(0)
        output = next(arg.split("=", 1)[1] for arg in command if arg.startswith("--output-path="))
        if isinstance(outcome, str):
            return subprocess.CompletedProcess(command, 1, stdout=outcome, stderr="")
        Path(output).write_text(json.dumps(outcome), encoding="utf-8")
        return subprocess.CompletedProcess(command, 0, stdout="", stderr="")


def report_of(performance: float) -> dict:
    return lighthouse_result({"performance": performance, "accessibility": 1, "best-practices": 1, "seo": 1}, ())


def test_a_page_is_scored_by_the_median_of_its_runs(monkeypatch, tmp_path):
    fake = FakeLighthouse(report_of(0.99), report_of(0.90), report_of(0.97))
    monkeypatch.setattr(subprocess, "run", fake)
    score = Command().score("http://127.0.0.1:1/es/timeline/", 3, tmp_path)
    assert score["performance"] == 97 and score["runs"] == [99, 90, 97]
    assert all("--only-categories=performance,accessibility,best-practices,seo" in call for call in fake.calls)
    assert list(tmp_path.iterdir()) == []  # each report is read and removed


def test_a_lost_trace_is_run_again_and_three_lost_fail(monkeypatch, tmp_path):
    lost = "Runtime error encountered: ... (NO_NAVSTART)"
    monkeypatch.setattr(subprocess, "run", FakeLighthouse(lost, report_of(1)))
    assert Command().run("http://127.0.0.1:1/", tmp_path)["categories"]["performance"] == 100
    monkeypatch.setattr(subprocess, "run", FakeLighthouse(lost, lost, lost))
    with pytest.raises(CommandError, match="in 3 attempts"):
        Command().run("http://127.0.0.1:1/", tmp_path)


def test_a_page_lighthouse_could_not_load_fails_with_the_reason(monkeypatch, tmp_path):
    unloadable = {**report_of(1), "runtimeError": {"code": "ERRORED_DOCUMENT_REQUEST"}}
    monkeypatch.setattr(subprocess, "run", FakeLighthouse(unloadable))
    with pytest.raises(CommandError, match="ERRORED_DOCUMENT_REQUEST"):
        Command().run("http://127.0.0.1:1/", tmp_path)
    monkeypatch.setattr(subprocess, "run", FakeLighthouse("Chrome could not start"))
    with pytest.raises(CommandError, match="Chrome could not start"):
        Command().run("http://127.0.0.1:1/", tmp_path)


def test_quick_figures_never_reach_the_measurements_page():
    with pytest.raises(CommandError, match="not the ones docs/measurements/ keeps"):
        call_command("lighthouse", "--quick", "--write")
