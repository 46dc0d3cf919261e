from typing import Literal

ChatRequestServiceTierType2Type1 = Literal[
    "auto", "default", "fast", "flex", "priority", "scale"
]

CHAT_REQUEST_SERVICE_TIER_TYPE_2_TYPE_1_VALUES: set[
    ChatRequestServiceTierType2Type1
] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
    "scale",
}


def check_chat_request_service_tier_type_2_type_1(
    value: str,
) -> ChatRequestServiceTierType2Type1:
    if value in CHAT_REQUEST_SERVICE_TIER_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_REQUEST_SERVICE_TIER_TYPE_2_TYPE_1_VALUES!r}"
    )
