from typing import Literal

ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType2Type1 = Literal["plain", "S256"]

EXCHANGE_AUTH_CODE_FOR_API_KEY_REQUEST_CODE_CHALLENGE_METHOD_TYPE_2_TYPE_1_VALUES: set[
    ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType2Type1
] = {
    "plain",
    "S256",
}


def check_exchange_auth_code_for_api_key_request_code_challenge_method_type_2_type_1(
    value: str,
) -> ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType2Type1:
    if (
        value
        in EXCHANGE_AUTH_CODE_FOR_API_KEY_REQUEST_CODE_CHALLENGE_METHOD_TYPE_2_TYPE_1_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXCHANGE_AUTH_CODE_FOR_API_KEY_REQUEST_CODE_CHALLENGE_METHOD_TYPE_2_TYPE_1_VALUES!r}"
    )
