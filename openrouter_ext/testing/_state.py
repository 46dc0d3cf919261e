"""Mutable state of one mock server: keys, generations, spend, recorded requests, scripts.

All access goes through `MockState` methods guarded by one lock: the app runs in the server
thread while tests read and script from their own thread.
"""

from __future__ import annotations

import hashlib
import itertools
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any, Final

from ._catalog import Catalog
from ._crud import CrudStore
from ._scenarios import ScenarioPlan

WORKSPACE_ID: Final = "9f0d2f0e-3c1a-4a57-9d8e-6f5b0c1d2e3f"
USER_ID: Final = "user_mock_0001"
AUTH_CODE: Final = "mock-auth-code"


def _now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def redact(secret: str) -> str:
    """Mask a key for anything that may be printed: only its last 4 characters survive."""
    return "..." + secret[-4:] if len(secret) > 4 else "..."


@dataclass
class KeyRecord:
    """One API key known to the mock."""

    secret: str
    hash: str
    name: str
    management: bool = False
    disabled: bool = False
    limit: float | None = None
    limit_reset: str | None = None
    include_byok_in_limit: bool = False
    usage: Decimal = Decimal(0)
    byok_usage: Decimal = Decimal(0)
    created_at: str = field(default_factory=_now_iso)
    updated_at: str | None = None
    expires_at: str | None = None

    @property
    def label(self) -> str:
        """The masked key shown in listings (`sk-or-v1-0e6...1c96`)."""
        return f"{self.secret[:12]}...{self.secret[-4:]}"

    def limit_remaining(self) -> float | None:
        """Return what is left of `limit` (None when unlimited)."""
        if self.limit is None:
            return None
        spent = self.usage + (self.byok_usage if self.include_byok_in_limit else 0)
        return max(0.0, float(Decimal(str(self.limit)) - spent))

    def to_key(self) -> dict[str, Any]:
        """Render as the spec's key object (`/keys` items)."""
        usage, byok = _money(self.usage), _money(self.byok_usage)
        return {
            "hash": self.hash, "name": self.name, "label": self.label,
            "disabled": self.disabled, "limit": self.limit,
            "limit_remaining": self.limit_remaining(), "limit_reset": self.limit_reset,
            "include_byok_in_limit": self.include_byok_in_limit,
            "usage": usage, "usage_daily": usage, "usage_weekly": usage, "usage_monthly": usage,
            "byok_usage": byok, "byok_usage_daily": byok, "byok_usage_weekly": byok,
            "byok_usage_monthly": byok, "created_at": self.created_at,
            "updated_at": self.updated_at, "expires_at": self.expires_at,
            "creator_user_id": USER_ID, "workspace_id": WORKSPACE_ID,
        }  # fmt: skip

    def to_current(self) -> dict[str, Any]:
        """Render as `GET /key` data."""
        key = self.to_key()
        for drop in ("hash", "name", "disabled", "created_at", "updated_at", "workspace_id"):
            del key[drop]
        key.update(
            is_free_tier=False, is_management_key=self.management,
            is_provisioning_key=self.management,
            rate_limit={"requests": -1, "interval": "10s", "note": "deprecated: always -1"},
        )  # fmt: skip
        return key


def _money(value: Decimal) -> float:
    """Emit money as a JSON number with at most 12 significant digits (stable float repr)."""
    return float(f"{value:.12g}")


money = _money


