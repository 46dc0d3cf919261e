from typing import Literal

QueryAnalyticsRequestOrderByDirection = Literal["asc", "desc"]

QUERY_ANALYTICS_REQUEST_ORDER_BY_DIRECTION_VALUES: set[
    QueryAnalyticsRequestOrderByDirection
] = {
    "asc",
    "desc",
}


def check_query_analytics_request_order_by_direction(
    value: str,
) -> QueryAnalyticsRequestOrderByDirection:
    if value in QUERY_ANALYTICS_REQUEST_ORDER_BY_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_ANALYTICS_REQUEST_ORDER_BY_DIRECTION_VALUES!r}"
    )
