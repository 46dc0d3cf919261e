"""One function per operation: take a `Ctx`, return a `Reply` (no faults here)."""

from __future__ import annotations

import base64
import hashlib
import math
import random
import struct
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from starlette.requests import Request

from . import _data
from ._chat import chat_result, error_payload, plan_completion, stream_payloads
from ._scenarios import Attempt, find
from ._state import AUTH_CODE, USER_ID, Generation, KeyRecord, MockState, RecordedRequest, money
from ._wire import Reply, error_reply, frame, json_reply, keepalive


@dataclass
class Ctx:
    """What a handler needs about one request."""

    request: Request
    state: MockState
    body: Any
    key: KeyRecord | None
    scenarios: Attempt
    record: RecordedRequest


# inference ----------------------------------------------------------------------------------
def _pick_model(
    body: dict[str, Any], lenient: bool, default: str = _data.DEFAULT_CHAT_MODEL
) -> tuple[_data.MockModel | None, str | None]:
    """Return the first known model of `model` + `models` (or the default when none is named).

    An unknown id is a 400 like upstream, unless the server accepts unknown models.
    """
    wanted = [m for m in [body.get("model"), *(body.get("models") or [])] if isinstance(m, str)]
    wanted = [m for m in wanted if m]
    for name in wanted:
        if name in _data.MODELS_BY_ID:
            return _data.MODELS_BY_ID[name], None
    if wanted and not lenient:
        return None, wanted[0]
    return _data.MODELS_BY_ID[default], None


def _credit_error(ctx: Ctx) -> Reply | None:
    key = ctx.key
    if key is not None and key.limit is not None and key.limit_remaining() == 0:
        return error_reply(402, "Key limit exceeded. Raise the key's limit or create a new key.")
    if ctx.state.total_usage() >= ctx.state.total_credits:
        return error_reply(
            402, "Insufficient credits. Add more using https://openrouter.ai/credits"
        )
    return None


async def chat(ctx: Ctx) -> Reply:
    """POST /chat/completions: JSON, or SSE when `stream: true`."""
    body = ctx.body
    model, bad = _pick_model(body, ctx.state.accept_unknown_models)
    if model is None or model.is_embedding:
        return error_reply(
            400,
            f"{bad or body.get('model')} is not a valid model ID",
            {"availability": {"code": "model_not_found", "retryable": False}},
        )
    if err := _credit_error(ctx):
        return err
    state, gen_id, created = ctx.state, ctx.state.new_generation_id(), int(time.time())
    comp = plan_completion({**body, "model": model.id}, ctx.scenarios, gen_id)
    failure = find(ctx.scenarios, "mid_stream_error")
    stream = bool(body.get("stream"))
    styles = frozenset(s for f in ctx.scenarios if f.name == "framing"
                       for s in f.text("style").split(","))  # fmt: skip
    failed = failure is not None and stream and "json" not in styles
    gen = Generation(gen_id, comp.model.id, comp.provider, Decimal(0) if failed else comp.cost,
                     comp.upstream_cost if comp.is_byok else None, comp.is_byok,
                     comp.prompt_tokens, comp.completion_tokens, len(comp.reasoning),
                     "error" if failed else comp.finish_reason, stream, "completions")  # fmt: skip
    hide = find(ctx.scenarios, "generation_404")
    gen.hidden_lookups = hide.integer("k") if hide else 0
    assert ctx.key is not None
    state.add_generation(gen, ctx.key)
    ctx.record.generation_id = gen_id
    headers = [(b"x-generation-id", gen_id.encode())]
    if not stream or "json" in styles:
        return json_reply(200, chat_result(comp, gen_id, created), headers)

    payloads = stream_payloads(comp, gen_id, created)
    if failure is not None:
        after = min(failure.integer("after"), len(payloads) - 3)
        code, kind = failure.integer("code"), failure.text("error_type")
        payloads = [*payloads[:after], error_payload(comp, gen_id, created, code, kind)]
        if failure.flag("done"):
            payloads.append("[DONE]")
    no_done = find(ctx.scenarios, "no_done")
    if no_done is not None and payloads[-1] == "[DONE]":
        payloads.pop()
    parts = [keepalive(styles), *frame(payloads, styles)]
    if no_done is not None and no_done.flag("mid_json"):
        parts[-1] = parts[-1][: len(parts[-1]) // 2]
    ctype = b"text/event-stream" if "no_charset" in styles else b"text/event-stream; charset=utf-8"
    headers += [(b"content-type", ctype), (b"cache-control", b"no-cache")]
    return Reply(200, headers, parts, stream=True,
                 on_disconnect=lambda: state.mark_cancelled(gen_id))  # fmt: skip


def _embedding(text: str, dims: int) -> list[float]:
    rng = random.Random(hashlib.sha256(text.encode()).digest())
    vec = [rng.uniform(-1.0, 1.0) for _ in range(dims)]
    norm = math.sqrt(sum(v * v for v in vec)) or 1.0
    return [round(v / norm, 6) for v in vec]


def _embedding_texts(raw: Any) -> list[str]:
    if isinstance(raw, str):
        return [raw]
    texts = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict):
            parts = item.get("content") or []
            texts.append(" ".join(p.get("text", "") for p in parts if isinstance(p, dict)))
        else:
            texts.append(item if isinstance(item, str) else repr(item))
    if raw and all(isinstance(x, (int, float)) for x in raw):
        return [repr(raw)]  # one tokenised input
    return texts


