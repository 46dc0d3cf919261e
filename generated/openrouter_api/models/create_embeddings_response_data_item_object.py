from typing import Literal

CreateEmbeddingsResponseDataItemObject = Literal["embedding"]

CREATE_EMBEDDINGS_RESPONSE_DATA_ITEM_OBJECT_VALUES: set[
    CreateEmbeddingsResponseDataItemObject
] = {
    "embedding",
}


def check_create_embeddings_response_data_item_object(
    value: str,
) -> CreateEmbeddingsResponseDataItemObject:
    if value in CREATE_EMBEDDINGS_RESPONSE_DATA_ITEM_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDINGS_RESPONSE_DATA_ITEM_OBJECT_VALUES!r}"
    )
