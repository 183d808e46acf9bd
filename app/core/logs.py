"""Logging to the station folder's log file: facts with ids, never passwords."""

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "evidence-station.log"


def configure_logging(log_dir: Path | None, *, verbose: bool = False) -> None:
    """Log to ``log_dir`` when the station has one; warnings only on stderr otherwise."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    if log_dir is not None and log_dir.is_dir():
        try:
            handler: logging.Handler = logging.handlers.RotatingFileHandler(
                log_dir / LOG_FILE, maxBytes=5_000_000, backupCount=5, encoding="utf-8"
            )
        except OSError:
            handler = logging.NullHandler()
    else:
        handler = logging.NullHandler()
    handler.setFormatter(formatter)
    root.addHandler(handler)
