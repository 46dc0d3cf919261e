"""Schemathesis against the mock: every operation of openapi.yaml, fuzzed, answers as documented.

`tests/mock/test_contract.py` validates one hand-written call per operation; here schemathesis
generates the requests (boundary values from its coverage phase, then `MAX_EXAMPLES` fuzzed
ones per operation) and checks every response: no 5xx, a documented status code and content
type, a body and headers valid against the spec. Server-sent events are validated too:
schemathesis parses `text/event-stream` into `ChatStreamEvent` objects and checks each `data`
against `contentSchema: ChatStreamChunk` (`test_sse_validation_has_teeth` proves it).

- in-process (`MockApp` through schemathesis' ASGI transport) and over real loopback HTTP
  (`MockOpenRouter`, fewer examples);
- chat under the mock's scenarios (`X-Mock-Scenario`): streams with tool calls, reasoning,
  drift, every SSE framing style, mid-stream errors, rate-limit headers;
- every documented error status of every operation, and every credential on every operation;
- stateful: the spec's links (`LINKS`) chain createKeys -> getKey/updateKeys/deleteKeys
  and sendChatCompletionRequest -> getGeneration, with `use_after_free` and
  `ensure_resource_availability` on top.

The management key is sent for everything but chat and embeddings, which take the inference
key. Half of the generated requests (a deterministic coin per case) get real identifiers (a
created key's hash, a generation id, a catalogue model, the OAuth code) so the 200 paths are
fuzzed too, not only the 404s. Generation is derandomized: CI sends the same requests each run.
"""

from __future__ import annotations

import contextlib
import copy
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
import yaml
from hypothesis import settings
from hypothesis import strategies as st
from schemathesis import Case, GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    ensure_resource_availability,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    use_after_free,
)
from schemathesis.config import HealthCheck
from schemathesis.core import NotSet
from schemathesis.core.failures import FailureGroup

