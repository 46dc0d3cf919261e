from typing import Literal

ResponsesRequestServiceTierType3Type1 = Literal[
    "auto", "default", "fast", "flex", "priority", "scale"
]

RESPONSES_REQUEST_SERVICE_TIER_TYPE_3_TYPE_1_VALUES: set[
    ResponsesRequestServiceTierType3Type1
] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
    "scale",
}


def check_responses_request_service_tier_type_3_type_1(
    value: str,
) -> ResponsesRequestServiceTierType3Type1:
    if value in RESPONSES_REQUEST_SERVICE_TIER_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_REQUEST_SERVICE_TIER_TYPE_3_TYPE_1_VALUES!r}"
    )
