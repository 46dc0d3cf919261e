"""The mock's ASGI app: recording, auth, request validation, scenarios, routing (Starlette)."""

from __future__ import annotations

import email.utils
import functools
import hashlib
import json
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from http import HTTPStatus
from pathlib import Path
from typing import Any, Final

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.types import Message, Receive, Scope, Send

from . import _handlers as h
from ._auth import AuthKind
from ._forms import parse_form
from ._generic import Operation, operations
from ._json import as_dict, as_list
from ._media_store import MEDIA_OPERATIONS, add_media_item
from ._messages import messages as _messages_handler
from ._resources import Resources
from ._responses import responses as _responses_handler
from ._scenarios import Attempt, Scenario, ScenarioError, ScenarioPlan, parse_plan
from ._schema_example import ExampleBuilder
from ._spec import Spec, find_spec, load_spec
from ._state import KeyRecord, MockState, RecordedRequest, redact
from ._wire import (
    Reply,
    WirePlan,
    error_body,
    error_reply,
    json_reply,
    send_reply,
    wire_plan,
)

Handler = Callable[[h.Ctx], Awaitable[Reply]]
RECORD_KEY: Final = "openrouter_mock.record"
BASE_PATH: Final = "/api/v1"
#: Largest request body the mock reads (bytes); a bigger one gets a 413 envelope.
DEFAULT_MAX_BODY_BYTES: Final = 64 * 1024 * 1024
#: Deepest nesting of arrays and objects a request body may have; deeper gets a 400 envelope.
MAX_BODY_DEPTH: Final = 256
_TOO_DEEP: Final = f"Request body is nested deeper than {MAX_BODY_DEPTH} levels"
_BAD_BODY: Final = "openrouter_mock.bad_body"  # scope key: the 400 message of a bad body
_SURROGATE_ESCAPE: Final = re.compile(rb"\\u[dD][89a-fA-F]")
# A handler meeting a body of the wrong shape when validation is off raises one of these.
_SHAPE_ERRORS: Final = (TypeError, ValueError, KeyError, AttributeError, IndexError,
                        ArithmeticError)  # fmt: skip

#: Hand-written handlers: (method, path template, handler, key kind; see `_auth`). Every other
#: operation of the loaded spec is served by a generic handler (`_generic`, `_resources`).
OPERATIONS: Final[tuple[tuple[str, str, Handler, AuthKind], ...]] = (
    ("POST", "/chat/completions", h.chat, "inference"),
    ("POST", "/embeddings", h.embeddings, "inference"),
    ("GET", "/models", h.models, "public"),
    ("GET", "/models/count", h.models_count, "public"),
    ("GET", "/models/user", h.models_user, "key"),
    ("GET", "/models/{author}/{slug}/endpoints", h.endpoints, "public"),
    ("GET", "/providers", h.providers, "public"),
    ("GET", "/generation", h.generation, "key"),
    ("GET", "/credits", h.credits, "management"),
    ("GET", "/key", h.current_key, "key"),
    ("GET", "/keys", h.list_keys, "management"),
    ("POST", "/keys", h.create_key, "management"),
    ("GET", "/keys/{hash}", h.get_key, "management"),
    ("PATCH", "/keys/{hash}", h.update_key, "management"),
    ("DELETE", "/keys/{hash}", h.delete_key, "management"),
    ("POST", "/auth/keys", h.exchange_code, "none"),
    ("GET", "/model/{author}/{slug}", h.model, "public"),
    # Responses and Messages streams (issue 20): _responses.py, _messages.py
    ("POST", "/responses", _responses_handler, "inference"),
    ("POST", "/messages", _messages_handler, "inference"),
    *MEDIA_OPERATIONS,  # rerank, images, audio, videos, files (`_media`, `_media_store`)
)
_MESSAGES: Final = {429: "Rate limit exceeded", 502: "Provider returned error",
                    503: "No available provider could handle the request (mock)"}  # fmt: skip


@functools.lru_cache(maxsize=256)
def _parse_header(value: str) -> ScenarioPlan:
    return parse_plan(value)


class _ReplyResponse(Response):
    """Starlette response that hands a `Reply` to the wire layer."""

    def __init__(self, reply: Reply, plan: WirePlan, record: RecordedRequest) -> None:
        self.reply, self.plan, self.record = reply, plan, record
        self.status_code = reply.status

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        def disconnected(at: float) -> None:
            self.record.disconnected_at = at

        await send_reply(self.reply, self.plan, scope, receive, send, disconnected)


