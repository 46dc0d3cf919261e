from typing import Literal

ChatRequestServiceTierType3Type1 = Literal[
    "auto", "default", "fast", "flex", "priority", "scale"
]

CHAT_REQUEST_SERVICE_TIER_TYPE_3_TYPE_1_VALUES: set[
    ChatRequestServiceTierType3Type1
] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
    "scale",
}


def check_chat_request_service_tier_type_3_type_1(
    value: str,
) -> ChatRequestServiceTierType3Type1:
    if value in CHAT_REQUEST_SERVICE_TIER_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_REQUEST_SERVICE_TIER_TYPE_3_TYPE_1_VALUES!r}"
    )