from openrouter_ext.testing import AUTH_CODE, MockApp, MockOpenRouter, MockState

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
ASGI_BASE_URL = "http://testserver/api/v1"
INFERENCE_PATHS = frozenset({"/chat/completions", "/embeddings"})
MAX_EXAMPLES = 50  # per operation, in-process (after the coverage phase's boundary cases)
LOOPBACK_EXAMPLES = 10  # per operation, over loopback HTTP
CONFORMANCE = [
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
CHECKS = [not_a_server_error, *CONFORMANCE]
# Without this, schemathesis reads only the first 20 events of a stream (its default), so the
# usage chunk and `[DONE]` of a longer answer are never validated; and its event counter
# (schemathesis 4.32.5, `core/transport.py` `_EVENT_END_RE`) takes every CRLF line break for
# an event boundary, so a CRLF stream with multi-line `data:` is cut inside an event and the
# half JSON "fails" validation. Reading whole streams avoids both.
MAX_STREAM_EVENTS = 1_000_000
# ChatRequest bodies are big: a busy CI machine must not turn that into a failure
SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ten times faster
with SPEC.open("rb") as spec_file:
    DOCUMENT: dict[str, Any] = yaml.load(spec_file, Loader=_LOADER)

#: The links of openapi.yaml (scripts/spec/overlay.yaml adds them): createKeys ->
#: getKey/updateKeys/deleteKeys, and a chat answer -> its generation.
LINKS: dict[tuple[str, str, str], dict[str, Any]] = {
    (path, method, status): response["links"]
    for path, item in DOCUMENT["paths"].items()
    for method, op in item.items()
    if isinstance(op, dict)
    for status, response in op.get("responses", {}).items()
    if "links" in response
}


def spec_document(*, links: bool = False) -> dict[str, Any]:
    """Return a fresh copy of openapi.yaml (with its links only when asked)."""
    doc = copy.deepcopy(DOCUMENT)
    if not links:
        for path, method, status in LINKS:
            del doc["paths"][path][method]["responses"][status]["links"]
    return doc


def media_types_as_sent(doc: dict[str, Any]) -> dict[str, Any]:
    """Document each binary response's ``x-media-types`` (``video/mp4``...) as content too.

    The derived spec serves binary responses as ``application/octet-stream`` for the
    generator and keeps the types the API answers with in ``x-media-types``; the mock sends
    those (as the API does), so the content-type check accepts them.
    """
    for item in doc.get("paths", {}).values():
        for op in item.values():
            responses = op.get("responses", {}) if isinstance(op, dict) else {}
            for response in responses.values():
                content = response.get("content", {}) if isinstance(response, dict) else {}
                for entry in list(content.values()):
                    for media_type in entry.get("x-media-types", []):
                        if "*" not in media_type:  # a range (audio/*) is not a response type
                            content.setdefault(media_type, {"schema": entry.get("schema", {})})
    return doc


def make_schema(
    *,
    app: MockApp | None = None,
    max_examples: int = MAX_EXAMPLES,
    coverage: bool = False,
    links: bool = False,
    document: dict[str, Any] | None = None,
) -> Any:
    """Load the spec (openapi.yaml, or `document`) for schemathesis: positive data,
    derandomized, whole streams read."""
    source = spec_document(links=links) if document is None else copy.deepcopy(document)
    schema = schemathesis.openapi.from_dict(media_types_as_sent(source))
    if app is not None:
        schema.app = app
        schema.config.update(base_url=ASGI_BASE_URL)
    schema.config.generation.update(
        max_examples=max_examples, deterministic=True, modes=[GenerationMode.POSITIVE]
    )
    schema.config.phases.coverage.enabled = coverage
    schema.config.max_stream_events = MAX_STREAM_EVENTS
    schema.config.update(suppress_health_check=SLOW_OK)
    return schema


@dataclass
class Target:
    """A running mock plus real identifiers to steer generated requests toward 200s."""

    api_key: str
    management_key: str
    send: Callable[[Case], Any]
    ops: Any  # the schema whose operations build the seeding calls
    key_hash: str = ""
    generation_id: str = ""
    full: Full | None = None  # the mock's own reading of the spec: each operation's key, items

    def seed(self) -> Target:
        """Create one key and one generation to aim generated requests at."""
        self.key_hash = self.new_key()
        chat = self.ops["/chat/completions"]["POST"].Case(
            body={"messages": [{"role": "user", "content": "seed"}]},
            headers=self.auth("/chat/completions"),
        )
        response = self.send(chat)
        assert response.status_code == 200, response.text
        self.generation_id = response.json()["id"]
        return self

    def new_key(self) -> str:
        case = self.ops["/keys"]["POST"].Case(body={"name": "contract"}, headers=self.auth("/keys"))
        response = self.send(case)
        assert response.status_code == 201, response.text
        return str(response.json()["data"]["hash"])

    def auth(self, path: str) -> dict[str, str]:
        key = self.api_key if path in INFERENCE_PATHS else self.management_key
        return {"Authorization": f"Bearer {key}"}

    def prepare(self, case: Case) -> None:
        """Set the key for the operation; on heads of the coin, plug in real identifiers."""
        path = case.operation.path
        heads = coin(case)
        if self.full is not None:
            self.full.prepare(case, heads=heads)  # the operation's key; stored items' ids
        else:
            case.headers = {**(case.headers or {}), **self.auth(path)}
        if not heads:
            return
        if path == "/generation":
            case.query = {**(case.query or {}), "id": self.generation_id}
        elif path == "/keys/{hash}":
            fresh = case.method.upper() == "DELETE"
            case.path_parameters = {"hash": self.new_key() if fresh else self.key_hash}
        elif path == "/models/{author}/{slug}/endpoints":
            case.path_parameters = {"author": "openai", "slug": "gpt-4o-mini"}
        elif path == "/auth/keys" and isinstance(case.body, dict):
            case.body = {**case.body, "code": AUTH_CODE}


def coin(case: Case) -> bool:
    """Flip a coin that depends only on the generated data (stable across runs and processes)."""
    body = None if isinstance(case.body, NotSet) else case.body  # NotSet's repr has an address
    data = repr((case.path_parameters, case.query, body)).encode("utf-8", "replace")
    return zlib.crc32(data) % 2 == 0


# ------------------------------------------------------------------------------ in-process
INPROC_STATE = MockState(accept_unknown_models=True)
# A preset's inference routes take the body of the route they stand for (chat, responses,
# messages), which is fuzzed here with MAX_EXAMPLES already: theirs get PRESET_EXAMPLES, after
# the same coverage phase (the `{slug}` and the preset lookup are what they add).
PRESET_ROUTES = r"^/presets/\{slug\}/(chat/completions|responses|messages)$"
PRESET_EXAMPLES = 10
INPROC = make_schema(app=MockApp(INPROC_STATE), coverage=True).exclude(path_regex=PRESET_ROUTES)
INPROC_PRESETS = make_schema(app=INPROC.app, coverage=True, max_examples=PRESET_EXAMPLES).include(
    path_regex=PRESET_ROUTES
)


@pytest.fixture(scope="module")
def inproc() -> Target:
    """The in-process mock, seeded with a key and a generation; every operation gets the key
    it takes (the mock's reading of the spec) and, on heads of the coin, the ids of stored
    items, so item operations answer 200s and streams stream, not only 401s and 404s."""
    return Target(
        INPROC_STATE.api_key, INPROC_STATE.management_key, lambda case: case.call(), INPROC,
        full=Full(Path(), INPROC.app, INPROC_STATE),
    ).seed()  # fmt: skip


@INPROC.parametrize()
def test_in_process(case: Case, inproc: Target) -> None:
    inproc.prepare(case)
    case.call_and_validate(checks=CHECKS)


@INPROC_PRESETS.parametrize()
def test_in_process_preset_routes(case: Case, inproc: Target) -> None:
    inproc.prepare(case)
    case.call_and_validate(checks=CHECKS)


def test_preset_routes_are_fuzzed_with_fewer_examples_not_left_out() -> None:
    """The split above keeps every operation: the preset routes are three, all in the spec."""
    excluded = [op for op in INPROC_PRESETS.get_all_operations()]
    assert len(excluded) == 3


# -------------------------------------------------------------------------------- loopback
LOOPBACK = make_schema(max_examples=LOOPBACK_EXAMPLES)


@pytest.fixture(scope="module")
def loopback() -> Iterator[tuple[Target, str, requests.Session]]:
    """A `MockOpenRouter` on 127.0.0.1 that serves invented model ids, and one HTTP session."""
    with MockOpenRouter(accept_unknown_models=True) as server, requests.Session() as session:

        def send(case: Case) -> Any:
            return case.call(base_url=server.base_url, session=session)

        target = Target(server.api_key, server.management_key, send, LOOPBACK).seed()
        yield target, server.base_url, session


@LOOPBACK.parametrize()
def test_loopback(case: Case, loopback: tuple[Target, str, requests.Session]) -> None:
    target, base_url, session = loopback
    target.prepare(case)
    case.call_and_validate(base_url=base_url, session=session, checks=CHECKS)


# ------------------------------------------------------------------ chat under scenarios
#: Mock scenarios whose answers must still conform. Left out: socket faults, the deliberately
#: invalid `no_done;mid_json=1`, and `error_200` (see test_error_inside_200_is_a_known_gap).
CHAT_SCENARIOS = [
    "ok",
    "tool_calls;parallel=2;split=3",
    "tool_calls;parallel=3;split=1",
    "reasoning",
    "reasoning + tool_calls;parallel=1",
    "usage;cost=byok",
    "usage;cost=absent",
    "usage;cost=null",
    "drift",
    "drift + tool_calls;parallel=2 + reasoning",
    "empty",
    "empty;finish=null",
    "long;tokens=40",
    "served",
    "mid_stream_error;after=2",
    "mid_stream_error;after=1;done=1",
    "no_done",
    "dribble;size=7",
    "framing;style=crlf",
    "framing;style=cr",
    "framing;style=nospace",
    "framing;style=multiline",
    "framing;style=fields",
    "framing;style=no_charset",
    "framing;style=fields,multiline,crlf",
    "framing;style=json",
    "wrapped_error",
    "status;code=429;retry_after=1;rate_limit=1",
    "status;code=503;retry_after_date=5",
]
CHAT_STATE = MockState(accept_unknown_models=True)
CHAT = make_schema(app=MockApp(CHAT_STATE), max_examples=12).include(path="/chat/completions")


@pytest.mark.parametrize("stream", [True, False], ids=["stream", "json"])
@pytest.mark.parametrize("scenario", CHAT_SCENARIOS)
def test_chat_scenario_conforms(scenario: str, stream: bool) -> None:
    """Each scenario, streamed and not, answers as documented (one fixed request each)."""
    body = {"model": "openai/gpt-4o-mini", "stream": stream,
            "messages": [{"role": "user", "content": "Weather in Paris? café 🚀"}],
            "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": {
                "type": "object", "properties": {"city": {"type": "string"}}}}}]}  # fmt: skip
    headers = {"Authorization": f"Bearer {CHAT_STATE.api_key}", "X-Mock-Scenario": scenario}
    case = CHAT["/chat/completions"]["POST"].Case(body=body, headers=headers)
    response = case.call()
    # an injected 503 is a documented, conforming answer, not a server bug
    case.validate_response(response, checks=CONFORMANCE if "code=5" in scenario else CHECKS)


