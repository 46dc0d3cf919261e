from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.chat_choice import ChatChoice
    from ..models.chat_result_openrouter_metadata import ChatResultOpenrouterMetadata
    from ..models.chat_usage import ChatUsage

_LAZY_IMPORTS = (
    ("..models.chat_choice", "ChatChoice"),
    ("..models.chat_result_openrouter_metadata", "ChatResultOpenrouterMetadata"),
    ("..models.chat_usage", "ChatUsage"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ChatResult")


@_attrs_define
class ChatResult(APIModel):
    """Non-streaming chat completion.

    Attributes:
        id (str): Generation id (gen-...).
        object (str): "chat.completion".
        created (int):
        model (str): Model that served the request (after fallbacks).
        choices (list[ChatChoice]):
        provider (str | Unset): Provider that served the request.
        system_fingerprint (None | str | Unset):
        service_tier (None | str | Unset):
        usage (ChatUsage | Unset):
        openrouter_metadata (ChatResultOpenrouterMetadata | Unset):
    """

    id: str
    object: str
    created: int
    model: str
    choices: list[ChatChoice]
    provider: str | Unset = UNSET
    system_fingerprint: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    usage: ChatUsage | Unset = UNSET
    openrouter_metadata: ChatResultOpenrouterMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = self.id

        object = self.object

        created = self.created

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        provider = self.provider

        system_fingerprint: None | str | Unset
        if isinstance(self.system_fingerprint, Unset):
            system_fingerprint = UNSET
        else:
            system_fingerprint = self.system_fingerprint

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        openrouter_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.openrouter_metadata, Unset):
            openrouter_metadata = self.openrouter_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object,
                "created": created,
                "model": model,
                "choices": choices,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if usage is not UNSET:
            field_dict["usage"] = usage
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id")

        object = d.pop("object")

        created = d.pop("created")

        model = d.pop("model")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        provider = d.pop("provider", UNSET)

        system_fingerprint: None | str | Unset = d.pop("system_fingerprint", UNSET)

        service_tier: None | str | Unset = d.pop("service_tier", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: ChatUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = ChatUsage.from_dict(_usage)

        _openrouter_metadata = d.pop("openrouter_metadata", UNSET)
        openrouter_metadata: ChatResultOpenrouterMetadata | Unset
        if isinstance(_openrouter_metadata, Unset):
            openrouter_metadata = UNSET
        else:
            openrouter_metadata = ChatResultOpenrouterMetadata.from_dict(
                _openrouter_metadata
            )

        chat_result = cls(
            id=id,
            object=object,
            created=created,
            model=model,
            choices=choices,
            provider=provider,
            system_fingerprint=system_fingerprint,
            service_tier=service_tier,
            usage=usage,
            openrouter_metadata=openrouter_metadata,
        )

        chat_result.additional_properties = d
        return chat_result

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
