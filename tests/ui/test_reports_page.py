"""The printing page: generate a register, preview it, print it to a PDF printer."""

import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas
from sqlalchemy import select

from app.services.auth import Actor
from app.services.printing import record_paper_print
from app.services.station import StationContext
from app.store.models import AuditEntry
from app.ui.reports_page import KIND_ROLE, ReportsPage
from tests.ui.conftest import open_window, sign_in


def audit_actions(context: StationContext) -> list[str]:
    with context.store.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def select_kind(page: ReportsPage, kind: str) -> None:
    for row in range(page.kinds.count()):
        if page.kinds.item(row).data(KIND_ROLE).kind == kind:
            page.kinds.setCurrentRow(row)
            return
    raise AssertionError(f"no report kind {kind}")


def generate(qtbot: QtBot, page: ReportsPage) -> None:
    page.whole_period.setChecked(True)
    page.generate_button.click()
    qtbot.waitUntil(lambda: not page.is_busy and page.document.pageCount() > 0, timeout=20_000)


def test_roster_is_generated_previewed_and_audited(
    qtbot: QtBot, context: StationContext, manager: Actor
) -> None:
    window = open_window(qtbot, context, manager)
    page = window.show_page("reports")
    select_kind(page, "people-roster")
    generate(qtbot, page)
    assert page.print_button.isEnabled()
    assert "人员名册" in page.status_label.text()
    assert audit_actions(context)[-1] == "report.print"
    printed = list((context.paths.root / "printouts").glob("people-roster-*.pdf"))
    assert len(printed) == 1


def test_choosing_another_kind_puts_the_old_printout_away(
    qtbot: QtBot, context: StationContext, manager: Actor
) -> None:
    window = open_window(qtbot, context, manager)
    page = window.show_page("reports")
    assert page.preview.currentWidget() is not page.view  # the hint, before any printout
    select_kind(page, "people-roster")
    page.whole_period.setChecked(True)
    page.generate_button.click()
    assert not page.kinds.isEnabled()  # the kind stays as asked while it is generated
    qtbot.waitUntil(lambda: not page.is_busy, timeout=20_000)
    assert page.kinds.isEnabled()
    assert page.preview.currentWidget() is page.view and page.print_button.isEnabled()
    select_kind(page, "audit-extract")
    assert page.preview.currentWidget() is not page.view
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    assert page.status_label.text() == ""


def test_printing_renders_every_page(
    qtbot: QtBot, context: StationContext, manager: Actor, tmp_path: Path
) -> None:
    window = open_window(qtbot, context, manager)
    page = window.show_page("reports")
    select_kind(page, "audit-extract")
    generate(qtbot, page)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "paper.pdf"))
    page.print_to(printer)
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "paper.pdf")], capture_output=True, text=True, check=True
    ).stdout
    pages = next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:"))
    assert int(pages) == page.document.pageCount() > 1


def test_paper_print_is_audited(context: StationContext, manager: Actor, tmp_path: Path) -> None:
    from app.services.printing import print_report

    printed = print_report(context, manager, "people-roster", tmp_path / "roster.pdf")
    record_paper_print(context, manager, printed, "办公室打印机", 2)
    assert audit_actions(context)[-2:] == ["report.print", "report.paper"]


def test_officers_have_no_printing_page(qtbot: QtBot, context: StationContext) -> None:
    window = open_window(qtbot, context, sign_in(context, "liwei"))
    assert "reports" not in window.page_ids()


def test_preview_settles_at_every_size(
    qtbot: QtBot, context: StationContext, manager: Actor, tmp_path: Path
) -> None:
    """#16.2: fit-to-width with a scroll bar that came and went relaid the view forever.

    At some sizes (the maximized window was one) the page fitted without the bar, was then
    too tall, got the bar, fitted narrower and no longer needed it: the GUI thread looped.
    A landscape A4 page 800 pixels high did so at widths near 1125 (this test then never
    ended: the view kept relaying itself inside processEvents).
    """
    pdf = tmp_path / "landscape.pdf"
    sheet = canvas.Canvas(str(pdf), pagesize=landscape(A4))
    sheet.drawString(72, 72, "ledger")
    sheet.save()
    page = ReportsPage(context, manager)
    qtbot.addWidget(page)
    page.document.load(str(pdf))
    view = page.view
    view.setParent(None)  # sized here alone, not by the page's layout
    qtbot.addWidget(view)
    view.show()
    changes: list[int] = []
    view.verticalScrollBar().rangeChanged.connect(lambda *_: changes.append(1))
    app = QApplication.instance()
    looping = []
    for width in range(1090, 1160):
        view.resize(width, 800)
        for _ in range(3):
            app.processEvents()
        changes.clear()
        for _ in range(12):
            app.processEvents()
        if len(changes) > 4:
            looping.append(width)
    assert looping == []


def test_save_as_offers_the_registers_title_and_says_where_it_went(
    qtbot: QtBot,
    context: StationContext,
    manager: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """#16.10 and #16.5: a Chinese name with the printout number; a notice, not silence."""
    window = open_window(qtbot, context, manager)
    page = window.show_page("reports")
    select_kind(page, "people-roster")
    generate(qtbot, page)
    offered: list[str] = []
    target = tmp_path / "我的副本.pdf"

    def ask(parent: object, title: str, name: str, filters: str) -> tuple[str, str]:
        offered.append(name)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    page.save_button.click()
    [name] = offered
    assert Path(name).name == f"人员名册-{page._printed.number}.pdf"
    assert Path(name).is_absolute()  # in the documents folder, not wherever the program runs
    assert target.read_bytes() == page._printed.path.read_bytes()
    notice = page.findChild(QMessageBox, "savedNotice")
    assert notice is not None and str(target) in notice.text()


def test_a_form_without_its_number_or_a_backward_period_is_said_plainly(
    qtbot: QtBot, context: StationContext, manager: Actor
) -> None:
    """#16.3: the CLI's "give its id (--id)" reached the GUI; now nothing is generated."""
    window = open_window(qtbot, context, manager)
    page = window.show_page("reports")
    select_kind(page, "custody-report")
    page.record_edit.clear()
    page.generate_button.click()
    assert not page.is_busy
    assert page.status_label.text() == "请填写要打印的记录编号。"
    select_kind(page, "people-roster")
    page.whole_period.setChecked(False)
    page.since_edit.setDate(page.until_edit.date().addDays(3))
    page.generate_button.click()
    assert not page.is_busy
    assert page.status_label.text() == "结束日期早于开始日期。"
    assert "report.print" not in audit_actions(context)
