"""Every fault scenario of the mock, driven through OpenRouter and AsyncOpenRouter over loopback.

Each test asserts what the client does: the result or the error class, how many requests
reached the server (``mock.requests``) and, for socket faults, that the connection was let go.
Waits between retries are 0 (``FAST``) unless the server gives a delay; stalls are short.
"""

from __future__ import annotations

import json
import math
import re
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from openrouter_ext import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    IncompleteStreamError,
    InsufficientCreditsError,
    NotFoundError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    StreamError,
)
from openrouter_ext.testing import MockOpenRouter
from openrouter_ext.testing._scenarios import FRAMING_STYLES, SCENARIOS
from tests.e2e.support import E2E, MODEL, answer, chats, reconcile, until_error

STREAMED = pytest.mark.parametrize("streamed", [False, True], ids=["create", "stream"])
PIECES = ["Mock ", "reply ", "to: ", "Hello ", "— ", "café, ", "你好 ", "🚀."]


def result_of(e2e: E2E, client: Any, scenario: str | None, streamed: bool, **kw: Any) -> Any:
    """The ChatResult of one call: ``create()``, or a stream's ``final_response()``."""
    if streamed:
        return e2e.final(e2e.stream(client, scenario, **kw))
    return e2e.create(client, scenario, **kw)


def statuses(mock: MockOpenRouter) -> list[int | None]:
    return [r.status for r in chats(mock)]


def text_of(result: Any) -> str:
    return str(result.choices[0].message.content)


def generation(mock: MockOpenRouter, generation_id: str) -> Any:
    return mock.state.generations[generation_id]


def test_every_scenario_of_the_mock_is_driven_by_an_e2e_test() -> None:
    source = "".join(p.read_text(encoding="utf-8") for p in Path(__file__).parent.glob("test_*.py"))
    used = set(re.findall(r'["|+] ?([a-z_0-9]+)(?=[;"| ])', source))
    assert set(SCENARIOS) - used == set()


# HTTP errors ----------------------------------------------------------------------------------
STATUSES = [
    (400, BadRequestError, 1),
    (401, AuthenticationError, 1),
    (402, InsufficientCreditsError, 1),
    (404, NotFoundError, 1),
    (429, RateLimitError, 3),
    (500, ServerError, 3),
    (502, ServerError, 3),
    (503, ServerError, 3),
    (529, ServerError, 3),
]


@STREAMED
def test_status_maps_to_its_error_and_only_transient_ones_are_retried(
    e2e: E2E, mock: MockOpenRouter, streamed: bool
) -> None:
    for code, error, attempts in STATUSES:
        client = e2e.client()  # a fresh retry budget each time
        mock.reset()
        with pytest.raises(error) as info:
            result_of(e2e, client, f"status;code={code}", streamed)
        assert info.value.status_code == code
        assert [r.attempt for r in chats(mock)] == list(range(1, attempts + 1))  # max_retries=2
        assert statuses(mock) == [code] * attempts


@STREAMED
def test_retry_after_seconds_and_ms_are_waited_exactly(
    e2e: E2E, mock: MockOpenRouter, streamed: bool
) -> None:
    for delay in ("retry_after=0.25", "retry_after_ms=250"):
        client = e2e.client()
        mock.reset()
        scenario = f"status;code=429;{delay} | ok"
        assert text_of(result_of(e2e, client, scenario, streamed)) == answer()
        first, second = chats(mock)
        assert (first.status, second.status) == (429, 200)
        assert first.ended_at is not None
        assert 0.24 <= second.started_at - first.ended_at < 1.2  # the server's 0.25 s, no jitter


def test_retry_after_http_date_is_waited_until_that_second(e2e: E2E, mock: MockOpenRouter) -> None:
    client = e2e.client()
    e2e.create(client, "status;code=429;retry_after_date=1 | ok")
    first, second = chats(mock)
    # the date is now + 1 s truncated to the second: the retry starts at that second
    assert second.started_at >= math.floor(first.started_at + 1) - 0.02
    assert second.started_at - first.started_at < 1.6


