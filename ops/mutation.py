"""Mutation testing of the modules where a bug leaks or loses data (make mutation; docs/mutation.md).

``python -m ops.mutation [MODULE] [--children N]`` runs mutmut (configured in pyproject.toml's [tool.mutmut]) over
each module, or one (``core/dates.py``), then prints the score per module and the mutants that survived. Only the
functions named below are counted: in blocs/models.py the membership and current-member querysets, in
editorial/import_export.py the import bounds.
"""

import argparse
import fnmatch
import json
import subprocess
import sys
from pathlib import Path

# Functions run only while the models are defined (constraints, field factories, registration) are left out: a
# mutant there changes the schema, which makemigrations --check catches, and mutmut cannot switch it after import.
DATES_FUNCTIONS = [
    "parse_partial_date",
    "precision_matches",
    "check_precision",
    "clamp_year",
    "period_is_ordered",
    "last_day",
    "drawn_at",
    "format_partial_date",
    "uses_buddhist_era",
    "common_era_year",
    "read_day",
    "parse_reader_date",
    "format_decades",
    "format_period",
    "_without_year",
]
TRANSLATION_FUNCTIONS = [
    "now_stamp",
    "missing_translation_q",
    "source_language_q",
    "outdated_translation_q",
    "translation_state_q",
]
# connect() runs when the app is ready; cached_public_page() when a view module is imported (its wrapper is counted
# through the functions it calls).
PAGE_CACHE_FUNCTIONS = [
    "publishable_tables",
    "next_scheduled_sql",
    "next_scheduled_publication",
    "generation_in",
    "content_generation",
    "page_generation",
    "new_generation",
    "on_content_change",
    "only_what_the_view_reads",
]
TRANSLATION_CLASSES = ["Translated", "TranslatedContent", "TranslatedModel", "OriginalLanguageFallback"]
# module (as make mutation MODULE= names it) → the mutmut names of its mutants
MODULES = {
    "core/publishing.py": [
        "integration_portal.core.publishing.x_published_q__*",
        "integration_portal.core.publishing.xǁPublishableQuerySetǁ*",
        "integration_portal.core.publishing.xǁPublishableǁ*",
    ],
    "core/translation.py": [
        *(f"integration_portal.core.translation.x_{name}__*" for name in TRANSLATION_FUNCTIONS),
        *(f"integration_portal.core.translation.xǁ{name}ǁ*" for name in TRANSLATION_CLASSES),
    ],
    "core/languages.py": ["integration_portal.core.languages.*"],
    "web/page_cache.py": [f"integration_portal.web.page_cache.x_{name}__*" for name in PAGE_CACHE_FUNCTIONS],
    "editorial/roles.py": ["integration_portal.editorial.roles.*"],
    "exports/cells.py": ["integration_portal.exports.cells.*"],
    "blocs/on_date.py": ["blocs.on_date.*"],
    "blocs/models.py": [
        "blocs.models.xǁMembershipQuerySetǁ*",
        "blocs.models.xǁBlocQuerySetǁ*",
        "blocs.models.xǁCountryQuerySetǁ*",
        "blocs.models.x_current_memberships__*",
    ],
    "core/dates.py": [
        *(f"integration_portal.core.dates.x_{name}__*" for name in DATES_FUNCTIONS),
        "integration_portal.core.dates.xǁLastDayǁ*",
    ],
    "editorial/import_export.py": [
        "integration_portal.editorial.import_export.xǁBoundedCSVǁ*",
        "integration_portal.editorial.import_export.xǁBoundedXLSXǁ*",
        "integration_portal.editorial.import_export.x_too_many_rows__*",
    ],
}
# mutmut's exit codes (mutmut.stats.status_by_exit_code): a timeout means the tests noticed (an endless loop).
KILLED = {1: "killed", 3: "killed", 36: "timeout", -24: "timeout", 24: "timeout", 152: "timeout", 255: "timeout"}
SURVIVED = {0: "survived", 5: "no tests", 33: "no tests", None: "not checked"}


def results() -> dict[str, int | None]:
    exit_codes: dict[str, int | None] = {}
    for meta in Path("mutants").rglob("*.meta"):
        exit_codes.update(json.loads(meta.read_text())["exit_code_by_key"])
    return exit_codes


def still_to_test(modules: list[str]) -> list[str]:
    """The mutants not yet killed: named one by one once mutmut has made them (it tests again every mutant it is
    given, killed or not), by pattern on the first run."""
    patterns = [pattern for module in modules for pattern in MODULES[module]]
    exit_codes = results()
    names = [key for key in exit_codes if any(fnmatch.fnmatch(key, pattern) for pattern in patterns)]
    if not names:
        return patterns
    return [key for key in names if exit_codes[key] not in KILLED]


def module_key(name: str) -> str:
    name = name.removeprefix("integration_portal/")
    if name not in MODULES:
        raise SystemExit(f"Unknown module {name!r}; one of: {', '.join(MODULES)}")
    return name


def score(modules: list[str]) -> list[str]:
    exit_codes = results()
    lines, survivors, totals = [], [], [0, 0]
    for module in modules:
        names = [key for key in exit_codes if any(fnmatch.fnmatch(key, pattern) for pattern in MODULES[module])]
        killed = [key for key in names if exit_codes[key] in KILLED]
        left = sorted(set(names) - set(killed))
        survivors += [f"  {SURVIVED.get(exit_codes[key], 'suspicious')}: {key}" for key in left]
        share = f"{100 * len(killed) / len(names):.1f} %" if names else "not run"
        lines.append(f"{module:<28} {len(killed):>5} / {len(names):<5} {share}")
        totals[0] += len(killed)
        totals[1] += len(names)
    if len(modules) > 1 and totals[1]:
        lines.append(f"{'all':<28} {totals[0]:>5} / {totals[1]:<5} {100 * totals[0] / totals[1]:.1f} %")
    return ["module                       killed / total", *lines, *(["survivors:", *survivors] if survivors else [])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="modules, e.g. core/dates.py (all when left out)")
    parser.add_argument("--children", type=int, default=2, help="mutants tested at once (default 2)")
    parser.add_argument("--score-only", action="store_true", help="print the score of the last run")
    arguments = parser.parse_args()
    modules = [module_key(name) for name in arguments.modules] or list(MODULES)
    if not arguments.score_only:
        command = [str(Path(sys.executable).with_name("mutmut")), "run", "--max-children", str(arguments.children)]
        for module in modules:  # one run each, in the order above: the modules first that matter most
            if names := still_to_test([module]):
                subprocess.run([*command, *names], check=True)
    print("\n".join(score(modules)))


if __name__ == "__main__":
    main()