def status_reply(s: Scenario) -> Reply:
    """Build the error reply of a `status` scenario with its retry/rate-limit headers."""
    code = s.integer("code")
    phrase = HTTPStatus(code).phrase if code in HTTPStatus._value2member_map_ else "Error"
    message = s.opt("message") or _MESSAGES.get(code, phrase)
    headers: list[tuple[bytes, bytes]] = []
    meta: dict[str, Any] = {}
    if s.opt("error_type"):
        meta["error_type"] = s.text("error_type")
    wait = 60.0
    if s.opt("retry_after") is not None:
        headers.append((b"retry-after", s.text("retry_after").encode()))
        wait = s.number("retry_after")
        meta["retry_after_seconds"] = wait
    if s.opt("retry_after_date") is not None:
        wait = s.number("retry_after_date")
        date = email.utils.formatdate(time.time() + wait, usegmt=True)
        headers.append((b"retry-after", date.encode()))
    if s.opt("retry_after_ms") is not None:
        headers.append((b"retry-after-ms", s.text("retry_after_ms").encode()))
        wait = s.number("retry_after_ms") / 1000
    if s.flag("rate_limit"):
        reset = int((time.time() + wait) * 1000)
        headers += [(b"x-ratelimit-limit", b"20"), (b"x-ratelimit-remaining", b"0"),
                    (b"x-ratelimit-reset", str(reset).encode())]  # fmt: skip
    return error_reply(code, message, meta, headers)


def _scenario_reply(scenarios: Attempt) -> Reply | None:
    for s in scenarios:
        if s.name == "status":
            return status_reply(s)
        if s.name == "error_200":
            code = s.integer("code")
            return json_reply(200, error_body(code, _MESSAGES.get(code, "Upstream error")))
        if s.name == "wrapped_error":
            inner = s.integer("inner")
            raw = json.dumps(error_body(inner, _MESSAGES.get(inner, "Upstream error")))
            return error_reply(
                s.integer("code"),
                "Provider returned error",
                {"provider_name": "OpenAI", "raw": raw, "is_byok": False},
            )
    return None


