"""Every fault scenario, observed from an httpx client over loopback."""

from __future__ import annotations

import email.utils
import json
import time
from typing import Any

import httpx
import pytest

from openrouter_ext.testing import MockOpenRouter
from tests.mock.mockwire import chat_body, sse_data, wait_until

STREAM = chat_body(stream=True)


def post(client: httpx.Client, scenario: str, body: dict[str, Any] | None = None,
         **headers: str) -> httpx.Response:  # fmt: skip
    return client.post("/chat/completions", json=body or chat_body(),
                       headers={"X-Mock-Scenario": scenario, **headers})  # fmt: skip


# statuses -----------------------------------------------------------------------------------
def test_status_with_retry_headers(client: httpx.Client) -> None:
    r = post(client, "status;code=429;retry_after=2;retry_after_ms=1500;rate_limit=1")
    assert r.status_code == 429
    assert r.json()["error"] == {"code": 429, "message": "Rate limit exceeded",
                                 "metadata": {"error_type": "rate_limit_exceeded",
                                              "retry_after_seconds": 2.0}}  # fmt: skip
    assert r.headers["retry-after"] == "2"
    assert r.headers["retry-after-ms"] == "1500"
    assert r.headers["x-ratelimit-limit"] == "20"
    assert r.headers["x-ratelimit-remaining"] == "0"
    assert int(r.headers["x-ratelimit-reset"]) > time.time() * 1000


def test_status_with_http_date_and_stream_request(client: httpx.Client) -> None:
    r = post(client, "status;code=503;retry_after_date=30", STREAM)
    assert r.status_code == 503
    assert r.headers["content-type"] == "application/json"  # errors before tokens are JSON
    when = email.utils.parsedate_to_datetime(r.headers["retry-after"]).timestamp()
    assert 25 < when - time.time() <= 31
    assert r.json()["error"]["metadata"]["error_type"] == "provider_overloaded"


def test_sequence_answers_attempts_in_order(client: httpx.Client, mock: MockOpenRouter) -> None:
    codes = [post(client, "sequence;statuses=429,503,200;retry_after=0").status_code
             for _ in range(4)]  # fmt: skip
    assert codes == [429, 503, 200, 200]
    assert [r.attempt for r in mock.requests] == [1, 2, 3, 4]
    other = post(client, "sequence;statuses=429,200", chat_body(temperature=0.5))
    assert other.status_code == 429  # a different request has its own counter


def test_attempt_key_header_and_pipe_syntax(client: httpx.Client) -> None:
    plan = "status;code=500 | wrapped_error | ok"
    got = [post(client, plan, chat_body(seed=i), **{"X-Mock-Attempt-Key": "k1"}).status_code
           for i in range(3)]  # fmt: skip
    assert got == [500, 400, 200]


def test_wrapped_error_and_error_200(client: httpx.Client) -> None:
    r = post(client, "wrapped_error;code=400;inner=502")
    assert r.status_code == 400
    inner = json.loads(r.json()["error"]["metadata"]["raw"])
    assert inner["error"]["code"] == 502
    r = post(client, "error_200;code=502")
    assert r.status_code == 200
    assert r.json()["error"]["code"] == 502


def test_python_script_api(mock: MockOpenRouter, client: httpx.Client) -> None:
    mock.script("status;code=429", times=2, match="/chat/completions")
    assert client.get("/key").status_code == 200  # not matched
    assert [client.post("/chat/completions", json=chat_body()).status_code
            for _ in range(3)] == [429, 429, 200]  # fmt: skip
    mock.script("sequence;statuses=502,200", times=2)
    assert client.get("/key").status_code == 502
    assert client.get("/key").status_code == 200
    assert post(client, "ok").status_code == 200  # the header wins over scripts
    mock.script("status;code=418", match=lambda rec: rec.body and rec.body.get("seed") == 7)
    assert client.post("/chat/completions", json=chat_body(seed=7)).status_code == 418
    mock.reset()
    assert client.get("/key").status_code == 200
    assert mock.requests[0].path.endswith("/key")


def test_bad_scenarios_are_400(client: httpx.Client) -> None:
    r = post(client, "explode")
    assert r.status_code == 400
    assert "explode" in r.json()["error"]["message"]
    r = post(client, "status;cod=429")
    assert r.status_code == 400
    assert "cod" in r.json()["error"]["message"]
    assert post(client, "stall;phase=later").status_code == 400


# stalls -------------------------------------------------------------------------------------
def test_stall_before_headers_times_out_reads(client: httpx.Client) -> None:
    with pytest.raises(httpx.ReadTimeout):
        client.post(
            "/chat/completions",
            json=chat_body(),
            timeout=0.3,
            headers={"X-Mock-Scenario": "stall;phase=before_headers;seconds=2"},
        )


