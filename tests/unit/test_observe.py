"""CallInfo, one log record per call, OPENROUTER_EXT_LOG, body redaction, observers."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from openrouter_ext import RateLimitError
from openrouter_ext._costs.observe import (
    ENV_LOG,
    CallInfo,
    _Formatter,
    add_global_observer,
    call_info_from,
    configure_logging_from_env,
    finish_reasons_of,
    global_observers,
    log_call,
    notify,
    redact_body,
    remove_global_observer,
)
from openrouter_ext._costs.tracker import usage_record
from tests.conftest import TEST_KEY, fixture_json

LOGGER = logging.getLogger("openrouter_ext")


def _info(**kw: Any) -> CallInfo:
    record = usage_record(
        fixture_json("chat_result.json"),
        operation="chat",
        requested_model="openai/gpt-4o",
        tags=["batch-7"],
        streamed=False,
        incomplete=False,
    )
    defaults: dict[str, Any] = {
        "operation": "chat",
        "model": "openai/gpt-4o",
        "status": 200,
        "attempts": 1,
        "latency": 1.25,
        "finish_reasons": finish_reasons_of(fixture_json("chat_result.json")),
        "end_time": 1_700_000_000.5,
    }
    return call_info_from(record, **{**defaults, **kw})


def test_call_info_from_a_record() -> None:
    info = _info()
    assert info == CallInfo(
        operation="chat",
        model="openai/gpt-4o",
        served_model="openai/gpt-4o",
        provider="OpenAI",
        generation_id="gen-1700000000-abcdefghijklmnop",
        status=200,
        attempts=1,
        latency=1.25,
        prompt_tokens=10,
        completion_tokens=4,
        reasoning_tokens=0,
        cost=Decimal("0.00014"),
        finish_reasons=("stop",),
        tags=("batch-7",),
        end_time=1_700_000_000.5,
    )


def test_call_info_from_a_failure_keeps_the_class_name_only() -> None:
    exc = RuntimeError(f"boom {TEST_KEY}")
    info = call_info_from(
        None,
        operation="embeddings",
        model="m",
        status=None,
        attempts=3,
        latency=0.5,
        error=exc,
        generation_id="gen-err",
        tags=["t"],
        streamed=True,
    )
    assert info.error == "RuntimeError"
    assert (info.generation_id, info.tags, info.streamed) == ("gen-err", ("t",), True)
    assert info.cost is None
    assert info.prompt_tokens is None
    assert info.end_time > 1_600_000_000
    assert call_info_from(None, **_base(error="Custom")).error == "Custom"


def _base(**kw: Any) -> dict[str, Any]:
    return {"operation": "chat", "model": "m", "status": 200, "attempts": 1, "latency": 0.1, **kw}


def test_call_info_prefers_the_record_and_falls_back_to_arguments() -> None:
    record = usage_record(
        {"model": "m"}, operation="chat", requested_model="m", streamed=True, incomplete=True
    )
    info = call_info_from(record, **_base(generation_id="gen-hdr", tags=["x"]))
    assert (info.generation_id, info.tags, info.incomplete, info.streamed) == (
        "gen-hdr",
        ("x",),
        True,
        True,
    )


def test_finish_reasons_of() -> None:
    wire = {"choices": [{"finish_reason": "stop"}, {"finish_reason": None}, "x", {}]}
    assert finish_reasons_of(wire) == ("stop",)
    assert finish_reasons_of({"choices": None}) == ()
    assert finish_reasons_of({}) == ()


def _records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "openrouter_ext"]


def test_log_call_emits_one_info_record_with_all_fields(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, "openrouter_ext"):
        log_call(_info())
    (rec,) = _records(caplog)
    assert rec.levelno == logging.INFO
    assert rec.getMessage() == (
        "chat openai/gpt-4o via OpenAI: 200, 1 attempt, 1.250s, 10+4 tokens, $0.00014"
    )
    fields = rec.openrouter  # type: ignore[attr-defined]
    assert fields["cost"] == "0.00014"
    assert fields["generation_id"] == "gen-1700000000-abcdefghijklmnop"
    assert fields["finish_reasons"] == ["stop"]
    assert fields["tags"] == ["batch-7"]
    assert set(fields) >= {
        "operation", "model", "served_model", "provider", "status", "attempts", "latency",
        "prompt_tokens", "completion_tokens", "reasoning_tokens", "streamed", "incomplete",
        "error",
    }  # fmt: skip
    json.dumps(fields)  # JSON-ready


def test_log_call_message_variants(caplog: pytest.LogCaptureFixture) -> None:
    other = logging.getLogger("test.observe")
    with caplog.at_level(logging.INFO, "test.observe"):
        log_call(
            CallInfo(
                operation="chat",
                model="openrouter/auto",
                served_model="x/y",
                status=200,
                attempts=2,
                incomplete=True,
            ),
            other,
        )
        log_call(CallInfo(operation="embeddings", model=None), other)
    first, second = (r.getMessage() for r in caplog.records)
    assert first == "chat openrouter/auto -> x/y: 200, 2 attempts, 0.000s, 0+0 tokens, " + (
        "cost unknown, incomplete"
    )
    assert second.startswith("embeddings ?: None, 1 attempt")


def test_log_call_failure_is_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    exc = RateLimitError.__new__(RateLimitError)  # only the class name is used
    with caplog.at_level(logging.INFO, "openrouter_ext"):
        log_call(_info(status=429, attempts=3, error=exc))
        log_call(_info(status=None, error="APIConnectionError"))
    first, second = _records(caplog)
    assert first.levelno == logging.WARNING
    assert first.getMessage() == (
        "chat openai/gpt-4o via OpenAI failed: RateLimitError (429) after 3 attempts, 1.250s"
    )
    assert second.getMessage().endswith("failed: APIConnectionError after 1 attempt, 1.250s")


def test_log_call_does_nothing_when_disabled(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, "openrouter_ext"):
        log_call(_info())
        log_call(_info(error="X"))
    assert _records(caplog) == []


def test_logs_never_carry_a_key(caplog: pytest.LogCaptureFixture) -> None:
    info = _info(tags=[TEST_KEY], error=ValueError(TEST_KEY))
    with caplog.at_level(logging.DEBUG, "openrouter_ext"):
        log_call(info)
        log_call(CallInfo(operation="chat", model=f"Bearer {TEST_KEY}"))
    text = caplog.text + json.dumps([r.__dict__.get("openrouter") for r in caplog.records])
    assert len(_records(caplog)) == 2
    assert "sk-or-" not in text
    assert "<redacted>" in text


@pytest.fixture
def clean_logger() -> Iterator[None]:
    handlers, level = list(LOGGER.handlers), LOGGER.level
    yield
    LOGGER.handlers[:] = handlers
    LOGGER.setLevel(level)


@pytest.mark.usefixtures("clean_logger")
@pytest.mark.parametrize(
    ("value", "level"),
    [("debug", logging.DEBUG), (" INFO ", logging.INFO), ("warning", logging.WARNING)],
)
def test_env_turns_logging_on_once(value: str, level: int) -> None:
    before = len(LOGGER.handlers)
    assert configure_logging_from_env({ENV_LOG: value}) == level
    assert configure_logging_from_env({ENV_LOG: "debug"}) == logging.DEBUG
    assert LOGGER.level == logging.DEBUG
    assert len(LOGGER.handlers) == before + 1
    handler = LOGGER.handlers[-1]
    assert isinstance(handler, logging.StreamHandler)
    assert isinstance(handler.formatter, _Formatter)


@pytest.mark.usefixtures("clean_logger")
def test_env_unset_or_invalid_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    before = (list(LOGGER.handlers), LOGGER.level)
    monkeypatch.delenv(ENV_LOG, raising=False)
    assert configure_logging_from_env() is None
    assert configure_logging_from_env({ENV_LOG: ""}) is None
    with pytest.warns(RuntimeWarning, match="OPENROUTER_EXT_LOG='loud'"):
        assert configure_logging_from_env({ENV_LOG: "loud"}) is None
    monkeypatch.setenv(ENV_LOG, "info")
    assert configure_logging_from_env() == logging.INFO
    LOGGER.handlers[:] = before[0]
    LOGGER.setLevel(before[1])


def test_formatter_appends_the_fields_as_json() -> None:
    formatter = _Formatter("%(message)s")
    plain = logging.LogRecord("openrouter_ext", logging.INFO, __file__, 1, "retrying", (), None)
    assert formatter.format(plain) == "retrying"
    plain.openrouter = {"cost": "0.1", "model": "ü"}
    assert formatter.format(plain) == 'retrying {"cost": "0.1", "model": "ü"}'


def test_redact_body_hides_message_text_by_default() -> None:
    body: dict[str, Any] = {
        "model": "m",
        "temperature": 0.2,
        "messages": [
            {"role": "system", "content": "secret plan"},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "héllo"},
                    {"type": "image_url", "image_url": {"url": "data:..."}},
                    "odd",
                ],
            },
            {
                "role": "assistant",
                "content": None,
                "reasoning": "hmm",
                "reasoning_details": [{"text": "hmm"}],
                "tool_calls": [
                    {"id": "c1", "function": {"name": "f", "arguments": '{"a":1}'}},
                    "odd",
                ],
            },
            {"role": "tool", "content": 42},
            "not a message",
        ],
    }
    out = redact_body(body)
    assert out["model"] == "m"
    assert out["temperature"] == 0.2
    system, user, assistant, tool, odd = out["messages"]
    assert system == {"role": "system", "content": "<redacted: 11 chars>"}
    assert user["content"] == [
        {"type": "text", "text": "<redacted: 5 chars>"},
        {"type": "image_url"},
        {"type": "str"},
    ]
    assert assistant["content"] is None
    assert assistant["reasoning"] == "<redacted: 3 chars>"
    assert assistant["reasoning_details"] == "<redacted>"
    assert assistant["tool_calls"] == [{"id": "c1", "name": "f"}, "<redacted>"]
    assert tool["content"] == "<redacted>"
    assert odd == "<redacted: 13 chars>"
    assert body["messages"][0]["content"] == "secret plan"  # input untouched


def test_redact_body_hides_embeddings_input_and_response_choices() -> None:
    assert redact_body({"input": "abc"})["input"] == "<redacted: 3 chars>"
    assert redact_body({"input": ["a", "b"], "prompt": "xy"}) == {
        "input": "<redacted: 2 items>",
        "prompt": "<redacted: 2 chars>",
    }
    result = fixture_json("chat_result.json")
    out = redact_body(result)
    assert out["choices"][0]["message"]["content"] == "<redacted: 24 chars>"
    assert out["usage"] == result["usage"]
    chunk = {"choices": [{"delta": {"content": "Hi"}}, {"index": 1}, "x"]}
    assert redact_body(chunk)["choices"] == [
        {"delta": {"content": "<redacted: 2 chars>"}},
        {"index": 1},
        "x",
    ]


def test_redact_body_keeps_text_on_opt_in_but_never_keys() -> None:
    body = {"messages": [{"role": "user", "content": f"my key is {TEST_KEY}"}], "n": (1, 2)}
    out = redact_body(body, log_bodies=True)
    assert out["messages"][0]["content"] == "my key is <redacted>"
    assert out["n"] == [1, 2]
    assert "sk-or-" not in json.dumps(redact_body(body))


def test_global_observers_and_notify(caplog: pytest.LogCaptureFixture) -> None:
    seen: list[CallInfo] = []

    def broken(info: CallInfo) -> None:
        raise RuntimeError("exporter down")

    add_global_observer(seen.append)
    add_global_observer(broken)
    try:
        observers = global_observers()
        assert observers[-2:] == [seen.append, broken]
        with caplog.at_level(logging.ERROR, "openrouter_ext"):
            notify([broken, seen.append], _info())
        assert seen == [_info()]
        assert "observer" in caplog.text
    finally:
        remove_global_observer(seen.append)
        remove_global_observer(broken)
    remove_global_observer(broken)  # absent: no error
    assert broken not in global_observers()
