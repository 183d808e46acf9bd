"""No GUI code reads the English of an exception to decide what to show (issue #9).

Refusals carry a code and parameters; the GUI words them through the catalog
(``ui.errors.error_text``). Reading ``str(exc)``, ``exc.args`` or formatting an exception
into a text would bring back the matching of English messages this replaced.
"""

import re
from pathlib import Path

import app

UI = Path(app.__file__).parent / "ui"
_READS_MESSAGE = re.compile(
    r"str\((?:exc|error|err|e)\)|\b(?:exc|error|err)\.args\b|\{(?:exc|error|err)[}!]"
)
#: The internal-error box's details: a bug's type and text for the log reader, not wording.
_ALLOWED = {("errors.py", 'box.setDetailedText(f"{type(exc).__name__}: {exc}")')}


def test_no_gui_code_reads_an_exceptions_message() -> None:
    found = [
        (path.name, line.strip())
        for path in sorted(UI.rglob("*.py"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if _READS_MESSAGE.search(line)
    ]
    assert set(found) <= _ALLOWED, found


def test_the_scan_finds_what_it_looks_for() -> None:
    assert _READS_MESSAGE.search("self.show_message(str(exc))")
    assert _READS_MESSAGE.search('text = f"failed: {error}"')