@CHAT.parametrize()
@CHAT.given(scenario=st.sampled_from(CHAT_SCENARIOS))
def test_fuzzed_chat_streams(case: Case, scenario: str) -> None:
    """Generated chat requests, streamed, under a drawn scenario (test_in_process streams
    only when the generated `stream` is true)."""
    assert isinstance(case.body, dict)  # positive data: a ChatRequest object
    case.body = {**case.body, "stream": True}
    headers = {"Authorization": f"Bearer {CHAT_STATE.api_key}", "X-Mock-Scenario": scenario}
    case.headers = {**(case.headers or {}), **headers}
    case.call_and_validate(checks=CONFORMANCE if "code=5" in scenario else CHECKS)


def test_error_inside_200_is_a_known_gap() -> None:
    """`error_200` (a 200 whose body is an error envelope, as upstream sometimes sends) does
    not match the 200 schema: openapi.yaml documents it only in ErrorResponse's description.
    The client handles it (`_base._parse`); this pins the gap so a spec change is noticed.
    """
    op = INPROC["/chat/completions"]["POST"]
    case = op.Case(
        body={"messages": [{"role": "user", "content": "hi"}]},
        headers={"Authorization": f"Bearer {INPROC_STATE.api_key}", "X-Mock-Scenario": "error_200"},
    )
    response = case.call()
    assert response.status_code == 200
    assert "error" in response.json()
    with pytest.raises(FailureGroup, match="Response violates schema"):
        case.validate_response(response, checks=[response_schema_conformance])


