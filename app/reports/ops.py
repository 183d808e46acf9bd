"""PDF content operators written straight out, for the thousands of cells of a register.

reportlab's text object formats every coordinate through a pure-Python number formatter
and measures every string again; at 100,000 cells that is most of the time of a
register. These two collectors keep the method names the painter uses but format with
f-strings and hand the whole page to ``Canvas.addLiteral`` at once. Text in TrueType
fonts goes through ``TTFont.splitString`` and ``getSubsetInternalName``, the documented
way to address reportlab's font subsets (see ``reportlab.pdfbase.ttfonts``).
"""

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas


class TextOps:
    """``BT … ET`` of one page: font changes, positions and strings."""

    def __init__(self, canvas: Canvas) -> None:
        self._doc = canvas._doc
        self._ops: list[str] = []
        self._font = ""
        self._size = 0.0
        self._current: tuple[str, int, float] | None = None

    def setFont(self, name: str, size: float) -> None:  # noqa: N802 - mirrors reportlab
        self._font, self._size = name, size

    def setTextOrigin(self, x: float, y: float) -> None:  # noqa: N802 - mirrors reportlab
        self._ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")

    def textOut(self, text: str) -> None:  # noqa: N802 - mirrors reportlab
        font = pdmetrics_font(self._font)
        for subset, chunk in font.splitString(text, self._doc):
            key = (self._font, subset, self._size)
            if key != self._current:
                name = font.getSubsetInternalName(subset, self._doc)
                self._ops.append(f"{name} {self._size:.2f} Tf")
                self._current = key
            self._ops.append(f"({escapePDF(chunk)}) Tj")

    def literal(self) -> str:
        return "BT\n" + "\n".join(self._ops) + "\nET" if self._ops else ""


def pdmetrics_font(name: str) -> pdfmetrics.Font:
    return pdfmetrics.getFont(name)


class RuleOps:
    """Straight lines of one width, stroked together."""

    def __init__(self) -> None:
        self._ops: list[str] = []

    def moveTo(self, x: float, y: float) -> None:  # noqa: N802 - mirrors reportlab
        self._ops.append(f"{x:.2f} {y:.2f} m")

    def lineTo(self, x: float, y: float) -> None:  # noqa: N802 - mirrors reportlab
        self._ops.append(f"{x:.2f} {y:.2f} l")

    def literal(self, width: float) -> str:
        return f"{width:.2f} w 0 G\n" + "\n".join(self._ops) + "\nS" if self._ops else ""
