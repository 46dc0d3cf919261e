"""The seam: every generated name it uses exists, and nothing else imports the generated package."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import openrouter_ext._lowlevel as _lowlevel
from openrouter_ext._lowlevel import hot as _hot

PACKAGE = Path(_lowlevel.__file__).parents[1]


@pytest.mark.parametrize("name", sorted(_lowlevel.OPERATIONS))
def test_every_operation_builds_with_the_generated_get_kwargs(name: str) -> None:
    op = _lowlevel.OPERATIONS[name]
    params = inspect.signature(op.build).parameters
    positional = [p for p in params.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
    args = ["x"] * len(positional)
    required = {
        p.name: "x"
        for p in params.values()
        if p.kind is p.KEYWORD_ONLY and p.default is p.empty and p.name != "body"
    }
    body = {"k": "v"} if "body" in params else None
    kwargs = op.request_kwargs(*args, body=body, **required)
    assert kwargs["method"] in {"get", "post", "put", "patch", "delete"}
    assert kwargs["url"].startswith("/")
    if body is not None and op.multipart:  # a file upload: the body's fields are parts
        assert kwargs["files"] == [("k", (None, b"v", "text/plain"))]
    elif body is not None:
        assert kwargs["json"] == {"k": "v"}
    assert (op.request_model is not None) == ("body" in params)


def test_generated_parsers_and_models_are_present() -> None:
    for model in _lowlevel.MODELS:
        assert callable(model.from_dict)
        assert callable(model.to_dict)
    chunk = _lowlevel.parse_chunk(
        {"id": "g", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}
    )
    assert chunk.choices == []
    assert _lowlevel.body_fields(_lowlevel.ChatRequest) >= {
        "messages",
        "model",
        "provider",
        "plugins",
        "reasoning",
        "stream",
    }


def test_only_the_seam_imports_the_generated_package() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            if any(n == "openrouter_api" or n.startswith("openrouter_api.") for n in names):
                offenders.append(path.relative_to(PACKAGE).as_posix())
    assert offenders, "the seam imports the generated package"
    assert all(path.startswith("_lowlevel/") for path in offenders), offenders


_scalar = st.one_of(st.none(), st.text(max_size=5), st.integers(-3, 3))
_delta = st.dictionaries(
    st.sampled_from(["role", "content", "reasoning", "refusal", "tool_calls", "extra"]),
    st.one_of(_scalar, st.just([{"index": 0, "function": {"arguments": "{"}}])),
    max_size=4,
)
_choice = st.fixed_dictionaries(
    {
        "index": st.integers(0, 2),
        "delta": _delta,
        "finish_reason": st.one_of(st.none(), st.sampled_from(["stop", "new_reason"])),
    },
    optional={"native_finish_reason": _scalar, "logprobs": st.none(), "extra": _scalar},
)
_chunk = st.fixed_dictionaries(
    {
        "id": st.text(max_size=5),
        "object": st.just("chat.completion.chunk"),
        "created": st.integers(0, 10),
        "model": st.text(max_size=5),
        "choices": st.lists(_choice, max_size=2),
    },
    optional={
        "provider": st.text(max_size=5),
        "system_fingerprint": _scalar,
        "service_tier": _scalar,
        "surprise": _scalar,
        "usage": st.just({"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}),
    },
)


@settings(max_examples=300, deadline=None)
@given(_chunk)
def test_fast_chunk_parse_equals_generated_from_dict(data: dict[str, Any]) -> None:
    try:
        expected = _lowlevel.ChatStreamChunk.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        with pytest.raises(type(exc)):
            _lowlevel.parse_chunk(data)
        return
    parsed = _lowlevel.parse_chunk(data)
    assert parsed == expected
    assert parsed.to_dict() == expected.to_dict()


def test_plain_text_chunks_skip_from_dict(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = {
        "id": "g",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "provider": "P",
        "choices": [{"index": 0, "delta": {"content": "hi"}, "finish_reason": None}],
    }
    expected = _lowlevel.ChatStreamChunk.from_dict(plain)

    def boom(data: Any) -> Any:
        raise AssertionError("from_dict used on the hot path")

    monkeypatch.setattr(_lowlevel.ChatStreamChunk, "from_dict", boom)
    assert _lowlevel.parse_chunk(plain) == expected
    with pytest.raises(AssertionError, match="hot path"):
        _lowlevel.parse_chunk({**plain, "usage": {}})


def test_plain_shape_cache_is_bounded_and_checks_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_hot, "_CHUNK_SHAPES", {})
    monkeypatch.setattr(_hot, "_SHAPES_MAX", 3)
    base = {"id": "g", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    choice = {"index": 0, "delta": {"content": "hi"}, "finish_reason": None}
    # six key orders of one key set: the first three are cached, the rest tested each time
    orders = [
        ["id", "object", "created", "model", "choices"],
        ["choices", "id", "object", "created", "model"],
        ["model", "choices", "id", "object", "created"],
        ["created", "model", "choices", "id", "object"],
        ["object", "created", "model", "choices", "id"],
        ["id", "choices", "object", "created", "model"],
    ]
    full = {**base, "choices": [choice]}
    for order in orders * 2:
        data = {key: full[key] for key in order}
        assert _lowlevel.parse_chunk(data) == _lowlevel.ChatStreamChunk.from_dict(data)
    assert len(_hot._CHUNK_SHAPES) == 3
    assert all(_hot._CHUNK_SHAPES.values())
    # a cached (plain) key shape still has its values checked: a non-list ``choices`` is
    # refused exactly as from_dict refuses it
    bad = {**base, "choices": "not a list"}
    with pytest.raises(Exception) as expected:
        _lowlevel.ChatStreamChunk.from_dict(bad)
    with pytest.raises(expected.type):
        _lowlevel.parse_chunk(bad)
    # a shape with a key the fast path does not build goes through from_dict
    odd = {**full, "surprise": 1}
    assert _lowlevel.parse_chunk(odd).additional_properties == {"surprise": 1}


_FRESH_PARSE = r"""
import json, sys
import openrouter_ext._lowlevel as _lowlevel
from openrouter_ext._lowlevel import hot as _hot
before = [m for m in sys.modules if m.startswith("openrouter_api")]
chunk = {"id": "g", "object": "chat.completion.chunk", "created": 1, "model": "m",
         "choices": [{"index": 0, "delta": {"content": "hi"}, "finish_reason": None}]}
