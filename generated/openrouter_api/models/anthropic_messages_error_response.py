from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_messages_error_response_type import (
    AnthropicMessagesErrorResponseType,
    check_anthropic_messages_error_response_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_messages_error_response_error import (
        AnthropicMessagesErrorResponseError,
    )
    from ..models.anthropic_messages_error_response_metadata import (
        AnthropicMessagesErrorResponseMetadata,
    )
    from ..models.open_router_metadata import OpenRouterMetadata

_LAZY_IMPORTS = (
    (
        "..models.anthropic_messages_error_response_error",
        "AnthropicMessagesErrorResponseError",
    ),
    (
        "..models.anthropic_messages_error_response_metadata",
        "AnthropicMessagesErrorResponseMetadata",
    ),
    ("..models.open_router_metadata", "OpenRouterMetadata"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="AnthropicMessagesErrorResponse")


@_attrs_define
class AnthropicMessagesErrorResponse(APIModel):
    """
    Attributes:
        error (AnthropicMessagesErrorResponseError):
        request_id (None | str):
        type (AnthropicMessagesErrorResponseType):
        metadata (AnthropicMessagesErrorResponseMetadata | Unset):
        openrouter_metadata (None | OpenRouterMetadata | Unset):
    """

    error: AnthropicMessagesErrorResponseError
    request_id: None | str
    type: AnthropicMessagesErrorResponseType
    metadata: AnthropicMessagesErrorResponseMetadata | Unset = UNSET
    openrouter_metadata: None | OpenRouterMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        error = self.error.to_dict()

        request_id: None | str
        request_id = self.request_id

        type: str = self.type

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        openrouter_metadata: dict[str, Any] | None | Unset
        if isinstance(self.openrouter_metadata, Unset):
            openrouter_metadata = UNSET
        elif isinstance(self.openrouter_metadata, OpenRouterMetadata):
            openrouter_metadata = self.openrouter_metadata.to_dict()
        else:
            openrouter_metadata = self.openrouter_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "request_id": request_id,
                "type": type,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        error = AnthropicMessagesErrorResponseError.from_dict(d.pop("error"))

        request_id: None | str = d.pop("request_id")

        type = check_anthropic_messages_error_response_type(d.pop("type"))

        _metadata = d.pop("metadata", UNSET)
        metadata: AnthropicMessagesErrorResponseMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AnthropicMessagesErrorResponseMetadata.from_dict(_metadata)

        def _parse_openrouter_metadata(
            data: object,
        ) -> None | OpenRouterMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                openrouter_metadata_type_0 = OpenRouterMetadata.from_dict(data)

                return openrouter_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenRouterMetadata | Unset, data)

        openrouter_metadata = _parse_openrouter_metadata(
            d.pop("openrouter_metadata", UNSET)
        )

        anthropic_messages_error_response = cls(
            error=error,
            request_id=request_id,
            type=type,
            metadata=metadata,
            openrouter_metadata=openrouter_metadata,
        )

        anthropic_messages_error_response.additional_properties = d
        return anthropic_messages_error_response

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
