"""Where the GUI puts the PDFs it generates: the station's own printouts folder."""

from datetime import UTC, datetime
from pathlib import Path

from app.services.station import StationContext


def new_printout_path(context: StationContext, stem: str) -> Path:
    """A fresh file name for a printout of ``stem``; the folder is made when missing.

    Printouts stay in the station folder: footage metadata never goes to a temp dir.
    """
    folder = context.paths.root / "printouts"
    folder.mkdir(exist_ok=True)
    return folder / f"{stem}-{datetime.now(UTC):%Y%m%d%H%M%S%f}.pdf"
