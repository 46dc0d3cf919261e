"""Generic handlers: stateful collections and schema-built answers for any spec operation.

`Resources(spec, operations)` makes one handler per generic operation (`handler(op)`); the
behaviour of each kind is in `_generic.py`'s table. State lives in `MockState.crud`; this module
turns it into answers that validate against the loaded spec.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Awaitable, Callable
from typing import Any, Final

from ._generic import Operation, charge, new_identifier, path_params, singular, usage_overlay
from ._handlers import Ctx, credit_error, pick_model
from ._json import as_dict, as_list, dict_of
from ._schema_example import ExampleBuilder
from ._spec import Spec
from ._state import MockState
from ._wire import Reply, error_reply, json_reply

Handler = Callable[[Ctx], Awaitable[Reply]]
CONTENT_KEY: Final = "_mock_content"  # where an uploaded file's bytes are kept in its item
_BINARY: Final = [(b"content-type", b"application/octet-stream")]


class Resources:
    """Generic handlers over one spec."""

    def __init__(self, spec: Spec, ops: list[Operation]) -> None:
        """Prepare the handlers of `ops` (the operations no hand-written handler serves)."""
        self.spec = spec
        self.builder = ExampleBuilder(spec.document, spec.is_valid)
        self.ops = ops
        self.stateful = {o.collection for o in ops if o.collection is not None}
        self._examples: dict[int, tuple[Any, Any]] = {}
        self._error_fits: dict[tuple[str, str, int], bool] = {}
        self.item_schemas: dict[str, Any] = {}
        self.id_params: dict[str, str] = {}
        order = {"retrieve": 0, "create": 1, "upsert": 2, "list": 3, "list_all": 4}
        for op in sorted(ops, key=lambda o: order.get(o.kind, 9)):
            if op.collection is None or op.collection in self.item_schemas:
                continue
            many = op.kind in ("list", "list_all")
            schema = self._part(op.schema, many)[1] if op.schema is not None else None
            if schema is not None and op.kind in order:
                self.item_schemas[op.collection] = schema
        for op in ops:
            if op.kind in ("retrieve", "update", "upsert", "delete") and op.collection:
                self.id_params[op.collection] = path_params(op.path)[-1]

    # schemas ----------------------------------------------------------------------------
    def example(self, schema: Any) -> Any:
        """Return a fresh copy of the (cached) example of `schema`."""
        found = self._examples.get(id(schema))
        if found is None or found[0] is not schema:
            found = (schema, self.builder.build(schema))
            self._examples[id(schema)] = found
        return copy.deepcopy(found[1])

    def _part(self, schema: Any, many: bool) -> tuple[str, Any]:
        """Split a response schema: ("object" | "array", the `data` item schema) or ("none", it)."""
        props = self.builder.properties(schema)
        data = props.get("data")
        if data is None:
            return "none", schema
        inner = as_dict(self.builder.merged(data))
        if inner is not None and (inner.get("type") == "array" or "items" in inner):
            return "array", inner.get("items") if many else None
        return "object", data

    def fit(self, schema: Any, base: Any, overlay: dict[str, Any]) -> Any:
        """Overlay `overlay` on `base` where `schema` has the property and the value fits.

        All fields at once when the result validates (the usual case), else one at a time,
        keeping each that leaves the object valid (a union's other branch, a wrong type).
        """
        props = self.builder.properties(schema)
        node = as_dict(base)
        if node is None or not props:
            return base
        wanted = {k: v for k, v in overlay.items() if k in props}
        checker = self.spec.checker(schema)
        out = {**node, **wanted}
        if checker.is_valid(out):
            return out
        out = dict(node)
        for name, value in wanted.items():
            trial = {**out, name: value}
            if checker.is_valid(trial):
                out = trial
        return out

    def render(self, op: Operation, item: dict[str, Any] | None = None,
               items: list[dict[str, Any]] | None = None, top: dict[str, Any] | None = None,
               ) -> Any:  # fmt: skip
        """Build `op`'s answer: the example with `item` / `items` in `data` and `top` fields."""
        schema = op.schema
        body = self.example(schema)
        node = as_dict(body)
        kind, part = self._part(schema, items is not None)
        if items is not None and kind == "array" and node is not None:
            ex = self.example(part)
            node["data"] = [self.fit(part, ex, it) for it in items]
            top = {"total_count": len(items), "has_more": False, **(top or {})}
        elif item is not None and kind == "object" and node is not None:
            node["data"] = self.fit(part, node["data"], item)
        elif item is not None:
            body = self.fit(schema, body, item)
        return self.fit(schema, body, top) if top else body

    def conform_error(self, op: Operation, reply: Reply) -> Reply:
        """Reshape an error envelope into the operation's documented error body if it differs.

        The standard `{"error": {"code", "message", "metadata"}}` fits most operations; others
        (the Anthropic-shaped `/messages`) document their own: their example gets the message.
        """
        responses: dict[str, Any] = op.spec.get("responses") or {}
        response: dict[str, Any] = responses.get(str(reply.status)) or {}
        content: dict[str, Any] = response.get("content") or {}
        media: dict[str, Any] = content.get("application/json") or {}
        schema = media.get("schema")
        if schema is None or reply.stream:
            return reply
        body = json.loads(b"".join(reply.parts))
        key = (op.method, op.path, reply.status)
        if key not in self._error_fits:
            self._error_fits[key] = self.spec.is_valid(schema, body)
        if self._error_fits[key]:
            return reply
        error = as_dict(dict_of(body).get("error"))
        message = None if error is None else error.get("message")
        shaped = self.example(schema)
        if isinstance(message, str):
            _set_messages(shaped, message)
        headers = [h for h in reply.headers if h[0] != b"content-type"]
        return json_reply(reply.status, shaped, headers)

    # state ------------------------------------------------------------------------------
    def missing(self, state: MockState, template: str, values: dict[str, str],
                upto: int) -> str | None:  # fmt: skip
        """Name the first of the first `upto` path parameters whose item does not exist."""
        prefix, parents = "", list[str]()
        for segment in template.strip("/").split("/"):
            if segment.startswith("{") and segment.endswith("}"):
                if len(parents) >= upto:
                    break
                value = values[segment[1:-1]]
                if prefix in self.stateful and state.crud.get(prefix, tuple(parents),
                                                              value) is None:  # fmt: skip
                    return f"{singular(prefix.rsplit('/', 1)[-1]).capitalize()} {value} not found"
                parents.append(value)
            prefix += "/" + segment
        return None

    def new_item(
        self,
        state: MockState,
        collection: str,
        parents: tuple[str, ...],
        fields: dict[str, Any],
        key: str | None = None,
    ) -> tuple[str, dict[str, Any]]:
        """Build, store and return (key, item) of a new item of `collection`."""
        schema = self.item_schemas.get(collection, {"type": "object"})
        props = self.builder.properties(schema)
        param = self.id_params.get(collection, "id")
        id_field = _id_field(props, param)
        overlay = dict(fields)
        names = [s for s in collection.strip("/").split("/") if s and not s.startswith("{")]
        for name, value in zip(names, parents, strict=False):
            overlay.setdefault(f"{singular(name)}_id", value)
        if key is not None and (collection in self.id_params or id_field != "id"):
            overlay[id_field] = key
        elif key is not None:  # a member collection: stored by member, its own id is fresh
            spec = self.builder.merged(props.get(id_field))
            overlay[id_field] = new_identifier(spec, collection, state.crud.next_number())
        elif id_field in overlay:
            key = str(overlay[id_field])
        else:
            spec = self.builder.merged(props.get(id_field))
            value = new_identifier(spec, collection, state.crud.next_number())
            overlay[id_field], key = value, str(value)
        item = self.fit(schema, self.example(schema), overlay)
        if CONTENT_KEY in fields:
            item[CONTENT_KEY] = fields[CONTENT_KEY]
        state.crud.put(collection, parents, key, item)
        return key, item

    def seed(self, state: MockState) -> None:
        """Give every collection that cannot be created through the API one item."""
        creatable = {o.collection for o in self.ops if o.kind in ("create", "upsert", "bulk_add")}
        for collection in sorted(self.stateful - creatable, key=lambda c: c.count("/")):
            params = path_params(collection)
            if not params:
                self.new_item(state, collection, (), {}, f"mock-{singular(collection[1:])}")
                continue
            parent = collection.rsplit("/{", 1)[0]
            for item in state.crud.items(parent, None):
                key = self._key_of(parent, item)
                if key is not None:
                    self.new_item(state, collection, (key,), {}, "1")
        state.crud.seeded = True

    def id_field(self, collection: str) -> str:
        """The item property holding the identifier its item path takes."""
        props = self.builder.properties(self.item_schemas.get(collection, {}))
        return _id_field(props, self.id_params.get(collection, "id"))

    def add_item(self, state: MockState, path: str, fields: dict[str, Any],
                 key: str | None = None) -> str:  # fmt: skip
        """Store an item at a concrete collection path (`/presets`, `/workspaces/w1/members`).

        Raises:
            KeyError: `path` is not a stateful collection of the spec, or a parent is unknown.
        """
        if not state.crud.seeded:
            self.seed(state)
        wanted = path.strip("/").split("/")
        for template in self.stateful:
            parts = template.strip("/").split("/")
            pairs = list(zip(parts, wanted, strict=False))
            if len(parts) == len(wanted) and all(p == w or p.startswith("{") for p, w in pairs):
                values = {p[1:-1]: w for p, w in pairs if p.startswith("{")}
                missing = self.missing(state, template, values, len(values))
                if missing is not None:
                    raise KeyError(missing)
                return self.new_item(state, template, tuple(values.values()), fields, key)[0]
        raise KeyError(f"{path} is not a collection the spec lets the mock store")

    def _key_of(self, collection: str, item: dict[str, Any]) -> str | None:
        param = self.id_params.get(collection, "id")
        value = item.get(param, item.get("id"))
        return None if value is None else str(value)

    def handler(self, op: Operation) -> Handler:
        """Return the generic handler of `op`."""

        async def handle(ctx: Ctx) -> Reply:
            if not ctx.state.crud.seeded:
                self.seed(ctx.state)
            return self.answer(op, ctx)

        return handle

    def answer(self, op: Operation, ctx: Ctx) -> Reply:
        """Answer one request to a generic operation."""
        values: dict[str, str] = dict(ctx.request.path_params)
        params = path_params(op.path)
        owned = len(params) - (1 if op.kind in _ITEM_KINDS else 0)
        missing = self.missing(ctx.state, op.path, values, owned)
        if missing is not None:
            return error_reply(404, missing)
        coll = op.collection or ""
        parents = tuple(values[p] for p in path_params(coll)) if op.kind != "list_all" else ()
        body = dict_of(ctx.body)
        crud = ctx.state.crud
        if op.kind in _ITEM_KINDS:
            key = values[params[-1]]
            item = crud.get(coll, parents, key)
            if item is None and op.kind != "upsert":
                return error_reply(404, f"{singular(coll.rsplit('/', 1)[-1]).capitalize()} "
                                        f"{key} not found")  # fmt: skip
            if op.kind == "delete":
                crud.delete(coll, parents, key)
                return json_reply(op.status, self.render(op, top={"id": key}))
            if op.kind == "update" or (op.kind == "upsert" and item is not None):
                assert item is not None
                schema = self.item_schemas.get(coll, {"type": "object"})
                item = self.fit(schema, item, body)
                crud.put(coll, parents, key, item)
            elif op.kind == "upsert":
                item = self.new_item(ctx.state, coll, parents, body, key)[1]
            return json_reply(op.status, self.render(op, item=item, top=body))
        if op.kind == "create":
            fields = _form_fields(body) if op.body_media == "multipart/form-data" else body
            headers: list[tuple[bytes, bytes]] = []
            if op.billable:  # e.g. POST /videos: a job that is charged
                charged = self._charge(op, ctx, body)
                if isinstance(charged, Reply):
                    return charged
                fields = {**fields, **charged[1], "generation_id": charged[0]}
                headers.append((b"x-generation-id", charged[0].encode()))
            item = self.new_item(ctx.state, coll, parents, fields)[1]
            return json_reply(op.status, self.render(op, item=item), headers)
        if op.kind in ("list", "list_all"):
            found = crud.items(coll, None if op.kind == "list_all" else parents)
            q = ctx.request.query_params
            size = self.page_size(op) or len(found)  # the API's default page, else all
            offset, limit = _int(q.get("offset"), 0), _int(q.get("limit"), size)
            page = found[offset: offset + limit]  # fmt: skip
            more = offset + len(page) < len(found)
            top = {"total_count": len(found), "has_more": more}
            return json_reply(op.status, self.render(op, items=page, top=top))
        if op.kind in ("bulk_add", "bulk_remove"):
            return self._bulk(op, ctx, coll, parents, body)
        if op.kind == "content":
            return self._content(op, ctx, values)
        return self._action(op, ctx, body)

    def page_size(self, op: Operation) -> int | None:
        """The page size of a listing when no `limit` is given (`x-server-default`), if any."""
        for param in op.spec.get("parameters") or ():
            ref = as_dict(param) or {}
            if "$ref" in ref:
                ref = as_dict(self.builder.resolve(ref)) or {}
            schema = as_dict(ref.get("schema")) or {}
            size = schema.get("x-server-default")
            if ref.get("name") == "limit" and isinstance(size, int) and size > 0:
                return size
        return None

    def _bulk(self, op: Operation, ctx: Ctx, coll: str, parents: tuple[str, ...],
              body: dict[str, Any]) -> Reply:  # fmt: skip
        name, ids = "ids", list[Any]()
        for key, value in body.items():  # the first list of the body
            found = as_list(value)
            if found is not None:
                name, ids = key, found
                break
        props = self.builder.properties(self.item_schemas.get(coll, {}))
        one = singular(name)
        field = one if one in props else next(
            (p for p in props if p != "id" and one.endswith("_" + p)), one)  # fmt: skip
        changed: list[dict[str, Any]] = []
        for value in ids:
            key = str(value)
            if op.kind == "bulk_add":
                changed.append(self.new_item(ctx.state, coll, parents, {field: value}, key)[1])
            elif ctx.state.crud.delete(coll, parents, key):
                changed.append({field: value})
        top = {p: len(changed) for p in self._counts(op)}
        answer = self.render(op, top=top)
        if isinstance(dict_of(answer).get("data"), list):
            answer = self.render(op, items=changed, top=top)
        return json_reply(op.status, answer)

    def _counts(self, op: Operation) -> list[str]:
        return [p for p in self.builder.properties(op.schema) if p.endswith("_count")]

    def _content(self, op: Operation, ctx: Ctx, values: dict[str, str]) -> Reply:
        params = path_params(op.path)
        if params:
            parent = op.path.split("/{", 1)[0]
            item = ctx.state.crud.get(parent, (), values[params[0]])
            stored = None if item is None else item.get(CONTENT_KEY)
            if isinstance(stored, bytes):
                return binary_reply(op.status, stored)
        if op.billable:
            charged = self._charge(op, ctx, dict_of(ctx.body))
            if isinstance(charged, Reply):
                return charged
            return Reply(op.status, [*_BINARY, (b"x-generation-id", charged[0].encode())],
                         [b"ID3mock-audio"])  # fmt: skip
        return binary_reply(op.status, b"mock-content:" + op.path.encode())

    def _charge(self, op: Operation, ctx: Ctx,
                body: dict[str, Any]) -> tuple[str, dict[str, Any]] | Reply:  # fmt: skip
        resolved, bad = pick_model(body, ctx.state)
        if resolved is None:
            return error_reply(400, f"{bad} is not a valid model ID")
        if 402 in op.statuses and (err := credit_error(ctx)):
            return err
        assert ctx.key is not None
        gen_id, prompt, completion, cost = charge(ctx.state, op, resolved.model, body, ctx.key)
        ctx.record.generation_id = gen_id
        return gen_id, {"model": resolved.model.id, "usage": usage_overlay(prompt, completion,
                                                                           cost)}  # fmt: skip

    def _action(self, op: Operation, ctx: Ctx, body: dict[str, Any]) -> Reply:
        if op.schema is None:
            return Reply(op.status, [], [b""])
        answer = self.render(op)
        if not op.billable or ctx.key is None:
            return json_reply(op.status, answer)
        charged = self._charge(op, ctx, body)
        if isinstance(charged, Reply):
            return charged
        gen_id, extra = charged
        props = self.builder.properties(op.schema)
        usage = as_dict(dict_of(answer).get("usage"))
        if usage is not None:
            extra["usage"] = self.fit(props["usage"], usage, extra["usage"])
        answer = self.fit(op.schema, answer, {**extra, "id": gen_id})
        return json_reply(op.status, answer, [(b"x-generation-id", gen_id.encode())])


_ITEM_KINDS: Final = ("retrieve", "update", "upsert", "delete")


def _id_field(props: dict[str, Any], param: str) -> str:
    """The item property a path parameter names: itself, `*_<param>` (`reset_interval` for
    `{interval}`), else `id`."""
    if param in props:
        return param
    if param != "id":
        suffixed = [p for p in props if p.endswith("_" + param)]
        if suffixed:
            return suffixed[0]
    return "id"


def _set_messages(value: Any, message: str) -> None:
    """Put `message` in every string `message` field of an example, at any depth."""
    node, items = as_dict(value), as_list(value)
    if node is not None:
        for name, inner in node.items():
            if name == "message" and isinstance(inner, str):
                node[name] = message
            else:
                _set_messages(inner, message)
    elif items is not None:
        for inner in items:
            _set_messages(inner, message)


def _int(value: str | None, default: int) -> int:
    try:
        return max(0, int(value)) if value is not None else default
    except ValueError:
        return default


def _form_fields(body: dict[str, Any]) -> dict[str, Any]:
    """Item fields of an uploaded file (`file` part: filename, content type, bytes)."""
    fields = {k: v for k, v in body.items() if not isinstance(v, dict)}
    upload = as_dict(body.get("file"))
    if upload is not None:
        content: bytes = upload.get("content", b"")
        fields.update(filename=upload.get("filename") or "upload.bin", bytes=len(content),
                      size_bytes=len(content), size=len(content),
                      mime_type=upload.get("content_type"), content_type=upload.get("content_type"),
                      **{CONTENT_KEY: content})  # fmt: skip
    return fields


def binary_reply(status: int, content: bytes) -> Reply:
    """Build an `application/octet-stream` reply."""
    return Reply(status, list(_BINARY), [content])
