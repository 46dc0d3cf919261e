"""The command line in-process (``main(argv, stdin=..., stdout=..., stderr=...)``)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from openrouter_ext._cli.main import main
from openrouter_ext.testing import MockOpenRouter


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def cli(
    mock: MockOpenRouter, *argv: str, stdin: io.StringIO | None = None, key: str | None = None
) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["--base-url", mock.base_url, "--api-key", key or mock.api_key, *argv],
        stdin=stdin or io.StringIO(""),
        stdout=out,
        stderr=err,
    )
    return code, out.getvalue(), err.getvalue()


def test_chat_stream_and_ledger(openrouter_mock: MockOpenRouter, tmp_path: Path) -> None:
    ledger = tmp_path / "l.db"
    code, out, err = cli(
        openrouter_mock,
        "chat",
        "hi there",
        "--ledger",
        str(ledger),
        "--max-tokens",
        "40",
        "--provider-sort",
        "price",
    )
    assert code == 0, err
    assert out.startswith("Mock reply to: hi there")
    assert "cost $" in err
    code, out, _ = cli(openrouter_mock, "costs", "--ledger", str(ledger))
    assert code == 0 and "1 req" in out
    code, out, _ = cli(openrouter_mock, "costs", "--ledger", str(tmp_path / "empty.db"))
    assert "(no records)" in out


def test_chat_variants(openrouter_mock: MockOpenRouter) -> None:
    code, out, _ = cli(
        openrouter_mock, "chat", "-", "--no-ledger", "--no-stream", stdin=io.StringIO("piped")
    )
    assert code == 0 and "Mock reply to: piped" in out
    code, out, _ = cli(openrouter_mock, "chat", "j", "--json", "--no-ledger")
    assert json.loads(out)["object"] == "chat.completion"
    code, _, err = cli(openrouter_mock, "chat", "-", "--no-ledger", stdin=io.StringIO("  "))
    assert code == 2 and "no prompt" in err
    code, out, err = cli(
        openrouter_mock, "chat", "--no-ledger", "--system", "s", stdin=Tty("first\n")
    )
    assert code == 0 and "Mock reply to: first" in out and "Chatting with" in err


def test_interactive_eof_ends_the_session(openrouter_mock: MockOpenRouter) -> None:
    code, out, err = cli(openrouter_mock, "chat", "--no-ledger", stdin=Tty("hello\n"))
    assert code == 0 and "Mock reply to: hello" in out
    assert err.count("> ") == 2  # asked again, then the end of input ended the session


def test_models_key_credits_generation(openrouter_mock: MockOpenRouter) -> None:
    code, out, _ = cli(openrouter_mock, "models", "--search", "gpt", "--sort", "price")
    assert code == 0 and "openai/gpt-4o" in out and "claude" not in out
    code, out, _ = cli(openrouter_mock, "models", "--json", "--sort", "context")
    assert isinstance(json.loads(out), list)
    code, out, _ = cli(openrouter_mock, "key")
    assert code == 0 and "usage" in out
    code, out, _ = cli(openrouter_mock, "credits", key=openrouter_mock.management_key)
    assert code == 0 and "remaining" in out
    code, _, err = cli(openrouter_mock, "generation", "gen-none")
    assert code == 1 and err.startswith("error: 404")


def test_errors_and_exit_codes(openrouter_mock: MockOpenRouter) -> None:
    code, _, err = cli(openrouter_mock, "--debug", "generation", "gen-none")
    assert code == 1 and "Traceback" in err
    out, err_io = io.StringIO(), io.StringIO()
    code = main(
        ["key", "--base-url", "http://127.0.0.1:9/api/v1", "--api-key", "k"],
        stdout=out,
        stderr=err_io,
    )
    assert code == 3
    code = main(["nonsense"], stdout=out, stderr=err_io)
    assert code == 2
    code, _, err = cli(openrouter_mock, "models", "--base-url", "ftp://bad")
    assert code == 2 and "base_url" in err


def test_ctrl_c_during_a_stream(
    openrouter_mock: MockOpenRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openrouter_ext import ChatStream

    calls: list[Any] = []
    original = ChatStream.text_deltas

    def interrupted(self: Any) -> Any:
        for text in original(self):
            calls.append(text)
            yield text
            raise KeyboardInterrupt

    monkeypatch.setattr(ChatStream, "text_deltas", interrupted)
    code, _out, err = cli(openrouter_mock, "chat", "stop me", "--no-ledger")
    assert code == 130
    assert "[interrupted]" in err and "interrupted" in err.splitlines()[-1]
    assert calls
