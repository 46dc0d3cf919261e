from typing import Literal

EmbeddingsRequestEncodingFormat = Literal["base64", "float"]

EMBEDDINGS_REQUEST_ENCODING_FORMAT_VALUES: set[EmbeddingsRequestEncodingFormat] = {
    "base64",
    "float",
}


def check_embeddings_request_encoding_format(
    value: str,
) -> EmbeddingsRequestEncodingFormat:
    if value in EMBEDDINGS_REQUEST_ENCODING_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMBEDDINGS_REQUEST_ENCODING_FORMAT_VALUES!r}"
    )
