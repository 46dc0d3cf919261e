from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_encrypted_code_execution_result_type import (
    AnthropicEncryptedCodeExecutionResultType,
    check_anthropic_encrypted_code_execution_result_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_output import AnthropicCodeExecutionOutput

_LAZY_IMPORTS = (
    ("..models.anthropic_code_execution_output", "AnthropicCodeExecutionOutput"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="AnthropicEncryptedCodeExecutionResult")


@_attrs_define
class AnthropicEncryptedCodeExecutionResult(APIModel):
    """
    Attributes:
        content (list[AnthropicCodeExecutionOutput]):
        encrypted_stdout (str):
        return_code (int):
        stderr (str):
        type (AnthropicEncryptedCodeExecutionResultType):
    """

    content: list[AnthropicCodeExecutionOutput]
    encrypted_stdout: str
    return_code: int
    stderr: str
    type: AnthropicEncryptedCodeExecutionResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        encrypted_stdout = self.encrypted_stdout

        return_code = self.return_code

        stderr = self.stderr

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "encrypted_stdout": encrypted_stdout,
                "return_code": return_code,
                "stderr": stderr,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = AnthropicCodeExecutionOutput.from_dict(content_item_data)

            content.append(content_item)

        encrypted_stdout = d.pop("encrypted_stdout")

        return_code = d.pop("return_code")

        stderr = d.pop("stderr")

        type = check_anthropic_encrypted_code_execution_result_type(d.pop("type"))

        anthropic_encrypted_code_execution_result = cls(
            content=content,
            encrypted_stdout=encrypted_stdout,
            return_code=return_code,
            stderr=stderr,
            type=type,
        )

        anthropic_encrypted_code_execution_result.additional_properties = d
        return anthropic_encrypted_code_execution_result

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
