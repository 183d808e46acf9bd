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
    handler: logging.Handler = logging.NullHandler()
    if log_dir is not None:
        # A station folder that cannot be read must still end in a one-line refusal: an
        # error here would leave logging without a handler, and Python's last resort
        # would print the next logged traceback on stderr (issue #17).
        try:
            if log_dir.is_dir():
                handler = logging.handlers.RotatingFileHandler(
                    log_dir / LOG_FILE, maxBytes=5_000_000, backupCount=5, encoding="utf-8"
                )
        except OSError:
            pass
    handler.setFormatter(formatter)
    root.addHandler(handler)
