"""The sourced record of the blocs: sources, memberships and events, one JSON file per group of blocs.

Each file (record/*.json) was compiled from official documents and bloc sites; every membership and event names
the sources it rests on by key. Files are merged in name order; a source may be listed by several files.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

RECORD_DIR = Path(__file__).parent / "record"


@dataclass
class Record:
    sources: dict[str, dict] = field(default_factory=dict)
    blocs: dict[str, dict] = field(default_factory=dict)  # founding and end dates with their sources, by slug
    new_countries: list[dict] = field(default_factory=list)
    memberships: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    eras: list[dict] = field(default_factory=list)  # periods of regionalism, by decade, shaded on the timeline
    gaps: list[str] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)


def read_record(directory: Path = RECORD_DIR) -> Record:
    record = Record()
    for path in sorted(directory.glob("*.json")):
        part = json.loads(path.read_text(encoding="utf-8"))
        for source in part.get("sources", []):
            record.sources.setdefault(source["key"], source)
        for bloc in [*part.get("blocs", []), *part.get("new_blocs", [])]:
            record.blocs.setdefault(bloc["slug"], {}).update(bloc)
        known = {country["alpha2"] for country in record.new_countries}
        record.new_countries += [c for c in part.get("new_countries", []) if c["alpha2"] not in known]
        record.memberships += part.get("memberships", [])
        record.events += part.get("events", [])
        record.eras += part.get("eras", [])
        record.gaps += part.get("gaps", [])
        record.disagreements += part.get("disagreements", [])
    return record
