"""The API key never appears in reprs, error text or DEBUG logs (401, 500, timeout, validation)."""

from __future__ import annotations

import logging
import traceback
from typing import Any

import httpx
import pytest

from openrouter_ext import OpenRouterError
from tests.conftest import TEST_KEY, Api

USER = [{"role": "user", "content": "hi"}]


def scenario_handlers() -> dict[str, Any]:
    def status(code: int) -> Any:
        return lambda r: httpx.Response(
            code,
            json={
                "error": {
                    "code": code,
                    "message": f"echo {r.headers['authorization']}",
                    "metadata": {"raw": r.headers["authorization"]},
                }
            },
        )

    def timeout(r: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("The read operation timed out", request=r)

    return {
        "401": status(401),
        "500": status(500),
        "timeout": timeout,
        "validation": lambda r: httpx.Response(
            200, json={"unexpected": r.headers["authorization"]}
        ),
    }


@pytest.mark.parametrize("scenario", ["401", "500", "timeout", "validation"])
def test_key_never_in_errors_or_debug_logs(
    api: Api,
    scenario: str,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)
    client = api.client(scenario_handlers()[scenario], max_retries=1)
    from openrouter_ext import _retry

    monkeypatch.setattr(_retry, "_sleep", lambda s: None)

    async def no_sleep(s: float) -> None:
        return None

    monkeypatch.setattr(_retry, "_asleep", no_sleep)
    with pytest.raises(OpenRouterError) as info:
        api.call(lambda c: c.chat.completions.create(model="m", messages=USER), client)
    error = info.value
    texts = [
        str(error),
        repr(error),
        "".join(traceback.format_exception(error)),
        repr(client),
        repr(client.options),
        str(client.options),
        repr(client.lowlevel),
        caplog.text,
        *(r.getMessage() for r in caplog.records),
        *map(str, error.args),
    ]
    out = capsys.readouterr()
    texts += [out.out, out.err]
    for text in texts:
        assert TEST_KEY not in text
        assert TEST_KEY[10:30] not in text
