from typing import Literal

CreateEmbeddingsRequestEncodingFormat = Literal["base64", "float"]

CREATE_EMBEDDINGS_REQUEST_ENCODING_FORMAT_VALUES: set[
    CreateEmbeddingsRequestEncodingFormat
] = {
    "base64",
    "float",
}


def check_create_embeddings_request_encoding_format(
    value: str,
) -> CreateEmbeddingsRequestEncodingFormat:
    if value in CREATE_EMBEDDINGS_REQUEST_ENCODING_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDINGS_REQUEST_ENCODING_FORMAT_VALUES!r}"
    )
