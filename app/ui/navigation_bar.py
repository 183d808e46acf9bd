"""The dark navigation column on the left of the main window: brand, pages, signed-in user."""

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import app_icon

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class NavigationBar(QWidget):
    """A list of pages with icons; the current page is highlighted.

    Signals:
        page_selected(str): the id of the page the user picked.
    """

    page_selected = Signal(str)

    def __init__(
        self, unit_name: str, user_text: str, role_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("navBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFixedWidth(228)
        self.list = QListWidget()
        self.list.setObjectName("navList")
        self.list.setIconSize(QSize(20, 20))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(36, 36))
        brand = QLabel(self.tr("Recording Station"))
        brand.setObjectName("navBrand")
        unit = QLabel(unit_name)
        unit.setObjectName("navBrandSub")
        unit.setWordWrap(True)
        brand_texts = QVBoxLayout()
        brand_texts.setSpacing(2)
        brand_texts.addWidget(brand)
        brand_texts.addWidget(unit)
        brand_row = QHBoxLayout()
        brand_row.setSpacing(10)
        brand_row.addWidget(logo)
        brand_row.addLayout(brand_texts, 1)

        user = QLabel(user_text)
        user.setObjectName("navUser")
        role = QLabel(role_text)
        role.setObjectName("navUserRole")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 18, 8, 16)
        layout.setSpacing(6)
        layout.addLayout(brand_row)
        layout.addSpacing(18)
        layout.addWidget(self.list, 1)
        footer = QVBoxLayout()
        footer.setContentsMargins(12, 0, 12, 0)
        footer.setSpacing(2)
        footer.addWidget(user)
        footer.addWidget(role)
        layout.addLayout(footer)

    def add_page(self, page_id: str, text: str, page_icon: QIcon) -> None:
        item = QListWidgetItem(page_icon, text)
        item.setData(PAGE_ROLE, page_id)
        item.setSizeHint(QSize(0, 44))
        self.list.addItem(item)

    def page_ids(self) -> list[str]:
        return [str(self.list.item(i).data(PAGE_ROLE)) for i in range(self.list.count())]

    def labels(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def select(self, page_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(PAGE_ROLE) == page_id:
                self.list.setCurrentRow(i)
                return

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_list_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None:
            self.page_selected.emit(str(current.data(PAGE_ROLE)))
