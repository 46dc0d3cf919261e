from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="BYOKKey")


@_attrs_define
class BYOKKey(APIModel):
    """
    Attributes:
        allowed_api_key_hashes (list[str] | None):
        allowed_models (list[str] | None):
        allowed_user_ids (list[str] | None):
        created_at (str):
        disabled (bool):
        id (UUID):
        is_fallback (bool):
        label (str):
        provider (str): Open enum (the API adds values): known values `ai21`, `aion-labs`, `akashml`, `alibaba`,
            `amazon-bedrock`, `amazon-nova`, `ambient`, `anthropic`, `arcee-ai`, `atlas-cloud`, `avian`, `azure`, `baidu`,
            `baseten`, `black-forest-labs`, `byteplus`, `cerebras`, `chutes`, `cirrascale`, `clarifai`, `cloudflare`,
            `cohere`, `coreweave`, `crusoe`, `darkbloom`, `databricks`, `decart`, `deepgram`, `deepinfra`, `deepseek`,
            `dekallm`, `digitalocean`, `featherless`, `fireworks`, `fish-audio`, `friendli`, `gmicloud`, `google-ai-studio`,
            `google-vertex`, `groq`, `heygen`, `inception`, `inceptron`, `inferact-vllm`, `inference-net`, `infermatic`,
            `inflection`, `io-net`, `ionstream`, `krea`, `liquid`, `makora`, `mancer`, `mara`, `meta`, `minimax`, `mistral`,
            `modal`, `modelrun`, `modular`, `moonshotai`, `morph`, `ncompass`, `nebius`, `nex-agi`, `nextbit`, `novita`,
            `nvidia`, `open-inference`, `openai`, `parasail`, `perceptron`, `perplexity`, `phala`, `poolside`, `quiver`,
            `recraft`, `reka`, `relace`, `runway`, `sail-research`, `sakana`, `sakana-ai`, `sambanova`, `seed`,
            `siliconflow`, `sourceful`, `stepfun`, `streamlake`, `switchpoint`, `tencent`, `tenstorrent`,
            `thinkingmachines`, `together`, `upstage`, `venice`, `wafer`, `wandb`, `wandb-legacy`, `xai`, `xiaomi`, `z-ai`.
        sort_order (int):
        workspace_id (None | UUID):
        name (None | str | Unset):
    """

    allowed_api_key_hashes: list[str] | None
    allowed_models: list[str] | None
    allowed_user_ids: list[str] | None
    created_at: str
    disabled: bool
    id: UUID
    is_fallback: bool
    label: str
    provider: str
    sort_order: int
    workspace_id: None | UUID
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_api_key_hashes: list[str] | None
        if isinstance(self.allowed_api_key_hashes, list):
            allowed_api_key_hashes = self.allowed_api_key_hashes

        else:
            allowed_api_key_hashes = self.allowed_api_key_hashes

        allowed_models: list[str] | None
        if isinstance(self.allowed_models, list):
            allowed_models = self.allowed_models

        else:
            allowed_models = self.allowed_models

        allowed_user_ids: list[str] | None
        if isinstance(self.allowed_user_ids, list):
            allowed_user_ids = self.allowed_user_ids

        else:
            allowed_user_ids = self.allowed_user_ids

        created_at = self.created_at

        disabled = self.disabled

        id = str(self.id)

        is_fallback = self.is_fallback

        label = self.label

        provider = self.provider

        sort_order = self.sort_order

        workspace_id: None | str
        if isinstance(self.workspace_id, UUID):
            workspace_id = str(self.workspace_id)
        else:
            workspace_id = self.workspace_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_api_key_hashes": allowed_api_key_hashes,
                "allowed_models": allowed_models,
                "allowed_user_ids": allowed_user_ids,
                "created_at": created_at,
                "disabled": disabled,
                "id": id,
                "is_fallback": is_fallback,
                "label": label,
                "provider": provider,
                "sort_order": sort_order,
                "workspace_id": workspace_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_allowed_api_key_hashes(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_api_key_hashes_type_0 = cast(list[str], data)

                return allowed_api_key_hashes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        allowed_api_key_hashes = _parse_allowed_api_key_hashes(
            d.pop("allowed_api_key_hashes")
        )

        def _parse_allowed_models(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_models_type_0 = cast(list[str], data)

                return allowed_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        allowed_models = _parse_allowed_models(d.pop("allowed_models"))

        def _parse_allowed_user_ids(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_user_ids_type_0 = cast(list[str], data)

                return allowed_user_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        allowed_user_ids = _parse_allowed_user_ids(d.pop("allowed_user_ids"))

        created_at = d.pop("created_at")

        disabled = d.pop("disabled")

        id = UUID(d.pop("id"))

        is_fallback = d.pop("is_fallback")

        label = d.pop("label")

        provider = d.pop("provider")

        sort_order = d.pop("sort_order")

        def _parse_workspace_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                workspace_id_type_0 = UUID(data)

                return workspace_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        workspace_id = _parse_workspace_id(d.pop("workspace_id"))

        name: None | str | Unset = d.pop("name", UNSET)

        byok_key = cls(
            allowed_api_key_hashes=allowed_api_key_hashes,
            allowed_models=allowed_models,
            allowed_user_ids=allowed_user_ids,
            created_at=created_at,
            disabled=disabled,
            id=id,
            is_fallback=is_fallback,
            label=label,
            provider=provider,
            sort_order=sort_order,
            workspace_id=workspace_id,
            name=name,
        )

        byok_key.additional_properties = d
        return byok_key

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
