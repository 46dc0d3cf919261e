from typing import Literal

ObservabilitySnowflakeDestinationType = Literal["snowflake"]

OBSERVABILITY_SNOWFLAKE_DESTINATION_TYPE_VALUES: set[
    ObservabilitySnowflakeDestinationType
] = {
    "snowflake",
}


def check_observability_snowflake_destination_type(
    value: str,
) -> ObservabilitySnowflakeDestinationType:
    if value in OBSERVABILITY_SNOWFLAKE_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_SNOWFLAKE_DESTINATION_TYPE_VALUES!r}"
    )
