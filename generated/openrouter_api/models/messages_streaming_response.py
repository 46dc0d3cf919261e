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
    from ..models.messages_content_block_delta_event import (
        MessagesContentBlockDeltaEvent,
    )
    from ..models.messages_content_block_start_event import (
        MessagesContentBlockStartEvent,
    )
    from ..models.messages_content_block_stop_event import MessagesContentBlockStopEvent
    from ..models.messages_delta_event import MessagesDeltaEvent
    from ..models.messages_error_event import MessagesErrorEvent
    from ..models.messages_ping_event import MessagesPingEvent
    from ..models.messages_start_event import MessagesStartEvent
    from ..models.messages_stop_event import MessagesStopEvent

_LAZY_IMPORTS = (
    ("..models.messages_content_block_delta_event", "MessagesContentBlockDeltaEvent"),
    ("..models.messages_content_block_start_event", "MessagesContentBlockStartEvent"),
    ("..models.messages_content_block_stop_event", "MessagesContentBlockStopEvent"),
    ("..models.messages_delta_event", "MessagesDeltaEvent"),
    ("..models.messages_error_event", "MessagesErrorEvent"),
    ("..models.messages_ping_event", "MessagesPingEvent"),
    ("..models.messages_start_event", "MessagesStartEvent"),
    ("..models.messages_stop_event", "MessagesStopEvent"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesStreamingResponse")


@_attrs_define
class MessagesStreamingResponse(APIModel):
    """
    Attributes:
        data (MessagesContentBlockDeltaEvent | MessagesContentBlockStartEvent | MessagesContentBlockStopEvent |
            MessagesDeltaEvent | MessagesErrorEvent | MessagesPingEvent | MessagesStartEvent | MessagesStopEvent):
        event (str):
    """

    data: (
        MessagesContentBlockDeltaEvent
        | MessagesContentBlockStartEvent
        | MessagesContentBlockStopEvent
        | MessagesDeltaEvent
        | MessagesErrorEvent
        | MessagesPingEvent
        | MessagesStartEvent
        | MessagesStopEvent
    )
    event: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        data: dict[str, Any]
        if isinstance(self.data, MessagesStartEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, MessagesDeltaEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, MessagesStopEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, MessagesContentBlockStartEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, MessagesContentBlockDeltaEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, MessagesContentBlockStopEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, MessagesPingEvent):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "event": event,
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
            MessagesContentBlockDeltaEvent
            | MessagesContentBlockStartEvent
            | MessagesContentBlockStopEvent
            | MessagesDeltaEvent
            | MessagesErrorEvent
            | MessagesPingEvent
            | MessagesStartEvent
            | MessagesStopEvent
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_messages_stream_events_type_0 = (
                    MessagesStartEvent.from_dict(data)
                )

                return componentsschemas_messages_stream_events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_messages_stream_events_type_1 = (
                    MessagesDeltaEvent.from_dict(data)
                )

                return componentsschemas_messages_stream_events_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_messages_stream_events_type_2 = (
                    MessagesStopEvent.from_dict(data)
                )

                return componentsschemas_messages_stream_events_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_messages_stream_events_type_3 = (
                    MessagesContentBlockStartEvent.from_dict(data)
                )

                return componentsschemas_messages_stream_events_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_messages_stream_events_type_4 = (
                    MessagesContentBlockDeltaEvent.from_dict(data)
                )

                return componentsschemas_messages_stream_events_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_messages_stream_events_type_5 = (
                    MessagesContentBlockStopEvent.from_dict(data)
                )

                return componentsschemas_messages_stream_events_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_messages_stream_events_type_6 = (
                    MessagesPingEvent.from_dict(data)
                )

                return componentsschemas_messages_stream_events_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_messages_stream_events_type_7 = (
                MessagesErrorEvent.from_dict(data)
            )

            return componentsschemas_messages_stream_events_type_7

        data = _parse_data(d.pop("data"))

        event = d.pop("event")

        messages_streaming_response = cls(
            data=data,
            event=event,
        )

        messages_streaming_response.additional_properties = d
        return messages_streaming_response

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
