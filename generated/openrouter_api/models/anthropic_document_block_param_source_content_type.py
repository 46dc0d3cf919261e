from typing import Literal

AnthropicDocumentBlockParamSourceContentType = Literal["content"]

ANTHROPIC_DOCUMENT_BLOCK_PARAM_SOURCE_CONTENT_TYPE_VALUES: set[
    AnthropicDocumentBlockParamSourceContentType
] = {
    "content",
}


def check_anthropic_document_block_param_source_content_type(
    value: str,
) -> AnthropicDocumentBlockParamSourceContentType:
    if value in ANTHROPIC_DOCUMENT_BLOCK_PARAM_SOURCE_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_DOCUMENT_BLOCK_PARAM_SOURCE_CONTENT_TYPE_VALUES!r}"
    )
