from typing import Literal

CreateAuthKeysCodeRequestUsageLimitType = Literal["daily", "monthly", "weekly"]

CREATE_AUTH_KEYS_CODE_REQUEST_USAGE_LIMIT_TYPE_VALUES: set[
    CreateAuthKeysCodeRequestUsageLimitType
] = {
    "daily",
    "monthly",
    "weekly",
}


def check_create_auth_keys_code_request_usage_limit_type(
    value: str,
) -> CreateAuthKeysCodeRequestUsageLimitType:
    if value in CREATE_AUTH_KEYS_CODE_REQUEST_USAGE_LIMIT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AUTH_KEYS_CODE_REQUEST_USAGE_LIMIT_TYPE_VALUES!r}"
    )
