from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_content_block_delta_event_type import (
    MessagesContentBlockDeltaEventType,
    check_messages_content_block_delta_event_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.messages_content_block_delta_event_delta_citations_delta import (
        MessagesContentBlockDeltaEventDeltaCitationsDelta,
    )
    from ..models.messages_content_block_delta_event_delta_compaction_delta import (
        MessagesContentBlockDeltaEventDeltaCompactionDelta,
    )
    from ..models.messages_content_block_delta_event_delta_input_json_delta import (
        MessagesContentBlockDeltaEventDeltaInputJsonDelta,
    )
    from ..models.messages_content_block_delta_event_delta_signature_delta import (
        MessagesContentBlockDeltaEventDeltaSignatureDelta,
    )
    from ..models.messages_content_block_delta_event_delta_text_delta import (
        MessagesContentBlockDeltaEventDeltaTextDelta,
    )
    from ..models.messages_content_block_delta_event_delta_thinking_delta import (
        MessagesContentBlockDeltaEventDeltaThinkingDelta,
    )

_LAZY_IMPORTS = (
    (
        "..models.messages_content_block_delta_event_delta_citations_delta",
        "MessagesContentBlockDeltaEventDeltaCitationsDelta",
    ),
    (
        "..models.messages_content_block_delta_event_delta_compaction_delta",
        "MessagesContentBlockDeltaEventDeltaCompactionDelta",
    ),
    (
        "..models.messages_content_block_delta_event_delta_input_json_delta",
        "MessagesContentBlockDeltaEventDeltaInputJsonDelta",
    ),
    (
        "..models.messages_content_block_delta_event_delta_signature_delta",
        "MessagesContentBlockDeltaEventDeltaSignatureDelta",
    ),
    (
        "..models.messages_content_block_delta_event_delta_text_delta",
        "MessagesContentBlockDeltaEventDeltaTextDelta",
    ),
    (
        "..models.messages_content_block_delta_event_delta_thinking_delta",
        "MessagesContentBlockDeltaEventDeltaThinkingDelta",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesContentBlockDeltaEvent")


@_attrs_define
class MessagesContentBlockDeltaEvent(APIModel):
    """
    Attributes:
        delta (MessagesContentBlockDeltaEventDeltaCitationsDelta | MessagesContentBlockDeltaEventDeltaCompactionDelta |
            MessagesContentBlockDeltaEventDeltaInputJsonDelta | MessagesContentBlockDeltaEventDeltaSignatureDelta |
            MessagesContentBlockDeltaEventDeltaTextDelta | MessagesContentBlockDeltaEventDeltaThinkingDelta):
        index (int):
        type (MessagesContentBlockDeltaEventType):
    """

    delta: (
        MessagesContentBlockDeltaEventDeltaCitationsDelta
        | MessagesContentBlockDeltaEventDeltaCompactionDelta
        | MessagesContentBlockDeltaEventDeltaInputJsonDelta
        | MessagesContentBlockDeltaEventDeltaSignatureDelta
        | MessagesContentBlockDeltaEventDeltaTextDelta
        | MessagesContentBlockDeltaEventDeltaThinkingDelta
    )
    index: int
    type: MessagesContentBlockDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        delta: dict[str, Any]
        if isinstance(self.delta, MessagesContentBlockDeltaEventDeltaTextDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, MessagesContentBlockDeltaEventDeltaInputJsonDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, MessagesContentBlockDeltaEventDeltaThinkingDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, MessagesContentBlockDeltaEventDeltaSignatureDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, MessagesContentBlockDeltaEventDeltaCitationsDelta):
            delta = self.delta.to_dict()
        else:
            delta = self.delta.to_dict()

        index = self.index

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delta": delta,
                "index": index,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_delta(
            data: object,
        ) -> (
            MessagesContentBlockDeltaEventDeltaCitationsDelta
            | MessagesContentBlockDeltaEventDeltaCompactionDelta
            | MessagesContentBlockDeltaEventDeltaInputJsonDelta
            | MessagesContentBlockDeltaEventDeltaSignatureDelta
            | MessagesContentBlockDeltaEventDeltaTextDelta
            | MessagesContentBlockDeltaEventDeltaThinkingDelta
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delta_type_0 = MessagesContentBlockDeltaEventDeltaTextDelta.from_dict(
                    data
                )

                return delta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delta_type_1 = (
                    MessagesContentBlockDeltaEventDeltaInputJsonDelta.from_dict(data)
                )

                return delta_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delta_type_2 = (
                    MessagesContentBlockDeltaEventDeltaThinkingDelta.from_dict(data)
                )

                return delta_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delta_type_3 = (
                    MessagesContentBlockDeltaEventDeltaSignatureDelta.from_dict(data)
                )

                return delta_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delta_type_4 = (
                    MessagesContentBlockDeltaEventDeltaCitationsDelta.from_dict(data)
                )

                return delta_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            delta_type_5 = MessagesContentBlockDeltaEventDeltaCompactionDelta.from_dict(
                data
            )

            return delta_type_5

        delta = _parse_delta(d.pop("delta"))

        index = d.pop("index")

        type = check_messages_content_block_delta_event_type(d.pop("type"))

        messages_content_block_delta_event = cls(
            delta=delta,
            index=index,
            type=type,
        )

        messages_content_block_delta_event.additional_properties = d
        return messages_content_block_delta_event

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
