from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.annotation_added_event import AnnotationAddedEvent
    from ..models.apply_patch_call_operation_diff_delta_event import (
        ApplyPatchCallOperationDiffDeltaEvent,
    )
    from ..models.apply_patch_call_operation_diff_done_event import (
        ApplyPatchCallOperationDiffDoneEvent,
    )
    from ..models.code_interpreter_call_code_delta_event import (
        CodeInterpreterCallCodeDeltaEvent,
    )
    from ..models.code_interpreter_call_code_done_event import (
        CodeInterpreterCallCodeDoneEvent,
    )
    from ..models.code_interpreter_call_completed_event import (
        CodeInterpreterCallCompletedEvent,
    )
    from ..models.code_interpreter_call_in_progress_event import (
        CodeInterpreterCallInProgressEvent,
    )
    from ..models.code_interpreter_call_interpreting_event import (
        CodeInterpreterCallInterpretingEvent,
    )
    from ..models.content_part_added_event import ContentPartAddedEvent
    from ..models.content_part_done_event import ContentPartDoneEvent
    from ..models.custom_tool_call_input_delta_event import (
        CustomToolCallInputDeltaEvent,
    )
    from ..models.custom_tool_call_input_done_event import CustomToolCallInputDoneEvent
    from ..models.debug_event import DebugEvent
    from ..models.error_event import ErrorEvent
    from ..models.function_call_args_delta_event import FunctionCallArgsDeltaEvent
    from ..models.function_call_args_done_event import FunctionCallArgsDoneEvent
    from ..models.fusion_call_analysis_completed_event import (
        FusionCallAnalysisCompletedEvent,
    )
    from ..models.fusion_call_analysis_in_progress_event import (
        FusionCallAnalysisInProgressEvent,
    )
    from ..models.fusion_call_completed_event import FusionCallCompletedEvent
    from ..models.fusion_call_in_progress_event import FusionCallInProgressEvent
    from ..models.fusion_call_panel_added_event import FusionCallPanelAddedEvent
    from ..models.fusion_call_panel_completed_event import FusionCallPanelCompletedEvent
    from ..models.fusion_call_panel_delta_event import FusionCallPanelDeltaEvent
    from ..models.fusion_call_panel_failed_event import FusionCallPanelFailedEvent
    from ..models.fusion_call_panel_reasoning_delta_event import (
        FusionCallPanelReasoningDeltaEvent,
    )
    from ..models.image_gen_call_completed_event import ImageGenCallCompletedEvent
    from ..models.image_gen_call_generating_event import ImageGenCallGeneratingEvent
    from ..models.image_gen_call_in_progress_event import ImageGenCallInProgressEvent
    from ..models.image_gen_call_partial_image_event import (
        ImageGenCallPartialImageEvent,
    )
    from ..models.open_responses_created_event import OpenResponsesCreatedEvent
    from ..models.open_responses_in_progress_event import OpenResponsesInProgressEvent
    from ..models.reasoning_delta_event import ReasoningDeltaEvent
    from ..models.reasoning_done_event import ReasoningDoneEvent
    from ..models.reasoning_summary_part_added_event import (
        ReasoningSummaryPartAddedEvent,
    )
    from ..models.reasoning_summary_part_done_event import ReasoningSummaryPartDoneEvent
    from ..models.reasoning_summary_text_delta_event import (
        ReasoningSummaryTextDeltaEvent,
    )
    from ..models.reasoning_summary_text_done_event import ReasoningSummaryTextDoneEvent
    from ..models.refusal_delta_event import RefusalDeltaEvent
    from ..models.refusal_done_event import RefusalDoneEvent
    from ..models.stream_events_response_completed import StreamEventsResponseCompleted
    from ..models.stream_events_response_failed import StreamEventsResponseFailed
    from ..models.stream_events_response_incomplete import (
        StreamEventsResponseIncomplete,
    )
    from ..models.stream_events_response_output_item_added import (
        StreamEventsResponseOutputItemAdded,
    )
    from ..models.stream_events_response_output_item_done import (
        StreamEventsResponseOutputItemDone,
    )
    from ..models.text_delta_event import TextDeltaEvent
    from ..models.text_done_event import TextDoneEvent
    from ..models.web_search_call_completed_event import WebSearchCallCompletedEvent
    from ..models.web_search_call_in_progress_event import WebSearchCallInProgressEvent
    from ..models.web_search_call_searching_event import WebSearchCallSearchingEvent

