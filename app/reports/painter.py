"""Drawing laid-out pages onto a reportlab canvas: the page furniture, the rules, the text.

The furniture of every page is the same for all registers and forms: the unit and the
title, 编号 and period, a QR code linking the paper to its record, the signers' lines,
the printer, the print time, the audit chain head and "第 x 页 共 y 页".
"""

import gc
import io
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.reports.fonts import HEI, SONG, body_face_for, face
from app.reports.meta import PrintMeta
from app.reports.ops import RuleOps, TextOps
from app.reports.pagination import PAD_X, PAD_Y, Block, MeasuredCell, Page, Paginator, Type
from app.reports.sheet import Align, Sheet, Signature, Style
from app.reports.text import wrap

MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 15 * mm, 12 * mm, 12 * mm
HEADER_HEIGHT = 30 * mm
FOOTER_HEIGHT = 13 * mm
SIGNERS_HEIGHT = 9 * mm
QR_SIZE = 21 * mm
TITLE_SIZE = 18.0  # 小二号
INFO_SIZE = 9.0
THIN, THICK = 0.5, 1.1
QR_FORM = "record-qr"
NOTE_SIZE, NOTE_LEADING = 8.5, 11.5
# Streams are Flate-compressed binary; ASCII85 on top only makes them larger and slower.
rl_config.useA85 = 0
COMPACT = Type(size=9.0, leading=12.0, note_size=8.5)  # 小五号, for tables inside forms


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int


def render_sheet(sheet: Sheet, meta: PrintMeta, link: str, kind: Type) -> RenderedPdf:
    """Lay ``sheet`` out page by page and draw it; returns the PDF bytes and page count.

    The cyclic garbage collector is paused meanwhile: a long register holds hundreds of
    thousands of small acyclic objects, and full collections over them while they grow
    would make the time per row rise with the length of the register.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _render(sheet, meta, link, kind)
    finally:
        if was_enabled:
            gc.enable()


def _render(sheet: Sheet, meta: PrintMeta, link: str, kind: Type) -> RenderedPdf:
    size = landscape(A4) if sheet.landscape else A4
    width = size[0] - MARGIN_LEFT - MARGIN_RIGHT
    body = size[1] - MARGIN_TOP - MARGIN_BOTTOM - HEADER_HEIGHT - FOOTER_HEIGHT
    if sheet.page_signers:
        body -= SIGNERS_HEIGHT
    notes = note_lines(sheet, width)
    body -= len(notes) * NOTE_LEADING + (2 * mm if notes else 0)
    paginator = Paginator(width, body, kind, COMPACT)
    for section in sheet.sections:
        paginator.add_section(section)
    pages = paginator.pages
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=size,
        pageCompression=1,
        initialFontName=face(SONG).name,
        initialFontSize=9,
        lang="zh-CN",
    )

    canvas.setTitle(sheet.title)
    canvas.setAuthor(f"{meta.unit_name} {meta.printer_name}")
    canvas.setSubject(link)
    canvas.setCreator("执法记录管理工作站 Evidence Station")
    _define_qr(canvas, link)
    for number, page in enumerate(pages, start=1):
        painter = _PagePainter(canvas, size, sheet, meta, kind)
        painter.furniture(number, len(pages))
        painter.body(page)
        canvas.showPage()
    canvas.save()
    return RenderedPdf(buffer.getvalue(), len(pages))


def note_lines(sheet: Sheet, width: float) -> list[str]:
    """The sheet's 注 wrapped to the page; printed above the signers on every page."""
    song = face(SONG)
    return [line for note in sheet.notes for line in wrap(note, song, NOTE_SIZE, width)]


def _define_qr(canvas: Canvas, link: str) -> None:
    """Draw the QR code once as a form XObject; every page then only references it.

    The modules are drawn as one filled path straight from the encoder: no graphics
    renderer, which would also pull an unembedded Helvetica into the PDF.
    """
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(link)
    code.make()
    count = code.getModuleCount()
    quiet = 2
    module = QR_SIZE / (count + 2 * quiet)
    canvas.beginForm(QR_FORM, 0, 0, QR_SIZE, QR_SIZE)
    path = canvas.beginPath()
    for row in range(count):
        for col in range(count):
            if code.isDark(row, col):
                x = (col + quiet) * module
                y = QR_SIZE - (row + quiet + 1) * module
                path.rect(x, y, module, module)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.endForm()


