"""What can go wrong with a video file, as domain errors the CLI and the GUI show in one line.

ValidationError (app.core.errors)
├── UnreadableMediaError   the file cannot be opened or demuxed as a container
│   └── DecoderCrashError  the decoder's child process crashed or hung on the file
├── NotVideoError          the file opens but has no video stream (audio, text, image)
└── FrameOutOfRangeError   a frame number or time outside the recording
"""

from app.core.errors import ValidationError
from app.core.messages import Message


class UnreadableMediaError(ValidationError):
    """The file is not a media container we can read (damaged, truncated, or not media)."""


class DecoderCrashError(UnreadableMediaError):
    """The child process decoding the file crashed, hung, or failed (``media.isolation``).

    Raised as ``media.decoder-crash`` with ``path`` and ``reason``: the ``Message`` without
    the path, what a damaged recording is flagged with.
    """

    @property
    def reason(self) -> Message:
        reason: Message = self.params["reason"]
        return reason


class NotVideoError(ValidationError):
    """The file opens as media but holds no video stream."""


class FrameOutOfRangeError(ValidationError):
    """A frame number (or a time) that the recording does not have."""
