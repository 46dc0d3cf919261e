"""Serve the mock with uvicorn (h11) on 127.0.0.1, in a background thread or in the foreground."""

from __future__ import annotations

import asyncio
import fnmatch
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, cast

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from ._app import DEFAULT_MAX_BODY_BYTES, MockApp
from ._data import MockModel
from ._scenarios import Scenario, ScenarioPlan, as_plan
from ._state import MockState, RecordedRequest, Script
from ._wire import TRANSPORT_KEY


class _TransportH11(H11Protocol):
    """uvicorn's h11 protocol that exposes the connection's transport to the app (for faults)."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # asyncio's signature; uvicorn's narrows it to the `Transport` its server passes
        super().connection_made(cast("asyncio.Transport", transport))
        self.app_state = {**self.app_state, TRANSPORT_KEY: transport}


def make_config(app: MockApp, host: str = "127.0.0.1", port: int = 0, **kw: Any) -> uvicorn.Config:
    """Build the uvicorn config the mock is served with (h11, no lifespan, quiet logs)."""
    kw.setdefault("log_level", "warning")
    return uvicorn.Config(app, host=host, port=port, http=_TransportH11, lifespan="off",
                          access_log=False, timeout_graceful_shutdown=1, **kw)  # fmt: skip


Match = Callable[[RecordedRequest], bool]


def _matcher(match: str | Match | None) -> Match:
    if match is None:
        return lambda rec: True
    if callable(match):
        return match
    pattern = match if match.startswith("/api/") or "*" in match else f"*{match}"
    return lambda rec: fnmatch.fnmatchcase(rec.path, pattern)


class MockOpenRouter:
    """A mock OpenRouter server on a free 127.0.0.1 port, run in a daemon thread.

    Example:
        >>> with MockOpenRouter() as mock:  # doctest: +SKIP
        ...     mock.script("status;code=429;retry_after=0", times=1)
        ...     client = OpenRouter(api_key=mock.api_key, base_url=mock.base_url)

    Args:
        validate_requests: validate request bodies against `openapi.yaml` (400 on mismatch).
        credits: account credits in USD; inference answers 402 once spend reaches them.
        port: the port to bind; 0 picks a free one.
        spec_path: the spec to validate with (found automatically by default).
        accept_unknown_models: serve unknown model ids with the default model instead of the
            upstream-like 400 (for schema fuzzers, which invent model names).
        max_body_bytes: the largest request body read; a bigger one is answered with 413.
    """

    def __init__(
        self,
        *,
        validate_requests: bool = True,
        credits: float = 100.0,
        port: int = 0,
        spec_path: str | Path | None = None,
        accept_unknown_models: bool = False,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    ) -> None:
        self.state = MockState(credits=credits, accept_unknown_models=accept_unknown_models)
        self.app = MockApp(self.state, validate_requests=validate_requests, spec_path=spec_path,
                           max_body_bytes=max_body_bytes)  # fmt: skip
        self._server = uvicorn.Server(make_config(self.app, port=port))
        self._thread: threading.Thread | None = None
        self._port = port

    # lifecycle --------------------------------------------------------------------------
    def start(self) -> MockOpenRouter:
        """Start serving; return once the socket accepts connections.

        Raises:
            RuntimeError: the server did not come up within 10 seconds.
        """
        if self._thread is not None:
            return self
        self._thread = threading.Thread(target=self._server.run, name="openrouter-mock",
                                        daemon=True)  # fmt: skip
        self._thread.start()
        for _ in range(1000):
            if self._server.started or not self._thread.is_alive():
                break
            threading.Event().wait(0.01)
        if not self._server.started:
            self.close()
            raise RuntimeError("mock OpenRouter server failed to start")
        sock = self._server.servers[0].sockets[0]
        self._port = sock.getsockname()[1]
        return self

    def close(self) -> None:
        """Stop the server and join its thread (idempotent)."""
        if self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._thread = None

    def __enter__(self) -> MockOpenRouter:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:  # fmt: skip
        self.close()

    # addresses and keys -----------------------------------------------------------------
    @property
    def port(self) -> int:
        """The bound port (after `start()`)."""
        return self._port

    @property
    def base_url(self) -> str:
        """API base URL, e.g. `http://127.0.0.1:54321/api/v1`."""
        return f"http://127.0.0.1:{self._port}/api/v1"

    @property
    def api_key(self) -> str:
        """The built-in inference key."""
        return self.state.api_key

    @property
    def management_key(self) -> str:
        """The built-in management key (for `/keys` and `/credits`)."""
        return self.state.management_key

    # scenarios and records ---------------------------------------------------------------
    def script(
        self,
        scenario: str | Scenario | ScenarioPlan,
        *,
        times: int | None = None,
        match: str | Match | None = None,
    ) -> None:
        """Apply `scenario` to upcoming requests that carry no `X-Mock-Scenario` header.

        Scripts are tried in the order they were added; the first whose `match` accepts the
        request is used and loses one of its `times` (None = until `reset()`). A plan with
        `|` (or a `sequence`) picks its entry by the request's attempt number.

        Args:
            scenario: header syntax (`"status;code=429|ok"`), a `Scenario` or a plan.
            times: how many requests this script answers; None for all.
            match: a path (`"/chat/completions"`, suffix match), a glob on the full path, or
                a predicate on the `RecordedRequest`; None matches every request.

        Raises:
            ScenarioError: the scenario string is invalid.
        """
        self.state.add_script(Script(as_plan(scenario), times, _matcher(match)))

    def add_item(self, path: str, fields: Mapping[str, Any] | None = None, *,
                 key: str | None = None) -> str:  # fmt: skip
        """Store an item in a collection of the spec (see `MockApp.add_item`); return its id."""
        return self.app.add_item(path, fields, key=key)

    def add_model(self, model: MockModel) -> MockModel:
        """Add a model (with its prices) to the catalog until `reset()`; chat can use it."""
        return self.state.catalog.add(model)

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of the recorded requests, oldest first."""
        return self.state.snapshot()

    def requests_to(self, path: str, method: str | None = None) -> list[RecordedRequest]:
        """Recorded requests whose path ends with `path` (and whose method is `method`)."""
        return [r for r in self.requests
                if r.path.endswith(path) and (method is None or r.method == method)]  # fmt: skip

    def reset(self) -> None:
        """Forget requests, scripts, attempt counts, generations, extra keys and spend."""
        self.state.reset()
