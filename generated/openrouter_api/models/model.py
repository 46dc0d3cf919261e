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

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.default_parameters import DefaultParameters
    from ..models.model_alias_target import ModelAliasTarget
    from ..models.model_architecture import ModelArchitecture
    from ..models.model_benchmarks import ModelBenchmarks
    from ..models.model_links import ModelLinks
    from ..models.model_reasoning import ModelReasoning
    from ..models.per_request_limits import PerRequestLimits
    from ..models.public_pricing import PublicPricing
    from ..models.top_provider_info import TopProviderInfo

_LAZY_IMPORTS = (
    ("..models.default_parameters", "DefaultParameters"),
    ("..models.model_alias_target", "ModelAliasTarget"),
    ("..models.model_architecture", "ModelArchitecture"),
    ("..models.model_benchmarks", "ModelBenchmarks"),
    ("..models.model_links", "ModelLinks"),
    ("..models.model_reasoning", "ModelReasoning"),
    ("..models.per_request_limits", "PerRequestLimits"),
    ("..models.public_pricing", "PublicPricing"),
    ("..models.top_provider_info", "TopProviderInfo"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="Model")


@_attrs_define
class Model(APIModel):
    """
    Attributes:
        architecture (ModelArchitecture):
        canonical_slug (str):
        context_length (int | None):
        created (int):
        default_parameters (DefaultParameters | None):
        id (str):
        links (ModelLinks):
        name (str):
        per_request_limits (None | PerRequestLimits):
        pricing (PublicPricing):
        supported_parameters (list[str]):
        supported_voices (list[str] | None):
        top_provider (TopProviderInfo):
        alias_target (ModelAliasTarget | Unset):
        benchmarks (ModelBenchmarks | Unset):
        description (str | Unset):
        expiration_date (None | str | Unset):
        hugging_face_id (None | str | Unset):
        knowledge_cutoff (None | str | Unset):
        reasoning (ModelReasoning | Unset):
    """

    architecture: ModelArchitecture
    canonical_slug: str
    context_length: int | None
    created: int
    default_parameters: DefaultParameters | None
    id: str
    links: ModelLinks
    name: str
    per_request_limits: None | PerRequestLimits
    pricing: PublicPricing
    supported_parameters: list[str]
    supported_voices: list[str] | None
    top_provider: TopProviderInfo
    alias_target: ModelAliasTarget | Unset = UNSET
    benchmarks: ModelBenchmarks | Unset = UNSET
    description: str | Unset = UNSET
    expiration_date: None | str | Unset = UNSET
    hugging_face_id: None | str | Unset = UNSET
    knowledge_cutoff: None | str | Unset = UNSET
    reasoning: ModelReasoning | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        architecture = self.architecture.to_dict()

        canonical_slug = self.canonical_slug

        context_length: int | None
        context_length = self.context_length

        created = self.created

        default_parameters: dict[str, Any] | None
        if isinstance(self.default_parameters, DefaultParameters):
            default_parameters = self.default_parameters.to_dict()
        else:
            default_parameters = self.default_parameters

        id = self.id

        links = self.links.to_dict()

        name = self.name

        per_request_limits: dict[str, Any] | None
        if isinstance(self.per_request_limits, PerRequestLimits):
            per_request_limits = self.per_request_limits.to_dict()
        else:
            per_request_limits = self.per_request_limits

        pricing = self.pricing.to_dict()

        supported_parameters = self.supported_parameters

        supported_voices: list[str] | None
        if isinstance(self.supported_voices, list):
            supported_voices = self.supported_voices

        else:
            supported_voices = self.supported_voices

        top_provider = self.top_provider.to_dict()

        alias_target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alias_target, Unset):
            alias_target = self.alias_target.to_dict()

        benchmarks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.benchmarks, Unset):
            benchmarks = self.benchmarks.to_dict()

        description = self.description

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = self.expiration_date

        hugging_face_id: None | str | Unset
        if isinstance(self.hugging_face_id, Unset):
            hugging_face_id = UNSET
        else:
            hugging_face_id = self.hugging_face_id

        knowledge_cutoff: None | str | Unset
        if isinstance(self.knowledge_cutoff, Unset):
            knowledge_cutoff = UNSET
        else:
            knowledge_cutoff = self.knowledge_cutoff

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "architecture": architecture,
                "canonical_slug": canonical_slug,
                "context_length": context_length,
                "created": created,
                "default_parameters": default_parameters,
                "id": id,
                "links": links,
                "name": name,
                "per_request_limits": per_request_limits,
                "pricing": pricing,
                "supported_parameters": supported_parameters,
                "supported_voices": supported_voices,
                "top_provider": top_provider,
            }
        )
        if alias_target is not UNSET:
            field_dict["alias_target"] = alias_target
        if benchmarks is not UNSET:
            field_dict["benchmarks"] = benchmarks
        if description is not UNSET:
            field_dict["description"] = description
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if hugging_face_id is not UNSET:
            field_dict["hugging_face_id"] = hugging_face_id
        if knowledge_cutoff is not UNSET:
            field_dict["knowledge_cutoff"] = knowledge_cutoff
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        architecture = ModelArchitecture.from_dict(d.pop("architecture"))

        canonical_slug = d.pop("canonical_slug")

        context_length: int | None = d.pop("context_length")

        created = d.pop("created")

        def _parse_default_parameters(data: object) -> DefaultParameters | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_parameters_type_0 = DefaultParameters.from_dict(data)

                return default_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DefaultParameters | None, data)

        default_parameters = _parse_default_parameters(d.pop("default_parameters"))

        id = d.pop("id")

        links = ModelLinks.from_dict(d.pop("links"))

        name = d.pop("name")

        def _parse_per_request_limits(data: object) -> None | PerRequestLimits:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                per_request_limits_type_0 = PerRequestLimits.from_dict(data)

                return per_request_limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PerRequestLimits, data)

        per_request_limits = _parse_per_request_limits(d.pop("per_request_limits"))

        pricing = PublicPricing.from_dict(d.pop("pricing"))

        supported_parameters = cast(list[str], d.pop("supported_parameters"))

        def _parse_supported_voices(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_voices_type_0 = cast(list[str], data)

                return supported_voices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        supported_voices = _parse_supported_voices(d.pop("supported_voices"))

        top_provider = TopProviderInfo.from_dict(d.pop("top_provider"))

        _alias_target = d.pop("alias_target", UNSET)
        alias_target: ModelAliasTarget | Unset
        if isinstance(_alias_target, Unset):
            alias_target = UNSET
        else:
            alias_target = ModelAliasTarget.from_dict(_alias_target)

        _benchmarks = d.pop("benchmarks", UNSET)
        benchmarks: ModelBenchmarks | Unset
        if isinstance(_benchmarks, Unset):
            benchmarks = UNSET
        else:
            benchmarks = ModelBenchmarks.from_dict(_benchmarks)

        description = d.pop("description", UNSET)

        expiration_date: None | str | Unset = d.pop("expiration_date", UNSET)

        hugging_face_id: None | str | Unset = d.pop("hugging_face_id", UNSET)

        knowledge_cutoff: None | str | Unset = d.pop("knowledge_cutoff", UNSET)

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: ModelReasoning | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = ModelReasoning.from_dict(_reasoning)

        model = cls(
            architecture=architecture,
            canonical_slug=canonical_slug,
            context_length=context_length,
            created=created,
            default_parameters=default_parameters,
            id=id,
            links=links,
            name=name,
            per_request_limits=per_request_limits,
            pricing=pricing,
            supported_parameters=supported_parameters,
            supported_voices=supported_voices,
            top_provider=top_provider,
            alias_target=alias_target,
            benchmarks=benchmarks,
            description=description,
            expiration_date=expiration_date,
            hugging_face_id=hugging_face_id,
            knowledge_cutoff=knowledge_cutoff,
            reasoning=reasoning,
        )

        model.additional_properties = d
        return model

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