# ---------------------------------------------------- SSE validation is real (canaries)
def _corrupt_last_chunk(app: MockApp) -> Callable[..., Any]:
    """Wrap `app`: the usage chunk (`"choices":[]`) of a stream loses `model`."""

    async def corrupted(scope: Any, receive: Any, send: Any) -> None:
        async def send_corrupted(message: Any) -> None:
            body = message.get("body", b"")
            if message["type"] == "http.response.body" and b'"choices":[],"usage"' in body:
                message = {**message, "body": body.replace(b'"model":', b'"mdl":', 1)}
            await send(message)

        await app(scope, receive, send_corrupted)

    return corrupted


@pytest.mark.parametrize("scenario", ["long;tokens=60", "long;tokens=60 + framing;style=crlf"])
def test_sse_validation_has_teeth(scenario: str) -> None:
    """A bad chunk after the 20th event of a stream fails `response_schema_conformance`."""
    op = INPROC["/chat/completions"]["POST"]
    case = op.Case(
        body={"messages": [{"role": "user", "content": "hi"}], "stream": True},
        headers={"Authorization": f"Bearer {INPROC_STATE.api_key}", "X-Mock-Scenario": scenario},
    )
    good = case.call()
    assert good.text.count("data: ") > 60
    case.validate_response(good, checks=CHECKS)
    bad = case.call(app=_corrupt_last_chunk(INPROC.app))
    with pytest.raises(FailureGroup, match="SSE event violates schema"):
        case.validate_response(bad, checks=CHECKS)


# ---------------------------------------------- documented errors, credentials (explicit)
#: The operations the explicit cases below have example requests for (the ones openapi.yaml
#: had before it was derived); every operation's errors and keys are covered with the mock's
#: own examples in tests/mock/test_every_operation.py.
EXPLICIT = frozenset(
    {
        "sendChatCompletionRequest", "createEmbeddings", "getModels", "listModelsCount",
        "listModelsUser", "listEndpoints", "listProviders", "getGeneration", "getCredits",
        "getCurrentKey", "list", "createKeys", "getKey", "updateKeys", "deleteKeys",
        "exchangeAuthCodeForAPIKey",
    }
)  # fmt: skip


def _operations() -> list[tuple[str, str]]:
    return [
        (path, method.upper())
        for path, item in DOCUMENT["paths"].items()
        for method, op in item.items()
        if method in ("get", "post", "patch", "delete", "put") and op["operationId"] in EXPLICIT
    ]


EXAMPLE_BODIES: dict[str, dict[str, Any]] = {
    "/chat/completions": {"messages": [{"role": "user", "content": "hi"}]},
    "/embeddings": {"model": "openai/text-embedding-3-small", "input": "hi"},
    "/keys": {"name": "contract"},
    "/keys/{hash}": {"name": "renamed"},
    "/auth/keys": {"code": AUTH_CODE},
}
EXAMPLE_PARAMS: dict[str, dict[str, str]] = {
    "/models/{author}/{slug}/endpoints": {"author": "openai", "slug": "gpt-4o-mini"},
    "/keys/{hash}": {"hash": "0" * 64},
}


