from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_auth_code_for_api_key_request_code_challenge_method_type_1 import (
    ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType1,
    check_exchange_auth_code_for_api_key_request_code_challenge_method_type_1,
)
from ..models.exchange_auth_code_for_api_key_request_code_challenge_method_type_2_type_1 import (
    ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType2Type1,
    check_exchange_auth_code_for_api_key_request_code_challenge_method_type_2_type_1,
)
from ..models.exchange_auth_code_for_api_key_request_code_challenge_method_type_3_type_1 import (
    ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType3Type1,
    check_exchange_auth_code_for_api_key_request_code_challenge_method_type_3_type_1,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ExchangeAuthCodeForAPIKeyRequest")


@_attrs_define
class ExchangeAuthCodeForAPIKeyRequest(APIModel):
    """
    Attributes:
        code (str):
        code_challenge_method (ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType1 |
            ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType2Type1 |
            ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType3Type1 | None | Unset):
        code_verifier (str | Unset):
    """

    code: str
    code_challenge_method: (
        ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType1
        | ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType2Type1
        | ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType3Type1
        | None
        | Unset
    ) = UNSET
    code_verifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        code_challenge_method: None | str | Unset
        if isinstance(self.code_challenge_method, Unset):
            code_challenge_method = UNSET
        elif isinstance(self.code_challenge_method, str):
            code_challenge_method = self.code_challenge_method
        elif isinstance(self.code_challenge_method, str):
            code_challenge_method = self.code_challenge_method
        elif isinstance(self.code_challenge_method, str):
            code_challenge_method = self.code_challenge_method
        else:
            code_challenge_method = self.code_challenge_method

        code_verifier = self.code_verifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if code_challenge_method is not UNSET:
            field_dict["code_challenge_method"] = code_challenge_method
        if code_verifier is not UNSET:
            field_dict["code_verifier"] = code_verifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_code_challenge_method(
            data: object,
        ) -> (
            ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType1
            | ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType2Type1
            | ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_challenge_method_type_1 = check_exchange_auth_code_for_api_key_request_code_challenge_method_type_1(
                    data
                )

                return code_challenge_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_challenge_method_type_2_type_1 = check_exchange_auth_code_for_api_key_request_code_challenge_method_type_2_type_1(
                    data
                )

                return code_challenge_method_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_challenge_method_type_3_type_1 = check_exchange_auth_code_for_api_key_request_code_challenge_method_type_3_type_1(
                    data
                )

                return code_challenge_method_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType1
                | ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType2Type1
                | ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType3Type1
                | None
                | Unset,
                data,
            )

        code_challenge_method = _parse_code_challenge_method(
            d.pop("code_challenge_method", UNSET)
        )

        code_verifier = d.pop("code_verifier", UNSET)

        exchange_auth_code_for_api_key_request = cls(
            code=code,
            code_challenge_method=code_challenge_method,
            code_verifier=code_verifier,
        )

        exchange_auth_code_for_api_key_request.additional_properties = d
        return exchange_auth_code_for_api_key_request

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
