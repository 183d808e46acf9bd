"""render_screenshots: the login dialog and every page the user may see, as real PNG files."""

from pathlib import Path

from PySide6.QtGui import QImage

from app.services.demo import DEMO_MANAGER, DEMO_PASSWORD
from app.ui.launch import SCREENSHOT_SIZE, render_screenshots

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_every_page_is_rendered(demo_home: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "shots" / "new"
    written = render_screenshots(demo_home, out_dir, DEMO_MANAGER, DEMO_PASSWORD)
    assert [path.name for path in written] == [
        "00-login.png",
        "01-overview.png",
        "02-recordings.png",
        "03-devices.png",
        "04-approvals.png",
        "05-compliance.png",
        "06-people.png",
        "07-reports.png",
        "08-audit.png",
    ]
    for path in written:
        assert path.parent == out_dir
        assert path.read_bytes().startswith(PNG_SIGNATURE)
    page = QImage(str(written[1]))
    assert (page.width(), page.height()) == SCREENSHOT_SIZE


def test_an_officer_gets_only_the_pages_they_may_see(demo_home: Path, tmp_path: Path) -> None:
    written = render_screenshots(demo_home, tmp_path, "liwei", DEMO_PASSWORD)
    assert [path.name for path in written] == [
        "00-login.png",
        "01-overview.png",
        "02-recordings.png",
        "03-devices.png",
        "04-approvals.png",
    ]
