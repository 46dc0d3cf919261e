"""A persistent cost ledger in SQLite (standard library): one durable row per usage record.

Each record is committed in its own transaction before ``append`` returns, so a crash loses
nothing already recorded. The database runs in WAL mode with a busy timeout, so several
processes can append to one ledger at once.

A write that fails (disk full, file replaced by a directory, read-only file...) is never
silent: the record stays in memory, the failure is logged at ERROR on the ``openrouter_ext``
logger and warned as :class:`LedgerWriteWarning`, and the next write retries it first.
``flush()`` raises :class:`LedgerError` while records remain unwritten.

The columns are the fields of :class:`~openrouter_ext.UsageRecord` (tags as a JSON list).
The schema version is SQLite's ``PRAGMA user_version``; opening a ledger brings an older one
up to date: missing columns are added, and version 0 (tags joined with commas) is converted.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import types
import typing
import warnings
from collections.abc import Generator, Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple, cast

import attrs

from openrouter_ext._costs.usage import UsageRecord
from openrouter_ext._errors.tree import OpenRouterError

if TYPE_CHECKING:
    import sqlite3

__all__ = [
    "ENV_LEDGER", "SCHEMA_VERSION", "Ledger", "LedgerError", "LedgerWriteWarning",
    "default_ledger_path",
]  # fmt: skip

ENV_LEDGER = "OPENROUTER_EXT_LEDGER"
#: ``PRAGMA user_version`` of the ledgers this version writes. 0: tags joined with commas
#: (before versioning); 1: tags as a JSON list, columns follow ``UsageRecord``.
SCHEMA_VERSION: Final = 1
_MAX_PENDING: Final = 100_000
_INT64: Final = 2**63

logger = logging.getLogger("openrouter_ext")


class LedgerError(OpenRouterError):
    """A ledger cannot be opened or read, or records remain unwritten after ``flush()``.

    ``path`` is the ledger file and ``unwritten`` how many records are still held in memory
    (0 when opening or reading failed). The SQLite or OS error is the ``__cause__``.
    """

    def __init__(self, message: str, *, path: Path, unwritten: int = 0) -> None:
        super().__init__(message)
        self.path = path
        self.unwritten = unwritten


class LedgerWriteWarning(UserWarning):
    """A ledger write failed: the records stay in memory and the next write retries them."""


class _Column(NamedTuple):
    name: str
    sql: str  # INTEGER, REAL or TEXT
    kind: str  # "json" (a tuple, stored as a JSON list), "money" (Decimal as text) or "plain"


@cache
def _columns() -> tuple[_Column, ...]:
    """Return the ledger's columns: one per ``UsageRecord`` field, typed from its annotation."""
    hints = typing.get_type_hints(UsageRecord)
    columns: list[_Column] = []
    for field in attrs.fields(UsageRecord):
        hint = hints[field.name]
        if typing.get_origin(hint) in (typing.Union, types.UnionType):
            found = [a for a in typing.get_args(hint) if a is not type(None)]
            hint = found[0] if len(found) == 1 else str
        origin = typing.get_origin(hint) or hint
        if origin in (tuple, list):
            columns.append(_Column(field.name, "TEXT", "json"))
        elif hint is Decimal:
            columns.append(_Column(field.name, "TEXT", "money"))
        elif hint in (bool, int):
            columns.append(_Column(field.name, "INTEGER", "plain"))
        elif hint is float:
            columns.append(_Column(field.name, "REAL", "plain"))
        else:
            columns.append(_Column(field.name, "TEXT", "plain"))
    return tuple(columns)


@cache
def _insert_sql() -> str:
    names = ", ".join(f'"{c.name}"' for c in _columns())
    marks = ", ".join("?" for _ in _columns())
    return f"INSERT INTO usage ({names}) VALUES ({marks})"


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


