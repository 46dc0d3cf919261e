"""Management keys: which key each operation sends, and the error when it is the wrong kind."""

from __future__ import annotations

import logging
import pickle
from typing import Any

import httpx
import pytest

from openrouter_ext import (
    AsyncOpenRouter,
    AuthenticationError,
    ManagementKeyRequiredError,
    OpenRouter,
    PermissionDeniedError,
)
from openrouter_ext._lowlevel import OPERATIONS
from tests.conftest import Api

API_KEY = "sk-or-v1-" + "a" * 64
MANAGEMENT_KEY = "sk-or-v1-" + "m" * 64
FORBIDDEN = {"error": {"code": 403, "message": "Only management keys can perform this operation"}}
WORKSPACES = {"data": [], "total_count": 0}


def answer(request: httpx.Request) -> httpx.Response:
    """Management operations answer 403 unless they got the management key."""
    auth = request.headers.get("authorization")
    if request.url.path.endswith("/workspaces"):
        if auth == f"Bearer {MANAGEMENT_KEY}":
            return httpx.Response(200, json=WORKSPACES)
        return httpx.Response(403, json=FORBIDDEN)
    return httpx.Response(200, json={"data": []})


def test_the_spec_flags_the_management_operations() -> None:
    flagged = {name for name, op in OPERATIONS.items() if op.management}
    assert len(flagged) == 52
    assert {"workspaces.list", "keys.create", "guardrails.keys.assign", "credits.get"} <= flagged
    assert not {"chat", "embeddings", "key.get", "models.list"} & flagged


def test_management_operations_send_the_management_key(api: Api) -> None:
    client = api.client(answer, api_key=API_KEY, management_key=MANAGEMENT_KEY)
    assert api.call(lambda c: c.workspaces.list(), client).response.total_count == 0
    api.call(lambda c: c.providers.list(), client)  # not a management operation
    sent = [r.headers["authorization"] for r in api.requests]
    assert sent == [f"Bearer {MANAGEMENT_KEY}", f"Bearer {API_KEY}"]


def test_without_a_management_key_the_api_key_is_sent(api: Api) -> None:
    client = api.client(answer, api_key=API_KEY, max_retries=0)
    with pytest.raises(ManagementKeyRequiredError) as caught:
        api.call(lambda c: c.workspaces.list(), client)
    assert api.requests[-1].headers["authorization"] == f"Bearer {API_KEY}"
    error = caught.value
    assert isinstance(error, PermissionDeniedError)
    assert isinstance(error, AuthenticationError)
    assert error.status_code == 403
    assert error.management_key_sent is False
    assert "needs a management key" in str(error)
    assert "OPENROUTER_MANAGEMENT_KEY" in str(error)


@pytest.mark.parametrize("status", [401, 403])
def test_a_refused_management_key_says_so(api: Api, status: int) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json={"error": {"code": status, "message": "no"}})

    client = api.client(refuse, api_key=API_KEY, management_key=MANAGEMENT_KEY, max_retries=0)
    with pytest.raises(ManagementKeyRequiredError, match="the one sent was refused") as caught:
        api.call(lambda c: c.guardrails.list(), client)
    assert caught.value.management_key_sent is True
    assert caught.value.status_code == status


def test_a_403_elsewhere_stays_a_plain_permission_error(api: Api) -> None:
    def forbid(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, json=FORBIDDEN)

    client = api.client(forbid, api_key=API_KEY, max_retries=0)
    with pytest.raises(PermissionDeniedError) as caught:
        api.call(lambda c: c.providers.list(), client)
    assert not isinstance(caught.value, ManagementKeyRequiredError)


def test_the_key_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENROUTER_MANAGEMENT_KEY", f"  {MANAGEMENT_KEY}\n")
    with OpenRouter(api_key=API_KEY) as client:
        assert client.options.management_key == MANAGEMENT_KEY
    assert AsyncOpenRouter(api_key=API_KEY).options.management_key == MANAGEMENT_KEY
    monkeypatch.setenv("OPENROUTER_MANAGEMENT_KEY", "bad key")
    with pytest.raises(ValueError, match="OPENROUTER_MANAGEMENT_KEY") as caught:
        OpenRouter(api_key=API_KEY)
    assert "bad key" not in str(caught.value)


def test_with_options_changes_the_management_key(api: Api) -> None:
    client = api.client(answer, api_key=API_KEY, max_retries=0)
    copy = client.with_options(management_key=MANAGEMENT_KEY)
    assert api.call(lambda c: c.workspaces.list(), copy).response.total_count == 0
    assert client.options.management_key is None


def test_the_management_key_never_shows(api: Api, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="openrouter_ext")

    def echo(request: httpx.Request) -> httpx.Response:
        auth = request.headers["authorization"]
        return httpx.Response(401, json={"error": {"code": 401, "message": f"bad {auth}"}})

    client = api.client(echo, api_key=API_KEY, management_key=MANAGEMENT_KEY, max_retries=1)
    with pytest.raises(ManagementKeyRequiredError) as caught:
        api.call(lambda c: c.workspaces.list(), client)
    texts: list[Any] = [
        repr(client),
        repr(client.options),
        str(caught.value),
        repr(caught.value),
        caught.value.body,
        caught.value.message,
        caplog.text,
    ]
    for text in texts:
        assert MANAGEMENT_KEY not in str(text)
        assert MANAGEMENT_KEY[-20:] not in str(text)
    pickled = pickle.dumps(caught.value)  # errors pickle (options hold the key by design)
    assert MANAGEMENT_KEY.encode() not in pickled
    assert MANAGEMENT_KEY not in str(pickle.loads(pickled))
