"""Every script in examples/ runs as a subprocess against the mock and prints what it should.

The mock runs in this process; each script gets OPENROUTER_API_KEY and OPENROUTER_BASE_URL
pointing at it, exactly as a user would set them for the real API.
"""

from __future__ import annotations

import ast
import json
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
    # openai-python programs, ported by changing the import
    tested |= {"openai_stream.py", "openai_tool_loop.py", "openai_model_dump.py"}
    tested |= {"openai_raw_response.py", "openai_parse.py"}
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


# The openai-ported programs: written as openai-python code, only the import changed.

REPLY = "Mock reply to: Say this is a test — café, 你好 🚀."


def test_openai_stream_prints_only_text(mock: MockOpenRouter) -> None:
    mock.reset()
    done = run("openai_stream.py", mock)
    assert done.stdout == REPLY + "\n"  # no Unset object, no None, nothing from the usage chunk
    assert done.stderr == ""
    (request,) = mock.requests_to("/chat/completions")
    assert request.body["stream"] is True


def test_openai_tool_loop(mock: MockOpenRouter) -> None:
    mock.reset()
    out = run("openai_tool_loop.py", mock).stdout
    call = "function get_weather({'city': 'mock-city'}) -> "
    assert call + '{"city": "mock-city", "temperature_c": 18, "sky": "clear"}' in out
    assert "answer: Based on the tool result" in out
    assert "3 messages" in out
    first, second = (r.body for r in mock.requests_to("/chat/completions"))
    assert [m["role"] for m in first["messages"]] == ["user"]
    user, assistant, tool = second["messages"]
    assert user == first["messages"][0]
    assert assistant["role"] == "assistant" and assistant["content"] is None
    (tool_call,) = assistant["tool_calls"]
    assert tool_call["type"] == "function"
    assert tool_call["function"] == {"name": "get_weather", "arguments": '{"city":"mock-city"}'}
    assert tool == {
        "role": "tool",
        "tool_call_id": tool_call["id"],
        "content": '{"city": "mock-city", "temperature_c": 18, "sky": "clear"}',
    }
    assert second["tools"] == first["tools"]


def test_openai_tool_loop_parallel_calls(mock: MockOpenRouter) -> None:
    mock.reset()
    mock.script("tool_calls;parallel=2", times=1, match="/chat/completions")
    out = run("openai_tool_loop.py", mock).stdout
    assert out.count("function get_weather(") == 2
    assert "4 messages" in out  # user, assistant, two tool results
    _, second = (r.body for r in mock.requests_to("/chat/completions"))
    ids = [c["id"] for c in second["messages"][1]["tool_calls"]]
    assert [m.get("tool_call_id") for m in second["messages"][2:]] == ids


def test_openai_model_dump(mock: MockOpenRouter) -> None:
    mock.reset()
    out = run("openai_model_dump.py", mock).stdout
    dumped, end = json.JSONDecoder().raw_decode(out)
    assert out.startswith('{\n  "')  # indent=2 (fields in the spec's order)
    assert dumped["id"].startswith("gen-")
    assert dumped["object"] == "chat.completion"
    assert dumped["model"] == "openai/gpt-4o-mini"
    assert dumped["choices"][0]["message"] == {"role": "assistant", "content": REPLY}
    assert dumped["usage"]["total_tokens"] == 21 and dumped["usage"]["cost"] > 0
    assert "null" not in out[:end]  # absent and null optional fields are left out
    rest = out[end:].strip().splitlines()
    assert rest[0] == REPLY
    usage = ast.literal_eval(rest[1])
    assert (usage["prompt_tokens"], usage["completion_tokens"], usage["total_tokens"]) == (
        9,
        12,
        21,
    )


def test_openai_raw_response(mock: MockOpenRouter) -> None:
    mock.reset()
    out = run("openai_raw_response.py", mock).stdout
    assert "status: 200\ncontent-type: application/json\n" in out
    match = re.search(r"request id: (gen-\S+)\ncompletion id: (gen-\S+)\n", out)
    assert match, out
    assert match[1] == match[2]  # the header's generation id is the completion's id
    assert out.endswith(REPLY + "\n")
    assert len(mock.requests_to("/chat/completions")) == 1  # parse() sends nothing


def test_openai_parse(mock: MockOpenRouter) -> None:
    mock.reset()
    out = run("openai_parse.py", mock).stdout
    assert out == "event: mock-name on mock-date with mock-participants\nCalendarEvent\n"
    (request,) = mock.requests_to("/chat/completions")
    response_format = request.body["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["name"] == "CalendarEvent"
    assert response_format["json_schema"]["strict"] is True
    schema = response_format["json_schema"]["schema"]
    assert set(schema["required"]) == {"name", "date", "participants"}
    mock.script("refusal", times=1, match="/chat/completions")
    assert run("openai_parse.py", mock).stdout.startswith("refused: I'm sorry")
