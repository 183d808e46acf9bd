"""What a printout is made of, before it is measured: cells in rows in sections on a sheet.

Every register and form is described with these few shapes and then laid out by one
engine (``pagination``) and drawn by one painter, so that all of them share the page
furniture, the table rules and the speed of the page-by-page layout.
"""

from dataclasses import dataclass, field
from enum import Enum


class Style(Enum):
    """How a cell's text is set."""

    VALUE = "value"  # 宋体 body text, left
    LABEL = "label"  # 黑体 field name of a form, centred
    HEAD = "head"  # 黑体 column head of a register, centred
    NOTE = "note"  # small 宋体 text outside the rules (注：…)


class Align(Enum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True)
class Signature:
    """A signing place at the foot of a cell: ``label：name   date``, blank lines when unsigned."""

    label: str = "签名"
    name: str = ""
    date: str = ""


@dataclass(frozen=True)
class Cell:
    """One box of a row; ``width`` is a share of the row (the shares of a row add up to 1)."""

    text: str
    width: float
    style: Style = Style.VALUE
    align: Align | None = None
    top: bool = False  # text from the top of a tall box, as in an 意见 field
    signature: Signature | None = None


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    min_height: float = 0.0  # millimetres, for boxes left free to write in
    ruled: bool = True


@dataclass(frozen=True)
class Section:
    """Rows that belong together; ``header`` rows are repeated atop each page it runs onto."""

    rows: list[Row]
    header: tuple[Row, ...] = ()
    gap_before: float = 0.0  # millimetres of space above the section
    compact: bool = False  # a table inside a form, set in the register's smaller type


@dataclass(frozen=True)
class Sheet:
    """A whole printout: title, the line under it, its sections and the page-foot signers."""

    title: str
    sections: list[Section]
    landscape: bool = False
    period: str = ""
    number: str = ""
    page_signers: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)


def columns(widths: tuple[float, ...], texts: tuple[str, ...], style: Style = Style.VALUE) -> Row:
    """A register row: one cell per column, ``widths`` as shares of the table."""
    return Row(tuple(Cell(text, width, style) for text, width in zip(texts, widths, strict=True)))


def head_row(widths: tuple[float, ...], titles: tuple[str, ...]) -> Row:
    return columns(widths, titles, Style.HEAD)


def aligned(widths: tuple[float, ...], aligns: tuple[Align, ...], texts: tuple[str, ...]) -> Row:
    """A register row whose columns each keep their own alignment."""
    return Row(
        tuple(
            Cell(text, width, align=align)
            for text, width, align in zip(texts, widths, aligns, strict=True)
        )
    )
