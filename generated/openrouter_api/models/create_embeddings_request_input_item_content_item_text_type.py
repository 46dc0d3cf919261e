from typing import Literal

CreateEmbeddingsRequestInputItemContentItemTextType = Literal["text"]

CREATE_EMBEDDINGS_REQUEST_INPUT_ITEM_CONTENT_ITEM_TEXT_TYPE_VALUES: set[
    CreateEmbeddingsRequestInputItemContentItemTextType
] = {
    "text",
}


def check_create_embeddings_request_input_item_content_item_text_type(
    value: str,
) -> CreateEmbeddingsRequestInputItemContentItemTextType:
    if value in CREATE_EMBEDDINGS_REQUEST_INPUT_ITEM_CONTENT_ITEM_TEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDINGS_REQUEST_INPUT_ITEM_CONTENT_ITEM_TEXT_TYPE_VALUES!r}"
    )
