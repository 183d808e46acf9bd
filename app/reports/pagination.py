"""Measuring rows and cutting pages, in one pass, so that a long register stays linear.

reportlab's own table splitting re-measures the rest of the table at every page break,
which makes a 10,000-row register quadratic. Here each row is wrapped and measured once,
pages are cut as the rows go by, and every page then knows its rows, its repeated header
and the total page count before anything is drawn.
"""

from dataclasses import dataclass, field

from reportlab.lib.units import mm

from app.reports.fonts import HEI, FaceMetrics, body_face_for, face
from app.reports.sheet import Cell, Row, Section, Style
from app.reports.text import wrap

PAD_X, PAD_Y = 2.5, 2.8  # points of space inside a cell


@dataclass(frozen=True)
class Type:
    """Sizes of one sheet's text, in points."""

    size: float
    leading: float
    note_size: float = 8.0


@dataclass(frozen=True)
class MeasuredCell:
    cell: Cell
    face: FaceMetrics
    size: float
    leading: float
    lines: list[str]


@dataclass(frozen=True)
class MeasuredRow:
    row: Row
    cells: list[MeasuredCell]
    height: float
    signed: bool  # the last piece of a row that was split keeps the signature line


@dataclass
class Block:
    """The rows of one section on one page, drawn as one ruled table."""

    rows: list[MeasuredRow] = field(default_factory=list)
    gap_before: float = 0.0

    @property
    def height(self) -> float:
        return self.gap_before + sum(r.height for r in self.rows)


@dataclass
class Page:
    blocks: list[Block] = field(default_factory=list)


def _cell_face(cell: Cell) -> FaceMetrics:
    if cell.style in (Style.LABEL, Style.HEAD):
        return face(HEI)
    return body_face_for(cell.text)


def measure_row(row: Row, width: float, kind: Type) -> MeasuredRow:
    """Wrap every cell of ``row`` into a table ``width`` points wide and find its height."""
    cells: list[MeasuredCell] = []
    tallest = 0.0
    for cell in row.cells:
        size = kind.note_size if cell.style is Style.NOTE else kind.size
        leading = size * kind.leading / kind.size
        metrics = _cell_face(cell)
        lines = wrap(cell.text, metrics, size, cell.width * width - 2 * PAD_X)
        height = len(lines) * leading + 2 * PAD_Y
        if cell.signature is not None:
            height += leading * 1.8
        cells.append(MeasuredCell(cell, metrics, size, leading, lines))
        tallest = max(tallest, height)
    return MeasuredRow(row, cells, max(tallest, row.min_height * mm), signed=True)


def split_row(measured: MeasuredRow, room: float) -> tuple[MeasuredRow, MeasuredRow]:
    """Cut a row taller than a page after the lines that fit in ``room`` points."""
    leading = max(c.leading for c in measured.cells)
    keep = max(1, int((room - 2 * PAD_Y) // leading))
    first = [
        MeasuredCell(c.cell, c.face, c.size, c.leading, c.lines[:keep]) for c in measured.cells
    ]
    rest = [
        MeasuredCell(c.cell, c.face, c.size, c.leading, c.lines[keep:] or [""])
        for c in measured.cells
    ]
    head = MeasuredRow(measured.row, first, keep * leading + 2 * PAD_Y, signed=False)
    tail_lines = max(len(c.lines) for c in rest)
    tail_height = tail_lines * leading + 2 * PAD_Y
    if any(c.cell.signature for c in rest):
        tail_height += leading * 1.8
    return head, MeasuredRow(measured.row, rest, tail_height, signed=True)


class Paginator:
    """Places measured rows on pages of ``body`` points of height."""

    def __init__(self, width: float, body: float, kind: Type, compact: Type) -> None:
        self.width, self.body, self.kind, self.compact = width, body, kind, compact
        self.pages: list[Page] = [Page()]
        self._used = 0.0

    def add_section(self, section: Section) -> None:
        kind = self.compact if section.compact else self.kind
        header = [measure_row(row, self.width, kind) for row in section.header]
        header_height = sum(r.height for r in header)
        block = self._open_block(section.gap_before * mm, header, header_height)
        for row in section.rows:
            measured = measure_row(row, self.width, kind)
            fits = self._used + measured.height <= self.body
            if not fits and (len(block.rows) > len(header) or len(self.pages[-1].blocks) > 1):
                block = self._new_page_block(header)
            while self._used + measured.height > self.body:  # taller than a whole page
                piece, measured = split_row(measured, self.body - self._used)
                self._place(block, piece)
                block = self._new_page_block(header)
            self._place(block, measured)

    def _open_block(self, gap: float, header: list[MeasuredRow], header_height: float) -> Block:
        page = self.pages[-1]
        if page.blocks and self._used + gap + header_height + 3 * self.kind.leading > self.body:
            self.pages.append(Page())
            self._used, gap = 0.0, 0.0
        block = Block(gap_before=gap if self.pages[-1].blocks else 0.0)
        self.pages[-1].blocks.append(block)
        self._used += block.gap_before
        for row in header:
            self._place(block, row)
        return block

    def _new_page_block(self, header: list[MeasuredRow]) -> Block:
        self.pages.append(Page())
        self._used = 0.0
        block = Block()
        self.pages[-1].blocks.append(block)
        for row in header:
            self._place(block, row)
        return block

    def _place(self, block: Block, row: MeasuredRow) -> None:
        block.rows.append(row)
        self._used += row.height
