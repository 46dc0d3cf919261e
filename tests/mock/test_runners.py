"""The three ways to run the mock: in-process ASGI, background thread, separate process."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator

import httpx
import pytest

from openrouter_ext.testing import MockApp, MockOpenRouter, Scenario, ScenarioError, parse_plan
from tests.mock.mockwire import chat_body, sse_data


@pytest.fixture
async def asgi() -> AsyncIterator[httpx.AsyncClient]:
    app = MockApp()
    transport = httpx.ASGITransport(app=app)
    headers = {"Authorization": f"Bearer {app.state.api_key}"}
    async with httpx.AsyncClient(transport=transport, base_url="http://mock/api/v1",
                                 headers=headers) as client:  # fmt: skip
        yield client


@pytest.mark.anyio
async def test_in_process_chat_and_stream(asgi: httpx.AsyncClient) -> None:
    r = await asgi.post("/chat/completions", json=chat_body())
    assert r.status_code == 200
    gen = await asgi.get("/generation", params={"id": r.json()["id"]})
    assert gen.json()["data"]["total_cost"] == r.json()["usage"]["cost"]
    s = await asgi.post("/chat/completions", json=chat_body(stream=True))
    assert sse_data(s.text)[-1] == "[DONE]"
    codes = [(await asgi.post("/chat/completions", json=chat_body(),
                              headers={"X-Mock-Scenario": "sequence;statuses=503,200"})).status_code
             for _ in range(2)]  # fmt: skip
    assert codes == [503, 200]


@pytest.mark.anyio
@pytest.mark.parametrize(("scenario", "error"), [
    ("reset;phase=before_headers", httpx.ReadError),
    ("reset;phase=mid_body", httpx.ReadError),
    ("close;phase=before_headers", httpx.RemoteProtocolError),
    ("close;phase=after_headers", httpx.RemoteProtocolError),
])  # fmt: skip
async def test_in_process_socket_faults_raise_httpx_errors(
    asgi: httpx.AsyncClient, scenario: str, error: type[Exception]
) -> None:
    with pytest.raises(error):
        await asgi.post("/chat/completions", json=chat_body(stream=True),
                        headers={"X-Mock-Scenario": scenario})  # fmt: skip


def test_scenario_parsing() -> None:
    plan = parse_plan("status;code=429;retry_after=1 | dribble;size=2 + framing;style=crlf,cr")
    assert [len(a) for a in plan.attempts] == [1, 2]
    assert plan.for_attempt(1)[0] == Scenario("status", code=429, retry_after=1)
    assert plan.for_attempt(9)[1].text("style") == "crlf,cr"
    assert str(parse_plan("sequence;statuses=429,200")) == "status;code=429 | ok"
    for bad in ("nope", "status;code", "status;code=x", "framing;style=weird", "ok|sequence"):
        with pytest.raises(ScenarioError):
            parse_plan(bad)


def test_thread_server_lifecycle() -> None:
    before = set(threading.enumerate())
    mock = MockOpenRouter().start()
    assert mock.base_url == f"http://127.0.0.1:{mock.port}/api/v1"
    assert httpx.get(f"{mock.base_url}/models").status_code == 200
    mock.close()
    mock.close()  # idempotent
    assert set(threading.enumerate()) <= before
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{mock.base_url}/models")


def test_close_does_not_hang_on_open_streams() -> None:
    with (
        MockOpenRouter() as mock,
        httpx.Client(timeout=5) as client,
        client.stream(
            "POST",
            f"{mock.base_url}/chat/completions",
            json=chat_body(stream=True),
            headers={
                "Authorization": f"Bearer {mock.api_key}",
                "X-Mock-Scenario": "hold_after_done;seconds=30",
            },
        ) as r,
    ):
        next(r.iter_lines())
        t0 = time.monotonic()
        mock.close()
        assert time.monotonic() - t0 < 5


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_cli_process() -> None:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "openrouter_ext.testing", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        lines = dict(proc.stdout.readline().strip().split("=", 1) for _ in range(3))
        base = lines["OPENROUTER_BASE_URL"]
        assert base == f"http://127.0.0.1:{port}/api/v1"
        deadline = time.monotonic() + 20
        while True:
            try:
                r = httpx.post(
                    f"{base}/chat/completions",
                    json=chat_body(),
                    headers={"Authorization": f"Bearer {lines['OPENROUTER_API_KEY']}"},
                )
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert r.status_code == 200
        admin = {"Authorization": f"Bearer {lines['OPENROUTER_MANAGEMENT_KEY']}"}
        assert httpx.get(f"{base}/credits", headers=admin).status_code == 200
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
