from typing import Literal

UpdateKeysRequestLimitResetType2Type1 = Literal["daily", "monthly", "weekly"]

UPDATE_KEYS_REQUEST_LIMIT_RESET_TYPE_2_TYPE_1_VALUES: set[
    UpdateKeysRequestLimitResetType2Type1
] = {
    "daily",
    "monthly",
    "weekly",
}


def check_update_keys_request_limit_reset_type_2_type_1(
    value: str,
) -> UpdateKeysRequestLimitResetType2Type1:
    if value in UPDATE_KEYS_REQUEST_LIMIT_RESET_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_KEYS_REQUEST_LIMIT_RESET_TYPE_2_TYPE_1_VALUES!r}"
    )
