"""The form detail pane: a short form shown after a long one starts at the top."""

from pytestqt.qtbot import QtBot

from app.ui.form_detail import FieldGrid


def test_rows_of_the_next_form_start_at_the_top(qtbot: QtBot) -> None:
    grid = FieldGrid()
    qtbot.addWidget(grid)
    grid.resize(400, 700)
    for number in range(20):
        grid.add_row(f"字段 {number}", "值")
    grid.finish()
    grid.clear()
    first = grid.add_row("申请人", "周建（zhoujian）")
    grid.add_row("单位", "城关派出所")
    grid.finish()
    grid.show()
    qtbot.waitExposed(grid)
    assert first.geometry().top() < 30
