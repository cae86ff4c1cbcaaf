"""The benchmark commands' writer: one page per measurement in docs/measurements/, figures between markers."""

import pytest

from ops import measurements


@pytest.fixture
def project(tmp_path, settings):
    settings.BASE_DIR = tmp_path
    return tmp_path


def existing_page(project, name: str, text: str):
    page = project / "docs" / "measurements" / f"{name}.md"
    page.parent.mkdir(parents=True)
    page.write_text(text, encoding="utf-8")
    return page


def test_a_missing_page_is_created_with_its_heading_and_markers(project):
    path = measurements.write_measurement("soak", "| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert path == project / "docs" / "measurements" / "soak.md"
    assert path.read_text(encoding="utf-8") == (
        "# Soak test: concurrency under load\n\nWritten by `make soak`.\n\n"
        "<!-- soak:start -->\n| a | b |\n|---|---|\n| 1 | 2 |\n<!-- soak:end -->\n"
    )


def test_only_the_figures_between_the_markers_are_rewritten(project):
    page = existing_page(
        project,
        "perf",
        "# Page cost\n\nHow it is measured.\n\n<!-- perf:start -->\nold figures\nmore\n<!-- perf:end -->\n\n"
        "What the figures mean.\n",
    )
    measurements.write_measurement("perf", "new figures")
    assert page.read_text(encoding="utf-8") == (
        "# Page cost\n\nHow it is measured.\n\n<!-- perf:start -->\nnew figures\n<!-- perf:end -->\n\n"
        "What the figures mean.\n"
    )


def test_another_measurement_on_the_page_is_left_alone(project):
    page = existing_page(
        project,
        "benchmark",
        "<!-- relevance:start -->\nkept\n<!-- relevance:end -->\n<!-- benchmark:start -->\nx\n<!-- benchmark:end -->\n",
    )
    measurements.write_measurement("benchmark", "y")
    assert page.read_text() == (
        "<!-- relevance:start -->\nkept\n<!-- relevance:end -->\n<!-- benchmark:start -->\ny\n<!-- benchmark:end -->\n"
    )


def test_a_page_whose_markers_were_removed_is_refused_and_kept(project):
    page = existing_page(project, "lighthouse", "# Lighthouse\n\nHand-written.\n")
    with pytest.raises(ValueError, match="no <!-- lighthouse:start -->"):
        measurements.write_measurement("lighthouse", "scores")
    assert page.read_text() == "# Lighthouse\n\nHand-written.\n"


def test_an_unknown_name_is_refused_before_anything_is_written(project):
    with pytest.raises(ValueError, match="No measurement page is named 'perf2'"):
        measurements.write_measurement("perf2", "figures")
    assert not (project / "docs").exists()


def test_every_page_the_commands_write_exists_with_its_markers():
    from django.conf import settings

    for name in measurements.PAGES:
        text = (settings.BASE_DIR / "docs" / "measurements" / f"{name}.md").read_text(encoding="utf-8")
        assert f"<!-- {name}:start -->" in text and f"<!-- {name}:end -->" in text, name
