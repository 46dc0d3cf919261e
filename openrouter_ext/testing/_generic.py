"""Serve any operation of the loaded spec: its shape decides what it does.

Every operation the spec declares and no hand-written handler serves gets a generic handler,
chosen by the operation's place among the spec's paths (`classify`):

==============  ===================================================  =========================
kind            shape                                                behaviour
==============  ===================================================  =========================
create          `POST /c` where `/c/{id}` exists                     store a new item (201/200)
list            `GET /c` of a stateful collection                    the stored items, paged
list_all        `GET /a/b` where `/a/{x}/b` is stateful              items of every group
retrieve        `GET /c/{id}`                                        the item, or 404
update          `PATCH /c/{id}`                                      merge the body, or 404
upsert          `PUT /c/{id}`                                        create or replace
delete          `DELETE /c/{id}`                                     delete (and nested), 404
bulk_add        `POST /c/add`, or `POST /c` when `/c/remove` exists  add one item per id
bulk_remove     `POST /c/remove`                                     remove the listed ids
content         a binary (`application/octet-stream`) answer         fixed or uploaded bytes
action          anything else                                        the schema's example
==============  ===================================================  =========================

A collection whose items can be read but not created (presets, their versions) is seeded with
one item. Every path parameter naming an item of a stateful collection must exist (404
otherwise), so `/workspaces/{id}/members` of an unknown workspace is a 404. Answers are built by
`ExampleBuilder` and overlaid with the stored item, the request's fields and the path's values,
keeping only what still validates against the response schema. Billable operations (see
`Operation.billable`) are charged like chat: a generation, a cost from the catalog's prices, the
key's usage, `usage.cost` in the body where the schema has it, and `X-Generation-Id`.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final, Literal

from ._auth import AuthKind, auth_kind
from ._chat import compute_cost
from ._json import as_dict, dict_of
from ._schema_example import ExampleBuilder, mock_uuid
from ._spec import Spec
from ._state import Generation, MockState, money

Kind = Literal["create", "list", "list_all", "retrieve", "update", "upsert", "delete",
               "bulk_add", "bulk_remove", "content", "action"]  # fmt: skip
METHODS: Final = ("get", "post", "put", "patch", "delete")
_PARAM: Final = re.compile(r"\{([^}]+)\}")
_API_TYPES: Final = {
    "/embeddings": "embeddings", "/rerank": "rerank", "/audio/speech": "tts",
    "/audio/transcriptions": "stt", "/videos": "video", "/images": "image",
}  # fmt: skip
#: Completion tokens charged by a generic billable operation.
GENERIC_COMPLETION_TOKENS: Final = 16


def is_param(segment: str) -> bool:
    """Say whether a path segment is a `{parameter}`."""
    return segment.startswith("{") and segment.endswith("}")


def path_params(template: str) -> list[str]:
    """Return the parameter names of a path template, in order."""
    return _PARAM.findall(template)


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with what the mock decided about it."""

    method: str  # upper case
    path: str  # template, e.g. /workspaces/{id}/members
    spec: dict[str, Any]  # the operation object
    status: int  # the first documented 2xx
    media: str | None  # its content type (JSON preferred), None without content
    statuses: frozenset[int]
    body_media: str | None  # the request body's content type, None without a body
    kind: Kind
    collection: str | None  # the stateful collection it acts on
    billable: bool
    auth: AuthKind

    @property
    def schema(self) -> Any:
        """The success response's schema (None without JSON content)."""
        if self.media != "application/json":
            return None
        response = self.spec["responses"][str(self.status)]
        return response["content"]["application/json"].get("schema")


def _success(op: dict[str, Any]) -> tuple[int, str | None]:
    responses: dict[str, Any] = op.get("responses") or {}
    codes = sorted(int(s) for s in responses if s.isdigit() and s.startswith("2"))
    status = codes[0] if codes else 200
    response: dict[str, Any] = responses.get(str(status)) or {}
    content: dict[str, Any] = response.get("content") or {}
    media = "application/json" if "application/json" in content else next(iter(content), None)
    return status, media


def _body_media(op: dict[str, Any]) -> str | None:
    request: dict[str, Any] = op.get("requestBody") or {}
    content: dict[str, Any] = request.get("content") or {}
    return "application/json" if "application/json" in content else next(iter(content), None)


def _strip_params(template: str) -> str:
    return "/".join(s for s in template.split("/") if not is_param(s))


def _stateful(paths: dict[str, set[str]]) -> tuple[set[str], set[str], set[str]]:
    """Return (creatable, member, seeded) collection templates."""
    creatable: set[str] = set()
    seeded: set[str] = set()
    members = {p.rsplit("/", 1)[0] for p, ms in paths.items()
               if "post" in ms and p.rsplit("/", 1)[-1] in ("add", "remove")}  # fmt: skip
    for path, methods in paths.items():
        head, _, last = path.rpartition("/")
        if not is_param(last) or not head or is_param(head.rsplit("/", 1)[-1]):
            continue
        if "post" in paths.get(head, set()) or "put" in methods:
            creatable.add(head)
        elif "get" in methods:
            seeded.add(head)
    return creatable, members - creatable, seeded - creatable - members


