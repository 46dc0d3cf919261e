"""The command line, run as a subprocess against the mock: output, exit codes, errors, Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from openrouter_ext import Ledger
from openrouter_ext.testing import MockOpenRouter

CLI = [sys.executable, "-m", "openrouter_ext"]


@pytest.fixture(scope="module")
def server() -> Iterator[MockOpenRouter]:
    with MockOpenRouter() as mock:
        yield mock


@pytest.fixture
def mock(server: MockOpenRouter) -> MockOpenRouter:
    server.reset()
    return server


@pytest.fixture
def env(mock: MockOpenRouter, tmp_path: Path) -> dict[str, str]:
    environ = dict(os.environ)
    environ.update(
        OPENROUTER_API_KEY=mock.api_key,
        OPENROUTER_BASE_URL=mock.base_url,
        OPENROUTER_EXT_LEDGER=str(tmp_path / "ledger.sqlite3"),
        PYTHONUNBUFFERED="1",
    )
    return environ


def run(args: list[str], env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args], env=env, input=stdin, capture_output=True, text=True, timeout=60, check=False
    )


def test_chat_streams_to_stdout_and_reports_cost_on_stderr(
    env: dict[str, str], tmp_path: Path
) -> None:
    result = run(["chat", "Hello there", "-m", "openai/gpt-4o-mini"], env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Mock reply to: Hello there")
    assert "café" in result.stdout
    assert "out tokens" in result.stderr and "cost $" in result.stderr
    assert "gen-" in result.stderr
    rows = Ledger(tmp_path / "ledger.sqlite3").rows()  # written to the (test) default ledger
    assert len(rows) == 1 and rows[0]["cost"] > 0


def test_chat_reads_stdin_when_piped_and_no_ledger(env: dict[str, str], tmp_path: Path) -> None:
    result = run(
        ["chat", "--no-ledger", "--no-stream", "--system", "be brief"], env, stdin="from a pipe\n"
    )
    assert result.returncode == 0, result.stderr
    assert "Mock reply to: from a pipe" in result.stdout
    assert not (tmp_path / "ledger.sqlite3").exists()
    dash = run(["chat", "-", "--no-ledger"], env, stdin="dash prompt")
    assert "Mock reply to: dash prompt" in dash.stdout


def test_chat_json_output(env: dict[str, str]) -> None:
    result = run(
        [
            "chat",
            "json please",
            "--json",
            "--max-tokens",
            "50",
            "--no-ledger",
            "--provider-sort",
            "price",
        ],
        env,
    )
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert body["object"] == "chat.completion"
    assert body["usage"]["cost"] > 0


def test_models_table_search_sort_and_json(env: dict[str, str]) -> None:
    table = run(["models", "--sort", "price"], env)
    assert table.returncode == 0
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["model", "context", "$/M", "in", "$/M", "out"]
    assert any("openai/gpt-4o-mini" in line and "0.15" in line and "0.60" in line for line in lines)
    search = run(["models", "--search", "claude", "--json"], env)
    models = json.loads(search.stdout)
    assert models and all("claude" in m["id"] for m in models)
    by_context = run(["models", "--sort", "context"], env).stdout.splitlines()[1:]
    contexts = [int(line.split()[1].replace(",", "")) for line in by_context]
    assert contexts == sorted(contexts, reverse=True)


def test_key_credits_and_generation(env: dict[str, str], mock: MockOpenRouter) -> None:
    key = run(["key"], env)
    assert key.returncode == 0 and "limit_remaining" in key.stdout
    assert mock.api_key not in key.stdout + key.stderr
    credits = run(["credits"], dict(env, OPENROUTER_API_KEY=mock.management_key))
    assert credits.returncode == 0 and "remaining" in credits.stdout
    chat = run(["chat", "for a generation", "--no-ledger"], env)
    generation_id = chat.stderr.split("gen-")[1].split("]")[0].split(",")[0]
    generation = run(["generation", f"gen-{generation_id}", "--wait", "5"], env)
    assert generation.returncode == 0, generation.stderr
    assert "total_cost" in generation.stdout


def test_costs_summary_from_the_ledger(env: dict[str, str], tmp_path: Path) -> None:
    run(["chat", "one"], env)
    run(["chat", "two"], env)
    result = run(["costs", "--ledger", str(tmp_path / "ledger.sqlite3")], env)
    assert result.returncode == 0
    assert (
        "by model" in result.stdout and "by provider" in result.stdout and "by day" in result.stdout
    )
    assert "openai/gpt-4o-mini" in result.stdout and "2 req" in result.stdout
    as_json = json.loads(run(["costs", "--json"], env).stdout)
    assert as_json["model"]["openai/gpt-4o-mini"]["requests"] == 2


def test_exit_codes_and_one_line_errors(env: dict[str, str], mock: MockOpenRouter) -> None:
    usage = run(["chat", "--bogus-flag"], env)
    assert usage.returncode == 2
    api = run(["generation", "gen-does-not-exist"], env)
    assert api.returncode == 1
    assert api.stderr.strip().splitlines()[-1].startswith("error: 404")
    assert "Traceback" not in api.stderr
    bad_key = run(["key"], dict(env, OPENROUTER_API_KEY="sk-or-v1-wrongwrongwrong0000000000"))
    assert bad_key.returncode == 1 and "401" in bad_key.stderr
    assert "sk-or-v1-wrongwrongwrong0000000000" not in bad_key.stderr + bad_key.stdout
    refused = run(["key", "--base-url", "http://127.0.0.1:9/api/v1"], env)
    assert refused.returncode == 3 and refused.stderr.startswith("error:")
    debug = run(["--debug", "generation", "gen-nope"], env)
    assert "Traceback" in debug.stderr and debug.returncode == 1
    flag_key = run(["--api-key", mock.api_key, "key"], dict(env, OPENROUTER_API_KEY=""))
    assert flag_key.returncode == 0


def test_ctrl_c_stops_the_stream_and_reports_spend(
    env: dict[str, str], mock: MockOpenRouter, tmp_path: Path
) -> None:
    mock.script("stall;phase=mid_body;after=3;seconds=20", match="/chat/completions")
    proc = subprocess.Popen(
        [*CLI, "chat", "a long answer please"],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    first = proc.stdout.read(5)  # the answer has started streaming
    assert first
    started = time.monotonic()
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=15)
    assert time.monotonic() - started < 5  # stops at once, not after the 20 s stall
    assert proc.returncode == 130
    assert "[interrupted]" in err
    assert "Traceback" not in err
    rows = Ledger(tmp_path / "ledger.sqlite3").rows()
    assert len(rows) == 1 and rows[0]["incomplete"] == 1 and rows[0]["generation_id"]


def test_interactive_session_keeps_the_conversation(env: dict[str, str]) -> None:
    script = (
        "import sys\n"
        "sys.stdin.isatty = lambda: True\n"
        "from openrouter_ext._cli.main import main\n"
        "raise SystemExit(main(['chat', '--no-ledger', '--no-stream']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        input="first\nsecond\n\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Mock reply to: first" in result.stdout
    assert "Mock reply to: second" in result.stdout
    assert result.stderr.count("out tokens") == 2


def test_console_script_is_installed() -> None:
    exe = Path(sys.executable).parent / "openrouter-ext"
    assert exe.exists()
    result = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, timeout=30, check=False
    )
    assert result.returncode == 0 and result.stdout.startswith("openrouter-ext ")