def example_case(path: str, method: str, headers: dict[str, str]) -> Case:
    """A valid request to one operation (the resource may not exist: 404 is documented)."""
    op = INPROC[path][method]
    kwargs: dict[str, Any] = {}
    if method in ("POST", "PATCH"):
        kwargs["body"] = EXAMPLE_BODIES[path]
    query = {"id": "gen-none"} if path == "/generation" else {}
    return op.Case(
        headers=headers, path_parameters=EXAMPLE_PARAMS.get(path, {}), query=query, **kwargs
    )


DOCUMENTED_ERRORS = [
    pytest.param(path, method, int(status), id=f"{method} {path} {status}")
    for path, method in _operations()
    for status in DOCUMENT["paths"][path][method.lower()]["responses"]
    if not status.startswith("2")
]


@pytest.mark.parametrize(("path", "method", "status"), DOCUMENTED_ERRORS)
@pytest.mark.parametrize(
    "retry", ["retry_after=2;rate_limit=1", "retry_after_date=30"], ids=["seconds", "date"]
)
def test_documented_error_statuses_conform(path: str, method: str, status: int, retry: str) -> None:
    """Each documented error, as the mock injects it, has the envelope and valid headers."""
    key = INPROC_STATE.api_key if path in INFERENCE_PATHS else INPROC_STATE.management_key
    headers = {"Authorization": f"Bearer {key}", "X-Mock-Scenario": f"status;code={status};{retry}"}
    case = example_case(path, method, headers)
    response = case.call()
    assert response.status_code == status
    assert response.headers.get("retry-after")
    case.validate_response(response, checks=CONFORMANCE)  # injected 5xx are not bugs


CREDENTIALS = ["none", "unknown", "inference", "management"]
#: (operation, credential) whose answer openapi.yaml does not document yet; see the fix.
UNDOCUMENTED: dict[tuple[str, str, str], str] = {}


def _auth_params() -> list[Any]:
    params = []
    for path, method in _operations():
        for credential in CREDENTIALS:
            reason = UNDOCUMENTED.get((path, method, credential))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            label = f"{method} {path} {credential}"
            params.append(pytest.param(path, method, credential, id=label, marks=marks))
    return params


@pytest.mark.parametrize(("path", "method", "credential"), _auth_params())
def test_every_credential_gets_a_documented_answer(path: str, method: str, credential: str) -> None:
    secret = {
        "none": None,
        "unknown": "sk-or-v1-" + "0" * 64,
        "inference": INPROC_STATE.api_key,
        "management": INPROC_STATE.management_key,
    }[credential]
    case = example_case(path, method, {"Authorization": f"Bearer {secret}"} if secret else {})
    response = case.call()
    case.validate_response(response, checks=CHECKS)


# ------------------------------------------------------------------------------- stateful
STATEFUL_STATE = MockState(accept_unknown_models=True)
# the keys and chat -> generation links (every collection's: test_every_collection_walks_its_links)
STATEFUL = make_schema(app=MockApp(STATEFUL_STATE), links=True).include(
    operation_id=sorted(EXPLICIT)
)
STATEFUL_CHECKS = [*CHECKS, use_after_free, ensure_resource_availability]


class Workflow(STATEFUL.as_state_machine()):  # type: ignore[misc]
    """Follow the links; authorize each step like the fuzz tests do."""

    def before_call(self, case: Case) -> None:
        key = STATEFUL_STATE.api_key if case.operation.path in INFERENCE_PATHS else (
            STATEFUL_STATE.management_key)  # fmt: skip
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {key}"}

    def validate_response(
        self, response: Any, case: Case, additional_checks: Any = None, **kwargs: Any
    ) -> None:
        case.validate_response(
            response,
            checks=STATEFUL_CHECKS,
            transport_kwargs=kwargs or None,
            recorder=self.recorder,
        )


