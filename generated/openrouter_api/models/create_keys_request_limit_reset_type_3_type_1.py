from typing import Literal

CreateKeysRequestLimitResetType3Type1 = Literal["daily", "monthly", "weekly"]

CREATE_KEYS_REQUEST_LIMIT_RESET_TYPE_3_TYPE_1_VALUES: set[
    CreateKeysRequestLimitResetType3Type1
] = {
    "daily",
    "monthly",
    "weekly",
}


def check_create_keys_request_limit_reset_type_3_type_1(
    value: str,
) -> CreateKeysRequestLimitResetType3Type1:
    if value in CREATE_KEYS_REQUEST_LIMIT_RESET_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_KEYS_REQUEST_LIMIT_RESET_TYPE_3_TYPE_1_VALUES!r}"
    )
