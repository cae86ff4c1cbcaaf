import pytest

from integration_portal.search.engine import Filters, search
from integration_portal.search.query import parse
from ops.relevance import document_keys


@pytest.fixture
def find(db):
    """find("cooperacion", "es") → the document keys ("article:…", "bloc:mercosur"…) the search returns, best first."""

    def run(text: str, *languages: str, per_page: int = 50, **filters) -> list[str]:
        keys = document_keys()
        outcome = search(parse(text), list(languages or ["es"]), Filters(**filters), per_page=per_page)
        # Demo objects by their keys; objects made by a test (no demo key) by their id.
        return [
            key if not (key := keys[(hit.result_type, hit.object_id)]).endswith(":") else f"{key}{hit.object_id}"
            for hit in outcome.hits
        ]

    return run