_LAZY_IMPORTS = (
    ("..models.annotation_added_event", "AnnotationAddedEvent"),
    (
        "..models.apply_patch_call_operation_diff_delta_event",
        "ApplyPatchCallOperationDiffDeltaEvent",
    ),
    (
        "..models.apply_patch_call_operation_diff_done_event",
        "ApplyPatchCallOperationDiffDoneEvent",
    ),
    (
        "..models.code_interpreter_call_code_delta_event",
        "CodeInterpreterCallCodeDeltaEvent",
    ),
    (
        "..models.code_interpreter_call_code_done_event",
        "CodeInterpreterCallCodeDoneEvent",
    ),
    (
        "..models.code_interpreter_call_completed_event",
        "CodeInterpreterCallCompletedEvent",
    ),
    (
        "..models.code_interpreter_call_in_progress_event",
        "CodeInterpreterCallInProgressEvent",
    ),
    (
        "..models.code_interpreter_call_interpreting_event",
        "CodeInterpreterCallInterpretingEvent",
    ),
    ("..models.content_part_added_event", "ContentPartAddedEvent"),
    ("..models.content_part_done_event", "ContentPartDoneEvent"),
    ("..models.custom_tool_call_input_delta_event", "CustomToolCallInputDeltaEvent"),
    ("..models.custom_tool_call_input_done_event", "CustomToolCallInputDoneEvent"),
    ("..models.debug_event", "DebugEvent"),
    ("..models.error_event", "ErrorEvent"),
    ("..models.function_call_args_delta_event", "FunctionCallArgsDeltaEvent"),
    ("..models.function_call_args_done_event", "FunctionCallArgsDoneEvent"),
    (
        "..models.fusion_call_analysis_completed_event",
        "FusionCallAnalysisCompletedEvent",
    ),
    (
        "..models.fusion_call_analysis_in_progress_event",
        "FusionCallAnalysisInProgressEvent",
    ),
    ("..models.fusion_call_completed_event", "FusionCallCompletedEvent"),
    ("..models.fusion_call_in_progress_event", "FusionCallInProgressEvent"),
    ("..models.fusion_call_panel_added_event", "FusionCallPanelAddedEvent"),
    ("..models.fusion_call_panel_completed_event", "FusionCallPanelCompletedEvent"),
    ("..models.fusion_call_panel_delta_event", "FusionCallPanelDeltaEvent"),
    ("..models.fusion_call_panel_failed_event", "FusionCallPanelFailedEvent"),
    (
        "..models.fusion_call_panel_reasoning_delta_event",
        "FusionCallPanelReasoningDeltaEvent",
    ),
    ("..models.image_gen_call_completed_event", "ImageGenCallCompletedEvent"),
    ("..models.image_gen_call_generating_event", "ImageGenCallGeneratingEvent"),
    ("..models.image_gen_call_in_progress_event", "ImageGenCallInProgressEvent"),
    ("..models.image_gen_call_partial_image_event", "ImageGenCallPartialImageEvent"),
    ("..models.open_responses_created_event", "OpenResponsesCreatedEvent"),
    ("..models.open_responses_in_progress_event", "OpenResponsesInProgressEvent"),
    ("..models.reasoning_delta_event", "ReasoningDeltaEvent"),
    ("..models.reasoning_done_event", "ReasoningDoneEvent"),
    ("..models.reasoning_summary_part_added_event", "ReasoningSummaryPartAddedEvent"),
    ("..models.reasoning_summary_part_done_event", "ReasoningSummaryPartDoneEvent"),
    ("..models.reasoning_summary_text_delta_event", "ReasoningSummaryTextDeltaEvent"),
    ("..models.reasoning_summary_text_done_event", "ReasoningSummaryTextDoneEvent"),
    ("..models.refusal_delta_event", "RefusalDeltaEvent"),
    ("..models.refusal_done_event", "RefusalDoneEvent"),
    ("..models.stream_events_response_completed", "StreamEventsResponseCompleted"),
    ("..models.stream_events_response_failed", "StreamEventsResponseFailed"),
    ("..models.stream_events_response_incomplete", "StreamEventsResponseIncomplete"),
    (
        "..models.stream_events_response_output_item_added",
        "StreamEventsResponseOutputItemAdded",
    ),
    (
        "..models.stream_events_response_output_item_done",
        "StreamEventsResponseOutputItemDone",
    ),
    ("..models.text_delta_event", "TextDeltaEvent"),
    ("..models.text_done_event", "TextDoneEvent"),
    ("..models.web_search_call_completed_event", "WebSearchCallCompletedEvent"),
    ("..models.web_search_call_in_progress_event", "WebSearchCallInProgressEvent"),
    ("..models.web_search_call_searching_event", "WebSearchCallSearchingEvent"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ResponsesStreamingResponse")


@_attrs_define
class ResponsesStreamingResponse(APIModel):
    """
    Attributes:
        data (AnnotationAddedEvent | ApplyPatchCallOperationDiffDeltaEvent | ApplyPatchCallOperationDiffDoneEvent |
            CodeInterpreterCallCodeDeltaEvent | CodeInterpreterCallCodeDoneEvent | CodeInterpreterCallCompletedEvent |
            CodeInterpreterCallInProgressEvent | CodeInterpreterCallInterpretingEvent | ContentPartAddedEvent |
            ContentPartDoneEvent | CustomToolCallInputDeltaEvent | CustomToolCallInputDoneEvent | DebugEvent | ErrorEvent |
            FunctionCallArgsDeltaEvent | FunctionCallArgsDoneEvent | FusionCallAnalysisCompletedEvent |
            FusionCallAnalysisInProgressEvent | FusionCallCompletedEvent | FusionCallInProgressEvent |
            FusionCallPanelAddedEvent | FusionCallPanelCompletedEvent | FusionCallPanelDeltaEvent |
            FusionCallPanelFailedEvent | FusionCallPanelReasoningDeltaEvent | ImageGenCallCompletedEvent |
            ImageGenCallGeneratingEvent | ImageGenCallInProgressEvent | ImageGenCallPartialImageEvent |
            OpenResponsesCreatedEvent | OpenResponsesInProgressEvent | ReasoningDeltaEvent | ReasoningDoneEvent |
            ReasoningSummaryPartAddedEvent | ReasoningSummaryPartDoneEvent | ReasoningSummaryTextDeltaEvent |
            ReasoningSummaryTextDoneEvent | RefusalDeltaEvent | RefusalDoneEvent | StreamEventsResponseCompleted |
            StreamEventsResponseFailed | StreamEventsResponseIncomplete | StreamEventsResponseOutputItemAdded |
            StreamEventsResponseOutputItemDone | TextDeltaEvent | TextDoneEvent | WebSearchCallCompletedEvent |
            WebSearchCallInProgressEvent | WebSearchCallSearchingEvent):
    """

    data: (
        AnnotationAddedEvent
        | ApplyPatchCallOperationDiffDeltaEvent
        | ApplyPatchCallOperationDiffDoneEvent
        | CodeInterpreterCallCodeDeltaEvent
        | CodeInterpreterCallCodeDoneEvent
        | CodeInterpreterCallCompletedEvent
        | CodeInterpreterCallInProgressEvent
        | CodeInterpreterCallInterpretingEvent
        | ContentPartAddedEvent
        | ContentPartDoneEvent
        | CustomToolCallInputDeltaEvent
        | CustomToolCallInputDoneEvent
        | DebugEvent
        | ErrorEvent
        | FunctionCallArgsDeltaEvent
        | FunctionCallArgsDoneEvent
        | FusionCallAnalysisCompletedEvent
        | FusionCallAnalysisInProgressEvent
        | FusionCallCompletedEvent
        | FusionCallInProgressEvent
        | FusionCallPanelAddedEvent
        | FusionCallPanelCompletedEvent
        | FusionCallPanelDeltaEvent
        | FusionCallPanelFailedEvent
        | FusionCallPanelReasoningDeltaEvent
        | ImageGenCallCompletedEvent
        | ImageGenCallGeneratingEvent
        | ImageGenCallInProgressEvent
        | ImageGenCallPartialImageEvent
        | OpenResponsesCreatedEvent
        | OpenResponsesInProgressEvent
        | ReasoningDeltaEvent
        | ReasoningDoneEvent
        | ReasoningSummaryPartAddedEvent
        | ReasoningSummaryPartDoneEvent
        | ReasoningSummaryTextDeltaEvent
        | ReasoningSummaryTextDoneEvent
        | RefusalDeltaEvent
        | RefusalDoneEvent
        | StreamEventsResponseCompleted
        | StreamEventsResponseFailed
        | StreamEventsResponseIncomplete
        | StreamEventsResponseOutputItemAdded
        | StreamEventsResponseOutputItemDone
        | TextDeltaEvent
        | TextDoneEvent
        | WebSearchCallCompletedEvent
        | WebSearchCallInProgressEvent
        | WebSearchCallSearchingEvent
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        data: dict[str, Any]
        if isinstance(self.data, OpenResponsesCreatedEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, OpenResponsesInProgressEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, StreamEventsResponseCompleted):
            data = self.data.to_dict()
        elif isinstance(self.data, StreamEventsResponseIncomplete):
            data = self.data.to_dict()
        elif isinstance(self.data, StreamEventsResponseFailed):
            data = self.data.to_dict()
        elif isinstance(self.data, ErrorEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, StreamEventsResponseOutputItemAdded):
            data = self.data.to_dict()
        elif isinstance(self.data, StreamEventsResponseOutputItemDone):
            data = self.data.to_dict()
        elif isinstance(self.data, ContentPartAddedEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, ContentPartDoneEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, TextDeltaEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, TextDoneEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, RefusalDeltaEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, RefusalDoneEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, AnnotationAddedEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, FunctionCallArgsDeltaEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, FunctionCallArgsDoneEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, ReasoningDeltaEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, ReasoningDoneEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, ReasoningSummaryPartAddedEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, ReasoningSummaryPartDoneEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, ReasoningSummaryTextDeltaEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, ReasoningSummaryTextDoneEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, ImageGenCallInProgressEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, ImageGenCallGeneratingEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, ImageGenCallPartialImageEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, ImageGenCallCompletedEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, CodeInterpreterCallInProgressEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, CodeInterpreterCallInterpretingEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, CodeInterpreterCallCompletedEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, CodeInterpreterCallCodeDeltaEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, CodeInterpreterCallCodeDoneEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, WebSearchCallInProgressEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, WebSearchCallSearchingEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, WebSearchCallCompletedEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, CustomToolCallInputDeltaEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, CustomToolCallInputDoneEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, ApplyPatchCallOperationDiffDeltaEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, ApplyPatchCallOperationDiffDoneEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, FusionCallInProgressEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, FusionCallPanelAddedEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, FusionCallPanelDeltaEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, FusionCallPanelReasoningDeltaEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, FusionCallPanelCompletedEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, FusionCallPanelFailedEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, FusionCallAnalysisInProgressEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, FusionCallAnalysisCompletedEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, FusionCallCompletedEvent):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_data(
            data: object,
        ) -> (
            AnnotationAddedEvent
            | ApplyPatchCallOperationDiffDeltaEvent
            | ApplyPatchCallOperationDiffDoneEvent
            | CodeInterpreterCallCodeDeltaEvent
            | CodeInterpreterCallCodeDoneEvent
            | CodeInterpreterCallCompletedEvent
            | CodeInterpreterCallInProgressEvent
            | CodeInterpreterCallInterpretingEvent
            | ContentPartAddedEvent
            | ContentPartDoneEvent
            | CustomToolCallInputDeltaEvent
            | CustomToolCallInputDoneEvent
            | DebugEvent
            | ErrorEvent
            | FunctionCallArgsDeltaEvent
            | FunctionCallArgsDoneEvent
            | FusionCallAnalysisCompletedEvent
            | FusionCallAnalysisInProgressEvent
            | FusionCallCompletedEvent
            | FusionCallInProgressEvent
            | FusionCallPanelAddedEvent
            | FusionCallPanelCompletedEvent
            | FusionCallPanelDeltaEvent
            | FusionCallPanelFailedEvent
            | FusionCallPanelReasoningDeltaEvent
            | ImageGenCallCompletedEvent
            | ImageGenCallGeneratingEvent
            | ImageGenCallInProgressEvent
            | ImageGenCallPartialImageEvent
            | OpenResponsesCreatedEvent
            | OpenResponsesInProgressEvent
            | ReasoningDeltaEvent
            | ReasoningDoneEvent
            | ReasoningSummaryPartAddedEvent
            | ReasoningSummaryPartDoneEvent
            | ReasoningSummaryTextDeltaEvent
            | ReasoningSummaryTextDoneEvent
            | RefusalDeltaEvent
            | RefusalDoneEvent
            | StreamEventsResponseCompleted
            | StreamEventsResponseFailed
            | StreamEventsResponseIncomplete
            | StreamEventsResponseOutputItemAdded
            | StreamEventsResponseOutputItemDone
            | TextDeltaEvent
            | TextDoneEvent
            | WebSearchCallCompletedEvent
            | WebSearchCallInProgressEvent
            | WebSearchCallSearchingEvent
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_0 = (
                    OpenResponsesCreatedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_1 = (
                    OpenResponsesInProgressEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_2 = (
                    StreamEventsResponseCompleted.from_dict(data)
                )

                return componentsschemas_stream_events_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_3 = (
                    StreamEventsResponseIncomplete.from_dict(data)
                )

                return componentsschemas_stream_events_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_4 = (
                    StreamEventsResponseFailed.from_dict(data)
                )

                return componentsschemas_stream_events_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_5 = ErrorEvent.from_dict(data)

                return componentsschemas_stream_events_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_6 = (
                    StreamEventsResponseOutputItemAdded.from_dict(data)
                )

                return componentsschemas_stream_events_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_7 = (
                    StreamEventsResponseOutputItemDone.from_dict(data)
                )

                return componentsschemas_stream_events_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_8 = (
                    ContentPartAddedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_9 = ContentPartDoneEvent.from_dict(
                    data
                )

                return componentsschemas_stream_events_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_10 = TextDeltaEvent.from_dict(data)

                return componentsschemas_stream_events_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_11 = TextDoneEvent.from_dict(data)

                return componentsschemas_stream_events_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_12 = RefusalDeltaEvent.from_dict(
                    data
                )

                return componentsschemas_stream_events_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_13 = RefusalDoneEvent.from_dict(
                    data
                )

                return componentsschemas_stream_events_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_14 = (
                    AnnotationAddedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_15 = (
                    FunctionCallArgsDeltaEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_16 = (
                    FunctionCallArgsDoneEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_17 = ReasoningDeltaEvent.from_dict(
                    data
                )

                return componentsschemas_stream_events_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_18 = ReasoningDoneEvent.from_dict(
                    data
                )

                return componentsschemas_stream_events_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_19 = (
                    ReasoningSummaryPartAddedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_20 = (
                    ReasoningSummaryPartDoneEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_21 = (
                    ReasoningSummaryTextDeltaEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_22 = (
                    ReasoningSummaryTextDoneEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_23 = (
                    ImageGenCallInProgressEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_24 = (
                    ImageGenCallGeneratingEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_25 = (
                    ImageGenCallPartialImageEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_26 = (
                    ImageGenCallCompletedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_27 = (
                    CodeInterpreterCallInProgressEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_28 = (
                    CodeInterpreterCallInterpretingEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_28
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_29 = (
                    CodeInterpreterCallCompletedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_29
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_30 = (
                    CodeInterpreterCallCodeDeltaEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_30
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_31 = (
                    CodeInterpreterCallCodeDoneEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_31
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_32 = (
                    WebSearchCallInProgressEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_32
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_33 = (
                    WebSearchCallSearchingEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_33
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_34 = (
                    WebSearchCallCompletedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_34
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_35 = (
                    CustomToolCallInputDeltaEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_35
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_36 = (
                    CustomToolCallInputDoneEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_36
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_37 = (
                    ApplyPatchCallOperationDiffDeltaEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_37
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_38 = (
                    ApplyPatchCallOperationDiffDoneEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_38
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_39 = (
                    FusionCallInProgressEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_39
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_40 = (
                    FusionCallPanelAddedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_40
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_41 = (
                    FusionCallPanelDeltaEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_41
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_42 = (
                    FusionCallPanelReasoningDeltaEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_42
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_43 = (
                    FusionCallPanelCompletedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_43
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_44 = (
                    FusionCallPanelFailedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_44
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_45 = (
                    FusionCallAnalysisInProgressEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_45
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_46 = (
                    FusionCallAnalysisCompletedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_46
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_47 = (
                    FusionCallCompletedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_47
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_stream_events_type_48 = DebugEvent.from_dict(data)

            return componentsschemas_stream_events_type_48

        data = _parse_data(d.pop("data"))

        responses_streaming_response = cls(
            data=data,
        )

        responses_streaming_response.additional_properties = d
        return responses_streaming_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
