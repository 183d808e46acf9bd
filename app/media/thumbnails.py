"""Small pictures along a recording for the timeline: keyframes only, so they are cheap.

A keyframe decodes on its own; picking the keyframe nearest to each evenly spaced point
shows the recording's course without decoding the frames between.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from app.media.decoding import decoding
from app.media.frames import FrameReader


@dataclass(frozen=True)
class Thumbnail:
    frame: int
    picture: np.ndarray  # RGB, height x width x 3


def thumbnail_frames(reader: FrameReader, count: int) -> list[int]:
    """Up to ``count`` keyframe numbers spread evenly over the recording."""
    keys = reader.index.keyframes
    if count <= 0 or keys.size == 0:
        return []
    targets = np.linspace(0, len(reader) - 1, num=count)
    picks = keys[np.clip(np.searchsorted(keys, targets, side="right") - 1, 0, keys.size - 1)]
    return sorted({int(k) for k in picks})


def make_thumbnails(reader: FrameReader, count: int, height: int = 54) -> list[Thumbnail]:
    """Pictures of ``thumbnail_frames``, scaled to ``height`` pixels high."""
    out = []
    for n in thumbnail_frames(reader, count):
        picture = reader.picture(n)
        with decoding(reader.path):
            out.append(Thumbnail(n, scale_to_height(picture, height)))
    return out


def scale_to_height(picture: np.ndarray, height: int) -> np.ndarray:
    h, w = picture.shape[:2]
    width = max(1, round(w * height / h))
    return cv2.resize(picture, (width, height), interpolation=cv2.INTER_AREA)