class _PagePainter:
    def __init__(
        self, canvas: Canvas, size: tuple[float, float], sheet: Sheet, meta: PrintMeta, kind: Type
    ) -> None:
        self.c, self.sheet, self.meta, self.kind = canvas, sheet, meta, kind
        self.page_width, self.page_height = size
        self.left = MARGIN_LEFT
        self.right = size[0] - MARGIN_RIGHT
        self.top = size[1] - MARGIN_TOP - HEADER_HEIGHT
        self.notes = note_lines(sheet, self.right - self.left)

    def furniture(self, number: int, total: int) -> None:
        c, top = self.c, self.page_height - MARGIN_TOP
        c.saveState()
        c.translate(self.right - QR_SIZE, top - QR_SIZE)
        c.doForm(QR_FORM)
        c.restoreState()
        middle = (self.left + self.right) / 2
        title = c.beginText()
        title.setTextRenderMode(2)  # fill and stroke: a heavier 黑体 for the title
        c.setLineWidth(0.45)
        title.setFont(HEI, TITLE_SIZE)
        title.setTextOrigin(
            middle - face(HEI).width(self.sheet.title, TITLE_SIZE) / 2, top - 13 * mm
        )
        title.textOut(self.sheet.title)
        c.drawText(title)
        info_y = top - HEADER_HEIGHT + 3 * mm
        self._text(SONG, INFO_SIZE, self.left, info_y, f"单位：{self.meta.unit_name}")
        if self.sheet.period:
            self._text(SONG, INFO_SIZE, middle, info_y, self.sheet.period, Align.CENTER)
        if self.sheet.number:
            self._text(
                SONG, INFO_SIZE, self.right, info_y, f"编号：{self.sheet.number}", Align.RIGHT
            )
        self._footer(number, total)

    def _footer(self, number: int, total: int) -> None:
        c, base = self.c, MARGIN_BOTTOM
        if self.sheet.page_signers:
            slot = (self.right - self.left) / len(self.sheet.page_signers)
            for index, signer in enumerate(self.sheet.page_signers):
                x = self.left + index * slot
                self._text(SONG, 10.5, x, base + FOOTER_HEIGHT + 2.5 * mm, f"{signer}：")
                label = face(SONG).width(f"{signer}：", 10.5)
                c.setLineWidth(THIN)
                c.line(
                    x + label,
                    base + FOOTER_HEIGHT + 1.8 * mm,
                    x + slot - 6 * mm,
                    base + FOOTER_HEIGHT + 1.8 * mm,
                )
        y = base + FOOTER_HEIGHT + (SIGNERS_HEIGHT if self.sheet.page_signers else 0) + 1 * mm
        y += (len(self.notes) - 1) * NOTE_LEADING
        for line in self.notes:
            self._text(SONG, NOTE_SIZE, self.left, y, line)
            y -= NOTE_LEADING
        c.setLineWidth(THIN)
        c.line(self.left, base + 8.5 * mm, self.right, base + 8.5 * mm)
        printer = f"打印人：{self.meta.printer_name}（{self.meta.printer_login}）"
        line_y = base + 5 * mm
        self._text(SONG, 8, self.left, line_y, f"{printer}  打印时间：{self.meta.printed_text}")
        station = f"工作站 {self.meta.station_code}  审计链头 {self.meta.chain_text}"
        self._text(SONG, 8, self.right, line_y, station, Align.RIGHT)
        page = f"第 {number} 页  共 {total} 页"
        self._text(SONG, 9, (self.left + self.right) / 2, base, page, Align.CENTER)

    def _text(
        self, font: str, size: float, x: float, y: float, text: str, align: Align = Align.LEFT
    ) -> None:
        metrics = face(font) if font == HEI else body_face_for(text)
        if align is not Align.LEFT:
            shift = metrics.width(text, size)
            x -= shift / 2 if align is Align.CENTER else shift
        self.c.setFont(metrics.name, size)
        self.c.drawString(x, y, text)

    def body(self, page: Page) -> None:
        y = self.top
        text = TextOps(self.c)
        rules = RuleOps()
        frames: list[tuple[float, float]] = []
        for block in page.blocks:
            y -= block.gap_before
            y = self._block(block, y, text, rules, frames)
        self.c.addLiteral(text.literal())
        self.c.addLiteral(rules.literal(THIN))
        self.c.setLineWidth(THICK)
        width = self.right - self.left
        for frame_top, frame_bottom in frames:
            self.c.rect(self.left, frame_bottom, width, frame_top - frame_bottom)

    def _block(
        self, block: Block, y: float, text, rules, frames: list[tuple[float, float]]
    ) -> float:
        width = self.right - self.left
        ruled_top: float | None = None
        ruled_bottom = y
        for row in block.rows:
            bottom = y - row.height
            x = self.left
            if row.row.ruled:
                ruled_top = y if ruled_top is None else ruled_top
                ruled_bottom = bottom
                rules.moveTo(self.left, bottom)
                rules.lineTo(self.right, bottom)
            for cell in row.cells:
                cell_width = cell.cell.width * width
                if row.row.ruled and x > self.left + 0.1:
                    rules.moveTo(x, y)
                    rules.lineTo(x, bottom)
                _draw_cell(text, cell, x, y, cell_width, row.height)
                if cell.cell.signature is not None and row.signed:
                    _draw_signature(
                        self.c, text, rules, cell.cell.signature, cell, x + cell_width, bottom
                    )
                x += cell_width
            y = bottom
        if ruled_top is not None:
            frames.append((ruled_top, ruled_bottom))
        return y


