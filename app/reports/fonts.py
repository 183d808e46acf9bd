"""The two embedded faces of every printout: 黑体-like for titles, 宋体-like for the body.

Both are TrueType (``glyf``) fonts shipped in ``resources/fonts``, so reportlab embeds a
subset of each in the PDF and the paper prints the same on any machine. The song face
(AR PL SungtiL GB) covers GB 2312 only; a text holding a character outside it (a rare
name character such as 堃 or 喆) is set in the hei face (WenQuanYi Micro Hei, GBK and
more) instead of printing a blank box.
"""

import logging
from dataclasses import dataclass
from functools import cache
from itertools import repeat

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.core.resources import resource_path

log = logging.getLogger(__name__)

HEI = "EvidenceHei"
SONG = "EvidenceSong"
_FILES = {
    HEI: ("wqy-microhei.ttc", 0),
    SONG: ("gbsn00lp.ttf", None),
}


@dataclass(frozen=True)
class FaceMetrics:
    """What layout needs of a face: the characters it has and their advance widths."""

    name: str
    chars: frozenset[int]
    widths: dict[str, float]
    default_width: float

    def width(self, text: str, size: float) -> float:
        """Width of ``text`` at ``size`` points, from a per-character table (fast, exact)."""
        return sum(map(self.widths.get, text, repeat(self.default_width))) * size / 1000.0

    def covers(self, text: str) -> bool:
        return self.chars.issuperset(map(ord, text))


def _register(name: str) -> TTFont:
    file_name, index = _FILES[name]
    path = resource_path("fonts", file_name)
    font = TTFont(name, str(path)) if index is None else TTFont(name, str(path), subfontIndex=index)
    pdfmetrics.registerFont(font)
    log.debug("font %s registered from %s", name, file_name)
    return font


@cache
def face(name: str) -> FaceMetrics:
    """Register ``name`` with reportlab once and return its metrics."""
    font = _register(name)
    char_to_glyph: dict[int, int] = font.face.charToGlyph
    glyph_widths = font.face.charWidths
    widths = {
        chr(code): float(glyph_widths.get(code, font.face.defaultWidth)) for code in char_to_glyph
    }
    return FaceMetrics(name, frozenset(char_to_glyph), widths, float(font.face.defaultWidth))


def body_face_for(text: str) -> FaceMetrics:
    """The song face when it has every character of ``text``, else the hei face."""
    song = face(SONG)
    if song.covers(text):
        return song
    return face(HEI)
