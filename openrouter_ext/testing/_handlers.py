"""One function per operation: take a `Ctx`, return a `Reply` (no faults here)."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import random
import struct
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from starlette.requests import Request

from ._catalog import WEB_RESULTS, Resolved
from ._chat import (
    BYOK_FEE,
    Completion,
    chat_result,
    compute_cost,
    error_payload,
    plan_completion,
    stream_payloads,
)
from ._data import (
    DEFAULT_CHAT_MODEL,
    EMBEDDING_DIMENSIONS,
    EMBEDDING_MODEL,
    MODEL_JSON,
    MODELS_BY_ID,
    MockModel,
    endpoints_object,
    filter_models,
    model_object,
    provider_objects,
)
from ._json import as_dict, as_list, dicts_in
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
def pick_model(
    body: dict[str, Any], state: MockState, default: str = DEFAULT_CHAT_MODEL
) -> tuple[Resolved | None, str | None]:
    """Return the first known model of `model` + `models` (or the default when none is named).

    Ids resolve through the state's catalog (variant suffixes and added models included). An
    unknown id is a 400 like upstream, unless the server accepts unknown models.
    """
    models: list[Any] = body.get("models") or []
    wanted = [m for m in [body.get("model"), *models] if isinstance(m, str)]
    wanted = [m for m in wanted if m]
    for name in wanted:
        found = state.catalog.resolve(name)
        if found is not None:
            return found, None
    if wanted and not state.accept_unknown_models:
        return None, wanted[0]
    return state.catalog.resolve(default), None


def _web_results(body: dict[str, Any], resolved: Resolved) -> int:
    """Return how many web results the request pays for (0 without the web plugin)."""
    for plugin in dicts_in(body.get("plugins")):
        if plugin.get("id") == "web" and plugin.get("enabled", True):
            wanted = plugin.get("max_results")
            return wanted if isinstance(wanted, int) and 0 < wanted <= 10 else WEB_RESULTS
    return WEB_RESULTS if resolved.web else 0


def _annotations(comp: Completion, results: int) -> list[dict[str, Any]]:
    """Build the `url_citation` annotations the web plugin adds to the answer."""
    end = len(comp.content)
    return [{"type": "url_citation", "url_citation": {
        "url": f"https://example.com/mock-search/{i + 1}", "title": f"Mock search result {i + 1}",
        "content": f"Mock page {i + 1} about the question.", "start_index": 0, "end_index": end,
    }} for i in range(results)]  # fmt: skip


def _apply_catalog(comp: Completion, resolved: Resolved, web: int, scenarios: Attempt) -> None:
    """Serve with the resolved model and provider, and add the web search charge."""
    if find(scenarios, "served") is None:
        comp.provider = resolved.provider
        if comp.model.id != resolved.model.id:  # an added model or a :free copy
            comp.model = resolved.model
            free = find(scenarios, "empty") is not None and comp.finish_reason is None
            comp.upstream_cost = Decimal(0) if free else compute_cost(
                resolved.model, comp.prompt_tokens, comp.completion_tokens)  # fmt: skip
    if web:
        search = web * resolved.web_result_price()
        comp.upstream_cost = Decimal(f"{comp.upstream_cost + search:.12g}")
    fee = comp.upstream_cost * BYOK_FEE
    comp.cost = Decimal(f"{fee:.12g}") if comp.is_byok else comp.upstream_cost


def credit_error(ctx: Ctx) -> Reply | None:
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
    resolved, bad = pick_model(body, ctx.state)
    if resolved is None or resolved.model.is_embedding:
        return error_reply(
            400,
            f"{bad or body.get('model')} is not a valid model ID",
            {"availability": {"code": "model_not_found", "retryable": False}},
        )
    if err := credit_error(ctx):
        return err
    state, gen_id, created = ctx.state, ctx.state.new_generation_id(), int(time.time())
    asked = {**body, "model": resolved.model.id}
    if resolved.thinking and "reasoning" not in body:
        asked["reasoning"] = {"enabled": True}
    comp = plan_completion(asked, ctx.scenarios, gen_id)
    web = _web_results(body, resolved)
    _apply_catalog(comp, resolved, web, ctx.scenarios)
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
        result = chat_result(comp, gen_id, created)
        if web:
            result["choices"][0]["message"]["annotations"] = _annotations(comp, web)
        return json_reply(200, result, headers)

    payloads = stream_payloads(comp, gen_id, created)
    if web:
        payloads.insert(len(payloads) - 3, _annotation_chunk(comp, gen_id, created, web))
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


def _annotation_chunk(comp: Completion, gen_id: str, created: int, web: int) -> str:
    """Render the stream chunk carrying the web plugin's annotations."""
    return json.dumps({
        "id": gen_id, "object": "chat.completion.chunk", "created": created,
        "model": comp.model.id, "provider": comp.provider,
        "choices": [{"index": 0, "delta": {"annotations": _annotations(comp, web)},
                     "finish_reason": None, "native_finish_reason": None}],
    }, ensure_ascii=False, separators=(",", ":"))  # fmt: skip