@STREAMED
@pytest.mark.parametrize("scenario", ["status;code=429;rate_limit=1", "status;retry_after=1000"])
def test_server_delay_beyond_the_cap_raises_at_once(
    e2e: E2E, mock: MockOpenRouter, streamed: bool, scenario: str
) -> None:
    client = e2e.client(retry_policy=RetryPolicy(max_retry_after=5))
    start = time.monotonic()
    with pytest.raises(RateLimitError) as info:
        result_of(e2e, client, scenario, streamed)
    assert time.monotonic() - start < 1.0
    assert len(chats(mock)) == 1
    error = info.value
    assert error.retry_after is not None and error.retry_after > 5
    if "rate_limit" in scenario:  # X-RateLimit-Reset (epoch ms) 60 s ahead
        assert 55 < error.retry_after <= 60
        assert error.headers["x-ratelimit-limit"] == "20"
        assert error.headers["x-ratelimit-remaining"] == "0"
        assert not error.daily_quota


@STREAMED
def test_sequence_429_503_200_succeeds_on_the_third_attempt(
    e2e: E2E, mock: MockOpenRouter, streamed: bool
) -> None:
    client = e2e.client()
    result = result_of(e2e, client, "sequence;statuses=429,503,200", streamed)
    assert text_of(result) == answer()
    assert statuses(mock) == [429, 503, 200]
    assert client.costs.totals().requests == 1


@STREAMED
def test_400_wrapping_a_transient_502_is_retried_and_other_inner_codes_are_not(
    e2e: E2E, mock: MockOpenRouter, streamed: bool
) -> None:
    client = e2e.client()
    assert text_of(result_of(e2e, client, "wrapped_error | ok", streamed)) == answer()
    assert statuses(mock) == [400, 200]
    mock.reset()
    with pytest.raises(BadRequestError) as info:
        result_of(e2e, client, "wrapped_error;inner=422 | ok", streamed)
    assert info.value.inner_status == 422
    assert info.value.provider_name == "OpenAI"
    assert statuses(mock) == [400]


@STREAMED
def test_error_envelope_in_a_200_is_retried_like_its_status(
    e2e: E2E, mock: MockOpenRouter, streamed: bool
) -> None:
    client = e2e.client()
    assert text_of(result_of(e2e, client, "error_200 | ok", streamed)) == answer()
    assert statuses(mock) == [200, 200]
    mock.reset()
    with pytest.raises(ServerError) as info:
        result_of(e2e, client, "error_200", streamed)
    assert info.value.status_code == 502
    assert len(chats(mock)) == 3
    mock.reset()
    with pytest.raises(BadRequestError):
        result_of(e2e, client, "error_200;code=400", streamed)
    assert len(chats(mock)) == 1


# socket and timing faults ---------------------------------------------------------------------
@STREAMED
@pytest.mark.parametrize("phase", ["before_headers", "after_headers"])
def test_stall_before_the_body_times_out_and_only_a_stream_is_resent(
    e2e: E2E, mock: MockOpenRouter, streamed: bool, phase: str
) -> None:
    client = e2e.client()
    scenario = f"stall;phase={phase};seconds=3 | ok"
    start = time.monotonic()
    if streamed:  # nothing reached the caller yet: resent, and the second attempt succeeds
        assert e2e.text(e2e.stream(client, scenario, timeout=0.3)) == answer()
        assert len(chats(mock)) == 2
    else:  # a generation may have started: a read timeout is never resent by default
        with pytest.raises(APITimeoutError) as info:
            e2e.create(client, scenario, timeout=0.3)
        assert info.value.kind == "read"
        assert len(chats(mock)) == 1
    assert time.monotonic() - start < 2.0
    e2e.wait_until(lambda: chats(mock)[0].disconnected_at is not None)  # the client hung up


def test_stall_mid_body_times_out_without_resending(e2e: E2E, mock: MockOpenRouter) -> None:
    client = e2e.client()
    with pytest.raises(APITimeoutError):
        e2e.create(client, "stall;phase=mid_body;seconds=3", timeout=0.3)
    stream = e2e.stream(client, "stall;phase=mid_body;seconds=3;after=3", stream_idle_timeout=0.3)
    start = time.monotonic()
    got, error = until_error(e2e, stream)
    assert isinstance(error, APITimeoutError)
    assert error.kind == "stream_idle" and error.sent  # httpx's ReadTimeout, named as such
    assert len(got) == 2  # the events before the stall reached the caller
    assert time.monotonic() - start < 2.0
    assert len(chats(mock)) == 2  # one per call: neither was resent
    e2e.wait_until(lambda: all(r.disconnected_at for r in chats(mock)))