async def embeddings(ctx: Ctx) -> Reply:
    """POST /embeddings."""
    body = ctx.body
    lenient = ctx.state.accept_unknown_models
    model, _ = _pick_model(body, lenient, _data.EMBEDDING_MODEL)
    if lenient and (model is None or not model.is_embedding):
        model = _data.MODELS_BY_ID[_data.EMBEDDING_MODEL]
    if model is None or not model.is_embedding:
        return error_reply(400, f"{body.get('model')} is not a valid embedding model ID")
    if err := _credit_error(ctx):
        return err
    texts = _embedding_texts(body.get("input"))
    dims = int(body.get("dimensions") or _data.EMBEDDING_DIMENSIONS)
    if dims > _data.EMBEDDING_DIMENSIONS:
        return error_reply(400, f"dimensions: {dims} is more than this model supports "
                                f"({_data.EMBEDDING_DIMENSIONS})")  # fmt: skip
    tokens = sum(max(1, math.ceil(len(t) / 4)) for t in texts)
    cost = Decimal(f"{tokens * model.prompt_price:.12g}")
    gen_id = ctx.state.new_generation_id()
    data = []
    for i, text in enumerate(texts):
        vec = _embedding(text, dims)
        emb: Any = vec
        if body.get("encoding_format") == "base64":
            emb = base64.b64encode(struct.pack(f"<{len(vec)}f", *vec)).decode()
        data.append({"object": "embedding", "embedding": emb, "index": i})
    gen = Generation(gen_id, model.id, model.providers[0], cost, None, False, tokens, 0, 0,
                     None, False, "embeddings")  # fmt: skip
    assert ctx.key is not None
    ctx.state.add_generation(gen, ctx.key)
    ctx.record.generation_id = gen_id
    return json_reply(200, {
        "id": gen_id, "object": "list", "data": data, "model": model.id,
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens, "cost": money(cost),
                  "is_byok": False},
    })  # fmt: skip


# catalogue ----------------------------------------------------------------------------------
def _models_reply(ctx: Ctx, models: list[_data.MockModel]) -> Reply:
    q = ctx.request.query_params
    total = len(models)
    next_link = None
    if "offset" in q or "limit" in q:
        offset, limit = _int(q.get("offset"), 0), _int(q.get("limit"), 500)
        models = models[offset : offset + limit]
        if offset + limit < total:
            next_link = f"/api/v1/models?offset={offset + limit}&limit={limit}"
    raw = b'{"data":[' + b",".join(_data.MODEL_JSON[m.id] for m in models) + b"]"
    tail = json_reply(200, {"total_count": total, "links": {"next": next_link}}).parts[0]
    return Reply(200, [(b"content-type", b"application/json")], [raw + b"," + tail[1:]])


def _int(value: str | None, default: int) -> int:
    try:
        return max(0, int(value)) if value is not None else default
    except ValueError:
        return default


async def models(ctx: Ctx) -> Reply:
    """GET /models with `output_modalities`, `input_modalities`, `supported_parameters`, `q`."""
    q = ctx.request.query_params
    return _models_reply(ctx, _data.filter_models(
        q.get("output_modalities"), q.get("q"), q.get("input_modalities"),
        q.get("supported_parameters")))  # fmt: skip


async def models_user(ctx: Ctx) -> Reply:
    """GET /models/user: every text model (the mock user has no routing restrictions)."""
    return _models_reply(ctx, _data.filter_models())