def _value(record: Any, column: _Column) -> Any:
    """Return one field of ``record`` as an SQLite value (never a type SQLite refuses)."""
    value = getattr(record, column.name, None)
    if column.kind == "json":
        tags = (value,) if isinstance(value, str) else value or ()
        return json.dumps([str(t) for t in tags], ensure_ascii=False)
    if value is None or isinstance(value, str | float):
        return value
    if isinstance(value, int):  # bool included: stored as 0/1
        return int(value) if -_INT64 <= value < _INT64 else str(value)
    return str(value)  # Decimal and anything else: as text


def _tags(text: Any) -> tuple[str, ...]:
    """Read tags: a JSON list, or a comma-joined string written by an older version."""
    if not text:
        return ()
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        value = None
    items = cast("list[object]", value) if isinstance(value, list) else None
    if items is not None and all(isinstance(t, str) for t in items):
        return tuple(str(t) for t in items)
    return tuple(t for t in str(text).split(",") if t)


def _is_current(db: sqlite3.Connection) -> bool:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    have = {row[1] for row in db.execute("PRAGMA table_info(usage)")}
    return version >= SCHEMA_VERSION and all(c.name in have for c in _columns())


def _migrate(db: sqlite3.Connection) -> None:
    """Create the table, or bring an older one to ``SCHEMA_VERSION`` (in one transaction)."""
    db.execute("BEGIN IMMEDIATE")  # another process may be migrating: check again inside
    version = db.execute("PRAGMA user_version").fetchone()[0]
    have = {row[1] for row in db.execute("PRAGMA table_info(usage)")}
    if not have:
        columns = ", ".join(f'"{c.name}" {c.sql}' for c in _columns())
        db.execute(f"CREATE TABLE usage (id INTEGER PRIMARY KEY AUTOINCREMENT, {columns})")
    else:
        if version < 1 and "tags" in have:  # version 0 joined the tags with commas
            old = db.execute("SELECT id, tags FROM usage WHERE tags IS NOT NULL").fetchall()
            db.executemany(
                "UPDATE usage SET tags = ? WHERE id = ?",
                [(json.dumps([t for t in tags.split(",") if t]), id_) for id_, tags in old],
            )
        for column in _columns():
            if column.name not in have:
                db.execute(f'ALTER TABLE usage ADD COLUMN "{column.name}" {column.sql}')
    if version < SCHEMA_VERSION:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.execute("COMMIT")


