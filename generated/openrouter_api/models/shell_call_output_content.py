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
    from ..models.shell_call_output_content_outcome_exit import (
        ShellCallOutputContentOutcomeExit,
    )
    from ..models.shell_call_output_content_outcome_timeout import (
        ShellCallOutputContentOutcomeTimeout,
    )

_LAZY_IMPORTS = (
    (
        "..models.shell_call_output_content_outcome_exit",
        "ShellCallOutputContentOutcomeExit",
    ),
    (
        "..models.shell_call_output_content_outcome_timeout",
        "ShellCallOutputContentOutcomeTimeout",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ShellCallOutputContent")


@_attrs_define
class ShellCallOutputContent(APIModel):
    """
    Attributes:
        outcome (ShellCallOutputContentOutcomeExit | ShellCallOutputContentOutcomeTimeout):
        stderr (str):
        stdout (str):
    """

    outcome: ShellCallOutputContentOutcomeExit | ShellCallOutputContentOutcomeTimeout
    stderr: str
    stdout: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        outcome: dict[str, Any]
        if isinstance(self.outcome, ShellCallOutputContentOutcomeExit):
            outcome = self.outcome.to_dict()
        else:
            outcome = self.outcome.to_dict()

        stderr = self.stderr

        stdout = self.stdout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outcome": outcome,
                "stderr": stderr,
                "stdout": stdout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_outcome(
            data: object,
        ) -> ShellCallOutputContentOutcomeExit | ShellCallOutputContentOutcomeTimeout:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outcome_type_0 = ShellCallOutputContentOutcomeExit.from_dict(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            outcome_type_1 = ShellCallOutputContentOutcomeTimeout.from_dict(data)

            return outcome_type_1

        outcome = _parse_outcome(d.pop("outcome"))

        stderr = d.pop("stderr")

        stdout = d.pop("stdout")

        shell_call_output_content = cls(
            outcome=outcome,
            stderr=stderr,
            stdout=stdout,
        )

        shell_call_output_content.additional_properties = d
        return shell_call_output_content

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
