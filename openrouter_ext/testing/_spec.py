"""Load `openapi.yaml` once and build request (and response) validators from it.

Validators are Draft 2020-12 `jsonschema` validators whose `#/components/schemas/...` references
resolve through a `referencing` registry holding the whole spec. A `oneOf`/`anyOf` with an
OpenAPI `discriminator` validates only the branch the discriminator names: faster than trying
every branch, and the error points at the real problem. Loading is cached per path, so many
mock servers in one test run parse the YAML once.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Final, cast

import yaml
from jsonschema import Draft202012Validator, exceptions, validators
from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._json import as_dict, as_list

SPEC_ENV: Final = "OPENROUTER_MOCK_SPEC"
_BASE: Final = "urn:openrouter-ext:openapi"
_METHODS: Final = ("get", "post", "put", "patch", "delete")
_INLINED: Final = "x-inlined-ref"


def _discriminated(fallback: Any) -> Any:
    def keyword(validator: Any, branches: Any, instance: Any, schema: Any) -> Any:
        disc = schema.get("discriminator")
        if not disc or "mapping" not in disc or not validator.is_type(instance, "object"):
            yield from fallback(validator, branches, instance, schema)
            return
        prop, mapping = disc["propertyName"], disc["mapping"]
        if prop not in instance:
            yield ValidationError(f"{prop!r} is a required property", path=[prop])
            return
        value = instance[prop]
        target = mapping.get(value) if isinstance(value, str) else None
        index = next((i for i, b in enumerate(branches)
                      if target is not None and target in (b.get("$ref"), b.get(_INLINED))),
                     None)  # fmt: skip
        if index is None:
            yield ValidationError(f"{value!r} is not one of {sorted(mapping)}", path=[prop])
            return
        yield from validator.descend(instance, branches[index], schema_path=index)

    return keyword


# types-jsonschema declares neither best_match's return type nor extend's parameters: their
# documented signatures, as far as they are used here
_best_match = cast(
    "Callable[[Iterable[ValidationError]], ValidationError | None]",
    exceptions.best_match,  # pyright: ignore[reportUnknownMemberType]
)
_extend = cast(
    "Callable[[type[Validator], Mapping[str, Any]], type[Validator]]",
    validators.extend,  # pyright: ignore[reportUnknownMemberType]
)

_BASE_KEYWORDS: Final = Draft202012Validator.VALIDATORS
OpenAPIValidator = _extend(
    Draft202012Validator,
    {
        "oneOf": _discriminated(_BASE_KEYWORDS["oneOf"]),
        "anyOf": _discriminated(_BASE_KEYWORDS["anyOf"]),
    },
)


def find_spec() -> Path | None:
    """Locate `openapi.yaml`: `$OPENROUTER_MOCK_SPEC`, next to this package, then the repo root."""
    env = os.environ.get(SPEC_ENV)
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [here.parent / "openapi.yaml", here.parents[2] / "openapi.yaml"]
    return next((p for p in candidates if p.is_file()), None)


class _Inliner:
    """Replace local `$ref`s by the schemas they name (recursive ones stay references).

    `referencing` resolves a `$ref` on every visit; inlining once at load time makes request
    validation about twice as fast. An inlined schema remembers its origin under
    `x-inlined-ref` (discriminator mappings name the original references).
    """

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.done: dict[str, Any] = {}
        self.stack: list[str] = []

    def __call__(self, value: Any) -> Any:
        items = as_list(value)
        if items is not None:
            return [self(item) for item in items]
        node = as_dict(value)
        if node is None:
            return value
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            if ref in self.stack:  # recursion: let the registry resolve it
                return {**siblings, "$ref": _BASE + ref}
            if ref not in self.done:
                self.stack.append(ref)
                target = self.document
                for part in ref[2:].split("/"):
                    target = target[part.replace("~1", "/").replace("~0", "~")]
                self.done[ref] = {**self(target), _INLINED: ref}
                self.stack.pop()
            return {"allOf": [self.done[ref]], **self(siblings)} if siblings else self.done[ref]
        return {k: self(v) for k, v in node.items()}


def _coerce(text: str, schema: Any) -> Any:
    """Convert a query string value to the JSON type its schema asks for (if it parses)."""
    node = as_dict(schema)
    kind: Any = node.get("type", "string") if node is not None else "string"
    listed = as_list(kind)
    kinds = listed if listed is not None else [kind]
    for kind, parse in (("integer", int), ("number", float)):
        if kind in kinds:
            try:
                return parse(text)
            except ValueError:
                pass
    if "boolean" in kinds and text in ("true", "false"):
        return text == "true"
    return text


def _pointer(*parts: str) -> str:
    return "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


class Spec:
    """Parsed spec plus one compiled validator per operation request body."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        resource: Resource[Any] = DRAFT202012.create_resource(document)
        self.registry: Registry[Any] = Registry[Any]().with_resource(_BASE, resource)
        self.request_validators: dict[tuple[str, str], Validator] = {}
        self._memo: dict[tuple[str, str, bytes], str | None] = {}
        self.query_params: dict[tuple[str, str], list[tuple[str, bool, Any, Validator]]] = {}
        self.path_params: dict[tuple[str, str], list[tuple[str, bool, Any, Validator]]] = {}
        self._checkers: dict[int, tuple[Any, Validator]] = {}
        inline = self._inline = _Inliner(document)
        for path, item in document.get("paths", {}).items():
            for method in _METHODS:
                op = as_dict(item.get(method))
                if op is None:
                    continue
                declared = [*item.get("parameters", []), *op.get("parameters", [])]
                for where, table in (("query", self.query_params), ("path", self.path_params)):
                    params = [p for p in declared if p.get("in") == where]
                    if params:
                        table[(method.upper(), path)] = [
                            (p["name"], bool(p.get("required")), inline(p.get("schema", {})),
                             OpenAPIValidator(inline(p.get("schema", {})), registry=self.registry))
                            for p in params
                        ]  # fmt: skip
                content = op.get("requestBody", {}).get("content", {})
                if "application/json" in content and "schema" in content["application/json"]:
                    schema = inline(content["application/json"]["schema"])
                    self.request_validators[(method.upper(), path)] = OpenAPIValidator(
                        schema, registry=self.registry
                    )

    def validator(self, pointer: str) -> Validator:
        """Build a validator for the schema at JSON pointer `pointer` (without leading `#/`)."""
        return OpenAPIValidator({"$ref": f"{_BASE}#/{pointer}"}, registry=self.registry)

    def checker(self, schema: Any) -> Validator:
        """Return a validator (formats checked) for a schema of this document (cached while
        `schema` lives)."""
        found = self._checkers.get(id(schema))
        if found is None or found[0] is not schema:
            if len(self._checkers) > 4096:
                self._checkers.clear()
            checker = OpenAPIValidator(
                self._inline(schema),
                registry=self.registry,
                format_checker=OpenAPIValidator.FORMAT_CHECKER,
            )
            found = (schema, checker)
            self._checkers[id(schema)] = found
        return found[1]

    def is_valid(self, schema: Any, value: Any) -> bool:
        """Say whether `value` is valid against `schema` (a schema of this document)."""
        return bool(self.checker(schema).is_valid(value))

    def response_validator(
        self, method: str, path: str, status: str, content_type: str = "application/json"
    ) -> Validator:
        """Build a validator for one declared response body (used by contract tests)."""
        return self.validator(_pointer("paths", path, method.lower(), "responses", status,
                                       "content", content_type, "schema"))  # fmt: skip

    def schema_validator(self, name: str) -> Validator:
        """Build a validator for `#/components/schemas/<name>`."""
        return self.validator(_pointer("components", "schemas", name))

    def check_query(
        self, method: str, path: str, query: Mapping[str, str], where: str = "query"
    ) -> str | None:
        """Return a message naming the first invalid query (or `where="path"`) parameter."""
        table = self.path_params if where == "path" else self.query_params
        for name, required, schema, validator in table.get((method, path), ()):
            if name not in query:
                if required:
                    return f"{name}: query parameter is required"
                continue
            value = _coerce(query[name], schema)
            error = _best_match(validator.iter_errors(value))
            if error is not None:
                return f"{name}: {error.message}"
        return None

    def check_request(self, method: str, path: str, body: Any, raw: bytes = b"") -> str | None:
        """Return a message naming the first invalid field of `body`, or None if it is valid.

        Results are memoised by the raw body bytes (`raw`), so a benchmark repeating one
        request pays for validation once.
        """
        validator = self.request_validators.get((method, path))
        if validator is None:
            return None
        key = (method, path, raw)
        if raw and key in self._memo:
            return self._memo[key]
        error = _best_match(validator.iter_errors(body))
        result = None if error is None else describe(error)
        if raw:
            if len(self._memo) >= 1024:
                self._memo.clear()
            self._memo[key] = result
        return result


@functools.lru_cache(maxsize=4)
def load_spec(path: Path) -> Spec:
    """Parse `path` and compile its validators (cached per path)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("rb") as f:
        document = yaml.load(f, Loader=loader)
    return Spec(document)


def json_path(parts: Any) -> str:
    """Render a jsonschema path deque as `messages[0].role`."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "body"


def describe(error: ValidationError) -> str:
    """Format `error` as `<json path>: <message>`."""
    message, path = error.message, list(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [p for p in error.validator_value if p not in error.instance]  # type: ignore[union-attr]
        path += missing[:1]  # point at the missing field itself
    if len(message) > 300:
        message = message[:297] + "..."
    return f"{json_path(path)}: {message}"
