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
    from ..models.chat_url_citation import ChatUrlCitation

_LAZY_IMPORTS = (("..models.chat_url_citation", "ChatUrlCitation"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ChatAnnotation")


@_attrs_define
class ChatAnnotation(APIModel):
    """A message annotation; "url_citation" from the web plugin.

    Attributes:
        type (str):
        url_citation (ChatUrlCitation | Unset):
    """

    type: str
    url_citation: ChatUrlCitation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type = self.type

        url_citation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.url_citation, Unset):
            url_citation = self.url_citation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if url_citation is not UNSET:
            field_dict["url_citation"] = url_citation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type = d.pop("type")

        _url_citation = d.pop("url_citation", UNSET)
        url_citation: ChatUrlCitation | Unset
        if isinstance(_url_citation, Unset):
            url_citation = UNSET
        else:
            url_citation = ChatUrlCitation.from_dict(_url_citation)

        chat_annotation = cls(
            type=type,
            url_citation=url_citation,
        )

        chat_annotation.additional_properties = d
        return chat_annotation

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