first = sys.argv[1]
if first == "chunk":
    parsed = _lowlevel.parse_chunk(chunk)
    out = [type(parsed).__name__, parsed.choices[0].delta.content]
elif first == "odd-chunk":  # not plain: straight to the generated from_dict
    parsed = _lowlevel.parse_chunk({**chunk, "usage": {"prompt_tokens": 1,
                                   "completion_tokens": 2, "total_tokens": 3}})
    out = [type(parsed).__name__, parsed.usage.total_tokens]
else:
    parsed = _lowlevel.parse_chat_result({"id": "g", "object": "chat.completion",
        "created": 1, "model": "m", "choices": [{"index": 0, "finish_reason": "stop",
        "message": {"role": "assistant", "content": "hi"}}]})
    out = [type(parsed).__name__, parsed.choices[0].message.content]
same = _lowlevel.parse_chunk(chunk) == _lowlevel.ChatStreamChunk.from_dict(chunk)
print(json.dumps([before, out, same]))
"""


@pytest.mark.parametrize(
    ("first", "expected"),
    [("chunk", ["ChatStreamChunk", "hi"]), ("odd-chunk", ["ChatStreamChunk", 3]),
     ("result", ["ChatResult", "hi"])],
)  # fmt: skip
def test_first_parse_of_a_fresh_process_binds_the_generated_models(
    first: str, expected: list[Any]
) -> None:
    """The seam imports no generated module until the first parse, which then just works."""
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _FRESH_PARSE, first], capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    before, parsed, equal = json.loads(out)
    assert before == []
    assert parsed == expected
    assert equal


def test_a_real_name_error_in_the_parsers_is_not_swallowed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Once the models are bound, a NameError is a bug and propagates (no retry loop)."""
    _hot._bind_hot()
    assert _hot._bind_hot() is False
    monkeypatch.delattr(_hot, "ChatStreamDelta")
    monkeypatch.delattr(_hot, "ChatResult")
    choice = {"index": 0, "delta": {"content": "hi"}, "finish_reason": None}
    chunk = {"id": "g", "object": "chat.completion.chunk", "created": 1, "model": "m",
             "choices": [choice]}  # fmt: skip
    with pytest.raises(NameError, match="ChatStreamDelta"):
        _lowlevel.parse_chunk(chunk)
    with pytest.raises(NameError, match="ChatResult"):
        _lowlevel.parse_chat_result({})


def test_lazy_names_of_the_seam_resolve_and_typos_do_not() -> None:
    import importlib

    generated = importlib.import_module("openrouter_api")
    assert _lowlevel.AuthenticatedClient is generated.AuthenticatedClient
    assert not hasattr(_lowlevel, "UNSET")  # absent fields read as None: no sentinel exported
    assert _lowlevel.ChatUsage is _lowlevel.model("ChatUsage")
    with pytest.raises(AttributeError, match="ChatUsagee"):
        _lowlevel.ChatUsagee  # noqa: B018


def test_fast_path_turns_off_when_the_generated_signatures_change(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fast path passes fields positionally; reordered generated fields disable it."""
    _hot._bind_hot()
    assert _hot._positional_ok(_lowlevel.ChatStreamChunk, _lowlevel.ChatStreamChoice)

    class Reordered:
        def __init__(self, object: Any, id: Any, *rest: Any) -> None: ...

    assert not _hot._positional_ok(Reordered, _lowlevel.ChatStreamChoice)
    assert not _hot._positional_ok(_lowlevel.ChatStreamChunk, Reordered)

    for name in ("_CHUNK_SHAPES", "_CHOICE_SHAPES", "_DELTA_SHAPES"):
        monkeypatch.setattr(_hot, name, {})
    monkeypatch.setattr(_hot, "_fast_path", True)
    choice = {"index": 0, "delta": {"content": "hi"}, "finish_reason": None}
    plain = {"id": "g", "object": "chat.completion.chunk", "created": 1, "model": "m",
             "choices": [choice]}  # fmt: skip
    _lowlevel.parse_chunk(plain)
    assert _hot._CHUNK_SHAPES  # the plain shape was remembered
    _hot._disable_fast_path()
    assert not _hot._CHUNK_SHAPES
    expected = _lowlevel.ChatStreamChunk.from_dict(plain)
    used: list[Any] = []
    original = _lowlevel.ChatStreamChunk.from_dict

    def spy(data: Any) -> Any:
        used.append(data)
        return original(data)

    monkeypatch.setattr(_lowlevel.ChatStreamChunk, "from_dict", spy)
    assert _lowlevel.parse_chunk(plain) == expected
    assert used == [plain]  # no longer built directly
    assert dict(_hot._CHUNK_SHAPES) == {tuple(plain): False}