@dataclass
class Generation:
    """A generation as `GET /generation` reports it."""

    id: str
    model: str
    provider: str
    cost: Decimal
    upstream_cost: Decimal | None
    is_byok: bool
    tokens_prompt: int
    tokens_completion: int
    tokens_reasoning: int
    finish_reason: str | None
    streamed: bool
    api_type: str
    created_at: str = field(default_factory=_now_iso)
    cancelled: bool = False
    hidden_lookups: int = 0  # answer 404 for this many more lookups

    def to_data(self, origin: str, user_agent: str | None) -> dict[str, Any]:
        """Render as `GET /generation` data."""
        return {
            "id": self.id, "upstream_id": "chatcmpl-" + self.id[-16:], "request_id": None,
            "total_cost": _money(self.cost), "usage": _money(self.cost), "cache_discount": None,
            "upstream_inference_cost": None if self.upstream_cost is None else _money(
                self.upstream_cost),
            "created_at": self.created_at, "model": self.model, "app_id": None,
            "streamed": self.streamed, "cancelled": self.cancelled,
            "provider_name": self.provider, "latency": 120.0, "moderation_latency": None,
            "generation_time": 80.0, "finish_reason": self.finish_reason,
            "native_finish_reason": self.finish_reason, "service_tier": None,
            "tokens_prompt": self.tokens_prompt, "tokens_completion": self.tokens_completion,
            "native_tokens_prompt": self.tokens_prompt,
            "native_tokens_completion": self.tokens_completion,
            "native_tokens_completion_images": None,
            "native_tokens_reasoning": self.tokens_reasoning, "native_tokens_cached": 0,
            "num_media_prompt": None, "num_input_audio_prompt": None,
            "num_media_completion": None, "num_search_results": None, "num_fetches": None,
            "web_search_engine": None, "origin": origin, "is_byok": self.is_byok,
            "external_user": None, "api_type": self.api_type, "preset_id": None,
            "router": None, "provider_responses": None, "user_agent": user_agent,
            "http_referer": None, "data_region": "global", "workspace_id": WORKSPACE_ID,
            "session_id": None, "response_cache_source_id": None,
        }  # fmt: skip


