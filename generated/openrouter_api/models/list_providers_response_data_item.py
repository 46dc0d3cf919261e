from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ListProvidersResponseDataItem")


@_attrs_define
class ListProvidersResponseDataItem(APIModel):
    """
    Attributes:
        name (str):
        privacy_policy_url (None | str):
        slug (str):
        datacenters (list[str] | None | Unset):
        headquarters (None | str | Unset): Open enum (the API adds values): known values `AD`, `AE`, `AF`, `AG`, `AI`,
            `AL`, `AM`, `AO`, `AQ`, `AR`, `AS`, `AT`, `AU`, `AW`, `AX`, `AZ`, `BA`, `BB`, `BD`, `BE`, `BF`, `BG`, `BH`,
            `BI`, `BJ`, `BL`, `BM`, `BN`, `BO`, `BQ`, `BR`, `BS`, `BT`, `BV`, `BW`, `BY`, `BZ`, `CA`, `CC`, `CD`, `CF`,
            `CG`, `CH`, `CI`, `CK`, `CL`, `CM`, `CN`, `CO`, `CR`, `CU`, `CV`, `CW`, `CX`, `CY`, `CZ`, `DE`, `DJ`, `DK`,
            `DM`, `DO`, `DZ`, `EC`, `EE`, `EG`, `EH`, `ER`, `ES`, `ET`, `FI`, `FJ`, `FK`, `FM`, `FO`, `FR`, `GA`, `GB`,
            `GD`, `GE`, `GF`, `GG`, `GH`, `GI`, `GL`, `GM`, `GN`, `GP`, `GQ`, `GR`, `GS`, `GT`, `GU`, `GW`, `GY`, `HK`,
            `HM`, `HN`, `HR`, `HT`, `HU`, `ID`, `IE`, `IL`, `IM`, `IN`, `IO`, `IQ`, `IR`, `IS`, `IT`, `JE`, `JM`, `JO`,
            `JP`, `KE`, `KG`, `KH`, `KI`, `KM`, `KN`, `KP`, `KR`, `KW`, `KY`, `KZ`, `LA`, `LB`, `LC`, `LI`, `LK`, `LR`,
            `LS`, `LT`, `LU`, `LV`, `LY`, `MA`, `MC`, `MD`, `ME`, `MF`, `MG`, `MH`, `MK`, `ML`, `MM`, `MN`, `MO`, `MP`,
            `MQ`, `MR`, `MS`, `MT`, `MU`, `MV`, `MW`, `MX`, `MY`, `MZ`, `NA`, `NC`, `NE`, `NF`, `NG`, `NI`, `NL`, `NO`,
            `NP`, `NR`, `NU`, `NZ`, `OM`, `PA`, `PE`, `PF`, `PG`, `PH`, `PK`, `PL`, `PM`, `PN`, `PR`, `PS`, `PT`, `PW`,
            `PY`, `QA`, `RE`, `RO`, `RS`, `RU`, `RW`, `SA`, `SB`, `SC`, `SD`, `SE`, `SG`, `SH`, `SI`, `SJ`, `SK`, `SL`,
            `SM`, `SN`, `SO`, `SR`, `SS`, `ST`, `SV`, `SX`, `SY`, `SZ`, `TC`, `TD`, `TF`, `TG`, `TH`, `TJ`, `TK`, `TL`,
            `TM`, `TN`, `TO`, `TR`, `TT`, `TV`, `TW`, `TZ`, `UA`, `UG`, `UM`, `US`, `UY`, `UZ`, `VA`, `VC`, `VE`, `VG`,
            `VI`, `VN`, `VU`, `WF`, `WS`, `YE`, `YT`, `ZA`, `ZM`, `ZW`.
        status_page_url (None | str | Unset):
        terms_of_service_url (None | str | Unset):
    """

    name: str
    privacy_policy_url: None | str
    slug: str
    datacenters: list[str] | None | Unset = UNSET
    headquarters: None | str | Unset = UNSET
    status_page_url: None | str | Unset = UNSET
    terms_of_service_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        privacy_policy_url: None | str
        privacy_policy_url = self.privacy_policy_url

        slug = self.slug

        datacenters: list[str] | None | Unset
        if isinstance(self.datacenters, Unset):
            datacenters = UNSET
        elif isinstance(self.datacenters, list):
            datacenters = self.datacenters

        else:
            datacenters = self.datacenters

        headquarters: None | str | Unset
        if isinstance(self.headquarters, Unset):
            headquarters = UNSET
        else:
            headquarters = self.headquarters

        status_page_url: None | str | Unset
        if isinstance(self.status_page_url, Unset):
            status_page_url = UNSET
        else:
            status_page_url = self.status_page_url

        terms_of_service_url: None | str | Unset
        if isinstance(self.terms_of_service_url, Unset):
            terms_of_service_url = UNSET
        else:
            terms_of_service_url = self.terms_of_service_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "privacy_policy_url": privacy_policy_url,
                "slug": slug,
            }
        )
        if datacenters is not UNSET:
            field_dict["datacenters"] = datacenters
        if headquarters is not UNSET:
            field_dict["headquarters"] = headquarters
        if status_page_url is not UNSET:
            field_dict["status_page_url"] = status_page_url
        if terms_of_service_url is not UNSET:
            field_dict["terms_of_service_url"] = terms_of_service_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        privacy_policy_url: None | str = d.pop("privacy_policy_url")

        slug = d.pop("slug")

        def _parse_datacenters(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                datacenters_type_0 = cast(list[str], data)

                return datacenters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        datacenters = _parse_datacenters(d.pop("datacenters", UNSET))

        headquarters: None | str | Unset = d.pop("headquarters", UNSET)

        status_page_url: None | str | Unset = d.pop("status_page_url", UNSET)

        terms_of_service_url: None | str | Unset = d.pop("terms_of_service_url", UNSET)

        list_providers_response_data_item = cls(
            name=name,
            privacy_policy_url=privacy_policy_url,
            slug=slug,
            datacenters=datacenters,
            headquarters=headquarters,
            status_page_url=status_page_url,
            terms_of_service_url=terms_of_service_url,
        )

        list_providers_response_data_item.additional_properties = d
        return list_providers_response_data_item

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