def classify(method: str, path: str, paths: dict[str, set[str]]) -> tuple[Kind, str | None]:
    """Decide what a generic operation does and which stateful collection it acts on."""
    creatable, members, seeded = _stateful(paths)
    stateful = creatable | members | seeded
    head, _, last = path.rpartition("/")
    m = method.lower()
    if is_param(last) and head in stateful:
        kinds: dict[str, Kind] = {"get": "retrieve", "patch": "update", "put": "upsert",
                                  "delete": "delete"}  # fmt: skip
        if m in kinds:
            return kinds[m], head
    if path in stateful and m == "get":
        return "list", path
    if path in creatable and m == "post":
        return "create", path
    if m == "post" and (path in members or (last in ("add", "remove") and head in members)):
        return ("bulk_remove" if last == "remove" else "bulk_add"), (
            path if path in members else head)  # fmt: skip
    if m == "get" and not path_params(path):
        for template in sorted(stateful):
            if path_params(template) and _strip_params(template) == path:
                return "list_all", template
    return "action", None


def operations(spec: Spec, fallbacks: dict[tuple[str, str], AuthKind]) -> list[Operation]:
    """Describe every operation of `spec` (`fallbacks`: kinds of hand-written handlers)."""
    doc = spec.document
    items: dict[str, Any] = doc.get("paths") or {}
    paths: dict[str, set[str]] = {p: {m for m in item if m in METHODS}
                                  for p, item in items.items()}  # fmt: skip
    out: list[Operation] = []
    for path, item in items.items():
        for method in METHODS:
            op = as_dict(item.get(method))
            if op is None:
                continue
            status, media = _success(op)
            responses: dict[str, Any] = op.get("responses") or {}
            statuses = frozenset(int(s) for s in responses if s.isdigit())
            kind, collection = classify(method, path, paths)
            if media is not None and media != "application/json":
                kind = "content"
            body = _body_media(op)
            billable = method == "post" and (402 in statuses or _has_model(spec, op))
            auth = auth_kind(method, path, op, billable=billable,
                             default_security=doc.get("security"),
                             fallback=fallbacks.get((method.upper(), path)))  # fmt: skip
            out.append(Operation(method.upper(), path, op, status, media, statuses, body, kind,
                                 collection, billable and auth != "management", auth))  # fmt: skip
    return out


def _has_model(spec: Spec, op: dict[str, Any]) -> bool:
    request: dict[str, Any] = op.get("requestBody") or {}
    media: dict[str, Any] = request.get("content") or {}
    content = media.get("application/json")
    if not content:
        return False
    schema = as_dict(ExampleBuilder(spec.document).merged(content.get("schema")))
    return schema is not None and "model" in (schema.get("properties") or {})


def singular(name: str) -> str:
    """`workspaces` -> `workspace`, `key_hashes` -> `key_hash` (English enough for the API)."""
    if name.endswith(("hashes", "sses")):
        return name[:-2]
    return name[:-1] if name.endswith("s") else name


def generic_usage(model: Any, body: dict[str, Any]) -> tuple[int, int, Decimal]:
    """Return (prompt tokens, completion tokens, cost) of a generic billable call.

    Prompt tokens are a quarter of the compact JSON body's characters (at least 1);
    completion tokens are `GENERIC_COMPLETION_TOKENS`; the cost uses the model's prices.
    """
    text = json.dumps(body, separators=(",", ":"), ensure_ascii=False, default=str)
    prompt = max(1, math.ceil(len(text) / 4))
    return prompt, GENERIC_COMPLETION_TOKENS, compute_cost(model, prompt, GENERIC_COMPLETION_TOKENS)


def charge(
    state: MockState, op: Operation, model: Any, body: dict[str, Any], key: Any
) -> tuple[str, int, int, Decimal]:
    """Record a generation for a generic billable call; return (id, prompt, completion, cost)."""
    prompt, completion, cost = generic_usage(model, body)
    gen_id = state.new_generation_id()
    api_type = _API_TYPES.get(op.path, "completions")
    gen = Generation(gen_id, model.id, model.providers[0], cost, None, False, prompt, completion,
                     0, "stop", False, api_type)  # fmt: skip
    state.add_generation(gen, key)
    return gen_id, prompt, completion, cost


def usage_overlay(prompt: int, completion: int, cost: Decimal) -> dict[str, Any]:
    """The usage fields a generic billable answer fills in (those its schema has survive)."""
    return {"prompt_tokens": prompt, "input_tokens": prompt, "completion_tokens": completion,
            "output_tokens": completion, "total_tokens": prompt + completion,
            "cost": money(cost), "is_byok": False}  # fmt: skip


def new_identifier(schema: Any, collection: str, number: int) -> Any:
    """Return a fresh identifier fitting `schema` (uuid, 64-hex hash, integer or text)."""
    schema = dict_of(schema)
    known: list[Any] = schema.get("enum") or schema.get("x-open-enum") or []
    enum = [e for e in known if e is not None]
    if enum:
        return enum[(number - 1) % len(enum)]
    kind = schema.get("type")
    if kind == "integer" or (isinstance(kind, list) and "integer" in kind):
        return number
    if schema.get("format") == "uuid":
        return mock_uuid(f"{collection}/{number}")
    pattern = schema.get("pattern")
    name = singular(_strip_params(collection).rsplit("/", 1)[-1] or "item")
    for text in (f"mock-{name}-{number}", f"{name}{number}",
                 hashlib.sha256(f"{collection}/{number}".encode()).hexdigest()):  # fmt: skip
        if not isinstance(pattern, str) or re.search(pattern, text):
            return text
    return mock_uuid(f"{collection}/{number}")
