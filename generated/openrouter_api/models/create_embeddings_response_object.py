from typing import Literal

CreateEmbeddingsResponseObject = Literal["list"]

CREATE_EMBEDDINGS_RESPONSE_OBJECT_VALUES: set[CreateEmbeddingsResponseObject] = {
    "list",
}


def check_create_embeddings_response_object(
    value: str,
) -> CreateEmbeddingsResponseObject:
    if value in CREATE_EMBEDDINGS_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDINGS_RESPONSE_OBJECT_VALUES!r}"
    )
