"""The command line on bad input: unusable ledgers, closed pipes, unpriced models (issue #16).

Each case ends with one line on stderr (or silently, for a closed pipe) and a documented exit
code, never a traceback.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from openrouter_ext import Ledger
from openrouter_ext._cli.main import main
from openrouter_ext.testing import MockOpenRouter

CLI = [sys.executable, "-m", "openrouter_ext"]
EXIT_CODES = ("0 ", "1 ", "2 ", "3 ", "4 ", "130 ", "141 ")


def run_main(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.StringIO(""), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_help_documents_the_exit_codes() -> None:
    result = subprocess.run(
        [*CLI, "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0
    epilog = result.stdout.split("exit codes:")[1]
    lines = [line.strip() for line in epilog.splitlines()]
    for code in EXIT_CODES:
        assert any(line.startswith(code) for line in lines), code
    assert any(line.startswith("4 ") and "ledger" in line for line in lines)
    assert any(line.startswith("141 ") and "pipe" in line for line in lines)


# --- unusable ledgers -------------------------------------------------------------------------


@pytest.fixture
def bad_ledgers(tmp_path: Path) -> dict[str, Path]:
    corrupt = tmp_path / "corrupt.sqlite3"
    corrupt.write_bytes(b"this is not an SQLite database\n" * 200)
    directory = tmp_path / "a-directory.sqlite3"
    directory.mkdir()
    return {"corrupt": corrupt, "directory": directory, "below a file": corrupt / "x.sqlite3"}


@pytest.mark.parametrize("kind", ["corrupt", "directory", "below a file"])
def test_costs_on_an_unusable_ledger_is_one_line_and_exit_4(
    bad_ledgers: dict[str, Path], kind: str
) -> None:
    code, out, err = run_main("costs", "--ledger", str(bad_ledgers[kind]))
    assert code == 4
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("error: cannot open the ledger")
    assert str(bad_ledgers[kind]) in err


def test_costs_on_an_unusable_ledger_prints_no_traceback(
    bad_ledgers: dict[str, Path], tmp_path: Path
) -> None:
    env = dict(os.environ, OPENROUTER_EXT_LEDGER=str(bad_ledgers["corrupt"]))
    for argv in (
        ["costs", "--ledger", str(bad_ledgers["directory"])],  # a directory given as --ledger
        ["costs", "--json"],  # a corrupt default ledger
    ):
        result = subprocess.run(
            [*CLI, *argv], env=env, capture_output=True, text=True, timeout=60, check=False
        )
        assert result.returncode == 4, result.stderr
        assert "Traceback" not in result.stderr
        assert len(result.stderr.splitlines()) == 1
        assert result.stderr.startswith("error: cannot open the ledger")


def test_chat_with_an_unusable_ledger_stops_before_calling(
    openrouter_mock: MockOpenRouter, bad_ledgers: dict[str, Path]
) -> None:
    code, out, err = run_main(
        "chat",
        "hi",
        "--ledger",
        str(bad_ledgers["directory"]),
        "--base-url",
        openrouter_mock.base_url,
        "--api-key",
        openrouter_mock.api_key,
    )
    assert code == 4 and out == ""
    assert err.startswith("error: cannot open the ledger") and err.count("\n") == 1
    assert openrouter_mock.requests_to("/chat/completions") == []


def test_chat_whose_ledger_write_fails_reports_it_and_exits_4(
    openrouter_mock: MockOpenRouter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_connect = sqlite3.connect
    opened: list[int] = []

    def disk_full_after_open(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        opened.append(1)
        if len(opened) > 1:  # opening the ledger works; then the disk is full
            raise sqlite3.OperationalError("database or disk is full")
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", disk_full_after_open)
    ledger = tmp_path / "full.sqlite3"
    code, out, err = run_main(
        "chat",
        "hello",
        "--no-stream",
        "--ledger",
        str(ledger),
        "--base-url",
        openrouter_mock.base_url,
        "--api-key",
        openrouter_mock.api_key,
    )
    assert "Mock reply to:" in out  # the answer is still printed
    assert code == 4
    last = err.splitlines()[-1]
    assert last.startswith("error: 1 record(s) not written to the ledger")
    assert "disk is full" in last
    assert "Traceback" not in err


# --- a closed output pipe ---------------------------------------------------------------------


def test_costs_json_into_a_pipe_closed_early_exits_silently(tmp_path: Path) -> None:
    """``openrouter-ext costs --json | head -1``: no traceback, exit 141, nothing on stderr."""
    path = tmp_path / "big.sqlite3"
    ledger = Ledger(path)
    for n in range(6):  # about 360 kB of output: far more than a pipe buffers
        ledger.append(_record(model=f"vendor/{'m' * 60_000}-{n}", generation_id=f"gen-{n}", time=n))
    proc = subprocess.Popen(
        [*CLI, "costs", "--json", "--ledger", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # what `head -1` does after its line
    err = proc.stderr.read()
    proc.stderr.close()
    code = proc.wait(timeout=60)
    assert first == b"{\n"
    assert err == b""
    assert code == 141


def test_a_closed_pipe_in_process_returns_141(tmp_path: Path) -> None:
    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    ledger = tmp_path / "l.sqlite3"
    Ledger(ledger).append(_record(model="m", time=0))
    err = io.StringIO()
    assert main(["costs", "--ledger", str(ledger)], stdout=ClosedPipe(), stderr=err) == 141
    read_end, write_end = os.pipe()
    os.close(read_end)
    with open(write_end, "w", encoding="utf-8") as closed:  # a real pipe whose reader left
        assert main(["costs", "--ledger", str(ledger)], stdout=closed, stderr=err) == 141
        closed.write("x" * 100_000)  # its descriptor now points at devnull: no second error
    assert err.getvalue() == ""


def _record(**fields: Any) -> Any:
    from openrouter_ext import UsageRecord

    return UsageRecord(**{"operation": "chat", "cost": None, **fields})


# --- models with null or unparseable prices ---------------------------------------------------


CATALOGUE_SIZE: dict[str, int] = {}


@pytest.fixture
def unpriced_catalogue(openrouter_mock: MockOpenRouter) -> Iterator[str]:
    """Serve the mock's /models with a null, an unparseable and a varying price."""
    catalogue = httpx.get(
        f"{openrouter_mock.base_url}/models",
        headers={"Authorization": f"Bearer {openrouter_mock.api_key}"},
    ).json()
    by_id = {m["id"]: m for m in catalogue["data"]}
    CATALOGUE_SIZE["models"] = len(by_id)
    by_id["openai/gpt-4o-mini"]["pricing"]["prompt"] = None
    by_id["anthropic/claude-sonnet-4.5"]["pricing"]["completion"] = "n/a"
    by_id["google/gemini-2.5-flash"]["pricing"]["prompt"] = "-1"  # OpenRouter's "varies"
    by_id["deepseek/deepseek-r1"]["pricing"]["prompt"] = 4e-07  # a number, not a string
    body = json.dumps(catalogue).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api/v1"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def test_models_sort_price_puts_unpriced_models_last(unpriced_catalogue: str) -> None:
    code, out, err = run_main(
        "--base-url", unpriced_catalogue, "--api-key", "sk-test", "models", "--sort", "price"
    )
    assert code == 0, err
    assert err == ""
    ids = [line.split()[0] for line in out.splitlines()[1:]]
    assert len(ids) == CATALOGUE_SIZE["models"]  # every model listed once
    unpriced = {"openai/gpt-4o-mini", "anthropic/claude-sonnet-4.5", "google/gemini-2.5-flash"}
    assert set(ids[-3:]) == unpriced
    assert ids[0] == "meta-llama/llama-3.3-70b-instruct:free"  # the cheapest priced model
    lines = {line.split()[0]: line.split() for line in out.splitlines()[1:]}
    assert lines["openai/gpt-4o-mini"][2] == "-"  # null price
    assert lines["anthropic/claude-sonnet-4.5"][3] == "-"  # unparseable price
    assert lines["google/gemini-2.5-flash"][2] == "varies"
    assert lines["deepseek/deepseek-r1"][2] == "0.40"


def test_models_sort_price_json_with_unpriced_models(unpriced_catalogue: str) -> None:
    code, out, err = run_main(
        "--base-url",
        unpriced_catalogue,
        "--api-key",
        "sk-test",
        "models",
        "--sort",
        "price",
        "--json",
    )
    assert code == 0, err
    ids = [m["id"] for m in json.loads(out)]
    assert set(ids[-3:]) == {
        "openai/gpt-4o-mini",
        "anthropic/claude-sonnet-4.5",
        "google/gemini-2.5-flash",
    }
