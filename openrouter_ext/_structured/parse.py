"""Parse a chat result into a model, and prepare the request of ``chat.completions.parse()``.

``parse_completion`` is pure (no IO): the resource's ``parse()`` is
``prepare_parse_request`` → ``create`` → ``parse_completion``, and a stream's
``final_response()`` parses the same way.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

from openrouter_ext._structured.errors import LengthFinishReasonError, StructuredOutputError
from openrouter_ext._structured.schema import (
    model_of_tool,
    pydantic_function_tool,
    require_pydantic,
    to_response_format,
)

if TYPE_CHECKING:
    from openrouter_ext._lowlevel import ChatResult
    from openrouter_ext._structured.parsed import ParsedChatResult, ParsedToolCall

__all__ = ["parse_completion", "prepare_parse_request"]

T = TypeVar("T")


@overload
def parse_completion(
    result: ChatResult, response_format: type[T], *, tools: Iterable[object] | None = None
) -> ParsedChatResult[T]: ...
@overload
def parse_completion(
    result: ChatResult, response_format: None = None, *, tools: Iterable[object] | None = None
) -> ParsedChatResult[None]: ...
def parse_completion(
    result: ChatResult,
    response_format: type[T] | None = None,
    *,
    tools: Iterable[object] | None = None,
) -> ParsedChatResult[T] | ParsedChatResult[None]:
    """Validate every choice's content into ``response_format`` and return the parsed result.

    A choice's ``message.parsed`` is an instance of the model, or None when the model
    refused (``message.refusal`` holds its text), when the content is empty or absent (a
    tool call) or when ``response_format`` is None. With ``tools`` (the list sent in the
    request), each tool call's ``function.parsed_arguments`` is an instance of the model of a
    tool made by ``pydantic_function_tool``, the decoded JSON for another ``strict`` tool, or
    None. The result is a copy; ``result`` is not changed.

    Args:
        result: a chat result (``create()``'s, or a stream's ``final_response()``).
        response_format: the pydantic model class the content should validate into.
        tools: the ``tools`` of the request, to parse tool-call arguments.

    Returns:
        A ``ParsedChatResult``: a ``ChatResult`` whose every field reads as before.

    Raises:
        LengthFinishReasonError: a choice stopped at the token limit (``finish_reason``
            ``"length"``); checked before anything is parsed.
        StructuredOutputError: a content (or a tool call's arguments) is not valid JSON or
            does not validate into the model; ``.content`` has the raw text, the pydantic
            ``ValidationError`` is the ``__cause__``.
        ImportError: pydantic v2 is not installed.

    """
    from openrouter_ext._structured.parsed import (
        ParsedChatMessage,
        ParsedChatResult,
        ParsedChoice,
        copy_as,
    )

    validate = _validator(response_format) if response_format is not None else None
    by_name = _tools_by_name(tools)
    for choice in result.choices:
        if choice.finish_reason == "length":
            raise LengthFinishReasonError(completion=result, index=choice.index)
    choices: list[ParsedChoice[Any]] = []
    for choice in result.choices:
        message = choice.message
        refusal = getattr(message, "refusal", None)
        content = _text_of(getattr(message, "content", None))
        parsed: Any = None
        if validate is not None and content and not isinstance(refusal, str):
            parsed = _validated(validate, content, result, choice.index, "content")
        changes: dict[str, Any] = {}
        calls: object = getattr(message, "tool_calls", None)
        if isinstance(calls, list):
            changes["tool_calls"] = [
                _parsed_call(c, by_name, result, choice.index) for c in cast("list[object]", calls)
            ]
        new_message: ParsedChatMessage[Any] = copy_as(ParsedChatMessage[Any], message, **changes)
        new_message.parsed = parsed
        choices.append(copy_as(ParsedChoice[Any], choice, message=new_message))
    return copy_as(ParsedChatResult[Any], result, choices=choices)


def _validator(model: type[object]) -> Callable[[str], object]:
    """Return a function validating JSON text into ``model`` (raises pydantic's error)."""
    require_pydantic()
    import pydantic

    if not inspect.isclass(model):
        raise TypeError(f"response_format must be a pydantic model class, got {model!r}")
    if issubclass(model, pydantic.BaseModel):
        return model.model_validate_json
    return pydantic.TypeAdapter(model).validate_json


def _validated(
    validate: Callable[[str], object], text: str, result: ChatResult, index: int, what: str
) -> object:
    import pydantic

    try:
        return validate(text)
    except pydantic.ValidationError as err:
        errors = err.errors(include_url=False, include_input=False)
        first = errors[0] if errors else {"loc": (), "msg": str(err)}
        where = ".".join(str(p) for p in first["loc"]) or "(root)"
        kind = "is not valid JSON" if first.get("type") == "json_invalid" else "does not validate"
        raise StructuredOutputError(
            f"choice {index}: the {what} {kind} for {err.title}: {len(errors)} error(s), "
            f"first at {where}: {first['msg']}",
            completion=result,
            content=text,
            index=index,
        ) from err


def _text_of(content: object) -> str | None:
    """Return a message content as text (text parts joined), or None."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts: list[object] = [getattr(p, "text", None) for p in cast("list[object]", content)]
        return "".join(t for t in texts if isinstance(t, str))
    return None


def _tools_by_name(tools: Iterable[object] | None) -> dict[str, tuple[type[object] | None, bool]]:
    """Return {function name: (model or None, strict)} of the request's function tools."""
    found: dict[str, tuple[type[object] | None, bool]] = {}
    for given in tools or ():
        # a model class given directly in tools=[...] counts as its pydantic_function_tool
        if inspect.isclass(given):
            given = pydantic_function_tool(given)
        tool: object = given
        if not isinstance(tool, Mapping):
            continue
        function: object = cast("Mapping[str, object]", tool).get("function")
        if isinstance(function, Mapping):
            spec = cast("Mapping[str, object]", function)
            name = spec.get("name")
            if isinstance(name, str):
                found[name] = (model_of_tool(given), spec.get("strict") is True)
    return found


def _parsed_call(
    call: Any,
    by_name: Mapping[str, tuple[type[object] | None, bool]],
    result: ChatResult,
    index: int,
) -> ParsedToolCall | Any:
    """Copy one tool call as a ``ParsedToolCall`` with ``function.parsed_arguments``."""
    from openrouter_ext._structured.parsed import ParsedFunction, ParsedToolCall, copy_as

    function = getattr(call, "function", None)
    name, arguments = getattr(function, "name", None), getattr(function, "arguments", None)
    if function is None or not isinstance(name, str):
        return call  # not a function call: kept as it is
    parsed: object = None
    model, strict = by_name.get(name, (None, False))
    if model is not None and isinstance(arguments, str):
        what = f"arguments of tool call {name!r}"
        parsed = _validated(_validator(model), arguments, result, index, what)
    elif strict and isinstance(arguments, str):
        try:
            parsed = json.loads(arguments)
        except ValueError as err:
            raise StructuredOutputError(
                f"choice {index}: the arguments of tool call {name!r} are not valid JSON: {err}",
                completion=result,
                content=arguments,
                index=index,
            ) from err
    new_function: ParsedFunction = copy_as(ParsedFunction, function)
    new_function.parsed_arguments = parsed
    return copy_as(ParsedToolCall, call, function=new_function)


@overload
def prepare_parse_request(
    params: Mapping[str, Any], response_format: type[T]
) -> tuple[dict[str, Any], type[T]]: ...
@overload
def prepare_parse_request(
    params: Mapping[str, Any], response_format: Mapping[str, Any] | None
) -> tuple[dict[str, Any], None]: ...
def prepare_parse_request(
    params: Mapping[str, Any], response_format: type[T] | Mapping[str, Any] | None
) -> tuple[dict[str, Any], type[T] | None]:
    """Build the ``create()`` keywords of ``chat.completions.parse()``.

    A model class in ``response_format`` becomes ``to_response_format(model)`` (strict JSON
    schema); a dict is sent as given (nothing is parsed then); None sends none. A model
    class in ``tools`` becomes ``pydantic_function_tool(model)``. Use it as::

        body, model = prepare_parse_request(params, response_format)
        result = await self.create(**body)
        return parse_completion(result, model, tools=body.get("tools"))

    Args:
        params: the other keywords of the call (``model``, ``messages``, ``tools``, ...).
        response_format: a pydantic model class, a ready ``response_format`` dict, or None.

    Returns:
        (the keywords for ``create()``, a new dict; the model class to parse into or None).

    Raises:
        TypeError: ``stream=True`` was passed (parse a stream's ``final_response()`` with
            ``parse_completion`` instead) or ``response_format`` is neither a class nor a dict.
        ImportError: a model class was given and pydantic v2 is not installed.

    """
    body = dict(params)
    if body.get("stream"):
        raise TypeError(
            "parse() does not stream: use stream(response_format=to_response_format(Model)) "
            "and parse_completion(stream.final_response(), Model)"
        )
    body.pop("stream", None)
    model: type[T] | None = None
    if inspect.isclass(response_format):
        body["response_format"] = to_response_format(response_format)
        model = response_format
    elif isinstance(response_format, Mapping):
        body["response_format"] = dict(response_format)
    elif response_format is not None:
        raise TypeError(
            f"response_format must be a pydantic model class or a dict, got {response_format!r}"
        )
    tools: object = body.get("tools")
    if isinstance(tools, (list, tuple)):
        body["tools"] = [
            pydantic_function_tool(t) if inspect.isclass(t) else t
            for t in cast("list[object]", tools)
        ]
    return body, model
