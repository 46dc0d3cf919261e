from typing import Literal

CreateEmbeddingsRequestInputItemContentItemImageUrlType = Literal["image_url"]

CREATE_EMBEDDINGS_REQUEST_INPUT_ITEM_CONTENT_ITEM_IMAGE_URL_TYPE_VALUES: set[
    CreateEmbeddingsRequestInputItemContentItemImageUrlType
] = {
    "image_url",
}


def check_create_embeddings_request_input_item_content_item_image_url_type(
    value: str,
) -> CreateEmbeddingsRequestInputItemContentItemImageUrlType:
    if value in CREATE_EMBEDDINGS_REQUEST_INPUT_ITEM_CONTENT_ITEM_IMAGE_URL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDINGS_REQUEST_INPUT_ITEM_CONTENT_ITEM_IMAGE_URL_TYPE_VALUES!r}"
    )
