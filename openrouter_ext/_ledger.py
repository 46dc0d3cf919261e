"""A persistent cost ledger in SQLite (standard library): one durable row per usage record.

Each record is committed in its own transaction before ``append`` returns, so a crash loses
nothing already recorded. The database runs in WAL mode with a busy timeout, so several
processes can append to one ledger at once.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3

__all__ = ["ENV_LEDGER", "Ledger", "default_ledger_path"]

ENV_LEDGER = "OPENROUTER_EXT_LEDGER"

_COLUMNS = (
    ("time", "REAL"),
    ("operation", "TEXT"),
    ("model", "TEXT"),
    ("served_model", "TEXT"),
    ("provider", "TEXT"),
    ("generation_id", "TEXT"),
    ("tags", "TEXT"),
    ("prompt_tokens", "INTEGER"),
    ("completion_tokens", "INTEGER"),
    ("reasoning_tokens", "INTEGER"),
    ("cached_tokens", "INTEGER"),
    ("cost", "TEXT"),
    ("upstream_cost", "TEXT"),
    ("is_byok", "INTEGER"),
    ("incomplete", "INTEGER"),
    ("streamed", "INTEGER"),
    ("reconciled", "INTEGER"),
)
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS usage (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    + ", ".join(f"{name} {kind}" for name, kind in _COLUMNS)
    + ")"
)
_INSERT = (
    f"INSERT INTO usage ({', '.join(n for n, _ in _COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _COLUMNS)})"
)


def default_ledger_path(environ: Mapping[str, str] | None = None) -> Path:
    """Return the ledger path: ``$OPENROUTER_EXT_LEDGER``, else the user data directory.

    The data directory is ``$XDG_DATA_HOME/openrouter-ext`` (``~/.local/share`` by default),
    ``%APPDATA%/openrouter-ext`` on Windows and ``~/Library/Application Support`` on macOS.
    """
    env = os.environ if environ is None else environ
    if env.get(ENV_LEDGER):
        return Path(env[ENV_LEDGER]).expanduser()
    if os.name == "nt" and env.get("APPDATA"):
        base = Path(env["APPDATA"])
    elif os.uname().sysname == "Darwin":  # pragma: no cover - not our CI
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(env.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "openrouter-ext" / "ledger.sqlite3"


def _value(record: Any, name: str) -> Any:
    value = getattr(record, name, None)
    if name == "tags":
        return ",".join(value or ())
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bool):
        return int(value)
    return value


class Ledger:
    """Append usage records to an SQLite file and summarise them.

    Args:
        path: the database file; its folder is created when missing.

    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(_SCHEMA)

    def __repr__(self) -> str:
        return f"Ledger({str(self.path)!r})"

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        import sqlite3  # on first use: most programs never open a ledger

        db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout=30000")
            db.execute("PRAGMA synchronous=FULL")
            yield db
        finally:
            db.close()

    def append(self, record: Any) -> None:
        """Write one usage record durably (committed before this returns)."""
        row = tuple(_value(record, name) for name, _ in _COLUMNS)
        with self._lock, self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            db.execute(_INSERT, row)
            db.execute("COMMIT")

    __call__ = append

    def rows(self) -> list[dict[str, Any]]:
        """Return every row as a dict (money as Decimal, tags as a tuple)."""
        import sqlite3

        with self._connect() as db:
            db.row_factory = sqlite3.Row
            found = db.execute("SELECT * FROM usage ORDER BY id").fetchall()
        out = []
        for row in found:
            item = dict(row)
            for money in ("cost", "upstream_cost"):
                item[money] = Decimal(item[money]) if item[money] is not None else None
            item["tags"] = tuple(t for t in (item["tags"] or "").split(",") if t)
            out.append(item)
        return out

    def current(self) -> list[dict[str, Any]]:
        """Return the rows in force: a reconciled row replaces earlier rows of its generation."""
        rows = self.rows()
        latest: dict[str, int] = {}
        for index, row in enumerate(rows):
            if row["reconciled"] and row["generation_id"]:
                latest[row["generation_id"]] = index
        return [
            row
            for index, row in enumerate(rows)
            if not row["generation_id"] or latest.get(row["generation_id"], index) == index
        ]

    def summary(self, by: str) -> dict[str, dict[str, Any]]:
        """Sum requests, tokens and cost per ``model``, ``provider`` or ``day`` (UTC).

        Reconciled rows replace the estimates they correct (see :meth:`current`).

        Raises:
            ValueError: for another grouping.

        """
        if by not in ("model", "provider", "day"):
            raise ValueError("by must be 'model', 'provider' or 'day'")
        groups: dict[str, dict[str, Any]] = {}
        for row in self.current():
            if by == "day":
                key = datetime.fromtimestamp(row["time"] or 0, tz=timezone.utc).date().isoformat()
            elif by == "model":
                key = row["served_model"] or row["model"] or "unknown"
            else:
                key = row["provider"] or "unknown"
            group = groups.setdefault(
                key,
                {
                    "requests": 0,
                    "incomplete": 0,
                    "prompt_tokens": 0,
                    "completion_tokens": 0,
                    "cost": Decimal(0),
                    "upstream_cost": Decimal(0),
                },
            )
            group["requests"] += 1
            group["incomplete"] += int(bool(row["incomplete"]))
            group["prompt_tokens"] += row["prompt_tokens"] or 0
            group["completion_tokens"] += row["completion_tokens"] or 0
            group["cost"] += row["cost"] or Decimal(0)
            group["upstream_cost"] += row["upstream_cost"] or Decimal(0)
        return dict(sorted(groups.items()))