def test_stateful_links() -> None:
    """Schemathesis walks the links with generated data (which links it takes varies)."""
    STATEFUL_STATE.reset()
    Workflow.run(
        settings=settings(
            max_examples=20,
            stateful_step_count=5,
            derandomize=True,
            deadline=None,
            suppress_health_check=[check for c in SLOW_OK for check in c.as_hypothesis()],
        )
    )
    seen = Counter(
        (r.method, r.path.split("/")[3], r.status)
        for r in STATEFUL_STATE.snapshot()
        if r.status is not None and r.status < 300
    )
    # Links were followed: real hashes or generation ids reached 200 paths. Which ones depends
    # on generation (hypothesis also draws on constants of every loaded module), so only the
    # sum is asserted; test_links_walk_the_key_lifecycle follows each link deterministically.
    linked = [("GET", "keys", 200), ("PATCH", "keys", 200), ("DELETE", "keys", 200),
              ("GET", "generation", 200)]  # fmt: skip
    assert seen[("POST", "keys", 201)] > 0, seen
    assert sum(seen[k] for k in linked) > 0, seen


OPERATION_IDS: dict[str, tuple[str, str]] = {
    op["operationId"]: (path, method.upper())
    for path, item in DOCUMENT["paths"].items()
    for method, op in item.items()
    if isinstance(op, dict) and "operationId" in op
}


def follow(link: dict[str, Any], response: Any, body: Any = None) -> tuple[Case, Any]:
    """Call the target of `link` with the values its runtime expressions pick from `response`.

    Only the two expression forms `LINKS` uses are evaluated: `$response.body#/json/pointer`
    and `$response.header.Name`.
    """
    path, method = OPERATION_IDS[link["operationId"]]
    op = STATEFUL[path][method]
    params: dict[str, dict[str, Any]] = {"path_parameters": {}, "query": {}}
    for name, expression in link["parameters"].items():
        if expression.startswith("$response.body#"):
            value = response.json()
            for part in expression.split("#", 1)[1].strip("/").split("/"):
                value = value[part]
        else:
            header = expression.removeprefix("$response.header.").lower()
            value = {k.lower(): v for k, v in response.headers.items()}[header][0]
        where = "path_parameters" if "{" + name + "}" in path else "query"
        params[where][name] = value
    key = STATEFUL_STATE.api_key if path in INFERENCE_PATHS else STATEFUL_STATE.management_key
    kwargs = {} if body is None else {"body": body}
    case = op.Case(headers={"Authorization": f"Bearer {key}"}, **params, **kwargs)
    result = case.call()
    case.validate_response(result, checks=CHECKS)
    return case, result


def test_links_walk_the_key_lifecycle() -> None:
    """Each link, followed once: create -> get -> update -> get -> delete -> get (gone), and
    chat -> generation (billed the cost the chat reported)."""
    management = {"Authorization": f"Bearer {STATEFUL_STATE.management_key}"}
    create = STATEFUL["/keys"]["POST"].Case(body={"name": "walk", "limit": 5}, headers=management)
    created = create.call()
    create.validate_response(created, checks=CHECKS)
    assert created.status_code == 201
    from_create = LINKS[("/keys", "post", "201")]
    from_get = LINKS[("/keys/{hash}", "get", "200")]
    from_update = LINKS[("/keys/{hash}", "patch", "200")]

    _, got = follow(from_create["GetCreatedKey"], created)
    assert got.status_code == 200
    assert got.json()["data"] == created.json()["data"]
    _, updated = follow(from_get["UpdateKey"], got, {"name": "renamed", "disabled": True})
    assert updated.status_code == 200
    assert updated.json()["data"]["name"] == "renamed"
    _, again = follow(from_update["GetUpdatedKey"], updated)
    assert again.json()["data"]["disabled"] is True
    _, deleted = follow(from_update["DeleteUpdatedKey"], updated)
    assert deleted.json() == {"deleted": True}
    _, gone = follow(from_create["GetCreatedKey"], created)
    assert gone.status_code == 404
    _, gone = follow(from_create["DeleteCreatedKey"], created)
    assert gone.status_code == 404
    _, gone = follow(from_create["UpdateCreatedKey"], created, {"name": "x"})
    assert gone.status_code == 404

    chat = STATEFUL["/chat/completions"]["POST"].Case(
        body={"messages": [{"role": "user", "content": "hi"}]},
        headers={"Authorization": f"Bearer {STATEFUL_STATE.api_key}"},
    )
    answered = chat.call()
    chat.validate_response(answered, checks=CHECKS)
    link = LINKS[("/chat/completions", "post", "200")]["GetGeneration"]
    _, generation = follow(link, answered)
    assert generation.status_code == 200
    assert generation.json()["data"]["id"] == answered.json()["id"]
    assert generation.json()["data"]["total_cost"] == answered.json()["usage"]["cost"]


