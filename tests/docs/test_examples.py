"""Every script in examples/ runs as a subprocess against the mock and prints what it should.

The mock runs in this process; each script gets OPENROUTER_API_KEY and OPENROUTER_BASE_URL
pointing at it, exactly as a user would set them for the real API.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from openrouter_ext.testing import MockOpenRouter

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
TIMEOUT = 60


@pytest.fixture(scope="module")
def mock() -> Iterator[MockOpenRouter]:
    with MockOpenRouter() as server:
        yield server


def run(script: str, mock: MockOpenRouter, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("OPENROUTER_")}
    environ.update(OPENROUTER_API_KEY=mock.api_key, OPENROUTER_BASE_URL=mock.base_url, **env)
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script)],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, f"{script} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_every_example_is_tested() -> None:
    tested = {"basic_chat.py", "stream_tool_calls.py", "async_batch_budget.py"}
    tested.add("otel_observability.py")
    tested.add("structured_output.py")
    assert {p.name for p in EXAMPLES.glob("*.py")} == tested


def test_examples_need_a_key() -> None:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("OPENROUTER_")}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "basic_chat.py")],
        env=environ,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 2
    assert "OPENROUTER_API_KEY" in done.stderr


def test_basic_chat(mock: MockOpenRouter) -> None:
    mock.reset()
    out = run("basic_chat.py", mock).stdout
    assert "Mock reply to: What is the capital of France?" in out
    assert "Mock reply to: And roughly how many people live there?" in out
    assert "total: 2 calls" in out
    first, second = (r.body for r in mock.requests_to("/chat/completions"))
    assert len(second["messages"]) == len(first["messages"]) + 2  # the conversation grows
    assert second["messages"][-2]["role"] == "assistant"


def test_stream_tool_calls(mock: MockOpenRouter) -> None:
    mock.reset()
    mock.script("tool_calls;parallel=2", times=1, match="/chat/completions")
    out = run("stream_tool_calls.py", mock).stdout
    assert "[model calls get_weather]" in out
    assert "[model calls get_local_time]" in out
    assert re.search(r"tool get_weather\(.*\) -> .*temperature_c", out)
    assert "Based on the tool result" in out  # the streamed final answer
    first, second = mock.requests_to("/chat/completions")
    assert first.body["stream"] is True
    tool_messages = [m for m in second.body["messages"] if m["role"] == "tool"]
    assert len(tool_messages) == 2
    assert "2 streamed calls" in out


def test_async_batch_budget(mock: MockOpenRouter) -> None:
    mock.reset()
    out = run("async_batch_budget.py", mock).stdout
    match = re.search(r"the budget allowed (\d+) of 20 calls \((\d+) refused, 0 failed\)", out)
    assert match, out
    allowed, refused = int(match[1]), int(match[2])
    assert 0 < allowed < 20
    assert allowed + refused == 20
    assert len(mock.requests_to("/chat/completions")) == allowed  # refused calls were not sent
    assert out.count("refused by the budget (not sent)") == refused
    spent = re.search(r"spent \$([\d.E-]+) of \$0\.0005", out)
    assert spent, out
    assert float(spent[1]) <= 0.0005


def test_otel_observability(mock: MockOpenRouter) -> None:
    mock.reset()
    done = run("otel_observability.py", mock)
    out = done.stdout
    assert out.count("'chat openai/gpt-4o-mini' kind=CLIENT status=UNSET") == 2
    assert "'chat no-such-author/no-such-model' kind=CLIENT status=ERROR" in out
    assert "openrouter.streamed = True" in out
    assert "error.type = BadRequestError" in out
    for metric in ("gen_ai.client.token.usage", "gen_ai.client.operation.duration"):
        assert metric in out
    assert re.search(r"openrouter\.cost \[USD\] ok = [\d.e-]+", out)
    assert "failed: BadRequestError (400)" in done.stderr  # the per-call log line


def test_structured_output(mock: MockOpenRouter) -> None:
    mock.reset()
    out = run("structured_output.py", mock).stdout
    assert "step 1: mock-explanation -> mock-output" in out
    assert "answer: mock-final_answer" in out
    assert "tool call GetWeather: city=mock-city unit=c" in out
    first, second = (r.body for r in mock.requests_to("/chat/completions"))
    assert first["response_format"]["json_schema"]["name"] == "MathAnswer"
    assert second["tools"][0]["function"]["strict"] is True
    assert "total: 2 calls" in out
    mock.script("refusal", times=1, match="/chat/completions")
    assert "refused: I'm sorry" in run("structured_output.py", mock).stdout
