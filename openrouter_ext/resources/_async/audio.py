"""``client.audio``: speech (text to audio bytes) and transcriptions (audio files to text)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openrouter_ext._io.upload import FileInput, Upload
from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext._streaming._async.binary import AsyncBinaryResponse
from openrouter_ext.resources._async._plain import AsyncPlainAudio
from openrouter_ext.resources._async._requester import AsyncRequester
from openrouter_ext.resources._base import Resource, prepare
from openrouter_ext.resources._raw import async_to_raw_response_wrapper

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from openrouter_ext._lowlevel import STTResponse
    from openrouter_ext._params import AudioSpeechCreateParams, AudioTranscriptionsCreateParams

__all__ = ["AsyncAudio", "AsyncSpeech", "AsyncTranscriptions"]

#: The form fields of a transcription (the JSON body's, ``input_audio`` aside).
_TRANSCRIPTION_FIELDS = (
    "model", "language", "provider", "response_format", "temperature", "timestamp_granularities",
)  # fmt: skip


class AsyncSpeechWithRawResponse:
    """``client.audio.speech.with_raw_response``: ``create`` returning an ``APIResponse``."""

    def __init__(self, speech: AsyncSpeech) -> None:
        self.create = async_to_raw_response_wrapper(speech.create)


class AsyncSpeech(Resource):
    """``client.audio.speech``."""

    _requester: AsyncRequester

    @property
    def with_raw_response(self) -> AsyncSpeechWithRawResponse:
        """``create`` returning an ``APIResponse`` (headers, status; parse() is the audio)."""
        return AsyncSpeechWithRawResponse(self)

    async def create(self, **params: Unpack[AudioSpeechCreateParams]) -> AsyncBinaryResponse:
        """Synthesize speech from text (``POST /audio/speech``); the audio comes as a stream.

        Use the result in ``with``: ``write_to(path)`` writes the audio to a file piece by
        piece, ``iter_bytes()`` hands the pieces on, ``read()`` returns it all (bounded by
        ``max_response_bytes``). The clip is never held in memory twice. The body's type is
        in ``content_type`` (``audio/mpeg``, ``audio/wav``, raw PCM...).

        Args:
            **params: ``model``, ``input``, ``voice``, ``response_format`` (``"mp3"`` or
                ``"pcm"``), ``speed``, ``provider``, and the per-call knobs
                (``stream_idle_timeout`` bounds each pause while the audio downloads).

        Returns:
            An open ``BinaryResponse``; its cost is recorded as unknown with its generation
            id, for ``client.costs.reconcile(client)``.

        Raises:
            TypeError: an unknown keyword (naming the closest field) or a knob of the wrong
                type.
            APIStatusError: the API answered with an error (mapped subclass).
            APIConnectionError: the request could not be completed.

        """
        call, body, _ = prepare(params, "create", "SpeechRequest")
        return await self._requester.download(OPERATIONS["audio.speech"], call, body=body)


class AsyncTranscriptions(Resource):
    """``client.audio.transcriptions``."""

    _requester: AsyncRequester

    @property
    def with_raw_response(self) -> AsyncTranscriptionsWithRawResponse:
        """``create`` returning an ``APIResponse`` (headers, status, parse())."""
        return AsyncTranscriptionsWithRawResponse(self)

    async def create(
        self, *, file: FileInput, **params: Unpack[AudioTranscriptionsCreateParams]
    ) -> STTResponse:
        """Transcribe an audio file (``POST /audio/transcriptions``, multipart upload).

        The file is streamed from disk while the request is written: a file of any size is
        never read into memory.

        Args:
            file: a path, the audio's bytes, an open binary file, or ``(filename, content)``
                / ``(filename, content, content_type)``. A path is opened for the call and
                closed after it; an open file stays open. One that cannot be rewound (a pipe)
                is sent once: the call is not retried.
            **params: ``model``, ``language``, ``response_format``, ``temperature``,
                ``timestamp_granularities``, ``provider``, and the per-call knobs.

        Returns:
            The ``STTResponse`` (``text``, ``usage.cost``...).

        Raises:
            TypeError: an unknown keyword, or ``file`` of the wrong type.
            OSError: a path that cannot be opened (nothing is sent).
            APIStatusError: the API answered with an error (mapped subclass).
            APIConnectionError: the request could not be completed.

        """
        call, extra_body, fields = prepare(params, "create", None, _TRANSCRIPTION_FIELDS)
        fields.update(extra_body or {})
        if "timestamp_granularities" in fields:  # the form's name for the list
            fields["timestamp_granularities[]"] = fields.pop("timestamp_granularities")
        upload = Upload({"file": file}, fields)
        result: STTResponse = await self._requester.request(
            OPERATIONS["audio.transcriptions"], call, body={}, upload=upload
        )
        return result


class AsyncTranscriptionsWithRawResponse:
    """``client.audio.transcriptions.with_raw_response``."""

    def __init__(self, transcriptions: AsyncTranscriptions) -> None:
        self.create = async_to_raw_response_wrapper(transcriptions.create)


class AsyncAudio(AsyncPlainAudio):
    """``client.audio``: ``speech`` and ``transcriptions``."""

    def __init__(self, requester: AsyncRequester) -> None:
        super().__init__(requester)
        self.speech = AsyncSpeech(requester)
        self.transcriptions = AsyncTranscriptions(requester)
