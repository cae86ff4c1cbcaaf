import pytest
from django.test import Client


@pytest.fixture
def api(db):
    """GET /api/v1/… as JSON: ``api("blocs/", page_size=2)`` → (status, body, response)."""
    client = Client()

    def get(path, query=None, **headers):
        response = client.get(f"/api/v1/{path}", query or {}, headers=headers)
        return response.status_code, response.json() if response.content else None, response

    return get


def rate_limit(rate: str):
    """The API's limit per address set to ``rate`` ("3/s"), as API_RATE_LIMIT would."""
    from django.conf import settings
    from django.test import override_settings

    return override_settings(REST_FRAMEWORK={**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"address": rate}})