def _embedding(text: str, dims: int) -> list[float]:
    rng = random.Random(hashlib.sha256(text.encode()).digest())
    vec = [rng.uniform(-1.0, 1.0) for _ in range(dims)]
    norm = math.sqrt(sum(v * v for v in vec)) or 1.0
    return [round(v / norm, 6) for v in vec]


def _embedding_texts(raw: Any) -> list[str]:
    if isinstance(raw, str):
        return [raw]
    texts: list[str] = []
    for item in as_list(raw) or []:
        node = as_dict(item)
        if node is not None:
            texts.append(" ".join(p.get("text", "") for p in dicts_in(node.get("content"))))
        else:
            texts.append(item if isinstance(item, str) else repr(item))
    if raw and all(isinstance(x, (int, float)) for x in raw):
        return [repr(raw)]  # one tokenised input
    return texts


async def embeddings(ctx: Ctx) -> Reply:
    """POST /embeddings."""
    body = ctx.body
    lenient = ctx.state.accept_unknown_models
    resolved, _ = pick_model(body, ctx.state, EMBEDDING_MODEL)
    model = None if resolved is None else resolved.model
    if lenient and (model is None or not model.is_embedding):
        model = MODELS_BY_ID[EMBEDDING_MODEL]
    if model is None or not model.is_embedding:
        return error_reply(400, f"{body.get('model')} is not a valid embedding model ID")
    if err := credit_error(ctx):
        return err
    texts = _embedding_texts(body.get("input"))
    dims = int(body.get("dimensions") or EMBEDDING_DIMENSIONS)
    if dims > EMBEDDING_DIMENSIONS:
        return error_reply(400, f"dimensions: {dims} is more than this model supports "
                                f"({EMBEDDING_DIMENSIONS})")  # fmt: skip
    tokens = sum(max(1, math.ceil(len(t) / 4)) for t in texts)
    cost = Decimal(f"{tokens * model.prompt_price:.12g}")
    gen_id = ctx.state.new_generation_id()
    data: list[dict[str, Any]] = []
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
    }, [(b"x-generation-id", gen_id.encode())])  # fmt: skip


# catalogue ----------------------------------------------------------------------------------
def _models_reply(ctx: Ctx, models: list[MockModel]) -> Reply:
    q = ctx.request.query_params
    total = len(models)
    next_link = None
    if "offset" in q or "limit" in q:
        offset, limit = _int(q.get("offset"), 0), _int(q.get("limit"), 500)
        models = models[offset : offset + limit]
        if offset + limit < total:
            next_link = f"/api/v1/models?offset={offset + limit}&limit={limit}"
    catalog = ctx.state.catalog
    raw = b'{"data":[' + b",".join(catalog.json_of(m) or MODEL_JSON[m.id]
                                   for m in models) + b"]"  # fmt: skip
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
    return _models_reply(ctx, filter_models(
        q.get("output_modalities"), q.get("q"), q.get("input_modalities"),
        q.get("supported_parameters"), ctx.state.catalog.models()))  # fmt: skip


async def models_user(ctx: Ctx) -> Reply:
    """GET /models/user: every text model (the mock user has no routing restrictions)."""
    return _models_reply(ctx, filter_models(models=ctx.state.catalog.models()))


async def models_count(ctx: Ctx) -> Reply:
    """GET /models/count."""
    found = filter_models(ctx.request.query_params.get("output_modalities"),
                                models=ctx.state.catalog.models())  # fmt: skip
    return json_reply(200, {"data": {"count": len(found)}})


async def endpoints(ctx: Ctx) -> Reply:
    """GET /models/{author}/{slug}/endpoints."""
    p = ctx.request.path_params
    model = ctx.state.catalog.get(f"{p['author']}/{p['slug']}")
    if model is None:
        return error_reply(404, f"Model {p['author']}/{p['slug']} not found")
    return json_reply(200, {"data": endpoints_object(model)})


async def model(ctx: Ctx) -> Reply:
    """GET /model/{author}/{slug}: one catalog entry (variant suffixes resolve)."""
    p = ctx.request.path_params
    found = ctx.state.catalog.resolve(f"{p['author']}/{p['slug']}")
    if found is None:
        return error_reply(404, f"Model {p['author']}/{p['slug']} not found")
    return json_reply(200, {"data": model_object(found.model)})


async def providers(ctx: Ctx) -> Reply:
    """GET /providers."""
    return json_reply(200, {"data": provider_objects()})


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
