"""The top of every page: a title, one line saying what the page is for, and its toolbar."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolBar, QVBoxLayout, QWidget


class PageHeader(QWidget):
    """Title and subtitle on the left; optional widgets (actions) on the right."""

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        self.subtitle_label = QLabel(subtitle)
        self.subtitle_label.setObjectName("pageSubtitle")
        self.subtitle_label.setWordWrap(True)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title_label)
        texts.addWidget(self.subtitle_label)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 4)
        self._layout.addLayout(texts, 1)

    def add_widget(self, widget: QWidget) -> None:
        """Put ``widget`` at the right end of the header."""
        self._layout.addWidget(widget)


def make_page_toolbar() -> QToolBar:
    """An empty toolbar for a page's actions, below its header, alike on every page."""
    toolbar = QToolBar()
    toolbar.setObjectName("pageToolBar")
    toolbar.setIconSize(QSize(18, 18))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return toolbar
