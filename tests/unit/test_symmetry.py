"""OpenRouter and AsyncOpenRouter (and their streams) expose the same public surface.

The resource namespaces are read off the clients themselves (their public attributes whose
class comes from ``openrouter_ext.resources``, nested ones such as ``chat.completions``
included), so a namespace added to the clients is checked without editing this file; and
every concrete ``Resource`` class of the package must be reachable from the client.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import pytest

import openrouter_ext
import openrouter_ext.resources._async
from openrouter_ext import AsyncOpenRouter, OpenRouter
from openrouter_ext.resources._base import Resource

RENAMED = {"close": "aclose"}


def namespaces(obj: Any, prefix: str = "") -> dict[str, Any]:
    """Map each resource namespace reachable from obj ("chat.completions") to its object."""
    found: dict[str, Any] = {}
    for name, value in vars(obj).items():
        if name.startswith("_") or not type(value).__module__.startswith(
            "openrouter_ext.resources."
        ):
            continue
        path = prefix + name
        found[path] = value
        found.update(namespaces(value, path + "."))
    return found


def _resource_classes() -> set[type]:
    """Every concrete ``Resource`` of the async resource package (a class none extends)."""
    package = openrouter_ext.resources._async
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
    classes: set[type] = set()
    todo = [Resource]
    while todo:
        cls = todo.pop()
        subclasses = [c for c in cls.__subclasses__() if c.__module__.startswith(package.__name__)]
        if not subclasses and cls.__module__.startswith(package.__name__ + "."):
            classes.add(cls)
        todo += subclasses
    return classes


def _names() -> list[str]:
    client = AsyncOpenRouter(api_key="k")
    return sorted(namespaces(client))


RESOURCES = _names()


def public(obj: Any) -> set[str]:
    return {n for n in dir(obj) if not n.startswith("_")}


def params(fn: Any) -> list[tuple[str, Any, Any]]:
    sig = inspect.signature(fn)
    return [(p.name, p.kind, p.default) for p in sig.parameters.values()]


def test_client_constructors_match() -> None:
    sync = params(OpenRouter.__init__)
    asyn = params(AsyncOpenRouter.__init__)
    assert sync == asyn


def test_client_methods_match() -> None:
    sync = public(OpenRouter) - {"close"}
    asyn = public(AsyncOpenRouter) - {"close", "aclose"}
    assert sync == asyn
    for name in sync:
        member = getattr(OpenRouter, name)
        if callable(member):
            assert params(member) == params(getattr(AsyncOpenRouter, name)), name


def test_both_clients_have_the_same_namespaces_and_every_resource_is_bound() -> None:
    with OpenRouter(api_key="k") as sync_client:
        sync = namespaces(sync_client)
    async_ = namespaces(AsyncOpenRouter(api_key="k"))
    assert sorted(sync) == sorted(async_) == RESOURCES
    assert {"chat", "chat.completions", "models", "keys"} <= set(RESOURCES)  # found at all
    # every resource class of the package is reachable from the client
    bound = {type(v) for v in async_.values()}
    assert _resource_classes() <= bound, _resource_classes() - bound
    for path, value in sync.items():
        assert type(async_[path]).__name__ == "Async" + type(value).__name__, path


@pytest.mark.parametrize("resource", RESOURCES)
def test_resources_match(resource: str) -> None:
    with OpenRouter(api_key="k") as sync_client:
        sync_res = namespaces(sync_client)[resource]
        async_res = namespaces(AsyncOpenRouter(api_key="k"))[resource]
        assert public(sync_res) == public(async_res)
        for name in public(sync_res):
            sync_member, async_member = getattr(sync_res, name), getattr(async_res, name)
            if name == "with_raw_response":  # the same methods, each giving an APIResponse
                raw_names = public(sync_member)
                assert raw_names == public(async_member)
                methods = {n for n in public(sync_res) if callable(getattr(sync_res, n))}
                # every method that sends a request (not the lazy stream(), not the cache)
                assert raw_names == methods - {"stream", "pricing"}, resource
                for raw in raw_names:
                    assert params(getattr(sync_member, raw)) == params(getattr(sync_res, raw))
                    assert inspect.iscoroutinefunction(getattr(async_member, raw)), raw
                continue
            if not callable(sync_member):  # a nested namespace: checked under its own path
                assert f"{resource}.{name}" in RESOURCES, name
                continue
            assert params(sync_member) == params(async_member), name
            assert inspect.iscoroutinefunction(async_member) == (name != "stream"), name


def _stream_pairs() -> list[tuple[type, type]]:
    """Every exported ``AsyncXxxStream`` (and ``AsyncBinaryResponse``) with its sync twin."""
    pairs: list[tuple[type, type]] = []
    for name in openrouter_ext.__all__:
        if name.startswith("Async") and name.endswith(("Stream", "BinaryResponse")):
            pairs.append((getattr(openrouter_ext, name[len("Async") :]),
                          getattr(openrouter_ext, name)))  # fmt: skip
    return pairs


STREAMS = _stream_pairs()


def test_every_stream_class_is_checked() -> None:
    names = {sync.__name__ for sync, _ in STREAMS}
    assert {"ChatStream", "ResponsesStream", "MessagesStream", "RerankStream", "ImageStream",
            "BinaryResponse"} <= names  # fmt: skip


@pytest.mark.parametrize(("sync", "asyn"), STREAMS, ids=[s.__name__ for s, _ in STREAMS])
def test_streams_match(sync: type, asyn: type) -> None:
    sync_names = public(sync) - {"close"}
    async_names = public(asyn) - {"aclose"}
    assert sync_names == async_names
    assert "close" in public(sync)
    assert "aclose" in public(asyn)
    for name in sorted(sync_names):
        sync_member, async_member = getattr(sync, name), getattr(asyn, name)
        if callable(sync_member) and not isinstance(sync_member, type):
            assert params(sync_member) == params(async_member), name
