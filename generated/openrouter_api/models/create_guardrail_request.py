from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.content_filter_builtin_entry_input import (
        ContentFilterBuiltinEntryInput,
    )
    from ..models.content_filter_entry import ContentFilterEntry

_LAZY_IMPORTS = (
    ("..models.content_filter_builtin_entry_input", "ContentFilterBuiltinEntryInput"),
    ("..models.content_filter_entry", "ContentFilterEntry"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="CreateGuardrailRequest")


@_attrs_define
class CreateGuardrailRequest(APIModel):
    """
    Attributes:
        name (str):
        allowed_models (list[str] | None | Unset):
        allowed_providers (list[str] | None | Unset):
        content_filter_builtins (list[ContentFilterBuiltinEntryInput] | None | Unset):
        content_filters (list[ContentFilterEntry] | None | Unset):
        description (None | str | Unset):
        enable_free_model_publication (bool | None | Unset):
        enable_free_model_training (bool | None | Unset):
        enable_paid_model_training (bool | None | Unset):
        enforce_zdr (bool | None | Unset):
        enforce_zdr_anthropic (bool | None | Unset):
        enforce_zdr_google (bool | None | Unset):
        enforce_zdr_openai (bool | None | Unset):
        enforce_zdr_other (bool | None | Unset):
        enforce_zdr_xai (bool | None | Unset):
        ignored_models (list[str] | None | Unset):
        ignored_providers (list[str] | None | Unset):
        include_byok_in_budgets (bool | Unset):
        limit_usd (float | None | Unset):
        reset_interval (None | str | Unset):
        workspace_id (UUID | Unset):
    """

    name: str
    allowed_models: list[str] | None | Unset = UNSET
    allowed_providers: list[str] | None | Unset = UNSET
    content_filter_builtins: list[ContentFilterBuiltinEntryInput] | None | Unset = UNSET
    content_filters: list[ContentFilterEntry] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    enable_free_model_publication: bool | None | Unset = UNSET
    enable_free_model_training: bool | None | Unset = UNSET
    enable_paid_model_training: bool | None | Unset = UNSET
    enforce_zdr: bool | None | Unset = UNSET
    enforce_zdr_anthropic: bool | None | Unset = UNSET
    enforce_zdr_google: bool | None | Unset = UNSET
    enforce_zdr_openai: bool | None | Unset = UNSET
    enforce_zdr_other: bool | None | Unset = UNSET
    enforce_zdr_xai: bool | None | Unset = UNSET
    ignored_models: list[str] | None | Unset = UNSET
    ignored_providers: list[str] | None | Unset = UNSET
    include_byok_in_budgets: bool | Unset = UNSET
    limit_usd: float | None | Unset = UNSET
    reset_interval: None | str | Unset = UNSET
    workspace_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = self.name

        allowed_models: list[str] | None | Unset
        if isinstance(self.allowed_models, Unset):
            allowed_models = UNSET
        elif isinstance(self.allowed_models, list):
            allowed_models = self.allowed_models

        else:
            allowed_models = self.allowed_models

        allowed_providers: list[str] | None | Unset
        if isinstance(self.allowed_providers, Unset):
            allowed_providers = UNSET
        elif isinstance(self.allowed_providers, list):
            allowed_providers = self.allowed_providers

        else:
            allowed_providers = self.allowed_providers

        content_filter_builtins: list[dict[str, Any]] | None | Unset
        if isinstance(self.content_filter_builtins, Unset):
            content_filter_builtins = UNSET
        elif isinstance(self.content_filter_builtins, list):
            content_filter_builtins = []
            for (
                content_filter_builtins_type_0_item_data
            ) in self.content_filter_builtins:
                content_filter_builtins_type_0_item = (
                    content_filter_builtins_type_0_item_data.to_dict()
                )
                content_filter_builtins.append(content_filter_builtins_type_0_item)

        else:
            content_filter_builtins = self.content_filter_builtins

        content_filters: list[dict[str, Any]] | None | Unset
        if isinstance(self.content_filters, Unset):
            content_filters = UNSET
        elif isinstance(self.content_filters, list):
            content_filters = []
            for content_filters_type_0_item_data in self.content_filters:
                content_filters_type_0_item = content_filters_type_0_item_data.to_dict()
                content_filters.append(content_filters_type_0_item)

        else:
            content_filters = self.content_filters

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enable_free_model_publication: bool | None | Unset
        if isinstance(self.enable_free_model_publication, Unset):
            enable_free_model_publication = UNSET
        else:
            enable_free_model_publication = self.enable_free_model_publication

        enable_free_model_training: bool | None | Unset
        if isinstance(self.enable_free_model_training, Unset):
            enable_free_model_training = UNSET
        else:
            enable_free_model_training = self.enable_free_model_training

        enable_paid_model_training: bool | None | Unset
        if isinstance(self.enable_paid_model_training, Unset):
            enable_paid_model_training = UNSET
        else:
            enable_paid_model_training = self.enable_paid_model_training

        enforce_zdr: bool | None | Unset
        if isinstance(self.enforce_zdr, Unset):
            enforce_zdr = UNSET
        else:
            enforce_zdr = self.enforce_zdr

        enforce_zdr_anthropic: bool | None | Unset
        if isinstance(self.enforce_zdr_anthropic, Unset):
            enforce_zdr_anthropic = UNSET
        else:
            enforce_zdr_anthropic = self.enforce_zdr_anthropic

        enforce_zdr_google: bool | None | Unset
        if isinstance(self.enforce_zdr_google, Unset):
            enforce_zdr_google = UNSET
        else:
            enforce_zdr_google = self.enforce_zdr_google

        enforce_zdr_openai: bool | None | Unset
        if isinstance(self.enforce_zdr_openai, Unset):
            enforce_zdr_openai = UNSET
        else:
            enforce_zdr_openai = self.enforce_zdr_openai

        enforce_zdr_other: bool | None | Unset
        if isinstance(self.enforce_zdr_other, Unset):
            enforce_zdr_other = UNSET
        else:
            enforce_zdr_other = self.enforce_zdr_other

        enforce_zdr_xai: bool | None | Unset
        if isinstance(self.enforce_zdr_xai, Unset):
            enforce_zdr_xai = UNSET
        else:
            enforce_zdr_xai = self.enforce_zdr_xai

        ignored_models: list[str] | None | Unset
        if isinstance(self.ignored_models, Unset):
            ignored_models = UNSET
        elif isinstance(self.ignored_models, list):
            ignored_models = self.ignored_models

        else:
            ignored_models = self.ignored_models

        ignored_providers: list[str] | None | Unset
        if isinstance(self.ignored_providers, Unset):
            ignored_providers = UNSET
        elif isinstance(self.ignored_providers, list):
            ignored_providers = self.ignored_providers

        else:
            ignored_providers = self.ignored_providers

        include_byok_in_budgets = self.include_byok_in_budgets

        limit_usd: float | None | Unset
        if isinstance(self.limit_usd, Unset):
            limit_usd = UNSET
        else:
            limit_usd = self.limit_usd

        reset_interval: None | str | Unset
        if isinstance(self.reset_interval, Unset):
            reset_interval = UNSET
        else:
            reset_interval = self.reset_interval

        workspace_id: str | Unset = UNSET
        if not isinstance(self.workspace_id, Unset):
            workspace_id = str(self.workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if allowed_providers is not UNSET:
            field_dict["allowed_providers"] = allowed_providers
        if content_filter_builtins is not UNSET:
            field_dict["content_filter_builtins"] = content_filter_builtins
        if content_filters is not UNSET:
            field_dict["content_filters"] = content_filters
        if description is not UNSET:
            field_dict["description"] = description
        if enable_free_model_publication is not UNSET:
            field_dict["enable_free_model_publication"] = enable_free_model_publication
        if enable_free_model_training is not UNSET:
            field_dict["enable_free_model_training"] = enable_free_model_training
        if enable_paid_model_training is not UNSET:
            field_dict["enable_paid_model_training"] = enable_paid_model_training
        if enforce_zdr is not UNSET:
            field_dict["enforce_zdr"] = enforce_zdr
        if enforce_zdr_anthropic is not UNSET:
            field_dict["enforce_zdr_anthropic"] = enforce_zdr_anthropic
        if enforce_zdr_google is not UNSET:
            field_dict["enforce_zdr_google"] = enforce_zdr_google
        if enforce_zdr_openai is not UNSET:
            field_dict["enforce_zdr_openai"] = enforce_zdr_openai
        if enforce_zdr_other is not UNSET:
            field_dict["enforce_zdr_other"] = enforce_zdr_other
        if enforce_zdr_xai is not UNSET:
            field_dict["enforce_zdr_xai"] = enforce_zdr_xai
        if ignored_models is not UNSET:
            field_dict["ignored_models"] = ignored_models
        if ignored_providers is not UNSET:
            field_dict["ignored_providers"] = ignored_providers
        if include_byok_in_budgets is not UNSET:
            field_dict["include_byok_in_budgets"] = include_byok_in_budgets
        if limit_usd is not UNSET:
            field_dict["limit_usd"] = limit_usd
        if reset_interval is not UNSET:
            field_dict["reset_interval"] = reset_interval
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_allowed_models(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_models_type_0 = cast(list[str], data)

                return allowed_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_models = _parse_allowed_models(d.pop("allowed_models", UNSET))

        def _parse_allowed_providers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_providers_type_0 = cast(list[str], data)

                return allowed_providers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_providers = _parse_allowed_providers(d.pop("allowed_providers", UNSET))

        def _parse_content_filter_builtins(
            data: object,
        ) -> list[ContentFilterBuiltinEntryInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_filter_builtins_type_0 = []
                _content_filter_builtins_type_0 = data
                for (
                    content_filter_builtins_type_0_item_data
                ) in _content_filter_builtins_type_0:
                    content_filter_builtins_type_0_item = (
                        ContentFilterBuiltinEntryInput.from_dict(
                            content_filter_builtins_type_0_item_data
                        )
                    )

                    content_filter_builtins_type_0.append(
                        content_filter_builtins_type_0_item
                    )

                return content_filter_builtins_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContentFilterBuiltinEntryInput] | None | Unset, data)

        content_filter_builtins = _parse_content_filter_builtins(
            d.pop("content_filter_builtins", UNSET)
        )

        def _parse_content_filters(
            data: object,
        ) -> list[ContentFilterEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_filters_type_0 = []
                _content_filters_type_0 = data
                for content_filters_type_0_item_data in _content_filters_type_0:
                    content_filters_type_0_item = ContentFilterEntry.from_dict(
                        content_filters_type_0_item_data
                    )

                    content_filters_type_0.append(content_filters_type_0_item)

                return content_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContentFilterEntry] | None | Unset, data)

        content_filters = _parse_content_filters(d.pop("content_filters", UNSET))

        description: None | str | Unset = d.pop("description", UNSET)

        enable_free_model_publication: bool | None | Unset = d.pop(
            "enable_free_model_publication", UNSET
        )

        enable_free_model_training: bool | None | Unset = d.pop(
            "enable_free_model_training", UNSET
        )

        enable_paid_model_training: bool | None | Unset = d.pop(
            "enable_paid_model_training", UNSET
        )

        enforce_zdr: bool | None | Unset = d.pop("enforce_zdr", UNSET)

        enforce_zdr_anthropic: bool | None | Unset = d.pop(
            "enforce_zdr_anthropic", UNSET
        )

        enforce_zdr_google: bool | None | Unset = d.pop("enforce_zdr_google", UNSET)

        enforce_zdr_openai: bool | None | Unset = d.pop("enforce_zdr_openai", UNSET)

        enforce_zdr_other: bool | None | Unset = d.pop("enforce_zdr_other", UNSET)

        enforce_zdr_xai: bool | None | Unset = d.pop("enforce_zdr_xai", UNSET)

        def _parse_ignored_models(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ignored_models_type_0 = cast(list[str], data)

                return ignored_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        ignored_models = _parse_ignored_models(d.pop("ignored_models", UNSET))

        def _parse_ignored_providers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ignored_providers_type_0 = cast(list[str], data)

                return ignored_providers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        ignored_providers = _parse_ignored_providers(d.pop("ignored_providers", UNSET))

        include_byok_in_budgets = d.pop("include_byok_in_budgets", UNSET)

        limit_usd: float | None | Unset = d.pop("limit_usd", UNSET)

        reset_interval: None | str | Unset = d.pop("reset_interval", UNSET)

        _workspace_id = d.pop("workspace_id", UNSET)
        workspace_id: UUID | Unset
        if isinstance(_workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = UUID(_workspace_id)

        create_guardrail_request = cls(
            name=name,
            allowed_models=allowed_models,
            allowed_providers=allowed_providers,
            content_filter_builtins=content_filter_builtins,
            content_filters=content_filters,
            description=description,
            enable_free_model_publication=enable_free_model_publication,
            enable_free_model_training=enable_free_model_training,
            enable_paid_model_training=enable_paid_model_training,
            enforce_zdr=enforce_zdr,
            enforce_zdr_anthropic=enforce_zdr_anthropic,
            enforce_zdr_google=enforce_zdr_google,
            enforce_zdr_openai=enforce_zdr_openai,
            enforce_zdr_other=enforce_zdr_other,
            enforce_zdr_xai=enforce_zdr_xai,
            ignored_models=ignored_models,
            ignored_providers=ignored_providers,
            include_byok_in_budgets=include_byok_in_budgets,
            limit_usd=limit_usd,
            reset_interval=reset_interval,
            workspace_id=workspace_id,
        )

        create_guardrail_request.additional_properties = d
        return create_guardrail_request

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