@STREAMED
@pytest.mark.parametrize("fault", ["reset", "close"])
@pytest.mark.parametrize("phase", ["before_headers", "after_headers"])
def test_dropped_connection_before_the_body_resends_only_a_stream(
    e2e: E2E, mock: MockOpenRouter, streamed: bool, fault: str, phase: str
) -> None:
    client = e2e.client()
    scenario = f"{fault};phase={phase} | ok"
    if streamed:
        assert e2e.text(e2e.stream(client, scenario)) == answer()
        assert len(chats(mock)) == 2
        *dropped_records, final = client.costs.records
        assert final.generation_id == chats(mock)[1].generation_id and not final.incomplete
        if phase == "before_headers":  # nothing came back: no generation id to record
            assert dropped_records == []
        else:  # the dropped attempt had a generation id: recorded, reconciled
            (dropped,) = dropped_records
            assert dropped.generation_id == chats(mock)[0].generation_id
            assert dropped.incomplete and dropped.cost is None
            assert reconcile(e2e, client) == 1
            billed = sum(generation(mock, r.generation_id or "").cost for r in chats(mock))
            assert client.costs.totals().cost == billed
    else:
        with pytest.raises(APIConnectionError) as info:
            e2e.create(client, scenario)
        assert not isinstance(info.value, APITimeoutError)
        assert info.value.sent  # it reached the server: a resend could bill twice
        assert len(chats(mock)) == 1


@pytest.mark.parametrize("fault", ["reset", "close"])
def test_reads_are_resent_after_a_dropped_connection(
    e2e: E2E, mock: MockOpenRouter, fault: str
) -> None:
    client = e2e.client()
    mock.script(f"{fault};phase=before_headers | ok", match="/models")
    assert len(e2e.run(client.models.list()).data) > 0
    assert len(mock.requests_to("/models")) == 2


@pytest.mark.parametrize("fault", ["reset", "close"])
def test_dropped_connection_mid_body(e2e: E2E, mock: MockOpenRouter, fault: str) -> None:
    client = e2e.client()
    with pytest.raises(APIConnectionError) as info:
        e2e.create(client, f"{fault};phase=mid_body")
    assert info.value.sent
    got, error = until_error(e2e, e2e.stream(client, f"{fault};phase=mid_body;after=4"))
    assert isinstance(error, IncompleteStreamError)
    assert "".join(c.choices[0].delta.content for c in got) == "".join(PIECES[:3])
    assert error.partial_response.choices[0].message.content == "".join(PIECES[:3])
    stream_request = chats(mock)[1]
    assert error.generation_id == stream_request.generation_id
    assert len(chats(mock)) == 2  # neither call was resent
    record = client.costs.records[-1]
    assert record.incomplete and record.generation_id == stream_request.generation_id


@STREAMED
@pytest.mark.parametrize("scenario", ["dribble;size=1", "dribble;size=1 + framing;style=crlf"])
def test_dribbled_bytes_split_inside_utf8_and_crlf_give_the_same_answer(
    e2e: E2E, mock: MockOpenRouter, streamed: bool, scenario: str
) -> None:
    client = e2e.client()
    result = result_of(e2e, client, scenario, streamed)
    assert text_of(result) == answer()
    assert result.usage.cost == float(generation(mock, result.id).cost)
    if streamed:
        chunks = e2e.chunks(e2e.stream(client, scenario))
        deltas = [c.choices[0].delta.content for c in chunks if c.choices]
        assert deltas[: len(PIECES)] == PIECES


def test_keepalives_longer_than_the_read_timeout_keep_a_stream_alive(
    e2e: E2E, mock: MockOpenRouter
) -> None:
    client = e2e.client()
    start = time.monotonic()
    stream = e2e.stream(client, "keepalive_only;seconds=0.6;interval=0.1", timeout=0.3)
    assert e2e.text(stream) == answer()
    assert time.monotonic() - start >= 0.6
    assert len(chats(mock)) == 1
    # not streamed, the keep-alives are a stall before the headers
    assert text_of(e2e.create(client, "keepalive_only;seconds=0.2")) == answer()


def test_keepalives_then_close_are_resent(e2e: E2E, mock: MockOpenRouter) -> None:
    client = e2e.client()
    stream = e2e.stream(client, "keepalive_only;seconds=0.2;interval=0.05;then=close | ok")
    assert e2e.text(stream) == answer()
    assert len(chats(mock)) == 2