def _draw_cell(text, cell: MeasuredCell, x: float, top: float, width: float, height: float) -> None:
    style, lines, leading, size = cell.cell.style, cell.lines, cell.leading, cell.size
    align = cell.cell.align or (Align.CENTER if style in (Style.HEAD, Style.LABEL) else Align.LEFT)
    signature_room = leading * 1.8 if cell.cell.signature is not None else 0.0
    used = len(lines) * leading
    if cell.cell.top or style is Style.NOTE:
        first_top = top - PAD_Y
    else:
        first_top = top - (height - signature_room - used) / 2
    baseline = first_top - (leading - size) / 2 - size * 0.86
    text.setFont(cell.face.name, size)
    for line in lines:
        if line:
            offset = PAD_X
            if align is not Align.LEFT:
                free = width - 2 * PAD_X - cell.face.width(line, size)
                offset += free / 2 if align is Align.CENTER else free
            text.setTextOrigin(x + offset, baseline)
            text.textOut(line)
        baseline -= leading


def _draw_signature(
    canvas, text, rules, sign: Signature, cell: MeasuredCell, right: float, bottom: float
) -> None:
    """``签名：王建中    2026年11月26日`` at the foot of the cell, or lines to sign on."""
    size = cell.size
    baseline = bottom + PAD_Y + cell.leading * 0.45
    date = sign.date or "      年    月    日"
    name_width = (
        26 * mm if not sign.name else body_face_for(sign.name).width(sign.name, size) + 4 * mm
    )
    song = face(SONG)
    date_width = body_face_for(date).width(date, size)
    x_date = right - PAD_X - 3 * mm - date_width
    x_name = x_date - 6 * mm - name_width
    label = f"{sign.label}："
    x_label = x_name - song.width(label, size)
    text.setFont(SONG, size)
    text.setTextOrigin(x_label, baseline)
    text.textOut(label)
    if sign.name:
        text.setFont(body_face_for(sign.name).name, size)
        text.setTextOrigin(x_name + 2 * mm, baseline)
        text.textOut(sign.name)
    else:
        rules.moveTo(x_name, baseline - 1.5)
        rules.lineTo(x_name + name_width, baseline - 1.5)
    text.setFont(body_face_for(date).name, size)
    text.setTextOrigin(x_date, baseline)
    text.textOut(date)
