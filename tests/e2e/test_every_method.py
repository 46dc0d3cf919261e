"""Every operation of openapi.yaml through the client's own method, sync and async, on the mock.

The method of each operation is the one docs/api-coverage.md names; its arguments are what the
mock's tests send over raw HTTP (tests/mock/specs.py): path values of stored items, the
schema's example body. The answer is the typed result (``bytes`` for media, the model the spec
names otherwise), and the key sent is the one the operation needs.
"""

from __future__ import annotations

import asyncio
import inspect
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from openrouter_ext import APIStatusError, AsyncOpenRouter, OpenRouter
from openrouter_ext.testing import MockOpenRouter, Operation
from tests.mock.specs import fill_path, valid_body

REPO = Path(__file__).resolve().parents[2]
ROW = re.compile(r"^\| (\w+) (/\S*) \| client\.([a-z_.]+) \|$")
METHODS = {
    f"{m[1]} {m[2]}": m[3]
    for line in (REPO / "docs" / "api-coverage.md").read_text(encoding="utf-8").splitlines()
    if (m := ROW.match(line))
}
#: Methods whose signature is hand-written (``handwritten:`` in scripts/operations.yaml; tested
#: in test_resources.py, test_media.py, test_media_jobs.py and elsewhere).
HANDWRITTEN = {
    entry["name"]
    for entry in yaml.safe_load((REPO / "scripts" / "operations.yaml").read_text())[
        "operations"
    ].values()
    if isinstance(entry, dict) and entry.get("handwritten")
}
#: Documented refusals the mock gives to any well-formed call (none today).
REFUSED: dict[str, int] = {}


@pytest.fixture(scope="module")
def mock() -> Any:
    with MockOpenRouter() as server:
        yield server


def resolve(client: Any, dotted: str) -> Any:
    obj = client
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


def arguments(mock: MockOpenRouter, op: Operation) -> tuple[list[str], dict[str, Any]]:
    """Return the positional path values and the keywords of a valid call."""
    concrete, _ = fill_path(mock, op)
    names = re.findall(r"{(\w+)}", op.path)
    pattern = re.escape(op.path)
    for name in names:
        pattern = pattern.replace(re.escape("{" + name + "}"), "([^/]+)")
    match = re.fullmatch(pattern, concrete)
    assert match is not None
    kwargs: dict[str, Any] = {}
    if op.body_media == "application/json":
        body = valid_body(mock, op)
        kwargs.update(body if isinstance(body, dict) else {})
    elif op.body_media is not None:
        kwargs["file"] = ("notes.txt", b"hello mock", "text/plain")
    builder = mock.app.example_builder
    for p in op.spec.get("parameters", []):
        if p.get("in") == "query" and p.get("required"):
            kwargs[p["name"]] = builder.build(p["schema"], p["name"])
    return list(match.groups()), kwargs


def plain_ops() -> list[str]:
    return sorted(op for op, name in METHODS.items() if name not in HANDWRITTEN)


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("operation", plain_ops())
def test_every_method_answers_on_the_mock(mock: MockOpenRouter, operation: str, flavour: str
                                          ) -> None:  # fmt: skip
    method, path = operation.split(" ", 1)
    op = next(o for o in mock.app.operations if o.method == method and o.path == path)
    name = METHODS[operation]
    args, kwargs = arguments(mock, op)
    if path in ("/generation/content",):
        with OpenRouter(api_key=mock.api_key, base_url=mock.base_url) as chat_client:
            kwargs["id"] = chat_client.chat.completions.create(
                model="openai/gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
            ).id
    result = send(mock, name, flavour, args, kwargs)
    if isinstance(result, APIStatusError):
        assert REFUSED.get(operation) == result.status_code, (name, str(result)[:300])
        return
    assert operation not in REFUSED
    with OpenRouter(api_key="k") as client:
        returns = inspect.signature(resolve(client, name)).return_annotation
    text = str(returns)
    paged = re.fullmatch(r"(?:Sync|Async)Page\[(.+?), .+\]", text)  # a paged listing
    if paged:
        assert type(result).__name__ == ("AsyncPage" if flavour == "async" else "SyncPage")
        result, text = result.response, paged.group(1)  # the page's answer model
    expected = {part.strip() for part in text.split("|")}
    assert type(result).__name__ in expected | ({"NoneType"} if "None" in expected else set())


def send(mock: MockOpenRouter, name: str, flavour: str, args: list[str], kwargs: dict[str, Any]
         ) -> Any:  # fmt: skip
    """Call the method with both keys configured; return its result or its APIStatusError."""
    keys = {"api_key": mock.api_key, "management_key": mock.management_key}
    try:
        if flavour == "sync":
            with OpenRouter(base_url=mock.base_url, max_retries=0, **keys) as client:
                return resolve(client, name)(*args, **kwargs)

        async def run() -> Any:
            async with AsyncOpenRouter(base_url=mock.base_url, max_retries=0, **keys) as c:
                call = resolve(c, name)
                assert inspect.iscoroutinefunction(call)
                return await call(*args, **kwargs)

        return asyncio.run(run())
    except APIStatusError as exc:
        return exc
