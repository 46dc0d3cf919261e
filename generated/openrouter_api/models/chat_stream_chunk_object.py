from typing import Literal

ChatStreamChunkObject = Literal["chat.completion.chunk"]

CHAT_STREAM_CHUNK_OBJECT_VALUES: set[ChatStreamChunkObject] = {
    "chat.completion.chunk",
}


def check_chat_stream_chunk_object(value: str) -> ChatStreamChunkObject:
    if value in CHAT_STREAM_CHUNK_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_STREAM_CHUNK_OBJECT_VALUES!r}"
    )