class MockApp:
    """ASGI app of the mock OpenRouter API under `/api/v1` (see the package docstring).

    Every malformed request gets the API's error envelope (JSON, never a crash): a body that
    is not JSON (NaN and Infinity included), not an object, nested deeper than
    `MAX_BODY_DEPTH`, holding a lone UTF-16 surrogate, or of the wrong types (400), and a body
    over `max_body_bytes` (413, answered once the rest of the body was read and dropped).

    Args:
        state: the state to serve; a fresh `MockState` by default.
        validate_requests: validate JSON bodies against the spec's request schemas. Without
            it a handler that trips over a field of the wrong type answers 400 too.
        spec_path: the `openapi.yaml` to serve and validate with; found automatically (see
            `find_spec`: `$OPENROUTER_MOCK_SPEC` first). Its operations are the routes; without
            a spec only the hand-written operations are served.
        max_body_bytes: the largest request body read; a bigger one is answered with 413.

    Raises:
        FileNotFoundError: `validate_requests` is on and no spec can be found.

    Attributes:
        operations: every served operation as the spec describes it (empty without a spec).
        resources: the generic handlers and their item schemas (None without a spec).
    """

    def __init__(
        self,
        state: MockState | None = None,
        *,
        validate_requests: bool = True,
        spec_path: str | Path | None = None,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    ) -> None:
        self.state = state or MockState()
        self.max_body_bytes = max_body_bytes
        self.spec: Spec | None = None
        path = Path(spec_path) if spec_path else find_spec()
        if path is None and validate_requests:
            raise FileNotFoundError("openapi.yaml not found: pass spec_path= or "
                                    "validate_requests=False")  # fmt: skip
        served = load_spec(path.resolve()) if path is not None else None
        if validate_requests:
            self.spec = served
        hand: dict[tuple[str, str], tuple[Handler, AuthKind]] = {
            (m, t): (handler, auth) for m, t, handler, auth in OPERATIONS}  # fmt: skip
        self.operations: list[Operation] = []
        self.resources: Resources | None = None
        table: list[tuple[str, str, Handler, AuthKind, Operation | None]] = []
        if served is None:
            table = [(m, t, handler, auth, None) for m, t, handler, auth in OPERATIONS]
        else:
            self.operations = operations(served, {k: v[1] for k, v in hand.items()})
            generic = [o for o in self.operations if (o.method, o.path) not in hand]
            self.resources = Resources(served, generic)
            for op in self.operations:
                handler = hand[(op.method, op.path)][0] if (op.method, op.path) in hand else (
                    self.resources.handler(op))  # fmt: skip
                table.append((op.method, op.path, handler, op.auth, op))
        by_path: dict[str, dict[str, Callable[[Request], Awaitable[Response]]]] = {}
        for method, template, handler, auth, served_op in table:
            endpoint = self._endpoint(method, template, handler, auth, served_op)
            by_path.setdefault(template, {})[method] = endpoint
        # literal segments before parameters: /guardrails/assignments/keys before /guardrails/{id}
        ordered = sorted(by_path.items(), key=lambda kv: kv[0].count("{"))
        routes = [Route(t, _dispatch(ops), methods=list(ops)) for t, ops in ordered]
        self.starlette = Starlette(
            routes=[Mount(BASE_PATH, routes=routes)],
            exception_handlers={HTTPException: self._http_error, Exception: self._crash},
        )

    @property
    def spec_document(self) -> dict[str, Any]:
        """The served spec as parsed YAML (empty without a spec)."""
        return self.resources.spec.document if self.resources is not None else {}

    @property
    def example_builder(self) -> ExampleBuilder:
        """The builder of the served spec's examples (its `oneOf` branches are checked).

        Raises:
            KeyError: no spec is served.
        """
        if self.resources is None:
            raise KeyError("no spec is served")
        return self.resources.builder

    def validator_of(self, schema: Any) -> Any:
        """A `jsonschema` validator for a schema of the served spec (`$ref`s resolve).

        Raises:
            KeyError: no spec is served.
        """
        if self.resources is None:
            raise KeyError("no spec is served")
        return self.resources.spec.checker(schema)

    def add_item(self, path: str, fields: Mapping[str, Any] | None = None, *,
                 key: str | None = None) -> str:  # fmt: skip
        """Store an item in a collection of the spec, as if the API had created it.

        For collections the API cannot create (presets and their versions), or to set up state
        quickly. The item is the schema's example overlaid with `fields` (those that fit).

        Args:
            path: the concrete collection path, e.g. `/presets` or `/workspaces/<id>/members`.
            fields: item fields to set.
            key: the identifier in the item's path (generated when omitted).

        Returns:
            The item's identifier: `GET {path}/{identifier}` retrieves it.

        Raises:
            KeyError: no spec is served, `path` is no stateful collection, or a parent is unknown.
        """
        if path.rstrip("/") == "/keys":  # API keys are hand-written state: they authenticate
            allowed = ("name", "limit", "limit_reset", "include_byok_in_limit", "expires_at")
            given = {k: v for k, v in (fields or {}).items() if k in allowed}
            named = {"name": "Mock key", **given}
            return self.state.create_key(**named).hash
        media = add_media_item(self.state, path, dict(fields or {}), key)  # videos, files
        if media is not None:
            return media
        if self.resources is None:
            raise KeyError("no spec is served: the mock stores no generic items")
        return self.resources.add_item(self.state, path, dict(fields or {}), key)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Record the request, then dispatch it (the body is read once, up front)."""
        if scope["type"] != "http":
            await self.starlette(scope, receive, send)
            return
        limit = self.max_body_bytes
        too_large = _content_length(scope) > limit
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            part = message.get("body", b"")
            size += len(part)
            too_large = too_large or size > limit
            if not too_large:  # past the limit the rest is read and dropped
                chunks.append(part)
            if not message.get("more_body"):
                break
        raw = b"" if too_large else b"".join(chunks)
        record = self._record(scope, raw)
        scope[RECORD_KEY] = record
        replayed = False

        async def replay() -> Any:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": raw, "more_body": False}
            return await receive()

        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                record.status = message["status"]
            elif not message.get("more_body"):
                record.ended_at = time.time()  # before the client can see the end
            await send(message)

        try:
            if too_large:
                text = f"Request body is larger than the limit of {limit} bytes"
                await _plain(error_body(413, text), 413)(scope, replay, recording_send)
            else:
                await self.starlette(scope, replay, recording_send)
        finally:
            if record.ended_at is None:
                record.ended_at = time.time()

    def _record(self, scope: Scope, raw: bytes) -> RecordedRequest:
        headers: dict[str, str] = {}
        for name, value in scope["headers"]:
            key, text = name.decode("latin-1"), value.decode("latin-1")
            if key == "authorization":
                text = text.split(" ", 1)[0] + " " + redact(text.split(" ", 1)[-1])
            headers[key] = f"{headers[key]}, {text}" if key in headers else text
        body: Any = None
        ctype = headers.get("content-type", "")
        if raw and ctype.lower().startswith("multipart/form-data"):
            body, problem = parse_form(raw, ctype)
            if problem is not None:
                scope[_BAD_BODY] = problem
        elif raw:
            body, problem = _parse_body(raw)
            if problem is not None:
                scope[_BAD_BODY] = problem
        path, query = scope["path"], scope["query_string"].decode("latin-1")
        record = RecordedRequest(scope["method"], path, query, headers, body, time.time())
        record.raw = raw
        attempt_key = headers.get("x-mock-attempt-key") or hashlib.sha1(b"\0".join([
            scope["method"].encode(), path.encode(), scope["query_string"], raw,
            headers.get("x-mock-scenario", "").encode()])).hexdigest()  # fmt: skip
        self.state.record(record, attempt_key)
        return record

    def _endpoint(
        self, method: str, template: str, handler: Handler, auth: AuthKind, op: Operation | None
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            record: RecordedRequest = request.scope[RECORD_KEY]
            try:
                scenarios = self._scenarios(request, record)
            except ScenarioError as exc:
                return _ReplyResponse(error_reply(400, f"X-Mock-Scenario: {exc}"), WirePlan(),
                                      record)  # fmt: skip
            reply = await self._prepare(request, record, scenarios, method, template, handler,
                                        auth, op)  # fmt: skip
            if op is not None and reply.status >= 400 and self.resources is not None:
                reply = self.resources.conform_error(op, reply)
            return _ReplyResponse(reply, wire_plan(scenarios), record)

        return endpoint

    def _scenarios(self, request: Request, record: RecordedRequest) -> Attempt:
        header = request.headers.get("x-mock-scenario")
        if header:
            scenarios = _parse_header(header).for_attempt(record.attempt)
        else:
            scripted = self.state.take_script(record)
            if scripted is None:
                return ()
            scenarios = scripted[0].for_attempt(scripted[1])
        record.scenario = " + ".join(str(s) for s in scenarios)
        return scenarios

    async def _prepare(
        self, request: Request, record: RecordedRequest, scenarios: Attempt,
        method: str, template: str, handler: Handler, auth: AuthKind, op: Operation | None,
    ) -> Reply:  # fmt: skip
        key: KeyRecord | None = None
        if auth not in ("public", "none"):
            documented = op.statuses if op is not None else frozenset({401, 403})
            key_or_error = self._authenticate(request, auth, documented)
            if isinstance(key_or_error, Reply):
                return key_or_error
            key = key_or_error
        if self.spec is not None and request.path_params:
            problem = self.spec.check_query(method, template, request.path_params, "path")
            if problem is not None:
                return error_reply(400, problem)
        if self.spec is not None and (request.scope["query_string"] or op is not None):
            problem = self.spec.check_query(method, template, request.query_params)
            if problem is not None:
                return error_reply(400, problem)
        body = record.body
        has_body = op.body_media is not None if op is not None else True
        if has_body and method in ("POST", "PATCH", "PUT"):
            problem = request.scope.get(_BAD_BODY)
            if problem is not None:
                return error_reply(400, problem)
            if not isinstance(body, dict):
                return error_reply(400, "body: the request body must be a JSON object")
            form = record.headers.get("content-type", "").startswith("multipart/form-data")
            json_schema_only = form and op is not None and op.body_media != "multipart/form-data"
            if self.spec is not None and not json_schema_only:  # a form of a JSON operation:
                # its handler checks it (POST /audio/transcriptions takes both)
                problem = self.spec.check_request(method, template, body, record.raw)
                if problem is not None:
                    return error_reply(400, problem)
        early = _scenario_reply(scenarios)
        if early is not None:
            return early
        ctx = h.Ctx(request, self.state, body if body is not None else {}, key, scenarios,
                    record)  # fmt: skip
        try:
            return await handler(ctx)
        except RecursionError:
            return error_reply(400, _TOO_DEEP)
        except _SHAPE_ERRORS as exc:
            if self.spec is not None:  # validated: the body is fine, the mock is wrong
                raise
            name = type(exc).__name__
            return error_reply(400, f"body: a field has the wrong type or value ({name}; "
                                    "request validation is off)")  # fmt: skip

    def _authenticate(
        self, request: Request, auth: AuthKind, documented: frozenset[int]
    ) -> KeyRecord | Reply:
        """Find the request's key; refuse a missing, unknown, disabled, expired or wrong one.

        A key of the wrong kind gets 403 where the operation documents 403, else 401.
        """
        wrong = 403 if 403 in documented or 401 not in documented else 401
        header = request.headers.get("authorization", "")
        scheme, _, secret = header.partition(" ")
        if scheme.lower() != "bearer" or not secret.strip():
            return error_reply(401, "No auth credentials found")
        key = self.state.key_by_secret(secret.strip())
        if key is None:
            return error_reply(401, "User not found.")
        if key.disabled:
            return error_reply(401, "API key is disabled")
        if key.expires_at and key.expires_at < time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()):
            return error_reply(401, "API key has expired")
        if auth == "management" and not key.management:
            return error_reply(wrong, "Only management keys can perform this operation")
        if auth == "inference" and key.management:
            return error_reply(wrong, "Management keys cannot be used for inference requests")
        return key

    async def _http_error(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        status = exc.status_code
        message = f"No route for {request.method} {request.url.path}" if status in (404, 405) \
            else str(exc.detail)  # fmt: skip
        return _plain(error_body(status, message), status, exc.headers)

    async def _crash(self, request: Request, exc: Exception) -> Response:
        return _plain(error_body(500, f"Internal mock error: {type(exc).__name__}"), 500)


def _dispatch(
    ops: dict[str, Callable[[Request], Awaitable[Response]]],
) -> Callable[[Request], Awaitable[Response]]:
    """One Starlette route per path (so a 405 lists every allowed method)."""

    async def endpoint(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        return await ops[method](request)

    return endpoint


def _content_length(scope: Scope) -> int:
    """Return the declared Content-Length, or -1 when absent or not a number."""
    for name, value in scope["headers"]:
        if name == b"content-length":
            return int(value) if value.isdigit() else -1
    return -1


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _parse_body(raw: bytes) -> tuple[Any, str | None]:
    """Parse a request body: (JSON value, None), or (its text, the 400 message) when bad."""
    try:
        body = json.loads(raw, parse_constant=_reject_constant)
    except RecursionError:
        problem: str | None = _TOO_DEEP
    except ValueError as exc:  # UnicodeDecodeError and too long integers included
        problem = f"Request body is not valid JSON: {exc}"
    else:
        problem = _shape_problem(raw, body)
        if problem is None:
            return body, None
    return raw.decode("utf-8", "replace"), problem


def _shape_problem(raw: bytes, body: Any) -> str | None:
    """Return why a parsed body is unusable (too deep, lone surrogate), or None.

    Byte counts of the raw body rule out both problems for almost every request, so the
    walk (iterative: a deep body must not exhaust the stack here) rarely runs.
    """
    deep = raw.count(b"[") + raw.count(b"{") > MAX_BODY_DEPTH
    surrogates = _SURROGATE_ESCAPE.search(raw) is not None
    if not (deep or surrogates):
        return None
    todo: list[tuple[Any, int]] = [(body, 0)]
    while todo:
        value, depth = todo.pop()
        node = as_dict(value)
        items = [*node.keys(), *node.values()] if node is not None else as_list(value)
        if items is not None:  # an object or an array
            if depth >= MAX_BODY_DEPTH:
                return _TOO_DEEP
            todo.extend((item, depth + 1) for item in items)
        elif surrogates and isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return "Request body is not valid JSON: a string holds a lone UTF-16 surrogate"
    return None


def _plain(obj: Any, status: int, headers: Mapping[str, str] | None = None) -> Response:
    return Response(json.dumps(obj), status, headers=headers, media_type="application/json")