def test_links_resolve_against_the_spec() -> None:
    """Every link names an existing operationId and only parameters that operation takes."""
    where = {
        op["operationId"]: (path, op)
        for path, item in DOCUMENT["paths"].items()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    for block in LINKS.values():
        for link in block.values():
            path, op = where[link["operationId"]]
            declared = [*DOCUMENT["paths"][path].get("parameters", []), *op.get("parameters", [])]
            assert set(link["parameters"]) <= {p["name"] for p in declared}, link


# ------------------------------------------- every operation of the derived (97-op) spec
# openapi.yaml has 16 operations until it is derived from the upstream snapshot; until then the
# derived spec is produced into a temporary directory, so schemathesis already covers all 97.
# Budget (2 cores, measured): see docs/testing.md; examples per operation are capped here.
# In process, `test_in_process` covers every operation of openapi.yaml with its key and real
# ids (MAX_EXAMPLES each, after the coverage phase); over loopback, one example each:
FULL_LOOPBACK_EXAMPLES = 1  # per operation, over loopback HTTP


@dataclass
class Full:
    """A mock serving the full spec, and real identifiers to aim generated requests at."""

    spec: Path
    app: MockApp
    state: MockState

    def prepare(self, case: Case, heads: bool | None = None) -> None:
        """Send the key the operation takes; on heads of the coin, use stored items' ids."""
        op = next(o for o in self.app.operations
                  if o.path == case.operation.path and o.method == case.method.upper())  # fmt: skip
        key = self.state.management_key if op.auth == "management" else self.state.api_key
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {key}"}
        if coin(case) if heads is None else heads:
            case.path_parameters = {**(case.path_parameters or {}), **self.real_ids(op.path)}

    def real_ids(self, template: str) -> dict[str, str]:
        """Create the items a path names (where they are stored) and return their ids."""
        values: dict[str, str] = {}
        prefix = ""
        for segment in template.strip("/").split("/"):
            if segment.startswith("{"):
                concrete = prefix
                for name, value in values.items():
                    concrete = concrete.replace("{" + name + "}", value)
                with contextlib.suppress(KeyError):  # not a stored collection
                    values[segment[1:-1]] = self.app.add_item(concrete)
            prefix += "/" + segment
        return values


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Full:
    """The in-process mock of the full spec (derived into a temporary directory if needed)."""
    from tests.mock.specs import NEEDS_DERIVED, REPO_SPEC, derive

    spec = derive(tmp_path_factory.mktemp("spec") / "openapi.yaml") if NEEDS_DERIVED else REPO_SPEC
    state = MockState(accept_unknown_models=True)
    return Full(spec, MockApp(state, spec_path=spec), state)


def full_links(app: MockApp) -> dict[tuple[str, str, str], dict[str, Any]]:
    """Links from every create to the item's retrieve/update/delete, built from the mock's
    own reading of the spec (stored collections and their identifier fields)."""
    assert app.resources is not None
    links: dict[tuple[str, str, str], dict[str, Any]] = {}
    by_collection: dict[str, list[Any]] = {}
    for op in app.operations:
        if op.kind in ("retrieve", "update", "delete") and op.collection:
            by_collection.setdefault(op.collection, []).append(op)
    for op in app.operations:
        if op.kind != "create" or op.collection not in by_collection:
            continue
        wrapped = "data" in app.example_builder.properties(op.schema)
        block = {}
        for target in by_collection[op.collection]:
            *parents, last = [s[1:-1] for s in target.path.split("/") if s.startswith("{")]
            stored = op.collection in app.resources.stateful  # else hand-written (keys)
            field = app.resources.id_field(op.collection) if stored else last
            pointer = ("/data/" if wrapped else "/") + field
            params = {last: f"$response.body#{pointer}",
                      **{p: f"$request.path.{p}" for p in parents}}  # fmt: skip
            block[f"{target.kind.capitalize()}Created"] = {
                "operationId": target.spec["operationId"],
                "parameters": params,
            }
        links[(op.path, op.method.lower(), str(op.status))] = block
    return links


@pytest.fixture(scope="module")
def full_server(full: Full) -> Iterator[tuple[MockOpenRouter, requests.Session]]:
    with MockOpenRouter(spec_path=full.spec, accept_unknown_models=True) as server, \
            requests.Session() as session:  # fmt: skip
        yield server, session


@pytest.fixture
def full_loopback_schema(full: Full) -> Any:
    return make_schema(max_examples=FULL_LOOPBACK_EXAMPLES, document=full.app.spec_document)


FULL_LOOPBACK = schemathesis.pytest.from_fixture("full_loopback_schema")


@FULL_LOOPBACK.parametrize()
def test_every_operation_over_loopback(
    case: Case, full_server: tuple[MockOpenRouter, requests.Session]
) -> None:
    server, session = full_server
    target = Full(Path(), server.app, server.state)
    target.prepare(case)
    case.call_and_validate(base_url=server.base_url, session=session, checks=CHECKS)


def test_every_collection_walks_its_links(full: Full) -> None:
    """Schemathesis follows create -> retrieve/update/delete links of every stored collection."""
    links = full_links(full.app)
    assert {path for path, _, _ in links} >= {"/workspaces", "/guardrails", "/byok",
                                              "/observability/destinations", "/files"}  # fmt: skip
    doc = copy.deepcopy(full.app.spec_document)
    for (path, method, status), block in links.items():
        doc["paths"][path][method]["responses"][status]["links"] = block
    schema = make_schema(app=full.app, document=doc)
    state = full.state
    kinds = {(o.method, o.path): o for o in full.app.operations}
    followed: list[str] = []

    class FullWorkflow(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            state.reset()  # each scenario starts from the same state: generation is repeatable

        def before_call(self, case: Case) -> None:
            op = kinds[(case.method.upper(), case.operation.path)]
            key = state.management_key if op.auth == "management" else state.api_key
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {key}"}

        def validate_response(self, response: Any, case: Case, additional_checks: Any = None,
                              **kwargs: Any) -> None:  # fmt: skip
            case.validate_response(
                response,
                checks=STATEFUL_CHECKS,
                transport_kwargs=kwargs or None,
                recorder=self.recorder,
            )
            op = kinds[(case.method.upper(), case.operation.path)]
            if op.kind in ("retrieve", "update", "delete") and response.status_code == 200:
                followed.append(f"{op.method} {op.path}")

    FullWorkflow.run(settings=settings(
        max_examples=25, stateful_step_count=4, derandomize=True, deadline=None,
        suppress_health_check=[check for c in SLOW_OK for check in c.as_hypothesis()]))  # fmt: skip
    # which links hypothesis takes varies; each one, followed once, must reach the item:
    state.reset()

    def auth(op: Any) -> dict[str, str]:
        key = state.management_key if op.auth == "management" else state.api_key
        return {"Authorization": f"Bearer {key}"}

    walked = 0
    for (path, method, _), block in links.items():
        op = kinds[(method.upper(), path)]
        values = Full(full.spec, full.app, state).real_ids(path)
        body = full.app.example_builder.build(op.spec["requestBody"]["content"][
            op.body_media]["schema"]) if op.body_media == "application/json" else None  # fmt: skip
        if isinstance(body, dict) and "model" in body:
            body["model"] = "openai/gpt-4o-mini"
        extra: dict[str, Any] = {"body": body, "media_type": op.body_media}
        if op.body_media == "multipart/form-data":
            extra["body"] = {"file": b"hello"}
        create = schema[path][method.upper()].Case(
            path_parameters=values, headers=auth(op), **extra
        )
        created = create.call()
        assert created.status_code == op.status, (path, created.text[:300])
        for link in block.values():
            target = next(o for o in full.app.operations
                          if o.spec.get("operationId") == link["operationId"])  # fmt: skip
            params = {}
            for name, expression in link["parameters"].items():
                if expression.startswith("$request.path."):
                    params[name] = values[expression.rsplit(".", 1)[1]]
                else:
                    value = created.json()
                    *outer, last = expression.split("#", 1)[1].strip("/").split("/")
                    for part in outer:
                        value = value[part]
                    # the item's identifier: the field named like the path parameter, or its
                    # "id" (the hand-written media collections answer the OpenAI file shape)
                    params[name] = str(value[last] if last in value else value["id"])
            builder = full.app.example_builder
            more: dict[str, Any] = {"query": {
                p["name"]: str(builder.build(p["schema"], p["name"])).lower()
                for p in target.spec.get("parameters", []) if p.get("in") == "query"
                and p.get("required")}}  # fmt: skip
            if target.body_media == "application/json":
                more["body"] = builder.build(target.spec["requestBody"]["content"][
                    "application/json"]["schema"])  # fmt: skip
            step = schema[target.path][target.method].Case(
                path_parameters=params, headers=auth(target), **more
            )
            answer = step.call()
            assert answer.status_code == 200, (target.path, answer.text[:300])
            step.validate_response(answer, checks=CHECKS)
            walked += 1
    assert walked >= 10
