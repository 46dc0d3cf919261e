from typing import Literal

CreateKeysRequestLimitResetType1 = Literal["daily", "monthly", "weekly"]

CREATE_KEYS_REQUEST_LIMIT_RESET_TYPE_1_VALUES: set[CreateKeysRequestLimitResetType1] = {
    "daily",
    "monthly",
    "weekly",
}


def check_create_keys_request_limit_reset_type_1(
    value: str,
) -> CreateKeysRequestLimitResetType1:
    if value in CREATE_KEYS_REQUEST_LIMIT_RESET_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_KEYS_REQUEST_LIMIT_RESET_TYPE_1_VALUES!r}"
    )
