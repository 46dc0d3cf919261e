from typing import Literal

ContextCompressionEngine = Literal["middle-out"]

CONTEXT_COMPRESSION_ENGINE_VALUES: set[ContextCompressionEngine] = {
    "middle-out",
}


def check_context_compression_engine(value: str) -> ContextCompressionEngine:
    if value in CONTEXT_COMPRESSION_ENGINE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTEXT_COMPRESSION_ENGINE_VALUES!r}"
    )
