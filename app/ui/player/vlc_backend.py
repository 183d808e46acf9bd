"""libvlc for smooth playback with sound, when the library is there and a window can host it.

libvlc draws into a native window we hand it (``set_hwnd`` on Windows, ``set_xwindow`` on
X11, ``set_nsobject`` on macOS). Without the library, or without a native window (the
offscreen platform of the tests), the player plays from PyAV frames without sound.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import ModuleType

log = logging.getLogger(__name__)

_NO_NATIVE_WINDOWS = ("offscreen", "minimal", "vnc")


def load_vlc() -> ModuleType | None:
    """The ``vlc`` module with a loadable libvlc, or ``None``.

    python-vlc raises different errors for a missing library depending on platform and
    version (OSError from ctypes, NameError/AttributeError from its own loader).
    """
    try:
        import vlc
    except (ImportError, OSError, NameError, AttributeError) as exc:
        log.info("libvlc not available: %r", exc)
        return None
    return vlc


class VlcPlayback:
    """One libvlc media player drawing into a native window."""

    def __init__(self, vlc: ModuleType, path: Path, window_id: int) -> None:
        self._instance = vlc.Instance(["--quiet", "--no-video-title-show", "--no-xlib"])
        self._player = self._instance.media_player_new()
        self._player.set_media(self._instance.media_new(str(path)))
        self._player.video_set_mouse_input(False)
        self._player.video_set_key_input(False)
        if sys.platform == "win32":
            self._player.set_hwnd(window_id)
        elif sys.platform == "darwin":
            self._player.set_nsobject(window_id)
        else:
            self._player.set_xwindow(window_id)

    def play(self, from_seconds: float, rate: float) -> None:
        self._player.play()
        self._player.set_rate(rate)
        self._player.set_time(int(from_seconds * 1000))

    def pause(self) -> float:
        """Pause and return where playback stood, in media seconds."""
        self._player.set_pause(1)
        return max(0, self._player.get_time()) / 1000

    def position(self) -> float:
        return max(0, self._player.get_time()) / 1000

    def set_rate(self, rate: float) -> None:
        self._player.set_rate(rate)

    def set_volume(self, percent: int) -> None:
        self._player.audio_set_volume(percent)

    def is_playing(self) -> bool:
        return bool(self._player.is_playing())

    def release(self) -> None:
        self._player.stop()
        self._player.release()
        self._instance.release()


def can_embed(platform_name: str) -> bool:
    """Whether the Qt platform gives real native windows libvlc can draw into."""
    return platform_name not in _NO_NATIVE_WINDOWS
