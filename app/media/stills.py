"""Stills: one exact frame saved as PNG, with where it came from written into the file.

The provenance (recording hash, frame index, device time, who, when) goes into PNG text
chunks (iTXt, so Chinese survives) and into a sidecar JSON next to the picture, so that a
still printed into a case file can be traced back to the recording and the frame.
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import numpy as np
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from app.core.atomic import write_atomically
from app.core.errors import ValidationError

PROVENANCE_PREFIX = "evidence-station:"


def png_bytes(picture: np.ndarray, provenance: dict[str, str] | None = None) -> bytes:
    """An RGB picture as PNG, with ``provenance`` as international text chunks."""
    info = PngInfo()
    for key, value in (provenance or {}).items():
        info.add_itxt(f"{PROVENANCE_PREFIX}{key}", str(value))
    buffer = io.BytesIO()
    Image.fromarray(picture).save(buffer, format="PNG", pnginfo=info)
    return buffer.getvalue()


def write_still(
    picture: np.ndarray, out: Path, provenance: dict[str, str] | None = None
) -> tuple[str, Path | None]:
    """Write the PNG (and a ``.json`` sidecar when there is provenance) whole or not at all.

    The caller has checked ``out`` (``services.output_files``): a writer this low knows no
    station, so it cannot tell the station's own files from a person's.

    Returns:
        The PNG's SHA-256 and the sidecar's path (``None`` without provenance).
    """
    out = Path(out)
    data = png_bytes(picture, provenance)
    digest = hashlib.sha256(data).hexdigest()
    try:
        write_atomically(out, data)
        sidecar = None
        if provenance:
            sidecar = out.with_suffix(".json")
            document = {**provenance, "still_sha256": digest, "still_file": out.name}
            text = json.dumps(document, ensure_ascii=False, indent=2)
            write_atomically(sidecar, text.encode())
    except OSError as exc:
        raise ValidationError(
            "media.still-unwritable", path=out, reason=exc.strerror or str(exc)
        ) from None
    return digest, sidecar


def read_provenance(path: Path) -> dict[str, str]:
    """The provenance text chunks of a still written by ``write_still``."""
    with Image.open(path) as image:
        text = getattr(image, "text", {})
        return {
            key[len(PROVENANCE_PREFIX) :]: str(value)
            for key, value in text.items()
            if key.startswith(PROVENANCE_PREFIX)
        }