def test_keepalives_alone_for_longer_than_the_idle_timeout_fail_the_stream(
    e2e: E2E, mock: MockOpenRouter
) -> None:
    client = e2e.client(max_retries=0)
    start = time.monotonic()
    stream = e2e.stream(client, "keepalive_only;seconds=10;interval=0.05", stream_idle_timeout=0.4)
    with pytest.raises(APITimeoutError) as info:
        e2e.text(stream)
    assert info.value.kind == "stream_idle"
    assert 0.4 <= time.monotonic() - start < 1.5
    e2e.wait_until(lambda: chats(mock)[0].disconnected_at is not None)


# stream endings -------------------------------------------------------------------------------
@pytest.mark.parametrize("done", [0, 1])
def test_error_event_mid_stream_raises_stream_error_with_the_partial_response(
    e2e: E2E, mock: MockOpenRouter, done: int
) -> None:
    client = e2e.client()
    got, error = until_error(e2e, e2e.stream(client, f"mid_stream_error;after=3;done={done}"))
    assert type(error) is StreamError
    assert error.code == 502 and error.error_type == "provider_unavailable"
    assert len(got) == 3
    assert error.partial_response.choices[0].message.content == "".join(PIECES[:3])
    assert error.partial_response.choices[0].finish_reason == "error"
    assert error.generation_id == chats(mock)[0].generation_id
    assert len(chats(mock)) == 1  # content reached the caller: never resent


def test_error_event_before_any_content_is_the_http_error_and_retried(
    e2e: E2E, mock: MockOpenRouter
) -> None:
    client = e2e.client()
    assert e2e.text(e2e.stream(client, "mid_stream_error;after=0 | ok")) == answer()
    assert len(chats(mock)) == 2


def test_clean_end_without_done_after_the_usage_is_complete(e2e: E2E, mock: MockOpenRouter) -> None:
    client = e2e.client()
    result = e2e.final(e2e.stream(client, "no_done"))
    assert text_of(result) == answer()
    assert result.usage.cost == float(generation(mock, result.id).cost)
    assert not client.costs.records[-1].incomplete


def test_body_cut_inside_the_last_event_is_incomplete(e2e: E2E, mock: MockOpenRouter) -> None:
    client = e2e.client()
    got, error = until_error(e2e, e2e.stream(client, "no_done;mid_json=1"))
    assert isinstance(error, IncompleteStreamError)
    assert got[-1].choices[0].finish_reason == "stop"  # everything but the usage event
    assert error.partial_response.choices[0].message.content == answer()
    record = client.costs.records[-1]
    assert record.incomplete and record.cost is None
    assert reconcile(e2e, client) == 1
    billed = generation(mock, chats(mock)[0].generation_id or "").cost
    assert client.costs.totals().cost == billed


def test_done_ends_iteration_at_once_though_the_body_stays_open(
    e2e: E2E, mock: MockOpenRouter
) -> None:
    client = e2e.client()
    start = time.monotonic()
    assert e2e.text(e2e.stream(client, "hold_after_done;seconds=30")) == answer()
    assert time.monotonic() - start < 1.0
    e2e.wait_until(lambda: chats(mock)[0].disconnected_at is not None, timeout=1.0)
    assert e2e.busy(client) == 0
    assert not client.costs.records[-1].incomplete


def test_a_generation_delivered_before_the_hang_up_is_not_cancelled(
    e2e: E2E, mock: MockOpenRouter
) -> None:
    client = e2e.client()
    result = e2e.final(e2e.stream(client, "hold_after_done;seconds=30"))
    e2e.wait_until(lambda: chats(mock)[0].disconnected_at is not None, timeout=1.0)
    assert e2e.run(client.generations.get(result.id)).data.cancelled is False


def test_framing_variants_decode_to_the_same_answer(e2e: E2E, mock: MockOpenRouter) -> None:
    client = e2e.client()
    plain = e2e.final(e2e.stream(client))
    styles = [*FRAMING_STYLES, "nospace,cr,multiline,fields,no_charset", "crlf,multiline,fields"]
    for style in styles:
        framed = e2e.final(e2e.stream(client, f"framing;style={style}"))
        assert text_of(framed) == text_of(plain) == answer(), style
        assert framed.usage.to_dict() == plain.usage.to_dict(), style
        assert framed.choices[0].finish_reason == "stop", style
    assert client.costs.totals().requests == len(styles) + 1
    assert client.costs.totals().incomplete == 0