class Ledger:
    """Append usage records to an SQLite file and summarise them.

    A failed write keeps the record in memory (see :attr:`pending`), logs the error at ERROR
    on the ``openrouter_ext`` logger, warns :class:`LedgerWriteWarning` and retries on the
    next write; :meth:`flush` raises while records remain unwritten. At most ``max_pending``
    records are held: beyond that the oldest are dropped, and that is logged and warned too.

    Args:
        path: the database file; its folder is created when missing. A ledger written by an
            older version is brought up to date (missing columns added, old tags converted).
        max_pending: how many unwritten records to keep in memory.

    Raises:
        LedgerError: the file cannot be opened as a ledger (a directory, not an SQLite
            database, no permission...).
        ValueError: ``max_pending`` is below 1.

    """

    def __init__(self, path: str | os.PathLike[str], *, max_pending: int = _MAX_PENDING) -> None:
        import sqlite3  # on first use: most programs never open a ledger

        if max_pending < 1:
            raise ValueError("max_pending must be at least 1")
        self.path = Path(path)
        self.max_pending = max_pending
        self._lock = threading.Lock()
        self._pending: list[tuple[Any, tuple[Any, ...]]] = []
        self._prepared = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as db:
                self._prepare(db)
        except (sqlite3.Error, OSError) as exc:
            raise LedgerError(f"cannot open the ledger {self.path}: {exc}", path=self.path) from exc

    def __repr__(self) -> str:
        return f"Ledger({str(self.path)!r})"

    @contextmanager
    def _connect(self) -> Generator[sqlite3.Connection, None, None]:
        import sqlite3

        db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout=30000")
            db.execute("PRAGMA synchronous=FULL")
            yield db
        finally:
            db.close()

    def _prepare(self, db: sqlite3.Connection) -> None:
        """Make the file a current ledger (WAL mode, the table, every column)."""
        db.execute("PRAGMA journal_mode=WAL")
        if not _is_current(db):
            _migrate(db)
        self._prepared = True

    @property
    def pending(self) -> tuple[Any, ...]:
        """Return the records a failed write kept in memory, oldest first."""
        with self._lock:
            return tuple(record for record, _ in self._pending)

    def append(self, record: Any) -> None:
        """Write one usage record durably (committed before this returns).

        When the write fails the record is kept and retried, with any earlier ones, on the
        next ``append`` or ``flush``; the failure is logged at ERROR and warned as
        :class:`LedgerWriteWarning`. It does not raise for a failed write.

        Args:
            record: A :class:`~openrouter_ext.UsageRecord` (or an object with its fields).

        """
        row = tuple(_value(record, column) for column in _columns())
        with self._lock:
            self._pending.append((record, row))
            dropped = len(self._pending) - self.max_pending
            if dropped > 0:
                del self._pending[:dropped]
                self._report(
                    f"dropped the {dropped} oldest unwritten record(s) of the ledger "
                    f"{self.path} (max_pending={self.max_pending})"
                )
            error = self._write_pending()
            if error is not None:
                self._report(
                    f"could not write to the ledger {self.path}: {error}; "
                    f"{len(self._pending)} record(s) kept in memory, retried on the next write"
                )

    __call__ = append

    def flush(self) -> None:
        """Write the records that earlier failed writes kept in memory.

        Returns at once when nothing is pending.

        Raises:
            LedgerError: records remain unwritten (``unwritten`` says how many); the
                SQLite or OS error is the ``__cause__``.

        """
        with self._lock:
            if not self._pending:
                return
            error = self._write_pending()
            if error is not None:
                raise LedgerError(
                    f"{len(self._pending)} record(s) not written to the ledger "
                    f"{self.path}: {error}",
                    path=self.path,
                    unwritten=len(self._pending),
                ) from error

    def _write_pending(self) -> Exception | None:
        """Write every pending row in one transaction; return the error instead of raising."""
        import sqlite3

        try:
            with self._connect() as db:
                if not self._prepared:
                    self._prepare(db)
                db.execute("BEGIN IMMEDIATE")
                db.executemany(_insert_sql(), [row for _, row in self._pending])
                db.execute("COMMIT")
        except (sqlite3.Error, OSError) as exc:
            self._prepared = False  # the file may have been replaced: check it again
            return exc
        self._pending.clear()
        return None

    def _report(self, message: str) -> None:
        logger.error("openrouter_ext %s", message)
        warnings.warn(message, LedgerWriteWarning, stacklevel=3)

    def rows(self) -> list[dict[str, Any]]:
        """Return every written row as a dict (money as Decimal, tags as a tuple).

        Raises:
            LedgerError: the ledger cannot be read.

        """
        import sqlite3

        try:
            with self._connect() as db:
                db.row_factory = sqlite3.Row
                found = db.execute("SELECT * FROM usage ORDER BY id").fetchall()
        except sqlite3.Error as exc:
            raise LedgerError(f"cannot read the ledger {self.path}: {exc}", path=self.path) from exc
        out: list[dict[str, Any]] = []
        for row in found:
            item: dict[str, Any] = dict(row)
            for column in _columns():
                value = item.get(column.name)
                if column.kind == "json":
                    item[column.name] = _tags(value)
                elif column.kind == "money":
                    item[column.name] = None if value is None else Decimal(str(value))
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
        """Sum requests, tokens and cost per ``model``, ``provider``, ``operation`` or ``day``.

        Reconciled rows replace the estimates they correct (see :meth:`current`).

        Raises:
            ValueError: for another grouping.

        """
        if by not in ("model", "provider", "operation", "day"):
            raise ValueError("by must be 'model', 'provider', 'operation' or 'day'")
        groups: dict[str, dict[str, Any]] = {}
        for row in self.current():
            if by == "day":
                key = datetime.fromtimestamp(row["time"] or 0, tz=timezone.utc).date().isoformat()
            elif by == "model":
                key = row["served_model"] or row["model"] or "unknown"
            elif by == "operation":
                key = row["operation"] or "unknown"
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
