"""``client.files``: upload (multipart, streamed from disk), list, retrieve, download, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openrouter_ext._io.upload import FileInput, Upload
from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext._streaming._async.binary import AsyncBinaryResponse
from openrouter_ext.resources._async._pages import first_page
from openrouter_ext.resources._async._plain import AsyncPlainFiles
from openrouter_ext.resources._async._requester import AsyncRequester
from openrouter_ext.resources._base import prepare
from openrouter_ext.resources._raw import (
    async_to_raw_page_wrapper,
    async_to_raw_response_wrapper,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from openrouter_ext._lowlevel import (
        AnthropicFile,
        AnthropicFileDeleted,
        AnthropicFileList,
        OpenAIFile,
        OpenAIFileDeleted,
        OpenAIFileList,
        OpenRouterFile,
        OpenRouterFileDeleted,
        OpenRouterFileList,
    )
    from openrouter_ext._params import (
        FilesContentParams,
        FilesCreateParams,
        FilesDeleteParams,
        FilesListParams,
        FilesRetrieveParams,
    )
    from openrouter_ext.resources._async._pages import AsyncPage

    FileObject = OpenRouterFile | OpenAIFile | AnthropicFile
    FileList = OpenRouterFileList | OpenAIFileList | AnthropicFileList
    FileDeleted = OpenRouterFileDeleted | OpenAIFileDeleted | AnthropicFileDeleted

__all__ = ["AsyncFiles", "AsyncFilesWithRawResponse"]

_SCOPE = ("workspace_id", "provider")


def _file_id(file_id: str) -> str:
    if not file_id:
        raise ValueError("file_id must be a non-empty file id")
    return file_id


class AsyncFilesWithRawResponse:
    """``client.files.with_raw_response``: each method returning an ``APIResponse``."""

    def __init__(self, files: AsyncFiles) -> None:
        self.create = async_to_raw_response_wrapper(files.create)
        self.list = async_to_raw_page_wrapper(files.list)
        self.retrieve = async_to_raw_response_wrapper(files.retrieve)
        self.content = async_to_raw_response_wrapper(files.content)
        self.delete = async_to_raw_response_wrapper(files.delete)


class AsyncFiles(AsyncPlainFiles):
    """``client.files``: files stored for later calls, in the key's workspace.

    Answers come in the shape of the file store asked for with ``provider=`` (OpenRouter's by
    default; ``"openai"`` and ``"anthropic"`` give those APIs' shapes, each its own model).
    """

    _requester: AsyncRequester

    @property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:  # type: ignore[override]
        """These methods, each returning an ``APIResponse`` (headers, status, parse())."""
        return AsyncFilesWithRawResponse(self)

    async def create(self, *, file: FileInput, **params: Unpack[FilesCreateParams]) -> FileObject:
        """Upload a file (``POST /files``, multipart), streamed from disk.

        The API reads the type from the contents (PDF, PNG/JPEG/GIF/WebP, DOCX/XLSX/PPTX,
        MP3/WAV/FLAC/OGG, UTF-8 text); at most 100 MB, empty files are refused.

        Args:
            file: a path, the bytes, an open binary file, or ``(filename, content)`` /
                ``(filename, content, content_type)``. A path is opened for the call and
                closed after it; an open file stays open; one that cannot be rewound (a pipe)
                is sent once.
            **params: ``workspace_id``, ``provider``, and the per-call knobs.

        Returns:
            The stored file (``id``, ``filename``, ``mime_type``, ``size_bytes``...).

        Raises:
            TypeError: an unknown keyword, or ``file`` of the wrong type.
            OSError: a path that cannot be opened (nothing is sent).
            APIStatusError: the API answered with an error (400, 413...).

        """
        call, _, query = prepare(params, "create", None, _SCOPE)
        upload = Upload({"file": file}, {})
        result: FileObject = await self._requester.request(
            OPERATIONS["files.create"], call, body={}, upload=upload, **query
        )
        return result

    async def list(self, **params: Unpack[FilesListParams]) -> AsyncPage[FileList, FileObject]:
        """List the stored files (``GET /files``), newest first; iterating gives them all.

        ``len()`` and indexing are this page's files (``limit`` of them at most); ``async
        for`` (``for`` on the sync client) fetches the next pages as needed, from the
        answer's ``cursor`` (its ``last_id`` in the OpenAI and Anthropic shapes).

        Args:
            **params: ``limit``, ``after_id``/``before_id``/``cursor``, ``order``,
                ``workspace_id``, ``provider``, and the per-call knobs.

        Returns:
            A page; its ``.response`` is the answer (``data``, ``has_more``, ``last_id``).

        """
        names = ("limit", "cursor", "after", "after_id", "before_id", "order", *_SCOPE)
        call, _, query = prepare(params, "list", None, names)
        page: AsyncPage[FileList, FileObject] = await first_page(
            self._requester, OPERATIONS["files.list"], call, query=query
        )
        return page

    async def retrieve(self, file_id: str, /, **params: Unpack[FilesRetrieveParams]) -> FileObject:
        """Get a file's metadata (``GET /files/{file_id}``).

        Raises:
            ValueError: an empty ``file_id``.
            NotFoundError: no such file.

        """
        call, _, query = prepare(params, "retrieve", None, _SCOPE)
        result: FileObject = await self._requester.request(
            OPERATIONS["files.retrieve"], call, _file_id(file_id), **query
        )
        return result

    async def content(
        self, file_id: str, /, **params: Unpack[FilesContentParams]
    ) -> AsyncBinaryResponse:
        """Download a file's bytes (``GET /files/{file_id}/content``) as a stream.

        Use the result in ``with``: ``write_to(path)``, ``iter_bytes()`` or ``read()``
        (bounded by ``max_response_bytes``).

        Raises:
            ValueError: an empty ``file_id``.
            NotFoundError: no such file.

        """
        call, _, query = prepare(params, "content", None, _SCOPE)
        return await self._requester.download(
            OPERATIONS["files.content"], call, _file_id(file_id), **query
        )

    async def delete(self, file_id: str, /, **params: Unpack[FilesDeleteParams]) -> FileDeleted:
        """Delete a file (``DELETE /files/{file_id}``).

        Raises:
            ValueError: an empty ``file_id``.
            NotFoundError: no such file.

        """
        call, _, query = prepare(params, "delete", None, _SCOPE)
        result: FileDeleted = await self._requester.request(
            OPERATIONS["files.delete"], call, _file_id(file_id), **query
        )
        return result
