"""Saying that a file was saved where the user looks, with a way to its folder (#16.5).

A line in a side panel was easy to miss and replaced what the panel said before; a short
message box names the file and offers to open the folder that holds it.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def announce_saved(parent: QWidget | None, path: Path, detail: str = "") -> QMessageBox:
    """Open (not exec: the caller's work goes on) a notice that ``path`` was saved."""
    box = QMessageBox(parent)
    box.setObjectName("savedNotice")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("SavedNotice", "Saved"))
    box.setText(QCoreApplication.translate("SavedNotice", "Saved to {path}").format(path=path))
    if detail:
        box.setInformativeText(detail)
    open_button = box.addButton(
        QCoreApplication.translate("SavedNotice", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Ok)

    def on_clicked(button: QAbstractButton) -> None:
        if button is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    box.buttonClicked.connect(on_clicked)
    box.open()
    return box
