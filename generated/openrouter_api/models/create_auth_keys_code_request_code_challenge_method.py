from typing import Literal

CreateAuthKeysCodeRequestCodeChallengeMethod = Literal["plain", "S256"]

CREATE_AUTH_KEYS_CODE_REQUEST_CODE_CHALLENGE_METHOD_VALUES: set[
    CreateAuthKeysCodeRequestCodeChallengeMethod
] = {
    "plain",
    "S256",
}


def check_create_auth_keys_code_request_code_challenge_method(
    value: str,
) -> CreateAuthKeysCodeRequestCodeChallengeMethod:
    if value in CREATE_AUTH_KEYS_CODE_REQUEST_CODE_CHALLENGE_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AUTH_KEYS_CODE_REQUEST_CODE_CHALLENGE_METHOD_VALUES!r}"
    )
