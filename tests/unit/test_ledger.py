"""The SQLite cost ledger: durable appends, several writers, summaries."""

from __future__ import annotations

import logging
import multiprocessing
import sqlite3
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

from openrouter_ext import OpenRouterError, UsageRecord
from openrouter_ext._costs.ledger import (
    SCHEMA_VERSION,
    Ledger,
    LedgerError,
    LedgerWriteWarning,
    default_ledger_path,
)


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
    from openrouter_ext._costs.tracker import CostTracker, usage_record

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


# --- a failed write is never silent (issue #16, point 10) ------------------------------------


def _replace_by_directory(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.mkdir()


def test_failed_write_is_kept_reported_retried_and_flush_raises(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "l.db"
    ledger = Ledger(path)
    ledger.append(Rec(generation_id="gen-1"))
    _replace_by_directory(path)  # works as root too, unlike chmod
    with (
        caplog.at_level(logging.ERROR, logger="openrouter_ext"),
        pytest.warns(LedgerWriteWarning, match="could not write to the ledger"),
    ):
        ledger.append(Rec(generation_id="gen-2"))
    assert [r.generation_id for r in ledger.pending] == ["gen-2"]
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert errors and str(path) in errors[0].getMessage()
    assert "1 record(s) kept in memory" in errors[0].getMessage()
    with pytest.raises(LedgerError, match=r"1 record\(s\) not written") as raised:
        ledger.flush()
    assert isinstance(raised.value, OpenRouterError)
    assert raised.value.unwritten == 1 and raised.value.path == path
    assert raised.value.__cause__ is not None
    with pytest.warns(LedgerWriteWarning, match="2 record"):
        ledger.append(Rec(generation_id="gen-3"))
    assert len(ledger.pending) == 2
    path.rmdir()  # the disk is back: the next write retries the kept records first, in order
    ledger.append(Rec(generation_id="gen-4"))
    assert ledger.pending == ()
    ledger.flush()  # nothing pending: returns quietly
    assert [r["generation_id"] for r in ledger.rows()] == ["gen-2", "gen-3", "gen-4"]


def test_disk_full_keeps_the_record_until_flush_succeeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_connect = sqlite3.connect

    def full_disk(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        db = real_connect(*args, **kwargs)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count={pages}")  # SQLite's own "database or disk is full"
        return db

    ledger = Ledger(tmp_path / "full.db")
    ledger.append(Rec(generation_id="gen-small"))
    monkeypatch.setattr(sqlite3, "connect", full_disk)
    with pytest.warns(LedgerWriteWarning, match="disk is full"):
        ledger.append(Rec(generation_id="gen-big", tags=("x" * 20_000,)))
    with pytest.raises(LedgerError, match="disk is full"):
        ledger.flush()
    monkeypatch.undo()
    ledger.flush()
    assert ledger.pending == ()
    rows = ledger.rows()
    assert [r["generation_id"] for r in rows] == ["gen-small", "gen-big"]
    assert rows[1]["tags"] == ("x" * 20_000,)


def _failing_append(ledger: Ledger, record: Rec) -> list[str]:
    with pytest.warns(LedgerWriteWarning) as caught:
        ledger.append(record)
    return [str(w.message) for w in caught]


def test_unwritten_records_are_bounded_and_dropping_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="max_pending"):
        Ledger(tmp_path / "zero.db", max_pending=0)
    path = tmp_path / "l.db"
    ledger = Ledger(path, max_pending=2)
    _replace_by_directory(path)
    _failing_append(ledger, Rec(generation_id="gen-0"))
    _failing_append(ledger, Rec(generation_id="gen-1"))
    messages = _failing_append(ledger, Rec(generation_id="gen-2"))
    assert any("dropped the 1 oldest unwritten record" in m for m in messages)
    assert [r.generation_id for r in ledger.pending] == ["gen-1", "gen-2"]


def test_a_file_that_is_no_ledger_raises_a_typed_error(tmp_path: Path) -> None:
    (tmp_path / "dir.db").mkdir()
    with pytest.raises(LedgerError, match="cannot open the ledger"):
        Ledger(tmp_path / "dir.db")
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"not an sqlite file " * 100)
    with pytest.raises(LedgerError, match="not a database") as raised:
        Ledger(corrupt)
    assert raised.value.unwritten == 0 and isinstance(raised.value.__cause__, sqlite3.Error)
    with pytest.raises(LedgerError, match="cannot open the ledger"):
        Ledger(corrupt / "below-a-file.db")  # its folder cannot be created
    readable = tmp_path / "ok.db"
    ledger = Ledger(readable)
    _replace_by_directory(readable)
    with pytest.raises(LedgerError, match="cannot read the ledger"):
        ledger.rows()


# --- schema version and migrations (issue #16, point 11) -------------------------------------

# the table exactly as versions before the schema version wrote it (tags joined with commas)
_V0_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS usage (id INTEGER PRIMARY KEY AUTOINCREMENT, time REAL, "
    "operation TEXT, model TEXT, served_model TEXT, provider TEXT, generation_id TEXT, "
    "tags TEXT, prompt_tokens INTEGER, completion_tokens INTEGER, reasoning_tokens INTEGER, "
    "cached_tokens INTEGER, cost TEXT, upstream_cost TEXT, is_byok INTEGER, incomplete INTEGER, "
    "streamed INTEGER, reconciled INTEGER)"
)


def _old_ledger(path: Path, schema: str, rows: list[dict[str, Any]], version: int = 0) -> None:
    db = sqlite3.connect(path)
    db.execute(schema)
    for row in rows:
        names = ", ".join(row)
        db.execute(
            f"INSERT INTO usage ({names}) VALUES ({', '.join('?' for _ in row)})", [*row.values()]
        )
    db.execute(f"PRAGMA user_version={version}")
    db.commit()
    db.close()


def _user_version(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        db.close()


def test_tags_with_commas_come_back_intact(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "t.db")
    ledger.append(Rec(tags=("team a, team b", "eu", "naïve")))
    ledger.append(Rec(tags=()))
    assert [r["tags"] for r in ledger.rows()] == [("team a, team b", "eu", "naïve"), ()]


def test_ledger_of_an_older_version_opens_and_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "v0.db"
    _old_ledger(
        path,
        _V0_SCHEMA,
        [
            {"time": 1.0, "model": "m", "tags": "batch-7,eu", "cost": "0.5", "reconciled": 0},
            {"time": 2.0, "model": "m", "tags": "", "cost": None, "reconciled": 0},
            {"time": 3.0, "model": "m", "tags": None, "cost": None, "reconciled": 0},
        ],
    )
    ledger = Ledger(path)
    assert _user_version(path) == SCHEMA_VERSION
    assert [r["tags"] for r in ledger.rows()] == [("batch-7", "eu"), (), ()]
    ledger.append(Rec(tags=("a,b",)))
    assert ledger.rows()[-1]["tags"] == ("a,b",)
    assert ledger.summary("model")["m"]["cost"] == Decimal("0.5")
    # opening it again changes nothing (the migration ran once)
    assert [r["tags"] for r in Ledger(path).rows()] == [("batch-7", "eu"), (), (), ("a,b",)]
    db = sqlite3.connect(path)  # a process still running the old code appends comma-joined tags
    db.execute("INSERT INTO usage (model, tags, reconciled) VALUES ('m', 'x,y', 0)")
    db.execute("INSERT INTO usage (model, tags, reconciled) VALUES ('m', '123', 0)")
    db.commit()
    db.close()
    assert [r["tags"] for r in ledger.rows()[-2:]] == [("x", "y"), ("123",)]


def test_missing_columns_are_added_from_the_usage_record_fields(tmp_path: Path) -> None:
    """A field added to UsageRecord becomes a column of every existing ledger on open."""
    path = tmp_path / "lacking.db"
    lacking = _V0_SCHEMA.replace(", cached_tokens INTEGER", "").replace(", reconciled INTEGER", "")
    _old_ledger(path, lacking, [{"time": 1.0, "model": "m", "tags": "[]"}], version=1)
    ledger = Ledger(path)
    ledger.append(Rec(generation_id="gen-new", cached_tokens=7, reconciled=True))
    rows = ledger.rows()
    assert rows[0]["cached_tokens"] is None and rows[0]["reconciled"] is None
    assert rows[1]["cached_tokens"] == 7 and rows[1]["reconciled"] == 1
    fields = {f.name for f in attrs.fields(UsageRecord)}
    assert fields <= set(rows[1])


def test_every_usage_record_field_round_trips(tmp_path: Path) -> None:
    record = UsageRecord(
        time=1_700_000_000.5,
        operation="chat",
        model="m",
        served_model="m2",
        provider="P",
        generation_id="gen-x",
        tags=("a,b", "c"),
        prompt_tokens=3,
        completion_tokens=4,
        reasoning_tokens=1,
        cached_tokens=2,
        cost=Decimal("0.0000012345"),
        upstream_cost=Decimal("0.5"),
        is_byok=True,
        incomplete=True,
        streamed=True,
        reconciled=False,
    )
    ledger = Ledger(tmp_path / "rt.db")
    ledger.append(record)
    row = ledger.rows()[0]
    assert {k: row[k] for k in attrs.fields_dict(UsageRecord)} == attrs.asdict(
        record, recurse=False
    )


def test_a_ledger_of_a_newer_version_gains_missing_columns_and_keeps_its_version(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v9.db"
    _old_ledger(path, _V0_SCHEMA.replace(", reconciled INTEGER", ""), [], version=9)
    Ledger(path).append(Rec(reconciled=True))
    assert _user_version(path) == 9
    assert Ledger(path).rows()[0]["reconciled"] == 1
