"""Schemathesis against /openapi.json of a real uvicorn server: every operation, a bounded
number of generated cases each, and no answer may be a 500 (or break the error shape)."""

from __future__ import annotations

import os

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

MAX_EXAMPLES = int(os.environ.get("EVENTWIRE_FUZZ_EXAMPLES", "25"))


@pytest.fixture(scope="module")
def api_schema(api_server):
    return schemathesis.openapi.from_url(api_server.url + "/openapi.json")


OPERATIONS = [("POST", "/v1/code"), ("POST", "/v1/articles"), ("GET", "/v1/events"),
              ("GET", "/v1/articles/{article_id}"), ("GET", "/v1/stats"), ("GET", "/v1/export"),
              ("GET", "/v1/codebook"), ("GET", "/healthz")]


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_no_server_errors(api_schema, method, path):
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None, derandomize=True,
              phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
    def check(case):
        response = case.call(timeout=60)
        case.validate_response(response, checks=[not_a_server_error])
        if response.status_code >= 400:
            body = response.json()
            assert set(body) == {"error"}
            assert set(body["error"]) == {"code", "message", "details"}

    check()


def test_every_operation_is_fuzzed(api_schema):
    operations = {(op.ok().method.upper(), op.ok().path) for op in api_schema.get_all_operations()}
    assert operations == set(OPERATIONS)
