"""Argument types with bounds: a number outside them is refused as the command is parsed.

``int`` alone takes ``9`` × 30 (SQLite cannot bind it: exit 3), ``-5`` for a limit (SQLite
reads a negative LIMIT as none) and ``٣`` (a non-ASCII digit); a float takes ``nan`` and
``inf``. Each bound here is what the value can mean at the station (issue #17 item 9,
issue #16 item 13); argparse turns the ``ArgumentTypeError`` into a one-line refusal.
"""

import argparse
import math
import re

from app.store.models import MAX_ID

_WHOLE = re.compile(r"[+-]?[0-9]+", re.ASCII)
_DECIMAL = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)", re.ASCII)


class BoundedInt:
    """An argparse type: a whole number, written in ASCII digits, from ``low`` to ``high``."""

    def __init__(self, low: int, high: int) -> None:
        self.low, self.high = low, high
        self.__name__ = "whole number"  # what argparse names in its own messages

    def __call__(self, text: str) -> int:
        if not _WHOLE.fullmatch(text.strip()):
            raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number")
        value = int(text)
        if not self.low <= value <= self.high:
            raise argparse.ArgumentTypeError(
                f"{text[:40]} is out of range: give a number from {self.low} to {self.high}"
            )
        return value


class BoundedDecimal:
    """An argparse type: a plain decimal number (no ``nan``, ``inf`` or exponent) in bounds."""

    def __init__(self, low: float, high: float) -> None:
        self.low, self.high = low, high
        self.__name__ = "number"

    def __call__(self, text: str) -> float:
        if not _DECIMAL.fullmatch(text.strip()):
            raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a number like 120.50")
        value = float(text)
        if not (math.isfinite(value) and self.low <= value <= self.high):
            raise argparse.ArgumentTypeError(
                f"{text[:40]} is out of range: give a number from {self.low:g} to {self.high:g}"
            )
        return value


def path_text(text: str) -> str:
    """An argparse type for a file or folder name: an empty one is refused, not taken as ``.``.

    ``Path("")`` is the working folder, so ``--mirror ''`` or ``--home ''`` would quietly
    mean "here" (issue #17 item 10 found such empty values accepted with exit 0).
    """
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty name: give a file or folder")
    return text


path_text.__name__ = "file or folder name"

#: A recording, form or other record id.
RECORD_ID = BoundedInt(1, MAX_ID)
#: A frame number, counted from 0.
FRAME = BoundedInt(0, MAX_ID)
#: How many rows a list prints: at least one, and no more than a person can read through.
LIMIT = BoundedInt(1, 100_000)
#: An amount of money in yuan (a device's compensation).
YUAN = BoundedDecimal(0, 10_000_000)
