"""The Chinese translation is complete and compiled: every GUI string is in the .ts and .qm."""

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.core.resources import resource_path

UI_DIR = Path(__file__).resolve().parents[2] / "app" / "ui"
TS_FILE = resource_path("translations", "evidence_station_zh_CN.ts")
QM_FILE = resource_path("translations", "evidence_station_zh_CN.qm")


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def strings_in_code() -> set[tuple[str | None, str]]:
    """(context, source) of every tr/translate/QT_TRANSLATE_NOOP call with literal text."""
    found: set[tuple[str | None, str]] = set()
    for path in sorted(UI_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = [_literal(arg) for arg in node.args]
            if name == "tr" and args and args[0] is not None:
                found.add((None, args[0]))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and args[1]:
                found.add((args[0], args[1]))
    return found


def ts_messages() -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(TS_FILE)
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def test_every_string_in_the_code_is_in_the_ts_file() -> None:
    messages = ts_messages()
    sources = {source for _context, source in messages}
    missing = [
        (context, source)
        for context, source in strings_in_code()
        if (source not in sources if context is None else (context, source) not in messages)
    ]
    assert missing == [], "run pyside6-lupdate (resources/translations/README.md)"


def test_every_entry_is_translated() -> None:
    unfinished = [
        key
        for key, message in ts_messages().items()
        if (translation := message.find("translation")) is None
        or translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not (translation.text or "").strip()
    ]
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    import re

    placeholder = re.compile(r"\{\w+\}")
    for (context, source), message in ts_messages().items():
        translation = message.findtext("translation") or ""
        assert sorted(placeholder.findall(source)) == sorted(placeholder.findall(translation)), (
            context,
            source,
        )


def test_the_qm_file_is_compiled_from_the_ts_file() -> None:
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    stale = [
        key
        for key, message in ts_messages().items()
        if translator.translate(key[0], key[1]) != message.findtext("translation")
    ]
    assert stale == [], "run pyside6-lrelease (resources/translations/README.md)"


@pytest.mark.parametrize("name", ["evidence_station_zh_CN.ts", "evidence_station_zh_CN.qm"])
def test_translation_files_are_shipped(name: str) -> None:
    assert resource_path("translations", name).stat().st_size > 0
