"""The SQLite cost ledger: durable appends, several writers, summaries."""

from __future__ import annotations

import multiprocessing
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest

from openrouter_ext._ledger import Ledger, default_ledger_path


@dataclass
class Rec:
    time: float = 1_700_000_000.0
    operation: str = "chat"
    model: str = "openai/gpt-4o-mini"
    served_model: str | None = "openai/gpt-4o-mini"
    provider: str | None = "OpenAI"
    generation_id: str | None = "gen-1"
    tags: tuple[str, ...] = field(default_factory=tuple)
    prompt_tokens: int = 10
    completion_tokens: int = 5
    reasoning_tokens: int = 0
    cached_tokens: int = 0
    cost: Decimal | None = Decimal("0.000123")
    upstream_cost: Decimal | None = None
    is_byok: bool = False
    incomplete: bool = False
    streamed: bool = True
    reconciled: bool = False


def test_append_and_read_back(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "sub" / "ledger.sqlite3")
    ledger.append(Rec(tags=("batch-7", "eu")))
    ledger(Rec(cost=None, incomplete=True, provider=None, time=1_700_100_000.0))
    rows = ledger.rows()
    assert [r["cost"] for r in rows] == [Decimal("0.000123"), None]
    assert rows[0]["tags"] == ("batch-7", "eu")
    assert rows[1]["incomplete"] == 1
    # a new Ledger object on the same file sees everything (durable, committed)
    assert len(Ledger(tmp_path / "sub" / "ledger.sqlite3").rows()) == 2


def test_summaries(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "l.db")
    for i in range(3):
        ledger.append(Rec(cost=Decimal("0.1"), time=1_700_000_000.0 + i * 86_400))
    ledger.append(Rec(served_model="anthropic/claude", provider="Anthropic", cost=Decimal("0.2")))
    by_model = ledger.summary("model")
    assert by_model["openai/gpt-4o-mini"]["cost"] == Decimal("0.3")
    assert by_model["anthropic/claude"]["requests"] == 1
    assert set(ledger.summary("provider")) == {"OpenAI", "Anthropic"}
    assert len(ledger.summary("day")) == 3
    with pytest.raises(ValueError, match="by must be"):
        ledger.summary("week")


def _writer(path: str, n: int) -> None:
    ledger = Ledger(path)
    for _ in range(n):
        ledger.append(Rec(cost=Decimal("0.001")))


def test_several_processes_write_one_ledger(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.db")
    Ledger(path)
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, 25)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    rows = Ledger(path).rows()
    assert len(rows) == 75
    assert sum(r["cost"] for r in rows) == Decimal("0.075")


def test_default_path_honours_environment(tmp_path: Path) -> None:
    assert (
        default_ledger_path({"OPENROUTER_EXT_LEDGER": str(tmp_path / "x.db")}) == tmp_path / "x.db"
    )
    path = default_ledger_path({"XDG_DATA_HOME": str(tmp_path)})
    assert path == tmp_path / "openrouter-ext" / "ledger.sqlite3"


def test_reconciled_rows_replace_estimates(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "r.db")
    ledger.append(Rec(generation_id="gen-a", cost=None, incomplete=True))
    ledger.append(Rec(generation_id="gen-b", cost=Decimal("0.5")))
    ledger.append(Rec(generation_id="gen-a", cost=Decimal("0.25"), reconciled=True))
    assert ledger.summary("model")["openai/gpt-4o-mini"]["cost"] == Decimal("0.75")
    assert ledger.summary("model")["openai/gpt-4o-mini"]["requests"] == 2
    assert len(ledger.rows()) == 3


def test_tracker_writes_to_its_ledger(tmp_path: Path) -> None:
    from openrouter_ext._cost import CostTracker, usage_record

    tracker = CostTracker(ledger=tmp_path / "t.db")
    wire = {
        "id": "gen-z",
        "model": "m",
        "provider": "P",
        "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3, "cost": 0.01},
    }
    tracker.record(
        usage_record(wire, operation="chat", requested_model="m", streamed=False, incomplete=False)
    )
    assert tracker.ledger is not None
    assert [r["cost"] for r in tracker.ledger.rows()] == [Decimal("0.01")]
