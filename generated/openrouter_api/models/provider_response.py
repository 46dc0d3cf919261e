from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ProviderResponse")


@_attrs_define
class ProviderResponse(APIModel):
    """
    Attributes:
        endpoint_id (str | Unset):
        id (str | Unset):
        is_byok (bool | Unset):
        latency (float | Unset):
        model_permaslug (str | Unset):
        provider_name (str | Unset): Open enum (the API adds values): known values `AnyScale`, `Atoma`, `Cent-ML`,
            `CrofAI`, `Enfer`, `GoPomelo`, `HuggingFace`, `Hyperbolic`, `Hyperbolic 2`, `InoCloud`, `Kluster`, `Lambda`,
            `Lepton`, `Lynn 2`, `Lynn`, `Mancer`, `Modal`, `Nineteen`, `OctoAI`, `Recursal`, `Reflection`, `Replicate`,
            `SambaNova 2`, `SF Compute`, `Targon`, `Together 2`, `Ubicloud`, `01.AI`, `AkashML`, `AI21`, `AionLabs`,
            `Alibaba`, `Ambient`, `Baidu`, `Amazon Bedrock`, `Amazon Nova`, `Anthropic`, `Arcee AI`, `AtlasCloud`, `Avian`,
            `Azure`, `BaseTen`, `BytePlus`, `Black Forest Labs`, `Cerebras`, `Chutes`, `Cirrascale`, `Claude Platform on
            AWS`, `Clarifai`, `Cloudflare`, `Cohere`, `CoreWeave`, `Crucible`, `Crusoe`, `Darkbloom`, `Databricks`,
            `Decart`, `Deepgram`, `DeepInfra`, `DeepSeek`, `DekaLLM`, `DigitalOcean`, `Featherless`, `Fireworks`, `Fish
            Audio`, `Friendli`, `GMICloud`, `Google`, `Google AI Studio`, `Groq`, `HeyGen`, `Inception`, `Inceptron`,
            `InferenceNet`, `Ionstream`, `Infermatic`, `Io Net`, `Inferact vLLM`, `Inflection`, `Liquid`, `Makora`, `Mara`,
            `Mancer 2`, `Meta`, `Minimax`, `ModelRun`, `Mistral`, `Modular`, `Moonshot AI`, `Morph`, `VoyageAI by MongoDB`,
            `NCompass`, `Nebius`, `Nex AGI`, `NextBit`, `Novita`, `Nvidia`, `OpenAI`, `OpenInference`, `Parasail`,
            `Poolside`, `Perceptron`, `Perplexity`, `Phala`, `Recraft`, `Reka`, `Relace`, `Sail Research`, `Sakana AI`,
            `SambaNova`, `Seed`, `SiliconFlow`, `Sourceful`, `StepFun`, `Stealth`, `StreamLake`, `Switchpoint`, `Tencent`,
            `Tenstorrent`, `Thinking Machines`, `Together`, `Upstage`, `Venice`, `Wafer`, `WandB`, `Quiver`, `Krea`,
            `Runway`, `Xiaomi`, `xAI`, `Z.AI`, `FakeProvider`.
        routed_service_tier (None | str | Unset): Open enum (the API adds values): known values `flex`, `priority`.
        status (int | None | Unset):
    """

    endpoint_id: str | Unset = UNSET
    id: str | Unset = UNSET
    is_byok: bool | Unset = UNSET
    latency: float | Unset = UNSET
    model_permaslug: str | Unset = UNSET
    provider_name: str | Unset = UNSET
    routed_service_tier: None | str | Unset = UNSET
    status: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_id = self.endpoint_id

        id = self.id

        is_byok = self.is_byok

        latency = self.latency

        model_permaslug = self.model_permaslug

        provider_name = self.provider_name

        routed_service_tier: None | str | Unset
        if isinstance(self.routed_service_tier, Unset):
            routed_service_tier = UNSET
        else:
            routed_service_tier = self.routed_service_tier

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if id is not UNSET:
            field_dict["id"] = id
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if latency is not UNSET:
            field_dict["latency"] = latency
        if model_permaslug is not UNSET:
            field_dict["model_permaslug"] = model_permaslug
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if routed_service_tier is not UNSET:
            field_dict["routed_service_tier"] = routed_service_tier
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint_id = d.pop("endpoint_id", UNSET)

        id = d.pop("id", UNSET)

        is_byok = d.pop("is_byok", UNSET)

        latency = d.pop("latency", UNSET)

        model_permaslug = d.pop("model_permaslug", UNSET)

        provider_name = d.pop("provider_name", UNSET)

        routed_service_tier: None | str | Unset = d.pop("routed_service_tier", UNSET)

        status: int | None | Unset = d.pop("status", UNSET)

        provider_response = cls(
            endpoint_id=endpoint_id,
            id=id,
            is_byok=is_byok,
            latency=latency,
            model_permaslug=model_permaslug,
            provider_name=provider_name,
            routed_service_tier=routed_service_tier,
            status=status,
        )

        provider_response.additional_properties = d
        return provider_response

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
