"""Typed reading of one TOML table, so every profile error names the file and the dotted key.

A unit edits these files by hand; "handover.hours: must be a positive number, got -3" tells
the clerk exactly which line to fix, where a bare ``KeyError`` would not.
"""

import math
from collections.abc import Iterable
from typing import Any, NoReturn

from app.core.errors import PolicyError


class TableReader:
    """Reads values from one table at ``path`` inside profile ``source``.

    Every key read is remembered; ``finish()`` then rejects keys nobody asked for, which
    catches misspelt keys that would otherwise be silently ignored.
    """

    def __init__(self, table: object, source: str, path: str = "") -> None:
        self.source = source
        self.path = path
        if not isinstance(table, dict):
            self.fail(f"must be a table, got {_show(table)}")
        self._table: dict[str, Any] = table
        self._seen: set[str] = set()

    def key_path(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fail(self, message: str, key: str | None = None) -> NoReturn:
        """Raise a PolicyError naming the file and ``key`` (or this table)."""
        where = self.key_path(key) if key is not None else (self.path or "(top level)")
        raise PolicyError("policy.invalid", source=self.source, where=where, problem=message)

    def raw(self, key: str) -> Any:
        """The value under ``key``; a missing key is an error."""
        self._seen.add(key)
        if key not in self._table:
            self.fail("is missing", key)
        return self._table[key]

    def text(self, key: str, default: str | None = None) -> str:
        if default is not None and self._absent(key):
            return default
        value = self.raw(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(f"must be a non-empty string, got {_show(value)}", key)
        return value

    def optional_text(self, key: str) -> str | None:
        return None if self._absent(key) else self.text(key)

    def flag(self, key: str, default: bool) -> bool:
        if self._absent(key):
            return default
        value = self.raw(key)
        if not isinstance(value, bool):
            self.fail(f"must be true or false, got {_show(value)}", key)
        return value

    def number(self, key: str, *, allow_zero: bool = False) -> float:
        """A positive number (int or float); zero only when ``allow_zero``."""
        value = self.raw(key)
        ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        if not ok or value < 0 or (value == 0 and not allow_zero):
            wanted = "a number of zero or more" if allow_zero else "a positive number"
            self.fail(f"must be {wanted}, got {_show(value)}", key)
        return value

    def optional_number(self, key: str, *, allow_zero: bool = False) -> float | None:
        return None if self._absent(key) else self.number(key, allow_zero=allow_zero)

    def count(self, key: str) -> int:
        """A positive whole number (months, devices)."""
        value = self.raw(key)
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            self.fail(f"must be a positive whole number, got {_show(value)}", key)
        return value

    def optional_count(self, key: str) -> int | None:
        return None if self._absent(key) else self.count(key)

    def choice(self, key: str, allowed: Iterable[str], default: str | None = None) -> str:
        allowed = tuple(allowed)
        value = self.text(key, default)
        if value not in allowed:
            self.fail(f"must be one of {', '.join(allowed)}; got {value!r}", key)
        return value

    def optional_choice(self, key: str, allowed: Iterable[str]) -> str | None:
        return None if self._absent(key) else self.choice(key, allowed)

    def strings(self, key: str, *, default: tuple[str, ...] | None = None) -> tuple[str, ...]:
        """A list of non-empty strings; missing is an error unless a default is given."""
        if default is not None and self._absent(key):
            return default
        value = self.raw(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.fail(f"must be a list of strings, got {_show(value)}", key)
        return tuple(value)

    def table(self, key: str) -> "TableReader":
        return TableReader(self.raw(key), self.source, self.key_path(key))

    def optional_table(self, key: str) -> "TableReader | None":
        return None if self._absent(key) else self.table(key)

    def tables(self, key: str) -> list["TableReader"]:
        """An array of tables (``[[key]]``), which must not be empty."""
        value = self.raw(key)
        if not isinstance(value, list) or not value:
            self.fail(f"must be a non-empty array of tables, got {_show(value)}", key)
        return [
            TableReader(item, self.source, f"{self.key_path(key)}[{index}]")
            for index, item in enumerate(value)
        ]

    def finish(self) -> None:
        """Reject keys that were never read: they are typos or belong elsewhere."""
        unknown = [k for k in self._table if k not in self._seen]
        if unknown:
            self.fail("is not a known key", unknown[0])

    def _absent(self, key: str) -> bool:
        """Mark ``key`` as read and say whether it is missing (optional keys)."""
        self._seen.add(key)
        return key not in self._table


def _show(value: object) -> str:
    """A value as it would appear in the TOML file, for error messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list) and any(isinstance(v, dict) for v in value):
        return "a list of tables"
    if isinstance(value, str):
        return repr(value)
    return str(value)
