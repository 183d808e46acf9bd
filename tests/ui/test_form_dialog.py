"""The form dialog: fields from the kind, the missing or wrong field named as one types."""

from pytestqt.qtbot import QtBot

from app.services.auth import Actor
from app.services.form_queries import get_form
from app.services.station import StationContext
from app.ui.form_checks import read_form_setup
from app.ui.form_dialog import FormDialog
from app.ui.form_field_widgets import ChoiceEditor, DateTimeEditor, LineEditor
from tests.ui.conftest import sign_in


def open_dialog(qtbot: QtBot, context: StationContext, actor: Actor, kind: str) -> FormDialog:
    dialog = FormDialog(context, actor, read_form_setup(context))
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
    dialog.show()
    return dialog


def settled(qtbot: QtBot, dialog: FormDialog) -> str:
    qtbot.waitUntil(lambda: not dialog.is_checking, timeout=10_000)
    return dialog.message_label.text() if dialog.message_label.isVisible() else ""


def test_only_the_kinds_the_role_files_are_offered(qtbot: QtBot, context: StationContext) -> None:
    dialog = open_dialog(qtbot, context, sign_in(context, "liwei"), "interruption-report")
    kinds = {dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())}
    assert kinds == {"retrieval", "viewing", "copy", "media-release", "interruption-report",
                     "device-fault", "handover"}  # fmt: skip
    assert isinstance(dialog.editor("reason"), ChoiceEditor)
    assert isinstance(dialog.editor("activity_start"), DateTimeEditor)
    reasons = dialog.editor("reason").combo  # type: ignore[attr-defined]
    assert reasons.findText("恶劣天气") > 0 or reasons.count() > 3


def test_the_missing_field_is_named_as_one_types_and_a_valid_form_submits(
    qtbot: QtBot, context: StationContext
) -> None:
    officer = sign_in(context, "liwei")
    dialog = open_dialog(qtbot, context, officer, "handover")
    assert "接收管理员" in settled(qtbot, dialog) and "移交内容（文件）" in settled(qtbot, dialog)
    administrator = dialog.editor("administrator")
    assert isinstance(administrator, LineEditor)
    administrator.edit.setText("nobody")
    message = settled(qtbot, dialog)
    assert "接收管理员" in message and "nobody" in message
    dialog.submit_button.click()  # refused at once: nothing reaches the service
    assert not dialog.is_busy and dialog.isVisible()
    administrator.edit.setText("chenjing")
    dialog.editor("files").set_value("FILE0003.MP4")
    dialog.editor("total_bytes").set_value("12x")
    assert "12x" in settled(qtbot, dialog)
    dialog.editor("total_bytes").set_value("1048576")
    assert settled(qtbot, dialog) == ""
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.submit_button.click()
    form = get_form(context, officer, saved.args[0].id)
    assert form.state == "submitted"
    assert form.fields["administrator"] == "chenjing"
    assert form.fields["total_bytes"] == "1048576"
    assert [s.step for s in form.steps] == ["submit"]


def test_a_draft_is_saved_without_its_required_fields_and_edited_later(
    qtbot: QtBot, context: StationContext
) -> None:
    officer = sign_in(context, "liwei")
    dialog = open_dialog(qtbot, context, officer, "retrieval")
    dialog.editor("case_no").set_value("馆公(刑)立字〔2026〕77号")
    assert "调取事由" in settled(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_button.click()
    draft = saved.args[0]
    assert draft.state == "draft" and draft.fields["case_no"] == "馆公(刑)立字〔2026〕77号"
    edit = FormDialog(context, officer, read_form_setup(context), form=draft, mode="edit")
    qtbot.addWidget(edit)
    assert edit.editor("case_no").value() == "馆公(刑)立字〔2026〕77号"
    edit.editor("purpose").set_value("作为证据使用")
    edit.targets_edit.setText("1, 2")
    assert settled(qtbot, edit) == ""
    with qtbot.waitSignal(edit.saved, timeout=10_000) as submitted:
        edit.submit_button.click()
    form = submitted.args[0]
    assert (form.id, form.state) == (draft.id, "submitted")
    assert [str(t) for t in form.targets] == ["recording:1", "recording:2"]
