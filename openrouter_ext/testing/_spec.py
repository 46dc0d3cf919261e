"""Load `openapi.yaml` once and build request (and response) validators from it.

Validators are Draft 2020-12 `jsonschema` validators whose `#/components/schemas/...` references
resolve through a `referencing` registry holding the whole spec. Loading is cached per path, so
many mock servers in one test run parse the YAML once.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any, Final

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_ENV: Final = "OPENROUTER_MOCK_SPEC"
_BASE: Final = "urn:openrouter-ext:openapi"
_METHODS: Final = ("get", "post", "put", "patch", "delete")


def find_spec() -> Path | None:
    """Locate `openapi.yaml`: `$OPENROUTER_MOCK_SPEC`, next to this package, then the repo root."""
    env = os.environ.get(SPEC_ENV)
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [here.parent / "openapi.yaml", here.parents[2] / "openapi.yaml"]
    return next((p for p in candidates if p.is_file()), None)


def _pointer(*parts: str) -> str:
    return "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


class Spec:
    """Parsed spec plus one compiled validator per operation request body."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        resource: Resource[Any] = Resource(contents=document, specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(_BASE, resource)
        self.request_validators: dict[tuple[str, str], Draft202012Validator] = {}
        for path, item in document.get("paths", {}).items():
            for method in _METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                content = op.get("requestBody", {}).get("content", {})
                if "application/json" in content and "schema" in content["application/json"]:
                    ref = _pointer("paths", path, method, "requestBody", "content",
                                   "application/json", "schema")  # fmt: skip
                    self.request_validators[(method.upper(), path)] = self.validator(ref)

    def validator(self, pointer: str) -> Draft202012Validator:
        """Build a validator for the schema at JSON pointer `pointer` (without leading `#/`)."""
        return Draft202012Validator({"$ref": f"{_BASE}#/{pointer}"}, registry=self.registry)

    def response_validator(
        self, method: str, path: str, status: str, content_type: str = "application/json"
    ) -> Draft202012Validator:
        """Build a validator for one declared response body (used by contract tests)."""
        return self.validator(_pointer("paths", path, method.lower(), "responses", status,
                                       "content", content_type, "schema"))  # fmt: skip

    def schema_validator(self, name: str) -> Draft202012Validator:
        """Build a validator for `#/components/schemas/<name>`."""
        return self.validator(_pointer("components", "schemas", name))

    def check_request(self, method: str, path: str, body: Any) -> str | None:
        """Return a message naming the first invalid field of `body`, or None if it is valid."""
        validator = self.request_validators.get((method, path))
        if validator is None:
            return None
        error = best_match(validator.iter_errors(body))
        return None if error is None else describe(_refine(error, self))


@functools.lru_cache(maxsize=4)
def load_spec(path: Path) -> Spec:
    """Parse `path` and compile its validators (cached per path)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("rb") as f:
        document = yaml.load(f, Loader=loader)  # noqa: S506 - a SafeLoader
    return Spec(document)


def json_path(parts: Any) -> str:
    """Render a jsonschema path deque as `messages[0].role`."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "body"


def describe(error: ValidationError) -> str:
    """Format `error` as `<json path>: <message>`."""
    message = error.message
    if len(message) > 300:
        message = message[:297] + "..."
    return f"{json_path(error.absolute_path)}: {message}"


def _refine(error: ValidationError, spec: Spec) -> ValidationError:
    """Follow OpenAPI discriminators, which jsonschema ignores, to the error that matters."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    disc = schema.get("discriminator")
    instance = error.instance
    if error.validator not in ("oneOf", "anyOf") or not disc or not isinstance(instance, dict):
        return error
    prop = disc.get("propertyName")
    mapping: dict[str, str] = disc.get("mapping", {})
    value = instance.get(prop)
    if value not in mapping:
        return ValidationError(
            f"{value!r} is not one of {sorted(mapping)}",
            path=[*error.absolute_path, prop] if value is not None else error.absolute_path,
            validator="enum",
        ) if value is not None else ValidationError(
            f"{prop!r} is a required property", path=error.absolute_path, validator="required"
        )
    target = mapping[value]
    branches = schema.get(error.validator, [])
    index = next((i for i, b in enumerate(branches) if b.get("$ref") == target), None)
    relevant = [e for e in error.context or () if e.schema_path and e.schema_path[0] == index]
    best = best_match(relevant)
    if best is None:
        return error
    best.path = error.absolute_path + best.path  # type: ignore[operator]
    return _refine(best, spec)
