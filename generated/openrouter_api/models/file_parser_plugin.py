from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_parser_plugin_id import (
    FileParserPluginId,
    check_file_parser_plugin_id,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.pdf_parser_options import PDFParserOptions

_LAZY_IMPORTS = (("..models.pdf_parser_options", "PDFParserOptions"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="FileParserPlugin")


@_attrs_define
class FileParserPlugin(APIModel):
    """
    Attributes:
        id (FileParserPluginId):
        enabled (bool | Unset):
        pdf (PDFParserOptions | Unset):
    """

    id: FileParserPluginId
    enabled: bool | Unset = UNSET
    pdf: PDFParserOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id: str = self.id

        enabled = self.enabled

        pdf: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pdf, Unset):
            pdf = self.pdf.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if pdf is not UNSET:
            field_dict["pdf"] = pdf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        id = check_file_parser_plugin_id(d.pop("id"))

        enabled = d.pop("enabled", UNSET)

        _pdf = d.pop("pdf", UNSET)
        pdf: PDFParserOptions | Unset
        if isinstance(_pdf, Unset):
            pdf = UNSET
        else:
            pdf = PDFParserOptions.from_dict(_pdf)

        file_parser_plugin = cls(
            id=id,
            enabled=enabled,
            pdf=pdf,
        )

        file_parser_plugin.additional_properties = d
        return file_parser_plugin

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