def timed_stream(client: httpx.Client, scenario: str) -> tuple[float, float, list[float]]:
    t0 = time.monotonic()
    with client.stream("POST", "/chat/completions", json=STREAM,
                       headers={"X-Mock-Scenario": scenario}) as r:  # fmt: skip
        headers_at = time.monotonic() - t0
        arrivals = [time.monotonic() - t0 for _ in r.iter_raw()]
    return t0, headers_at, arrivals


@pytest.mark.parametrize(
    ("phase", "slow"),
    [("before_headers", "headers"), ("after_headers", "first"), ("mid_body", "third")],
)
def test_stall_phases(client: httpx.Client, phase: str, slow: str) -> None:
    _, headers_at, arrivals = timed_stream(client, f"stall;phase={phase};seconds=0.4;after=2")
    waited = {"headers": headers_at, "first": arrivals[0] - headers_at,
              "third": arrivals[2] - arrivals[1]}  # fmt: skip
    assert waited[slow] >= 0.35
    assert all(v < 0.3 for k, v in waited.items() if k != slow)


# resets and closes --------------------------------------------------------------------------
def read_all(client: httpx.Client, scenario: str, body: dict[str, Any]) -> tuple[int | None, bytes]:
    status, got = None, b""
    with client.stream("POST", "/chat/completions", json=body,
                       headers={"X-Mock-Scenario": scenario}) as r:  # fmt: skip
        status = r.status_code
        for piece in r.iter_raw():
            got += piece
    return status, got


@pytest.mark.parametrize("body", [STREAM, chat_body()], ids=["sse", "json"])
def test_reset_phases(client: httpx.Client, mock: MockOpenRouter, body: dict[str, Any]) -> None:
    with pytest.raises(httpx.ReadError):
        client.post("/chat/completions", json=body,
                    headers={"X-Mock-Scenario": "reset;phase=before_headers"})  # fmt: skip
    seen: dict[str, Any] = {}
    for phase in ("after_headers", "mid_body"):
        with client.stream(
            "POST",
            "/chat/completions",
            json=body,
            headers={"X-Mock-Scenario": f"reset;phase={phase};after=2"},
        ) as r:
            seen[phase] = [r.status_code, b""]
            with pytest.raises(httpx.ReadError):
                for piece in r.iter_raw():
                    seen[phase][1] += piece
    assert seen["after_headers"] == [200, b""]
    assert seen["mid_body"][0] == 200
    assert seen["mid_body"][1]
    assert [r.disconnected_at for r in mock.requests] == [None, None, None]


@pytest.mark.parametrize("body", [STREAM, chat_body()], ids=["sse", "json"])
def test_close_phases(client: httpx.Client, body: dict[str, Any]) -> None:
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        client.post("/chat/completions", json=body,
                    headers={"X-Mock-Scenario": "close;phase=before_headers"})  # fmt: skip
    for phase in ("after_headers", "mid_body"):
        with pytest.raises(httpx.RemoteProtocolError, match="complete message body"):
            read_all(client, f"close;phase={phase};after=3", body)


def test_close_mid_body_delivers_partial_stream(client: httpx.Client) -> None:
    got = b""
    with (
        client.stream(
            "POST",
            "/chat/completions",
            json=STREAM,
            headers={"X-Mock-Scenario": "close;phase=mid_body;after=3"},
        ) as r,
        pytest.raises(httpx.RemoteProtocolError),
    ):
        for piece in r.iter_raw():
            got += piece
    assert len(sse_data(got.decode())) == 2  # keep-alive + 2 data events were sent


# dribbling ----------------------------------------------------------------------------------
def test_dribble_splits_utf8_and_crlf(client: httpx.Client) -> None:
    with client.stream(
        "POST",
        "/chat/completions",
        json=STREAM,
        headers={"X-Mock-Scenario": "dribble;size=1+framing;style=crlf"},
    ) as r:
        pieces = list(r.iter_raw())
    assert max(len(p) for p in pieces) == 1
    raw = b"".join(pieces)
    assert raw.endswith(b"data: [DONE]\r\n\r\n")
    broken = 0
    for p in pieces:
        try:
            p.decode()
        except UnicodeDecodeError:
            broken += 1
    assert broken > 0  # single bytes of multi-byte characters went out on their own
    assert b"\r" in pieces
    assert b"\n" in pieces
    payloads = [e[6:] for e in raw.decode().split("\r\n\r\n") if e.startswith("data: ")]
    assert "你好" in "".join(json.loads(p)["choices"][0]["delta"].get("content") or ""
                             for p in payloads[:-2])  # fmt: skip