# content variants -----------------------------------------------------------------------------
@STREAMED
def test_usage_variants_are_recorded_and_reconciled_to_the_billed_cost(
    e2e: E2E, mock: MockOpenRouter, streamed: bool
) -> None:
    for cost in ("absent", "null", "byok"):
        client = e2e.client()
        result = result_of(e2e, client, f"usage;cost={cost}", streamed)
        billed = generation(mock, result.id)
        record = client.costs.records[-1]
        if cost == "byok":
            assert record.is_byok
            assert record.cost == billed.cost  # the 5 % fee
            assert record.upstream_cost == billed.upstream_cost  # paid on the user's own key
            assert reconcile(e2e, client) == 0  # nothing unknown
        else:
            assert record.cost is None  # unknown, not zero
            assert reconcile(e2e, client) == 1
            assert client.costs.records[-1].cost == billed.cost
        assert client.costs.totals().cost == billed.cost


@STREAMED
def test_drift_unknown_fields_and_values_survive(
    e2e: E2E, mock: MockOpenRouter, streamed: bool
) -> None:
    client = e2e.client()
    result = result_of(e2e, client, "drift", streamed)
    assert text_of(result) == answer()
    assert result.choices[0].finish_reason == "mock_unknown_reason"
    assert result.usage.additional_properties == {"mock_future_tokens": 0}
    if streamed:
        chunks = e2e.chunks(e2e.stream(client, "drift"))
        assert chunks[0].additional_properties == {"mock_future_field": {"nested": True}}
        assert chunks[0].choices[0].delta.role == ""
    else:
        assert result.additional_properties == {"mock_future_field": {"nested": [1, "two"]}}
        assert result.choices[0].message.role == ""


@STREAMED
@pytest.mark.parametrize(("parallel", "split"), [(2, 3), (3, 5)])
def test_parallel_tool_calls_with_split_arguments_accumulate(
    e2e: E2E, mock: MockOpenRouter, streamed: bool, parallel: int, split: int
) -> None:
    client = e2e.client()
    result = result_of(e2e, client, f"tool_calls;parallel={parallel};split={split}", streamed)
    calls = result.choices[0].message.tool_calls
    assert result.choices[0].finish_reason == "tool_calls"
    assert len(calls) == parallel
    assert len({c.id for c in calls}) == parallel
    for call in calls:
        assert call.function.name == "get_weather"
        assert json.loads(call.function.arguments) == {"city": "mock-city"}


@STREAMED
def test_reasoning_is_kept(e2e: E2E, mock: MockOpenRouter, streamed: bool) -> None:
    client = e2e.client()
    message = result_of(e2e, client, "reasoning", streamed).choices[0].message
    thought = "Thinking: the user wants a short answer; café 你好. "
    assert message.reasoning == thought
    assert "".join(d.text for d in message.reasoning_details) == thought
    assert message.content == answer()
    assert client.costs.records[-1].reasoning_tokens > 0


@STREAMED
@pytest.mark.parametrize(("finish", "expected"), [("stop", "stop"), ("null", None)])
def test_empty_completion(
    e2e: E2E, mock: MockOpenRouter, streamed: bool, finish: str, expected: str | None
) -> None:
    client = e2e.client()
    result = result_of(e2e, client, f"empty;finish={finish}", streamed)
    assert result.choices[0].message.content in ("", None)
    assert result.choices[0].finish_reason == expected
    if finish == "null":  # zero-completion insurance: nothing billed
        assert client.costs.records[-1].cost == Decimal(0)


@STREAMED
def test_served_model_and_provider_are_the_reported_ones(
    e2e: E2E, mock: MockOpenRouter, streamed: bool
) -> None:
    client = e2e.client()
    result = result_of(e2e, client, "served;provider=Fallback", streamed)
    assert result.model != MODEL and result.provider == "Fallback"
    record = client.costs.records[-1]
    assert (record.model, record.served_model, record.provider) == (
        MODEL, result.model, "Fallback",
    )  # fmt: skip
    assert list(client.costs.by_model()) == [result.model]
    assert record.cost == generation(mock, result.id).cost


def test_generation_lookup_waits_through_404s(e2e: E2E, mock: MockOpenRouter) -> None:
    client = e2e.client()
    result = e2e.create(client, "generation_404;k=2")
    found = e2e.run(client.generations.get(result.id, wait=5))
    assert found.data.id == result.id
    assert found.data.total_cost == result.usage.cost
    assert [r.status for r in mock.requests_to("/generation")] == [404, 404, 200]
    with pytest.raises(NotFoundError):  # without wait= a 404 is final
        e2e.run(client.generations.get(e2e.create(client, "generation_404").id))
