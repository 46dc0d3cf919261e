from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pdf_parser_engine_type_0 import (
    PDFParserEngineType0,
    check_pdf_parser_engine_type_0,
)
from ..models.pdf_parser_engine_type_1 import (
    PDFParserEngineType1,
    check_pdf_parser_engine_type_1,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="PDFParserOptions")


@_attrs_define
class PDFParserOptions(APIModel):
    """
    Attributes:
        engine (PDFParserEngineType0 | PDFParserEngineType1 | Unset):
    """

    engine: PDFParserEngineType0 | PDFParserEngineType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine: str | Unset
        if isinstance(self.engine, Unset):
            engine = UNSET
        elif isinstance(self.engine, str):
            engine = self.engine
        else:
            engine = self.engine

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_engine(
            data: object,
        ) -> PDFParserEngineType0 | PDFParserEngineType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_pdf_parser_engine_type_0 = (
                    check_pdf_parser_engine_type_0(data)
                )

                return componentsschemas_pdf_parser_engine_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_pdf_parser_engine_type_1 = check_pdf_parser_engine_type_1(
                data
            )

            return componentsschemas_pdf_parser_engine_type_1

        engine = _parse_engine(d.pop("engine", UNSET))

        pdf_parser_options = cls(
            engine=engine,
        )

        pdf_parser_options.additional_properties = d
        return pdf_parser_options

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
