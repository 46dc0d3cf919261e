from typing import Literal

ResponsesRequestServiceTierType1 = Literal[
    "auto", "default", "fast", "flex", "priority", "scale"
]

RESPONSES_REQUEST_SERVICE_TIER_TYPE_1_VALUES: set[ResponsesRequestServiceTierType1] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
    "scale",
}


def check_responses_request_service_tier_type_1(
    value: str,
) -> ResponsesRequestServiceTierType1:
    if value in RESPONSES_REQUEST_SERVICE_TIER_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSES_REQUEST_SERVICE_TIER_TYPE_1_VALUES!r}"
    )
