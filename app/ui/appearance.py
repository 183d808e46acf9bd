"""How the application looks: style, palette, font and the few style-sheet rules it needs.

On Windows the native style and "Microsoft YaHei UI" are used; elsewhere Fusion with a calm
light palette and the CJK font shipped in ``resources/fonts``, so Chinese renders on any
machine.
"""

import logging
import sys

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from app.core.resources import resource_path

log = logging.getLogger(__name__)

SHIPPED_FONT_FILE = "wqy-microhei.ttc"
WINDOWS_FONT = "Microsoft YaHei UI"
SHIPPED_FONT = "WenQuanYi Micro Hei"
FONT_POINT_SIZE = 10

NAVY = "#16263d"
ACCENT = "#1d5fa6"
BROKEN = "#c62828"
INTACT = "#1e7b34"

_PALETTE: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: "#eef1f5",
    QPalette.ColorRole.WindowText: "#1f2933",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f5f7fa",
    QPalette.ColorRole.Text: "#1f2933",
    QPalette.ColorRole.Button: "#f7f8fa",
    QPalette.ColorRole.ButtonText: "#1f2933",
    QPalette.ColorRole.Highlight: ACCENT,
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1f2933",
    QPalette.ColorRole.PlaceholderText: "#8a94a3",
    QPalette.ColorRole.Link: ACCENT,
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#e3e8ee",
    QPalette.ColorRole.Mid: "#c9d1db",
    QPalette.ColorRole.Dark: "#9aa5b1",
    QPalette.ColorRole.Shadow: "#6b7683",
}

STYLE_SHEET = f"""
QWidget#navBar {{ background: {NAVY}; }}
QLabel#navBrand {{ color: #ffffff; font-size: 12pt; font-weight: 600; }}
QLabel#navBrandSub {{ color: #8fa3bb; font-size: 9pt; }}
QListWidget#navList {{
    background: transparent; border: none; color: #d7e0ea; font-size: 10.5pt; outline: 0;
}}
QListWidget#navList::item {{ padding: 9px 10px; margin: 2px 10px; border-radius: 6px; }}
QListWidget#navList::item:selected {{ background: #2a5c99; color: #ffffff; }}
QListWidget#navList::item:hover:!selected {{ background: #213652; }}
QLabel#navUser {{ color: #d7e0ea; }}
QLabel#navUserRole {{ color: #8fa3bb; font-size: 9pt; }}
QLabel#pageTitle {{ font-size: 16pt; font-weight: 600; color: #15202b; }}
QLabel#pageSubtitle {{ color: #5b6776; }}
QFrame#card {{ background: #ffffff; border: 1px solid #d8dee6; border-radius: 8px; }}
QLabel#cardTitle {{ color: {ACCENT}; font-size: 11pt; font-weight: 600; }}
QLabel#fieldName {{ color: #5b6776; }}
QLabel#fieldValue {{ color: #15202b; }}
QLabel#sectionTitle {{ font-weight: 600; color: #15202b; }}
QTableView, QTreeView {{
    border: 1px solid #d8dee6; background: #ffffff; gridline-color: #edf0f4;
    selection-background-color: #d3e3f6; selection-color: #15202b;
}}
QHeaderView::section {{
    background: #f1f4f8; color: #3b4754; font-weight: 600; padding: 6px 8px;
    border: none; border-bottom: 1px solid #d8dee6; border-right: 1px solid #e6eaef;
}}
QToolBar#pageToolBar {{ background: transparent; border: none; spacing: 6px; }}
QToolBar#pageToolBar QToolButton {{
    padding: 5px 10px; border: 1px solid #c9d1db; border-radius: 4px; background: #ffffff;
}}
QToolBar#pageToolBar QToolButton:hover {{ background: #eaf1fa; border-color: #8fb0d6; }}
QToolBar#pageToolBar QToolButton:disabled {{ color: #a3acb8; background: #f5f7fa; }}
QPushButton#primaryButton {{
    background: {ACCENT}; color: #ffffff; border: 1px solid #174d87; border-radius: 4px;
    padding: 6px 18px;
}}
QPushButton#primaryButton:hover {{ background: #236bb8; }}
QPushButton#primaryButton:disabled {{ background: #8fb0d6; border-color: #8fb0d6; }}
QFrame#filterBar {{ background: #ffffff; border: 1px solid #d8dee6; border-radius: 6px; }}
QStatusBar {{ background: #e4e8ee; border-top: 1px solid #cfd6df; }}
QStatusBar::item {{ border: none; }}
QStatusBar QLabel {{ padding: 0 10px; }}
QLabel#chainIntact {{ color: {INTACT}; font-weight: 600; }}
QLabel#chainBroken {{
    color: #ffffff; background: {BROKEN}; font-weight: 600; border-radius: 3px;
}}
QLabel#chainBrokenText {{ color: {BROKEN}; font-weight: 600; }}
QLabel#chainPending {{ color: #5b6776; }}
QLabel#inlineError {{
    color: {BROKEN}; background: #fdecea; border: 1px solid #f5c2bd; border-radius: 4px;
    padding: 6px 8px;
}}
QLabel#inlineOk {{
    color: {INTACT}; background: #e8f5ec; border: 1px solid #b7dfc2; border-radius: 4px;
    padding: 6px 8px;
}}
QWidget#loginBanner {{ background: {NAVY}; }}
QLabel#loginTitle {{ color: #ffffff; font-size: 15pt; font-weight: 600; }}
QLabel#loginSubtitle {{ color: #b8c6d6; }}
"""


def load_fonts(app: QApplication) -> None:
    """Register the shipped CJK font and make the application font one that has Chinese."""
    font_file = resource_path("fonts", SHIPPED_FONT_FILE)
    if QFontDatabase.addApplicationFont(str(font_file)) < 0:
        log.warning("cannot load the shipped font %s", font_file)
    families = [SHIPPED_FONT]
    if sys.platform == "win32" and WINDOWS_FONT in QFontDatabase.families():
        families.insert(0, WINDOWS_FONT)
    font = QFont(app.font())
    font.setFamilies(families)
    font.setPointSize(FONT_POINT_SIZE)
    app.setFont(font)


def apply_style(app: QApplication) -> None:
    """Fusion and the calm palette off Windows; the native style on Windows."""
    if sys.platform != "win32":
        app.setStyle("Fusion")
        palette = QPalette()
        for role, color in _PALETTE.items():
            palette.setColor(role, QColor(color))
        for role in (
            QPalette.ColorRole.Text,
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.ButtonText,
        ):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa5b1"))
        app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)


def configure_appearance(app: QApplication) -> None:
    load_fonts(app)
    apply_style(app)