def test_dribble_json_body(client: httpx.Client) -> None:
    with client.stream(
        "POST",
        "/chat/completions",
        json=chat_body(),
        headers={"X-Mock-Scenario": "dribble;size=50;delay=0.01"},
    ) as r:
        pieces = list(r.iter_raw())
    assert len(pieces) > 10  # a JSON body has no chunk framing: only the pauses split it
    assert json.loads(b"".join(pieces))["object"] == "chat.completion"


# stream-level faults ------------------------------------------------------------------------
def test_keepalive_only_then_stream(client: httpx.Client) -> None:
    t0 = time.monotonic()
    comments_until = 0.0
    with client.stream("POST", "/chat/completions", json=STREAM, headers={
            "X-Mock-Scenario": "keepalive_only;seconds=0.5;interval=0.1"}) as r:  # fmt: skip
        lines = []
        for line in r.iter_lines():
            if line.startswith(":") and not any(x.startswith("data:") for x in lines):
                comments_until = time.monotonic() - t0
            lines.append(line)
    assert comments_until >= 0.4
    assert sum(1 for x in lines if x.startswith(":")) >= 5
    assert lines[-2] == "data: [DONE]"


def test_keepalive_only_then_close(client: httpx.Client) -> None:
    r = post(client, "keepalive_only;seconds=0.2;interval=0.05;then=close", STREAM)
    assert r.text
    assert set(r.text.split("\n\n")) <= {": OPENROUTER PROCESSING", ""}


@pytest.mark.parametrize("done", [0, 1])
def test_mid_stream_error(client: httpx.Client, done: int) -> None:
    r = post(client, f"mid_stream_error;after=3;done={done};code=502", STREAM)
    data = sse_data(r.text)
    assert (data[-1] == "[DONE]") is bool(done)
    events = [json.loads(d) for d in data if d != "[DONE]"]
    assert len(events) == 4
    err = events[-1]
    assert err["error"]["code"] == 502
    assert err["error"]["metadata"]["error_type"] == "provider_unavailable"
    assert err["choices"][0]["finish_reason"] == "error"
    gen = client.get("/generation", params={"id": r.headers["x-generation-id"]}).json()["data"]
    assert gen["finish_reason"] == "error"
    assert gen["total_cost"] == 0


def test_no_done_clean_close(client: httpx.Client) -> None:
    data = sse_data(post(client, "no_done", STREAM).text)
    assert data[-1] != "[DONE]"
    assert json.loads(data[-1])["choices"] == []
    text = post(client, "no_done;mid_json=1", STREAM).text
    last = text.split("\n\n")[-1]
    assert last.startswith("data: {")
    assert not text.endswith("\n\n")
    with pytest.raises(json.JSONDecodeError):
        json.loads(last[6:])


def test_hold_after_done(client: httpx.Client, mock: MockOpenRouter) -> None:
    t0 = time.monotonic()
    with client.stream(
        "POST",
        "/chat/completions",
        json=STREAM,
        headers={"X-Mock-Scenario": "hold_after_done;seconds=10"},
    ) as r:
        for line in r.iter_lines():
            if line == "data: [DONE]":
                break
    assert time.monotonic() - t0 < 2
    wait_until(lambda: mock.requests[-1].ended_at is not None)
    assert mock.requests[-1].disconnected_at is not None
    with pytest.raises(httpx.ReadTimeout):  # a client that waits for EOF hangs
        client.post("/chat/completions", json=STREAM, timeout=0.3,
                    headers={"X-Mock-Scenario": "hold_after_done;seconds=5"})  # fmt: skip


def test_generation_404_then_same_cost(client: httpx.Client) -> None:
    r = post(client, "generation_404;k=2").json()
    statuses = [client.get("/generation", params={"id": r["id"]}) for _ in range(3)]
    assert [s.status_code for s in statuses] == [404, 404, 200]
    assert statuses[0].json()["error"]["code"] == 404
    assert statuses[2].json()["data"]["total_cost"] == r["usage"]["cost"]


def test_keepalive_only_on_json_request_is_a_stall(client: httpx.Client) -> None:
    t0 = time.monotonic()
    r = post(client, "keepalive_only;seconds=0.3")
    assert time.monotonic() - t0 >= 0.25
    assert r.json()["object"] == "chat.completion"


def test_mid_body_fault_beyond_the_end_still_happens(client: httpx.Client) -> None:
    with pytest.raises(httpx.ReadError):
        read_all(client, "reset;phase=mid_body;after=999", STREAM)
