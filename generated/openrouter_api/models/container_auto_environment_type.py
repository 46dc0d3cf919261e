from typing import Literal

ContainerAutoEnvironmentType = Literal["container_auto"]

CONTAINER_AUTO_ENVIRONMENT_TYPE_VALUES: set[ContainerAutoEnvironmentType] = {
    "container_auto",
}


def check_container_auto_environment_type(value: str) -> ContainerAutoEnvironmentType:
    if value in CONTAINER_AUTO_ENVIRONMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTAINER_AUTO_ENVIRONMENT_TYPE_VALUES!r}"
    )