async def models_count(ctx: Ctx) -> Reply:
    """GET /models/count."""
    found = _data.filter_models(ctx.request.query_params.get("output_modalities"))
    return json_reply(200, {"data": {"count": len(found)}})


async def endpoints(ctx: Ctx) -> Reply:
    """GET /models/{author}/{slug}/endpoints."""
    p = ctx.request.path_params
    model = _data.MODELS_BY_ID.get(f"{p['author']}/{p['slug']}")
    if model is None:
        return error_reply(404, f"Model {p['author']}/{p['slug']} not found")
    return json_reply(200, {"data": _data.endpoints_object(model)})


async def providers(ctx: Ctx) -> Reply:
    """GET /providers."""
    return json_reply(200, {"data": _data.provider_objects()})


# account ------------------------------------------------------------------------------------
async def generation(ctx: Ctx) -> Reply:
    """GET /generation?id=..."""
    gen_id = ctx.request.query_params.get("id")
    if not gen_id:
        return error_reply(400, "id: query parameter is required")
    gen = ctx.state.lookup_generation(gen_id)
    if gen is None:
        return error_reply(404, f"Generation {gen_id} not found")
    origin = ctx.request.headers.get("http-referer", "")
    return json_reply(200, {"data": gen.to_data(origin, ctx.request.headers.get("user-agent"))})


async def credits(ctx: Ctx) -> Reply:
    """GET /credits (management key)."""
    return json_reply(200, {"data": {"total_credits": money(ctx.state.total_credits),
                                     "total_usage": money(ctx.state.total_usage())}})  # fmt: skip


async def current_key(ctx: Ctx) -> Reply:
    """GET /key."""
    assert ctx.key is not None
    with ctx.state.lock:
        data = ctx.key.to_current()
    return json_reply(200, {"data": data})


async def list_keys(ctx: Ctx) -> Reply:
    """GET /keys (management key); 100 per page after `offset`."""
    q = ctx.request.query_params
    keys = ctx.state.list_keys(q.get("include_disabled", "false").lower() == "true")
    offset = _int(q.get("offset"), 0)
    with ctx.state.lock:
        return json_reply(200, {"data": [k.to_key() for k in keys[offset : offset + 100]]})


_KEY_FIELDS = ("name", "limit", "limit_reset", "include_byok_in_limit", "expires_at")


async def create_key(ctx: Ctx) -> Reply:
    """POST /keys (management key): 201 with the plaintext key, shown once."""
    fields = {k: ctx.body[k] for k in _KEY_FIELDS if k in ctx.body}
    key = ctx.state.create_key(**fields)
    with ctx.state.lock:
        return json_reply(201, {"data": key.to_key(), "key": key.secret})


async def get_key(ctx: Ctx) -> Reply:
    """GET /keys/{hash}."""
    key = ctx.state.key_by_hash(ctx.request.path_params["hash"])
    if key is None:
        return error_reply(404, "Key not found")
    with ctx.state.lock:
        return json_reply(200, {"data": key.to_key()})


async def update_key(ctx: Ctx) -> Reply:
    """PATCH /keys/{hash}."""
    changes = {
        k: v
        for k, v in ctx.body.items()
        if k in ("name", "disabled", "limit", "limit_reset", "include_byok_in_limit")
    }
    key = ctx.state.update_key(ctx.request.path_params["hash"], changes)  # fmt: skip
    if key is None:
        return error_reply(404, "Key not found")
    with ctx.state.lock:
        return json_reply(200, {"data": key.to_key()})


async def delete_key(ctx: Ctx) -> Reply:
    """DELETE /keys/{hash}."""
    if not ctx.state.delete_key(ctx.request.path_params["hash"]):
        return error_reply(404, "Key not found")
    return json_reply(200, {"deleted": True})


async def exchange_code(ctx: Ctx) -> Reply:
    """POST /auth/keys: the code `mock-auth-code` yields a new inference key."""
    if ctx.body.get("code") != AUTH_CODE:
        return error_reply(403, "Invalid or expired authorization code")
    if ctx.body.get("code_challenge_method") and not ctx.body.get("code_verifier"):
        return error_reply(400, "code_verifier: required with code_challenge_method")
    key = ctx.state.create_key(name="OAuth PKCE key")
    return json_reply(200, {"key": key.secret, "user_id": USER_ID})
