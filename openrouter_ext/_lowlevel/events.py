"""Stream events of the Responses and Messages APIs: each event's ``type`` → its generated model.

The tables are the spec's discriminator mappings (``StreamEvents``, ``MessagesStreamEvents``;
``tests/unit/test_lowlevel.py`` checks them against ``openapi.yaml``). An event is parsed by
the model its ``type`` names, not by trying every member of the union in turn. An event type
the spec does not know yet becomes an :class:`UnknownStreamEvent` (a newer API must not break
a stream).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Union

from openrouter_ext._lowlevel.models import model

if TYPE_CHECKING:
    from typing import TypeAlias

    from openrouter_ext._lowlevel.models import (
        AnnotationAddedEvent,
        ApplyPatchCallOperationDiffDeltaEvent,
        ApplyPatchCallOperationDiffDoneEvent,
        CodeInterpreterCallCodeDeltaEvent,
        CodeInterpreterCallCodeDoneEvent,
        CodeInterpreterCallCompletedEvent,
        CodeInterpreterCallInProgressEvent,
        CodeInterpreterCallInterpretingEvent,
        ContentPartAddedEvent,
        ContentPartDoneEvent,
        CustomToolCallInputDeltaEvent,
        CustomToolCallInputDoneEvent,
        DebugEvent,
        ErrorEvent,
        FunctionCallArgsDeltaEvent,
        FunctionCallArgsDoneEvent,
        FusionCallAnalysisCompletedEvent,
        FusionCallAnalysisInProgressEvent,
        FusionCallCompletedEvent,
        FusionCallInProgressEvent,
        FusionCallPanelAddedEvent,
        FusionCallPanelCompletedEvent,
        FusionCallPanelDeltaEvent,
        FusionCallPanelFailedEvent,
        FusionCallPanelReasoningDeltaEvent,
        ImageGenCallCompletedEvent,
        ImageGenCallGeneratingEvent,
        ImageGenCallInProgressEvent,
        ImageGenCallPartialImageEvent,
        MessagesContentBlockDeltaEvent,
        MessagesContentBlockStartEvent,
        MessagesContentBlockStopEvent,
        MessagesDeltaEvent,
        MessagesErrorEvent,
        MessagesPingEvent,
        MessagesResult,
        MessagesStartEvent,
        MessagesStopEvent,
        OpenResponsesCreatedEvent,
        OpenResponsesInProgressEvent,
        OpenResponsesResult,
        ReasoningDeltaEvent,
        ReasoningDoneEvent,
        ReasoningSummaryPartAddedEvent,
        ReasoningSummaryPartDoneEvent,
        ReasoningSummaryTextDeltaEvent,
        ReasoningSummaryTextDoneEvent,
        RefusalDeltaEvent,
        RefusalDoneEvent,
        StreamEventsResponseCompleted,
        StreamEventsResponseFailed,
        StreamEventsResponseIncomplete,
        StreamEventsResponseOutputItemAdded,
        StreamEventsResponseOutputItemDone,
        TextDeltaEvent,
        TextDoneEvent,
        WebSearchCallCompletedEvent,
        WebSearchCallInProgressEvent,
        WebSearchCallSearchingEvent,
    )

__all__ = [
    "MESSAGES_EVENTS",
    "RESPONSES_EVENTS",
    "MessagesStreamEvent",
    "ResponsesStreamEvent",
    "UnknownStreamEvent",
    "parse_messages_event",
    "parse_messages_result",
    "parse_responses_event",
    "parse_responses_result",
]

#: Responses stream event ``type`` → generated model name (the spec's ``StreamEvents``).
RESPONSES_EVENTS: Final[Mapping[str, str]] = {
    "error": "ErrorEvent",
    "response.apply_patch_call_operation_diff.delta": "ApplyPatchCallOperationDiffDeltaEvent",
    "response.apply_patch_call_operation_diff.done": "ApplyPatchCallOperationDiffDoneEvent",
    "response.code_interpreter_call.completed": "CodeInterpreterCallCompletedEvent",
    "response.code_interpreter_call.in_progress": "CodeInterpreterCallInProgressEvent",
    "response.code_interpreter_call.interpreting": "CodeInterpreterCallInterpretingEvent",
    "response.code_interpreter_call_code.delta": "CodeInterpreterCallCodeDeltaEvent",
    "response.code_interpreter_call_code.done": "CodeInterpreterCallCodeDoneEvent",
    "response.completed": "StreamEventsResponseCompleted",
    "response.content_part.added": "ContentPartAddedEvent",
    "response.content_part.done": "ContentPartDoneEvent",
    "response.created": "OpenResponsesCreatedEvent",
    "response.custom_tool_call_input.delta": "CustomToolCallInputDeltaEvent",
    "response.custom_tool_call_input.done": "CustomToolCallInputDoneEvent",
    "response.debug": "DebugEvent",
    "response.failed": "StreamEventsResponseFailed",
    "response.function_call_arguments.delta": "FunctionCallArgsDeltaEvent",
    "response.function_call_arguments.done": "FunctionCallArgsDoneEvent",
    "response.fusion_call.analysis.completed": "FusionCallAnalysisCompletedEvent",
    "response.fusion_call.analysis.in_progress": "FusionCallAnalysisInProgressEvent",
    "response.fusion_call.completed": "FusionCallCompletedEvent",
    "response.fusion_call.in_progress": "FusionCallInProgressEvent",
    "response.fusion_call.panel.added": "FusionCallPanelAddedEvent",
    "response.fusion_call.panel.completed": "FusionCallPanelCompletedEvent",
    "response.fusion_call.panel.delta": "FusionCallPanelDeltaEvent",
    "response.fusion_call.panel.failed": "FusionCallPanelFailedEvent",
    "response.fusion_call.panel.reasoning.delta": "FusionCallPanelReasoningDeltaEvent",
    "response.image_generation_call.completed": "ImageGenCallCompletedEvent",
    "response.image_generation_call.generating": "ImageGenCallGeneratingEvent",
    "response.image_generation_call.in_progress": "ImageGenCallInProgressEvent",
    "response.image_generation_call.partial_image": "ImageGenCallPartialImageEvent",
    "response.in_progress": "OpenResponsesInProgressEvent",
    "response.incomplete": "StreamEventsResponseIncomplete",
    "response.output_item.added": "StreamEventsResponseOutputItemAdded",
    "response.output_item.done": "StreamEventsResponseOutputItemDone",
    "response.output_text.annotation.added": "AnnotationAddedEvent",
    "response.output_text.delta": "TextDeltaEvent",
    "response.output_text.done": "TextDoneEvent",
    "response.reasoning_summary_part.added": "ReasoningSummaryPartAddedEvent",
    "response.reasoning_summary_part.done": "ReasoningSummaryPartDoneEvent",
    "response.reasoning_summary_text.delta": "ReasoningSummaryTextDeltaEvent",
    "response.reasoning_summary_text.done": "ReasoningSummaryTextDoneEvent",
    "response.reasoning_text.delta": "ReasoningDeltaEvent",
    "response.reasoning_text.done": "ReasoningDoneEvent",
    "response.refusal.delta": "RefusalDeltaEvent",
    "response.refusal.done": "RefusalDoneEvent",
    "response.web_search_call.completed": "WebSearchCallCompletedEvent",
    "response.web_search_call.in_progress": "WebSearchCallInProgressEvent",
    "response.web_search_call.searching": "WebSearchCallSearchingEvent",
}
#: Messages stream event ``type`` → generated model name (``MessagesStreamEvents``).
MESSAGES_EVENTS: Final[Mapping[str, str]] = {
    "content_block_delta": "MessagesContentBlockDeltaEvent",
    "content_block_start": "MessagesContentBlockStartEvent",
    "content_block_stop": "MessagesContentBlockStopEvent",
    "error": "MessagesErrorEvent",
    "message_delta": "MessagesDeltaEvent",
    "message_start": "MessagesStartEvent",
    "message_stop": "MessagesStopEvent",
    "ping": "MessagesPingEvent",
}

ResponsesStreamEvent: TypeAlias = Union[
    "AnnotationAddedEvent",
    "ApplyPatchCallOperationDiffDeltaEvent",
    "ApplyPatchCallOperationDiffDoneEvent",
    "CodeInterpreterCallCodeDeltaEvent",
    "CodeInterpreterCallCodeDoneEvent",
    "CodeInterpreterCallCompletedEvent",
    "CodeInterpreterCallInProgressEvent",
    "CodeInterpreterCallInterpretingEvent",
    "ContentPartAddedEvent",
    "ContentPartDoneEvent",
    "CustomToolCallInputDeltaEvent",
    "CustomToolCallInputDoneEvent",
    "DebugEvent",
    "ErrorEvent",
    "FunctionCallArgsDeltaEvent",
    "FunctionCallArgsDoneEvent",
    "FusionCallAnalysisCompletedEvent",
    "FusionCallAnalysisInProgressEvent",
    "FusionCallCompletedEvent",
    "FusionCallInProgressEvent",
    "FusionCallPanelAddedEvent",
    "FusionCallPanelCompletedEvent",
    "FusionCallPanelDeltaEvent",
    "FusionCallPanelFailedEvent",
    "FusionCallPanelReasoningDeltaEvent",
    "ImageGenCallCompletedEvent",
    "ImageGenCallGeneratingEvent",
    "ImageGenCallInProgressEvent",
    "ImageGenCallPartialImageEvent",
    "OpenResponsesCreatedEvent",
    "OpenResponsesInProgressEvent",
    "ReasoningDeltaEvent",
    "ReasoningDoneEvent",
    "ReasoningSummaryPartAddedEvent",
    "ReasoningSummaryPartDoneEvent",
    "ReasoningSummaryTextDeltaEvent",
    "ReasoningSummaryTextDoneEvent",
    "RefusalDeltaEvent",
    "RefusalDoneEvent",
    "StreamEventsResponseCompleted",
    "StreamEventsResponseFailed",
    "StreamEventsResponseIncomplete",
    "StreamEventsResponseOutputItemAdded",
    "StreamEventsResponseOutputItemDone",
    "TextDeltaEvent",
    "TextDoneEvent",
    "WebSearchCallCompletedEvent",
    "WebSearchCallInProgressEvent",
    "WebSearchCallSearchingEvent",
    "UnknownStreamEvent",
]
MessagesStreamEvent: TypeAlias = Union[
    "MessagesContentBlockDeltaEvent",
    "MessagesContentBlockStartEvent",
    "MessagesContentBlockStopEvent",
    "MessagesDeltaEvent",
    "MessagesErrorEvent",
    "MessagesPingEvent",
    "MessagesStartEvent",
    "MessagesStopEvent",
    "UnknownStreamEvent",
]


class UnknownStreamEvent:
    """An event whose ``type`` the spec does not know (yet): its type and its data as sent."""

    __slots__ = ("data", "type")

    def __init__(self, data: dict[str, Any]) -> None:
        self.type: str = str(data.get("type"))
        self.data = data

    def __repr__(self) -> str:
        return f"UnknownStreamEvent(type={self.type!r})"


def _parser(table: Mapping[str, str]) -> Callable[[dict[str, Any]], Any]:
    parsers: dict[str, Callable[[Mapping[str, Any]], Any]] = {}

    def parse(obj: dict[str, Any]) -> Any:
        kind = obj["type"]
        found = parsers.get(kind)
        if found is None:
            name = table.get(kind) if isinstance(kind, str) else None
            if name is None:
                if not isinstance(kind, str):
                    raise TypeError(f"event type is {type(kind).__name__}, not a string")
                return UnknownStreamEvent(obj)
            found = parsers[kind] = model(name).from_dict
        return found(obj)

    return parse


#: Parse a Responses stream event (a wire dict) into its generated model.
parse_responses_event: Final = _parser(RESPONSES_EVENTS)
#: Parse a Messages stream event (a wire dict) into its generated model.
parse_messages_event: Final = _parser(MESSAGES_EVENTS)


def parse_responses_result(data: dict[str, Any]) -> OpenResponsesResult:
    """Parse a response (JSON answer or accumulated stream) into ``OpenResponsesResult``."""
    result: OpenResponsesResult = model("OpenResponsesResult").from_dict(data)
    return result


def parse_messages_result(data: dict[str, Any]) -> MessagesResult:
    """Parse a message (JSON answer or accumulated stream) into ``MessagesResult``."""
    result: MessagesResult = model("MessagesResult").from_dict(data)
    return result
