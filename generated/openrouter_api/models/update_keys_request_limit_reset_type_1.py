from typing import Literal

UpdateKeysRequestLimitResetType1 = Literal["daily", "monthly", "weekly"]

UPDATE_KEYS_REQUEST_LIMIT_RESET_TYPE_1_VALUES: set[UpdateKeysRequestLimitResetType1] = {
    "daily",
    "monthly",
    "weekly",
}


def check_update_keys_request_limit_reset_type_1(
    value: str,
) -> UpdateKeysRequestLimitResetType1:
    if value in UPDATE_KEYS_REQUEST_LIMIT_RESET_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_KEYS_REQUEST_LIMIT_RESET_TYPE_1_VALUES!r}"
    )
