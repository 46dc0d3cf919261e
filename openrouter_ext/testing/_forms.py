"""Parse `multipart/form-data` request bodies (file uploads) without extra dependencies."""

from __future__ import annotations

from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from ._json import as_list


def parse_form(raw: bytes, content_type: str) -> tuple[dict[str, Any] | None, str | None]:
    """Parse a multipart body: ({field: text, or {filename, content_type, content}}, None).

    Returns (None, the 400 message) when the body is not valid multipart.
    """
    if "boundary=" not in content_type:
        return None, "Request body is not valid multipart/form-data: no boundary"
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=HTTP).parsebytes(head + raw)
    if not message.is_multipart():
        return None, "Request body is not valid multipart/form-data"
    fields: dict[str, Any] = {}
    for part in as_list(message.get_payload()) or []:
        if not isinstance(part, Message):
            continue
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is None:
            fields[name] = content.decode("utf-8", "replace")
        else:
            fields[name] = {"filename": filename, "content_type": part.get_content_type(),
                            "content": content}  # fmt: skip
    if not fields:
        return None, "Request body is not valid multipart/form-data: no parts"
    return fields, None