@dataclass
class RecordedRequest:
    """One request as the mock saw it; `Authorization` is redacted to its last 4 characters."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: Any  # parsed JSON, raw text if not JSON, None if empty
    started_at: float  # time.time()
    attempt: int = 1
    attempt_key: str = ""
    scenario: str = "ok"
    status: int | None = None
    ended_at: float | None = None
    disconnected_at: float | None = None
    generation_id: str | None = None
    raw: bytes = field(default=b"", repr=False)  # the body as received

    @property
    def duration(self) -> float | None:
        """Seconds from the request to the end of the response (None while running)."""
        return None if self.ended_at is None else self.ended_at - self.started_at


@dataclass
class Script:
    """A scenario queued through the Python API."""

    plan: ScenarioPlan
    times: int | None  # None = until reset()
    match: Callable[[RecordedRequest], bool]
    # counted from when it was added
    attempts: dict[str, int] = field(default_factory=dict[str, int])


class MockState:
    """Everything a mock server remembers; thread-safe."""

    def __init__(
        self,
        *,
        credits: float = 100.0,
        max_records: int = 10_000,
        accept_unknown_models: bool = False,
    ) -> None:
        self.lock = threading.Lock()
        self.accept_unknown_models = accept_unknown_models  # serve them with the default model
        self.total_credits = Decimal(str(credits))
        self._seq = itertools.count(1)
        self.keys: dict[str, KeyRecord] = {}  # by secret
        self.generations: dict[str, Generation] = {}
        self.records: deque[RecordedRequest] = deque(maxlen=max_records)
        self.scripts: list[Script] = []
        self.attempts: dict[str, int] = {}
        #: The models served: built-ins plus those a test adds (`catalog.add(MockModel(...))`).
        self.catalog = Catalog()
        #: Items of the stateful collections (workspaces, guardrails, files, ...).
        self.crud = CrudStore()
        self.api_key = self._add_key("Mock inference key").secret
        self.management_key = self._add_key("Mock management key", management=True).secret

    # keys -------------------------------------------------------------------------------
    def _add_key(self, name: str, management: bool = False, **fields: Any) -> KeyRecord:
        n = next(self._seq)
        secret = "sk-or-v1-" + hashlib.sha256(f"openrouter-mock-key-{n}".encode()).hexdigest()
        record = KeyRecord(secret, hashlib.sha256(secret.encode()).hexdigest(), name, management,
                           **fields)  # fmt: skip
        self.keys[secret] = record
        return record

    def create_key(self, **fields: Any) -> KeyRecord:
        """Create an inference key (`POST /keys`, `POST /auth/keys`)."""
        with self.lock:
            return self._add_key(**fields)

    def key_by_secret(self, secret: str) -> KeyRecord | None:
        """Find a key by its plaintext secret."""
        with self.lock:
            return self.keys.get(secret)

    def key_by_hash(self, key_hash: str) -> KeyRecord | None:
        """Find a key by its hash (the `/keys/{hash}` identifier)."""
        with self.lock:
            return next((k for k in self.keys.values() if k.hash == key_hash), None)

    def update_key(self, key_hash: str, changes: dict[str, Any]) -> KeyRecord | None:
        """Apply `changes` to a key; None if it does not exist."""
        with self.lock:
            key = next((k for k in self.keys.values() if k.hash == key_hash), None)
            if key is None:
                return None
            for name, value in changes.items():
                setattr(key, name, value)
            key.updated_at = _now_iso()
            return key

    def delete_key(self, key_hash: str) -> bool:
        """Delete a key; False if it does not exist."""
        with self.lock:
            for secret, key in list(self.keys.items()):
                if key.hash == key_hash:
                    del self.keys[secret]
                    return True
            return False

    def list_keys(self, include_disabled: bool) -> list[KeyRecord]:
        """Return the inference keys (management keys are not listed)."""
        with self.lock:
            return [k for k in self.keys.values()
                    if not k.management and (include_disabled or not k.disabled)]  # fmt: skip

    def total_usage(self) -> Decimal:
        """Return the account spend: the sum of every key's usage."""
        with self.lock:
            return sum((k.usage for k in self.keys.values()), Decimal(0))

    # generations ------------------------------------------------------------------------
    def new_generation_id(self) -> str:
        """Return a fresh `gen-<unix time>-<20 hex>` id."""
        n = next(self._seq)
        return f"gen-{int(time.time())}-" + hashlib.sha256(f"gen-{n}".encode()).hexdigest()[:20]

    def add_generation(self, gen: Generation, key: KeyRecord) -> None:
        """Store `gen` and charge its cost to `key` (BYOK spend goes to `byok_usage` too)."""
        with self.lock:
            self.generations[gen.id] = gen
            key.usage += gen.cost
            if gen.is_byok and gen.upstream_cost is not None:
                key.byok_usage += gen.upstream_cost

    def lookup_generation(self, gen_id: str) -> Generation | None:
        """Return the generation, or None (404) while it is still hidden."""
        with self.lock:
            gen = self.generations.get(gen_id)
            if gen is None or gen.hidden_lookups > 0:
                if gen is not None:
                    gen.hidden_lookups -= 1
                return None
            return replace(gen)

    def mark_cancelled(self, gen_id: str) -> None:
        """Flag a generation whose client hung up before the end of the stream."""
        with self.lock:
            if gen_id in self.generations:
                self.generations[gen_id].cancelled = True

    # requests and scripts ---------------------------------------------------------------
    def record(self, rec: RecordedRequest, attempt_key: str) -> None:
        """Append `rec`, numbering its attempt within `attempt_key`."""
        with self.lock:
            rec.attempt_key = attempt_key
            rec.attempt = self.attempts[attempt_key] = self.attempts.get(attempt_key, 0) + 1
            self.records.append(rec)

    def take_script(self, rec: RecordedRequest) -> tuple[ScenarioPlan, int] | None:
        """Consume one use of the first script matching `rec`; return it with the attempt.

        A script counts attempts of each request identity from the moment it was added.
        """
        with self.lock:
            for script in self.scripts:
                if script.match(rec):
                    if script.times is not None:
                        script.times -= 1
                        if script.times <= 0:
                            self.scripts.remove(script)
                    n = script.attempts[rec.attempt_key] = (
                        script.attempts.get(rec.attempt_key, 0) + 1
                    )
                    return script.plan, n
            return None

    def add_script(self, script: Script) -> None:
        """Queue `script` after the existing ones."""
        with self.lock:
            self.scripts.append(script)

    def snapshot(self) -> list[RecordedRequest]:
        """Return copies of the recorded requests, oldest first."""
        with self.lock:
            return [replace(r) for r in self.records]

    def reset(self) -> None:
        """Forget requests, scripts, attempt counters, generations, added models and stored
        items; zero all spend."""
        self.catalog.clear()
        self.crud.reset()
        with self.lock:
            self.records.clear()
            self.scripts.clear()
            self.attempts.clear()
            self.generations.clear()
            for secret in [s for s in self.keys if s not in (self.api_key, self.management_key)]:
                del self.keys[secret]
            for key in self.keys.values():
                key.usage = key.byok_usage = Decimal(0)
                key.disabled = False
                key.limit = None
