"""Every refusal raised in ``app/`` has a code the catalog words in English and in Chinese.

The codes are found by reading the source, not from a list kept by hand: every call of an
``EvidenceStationError`` class (raised, returned or stored) is a site. A new code without
texts, a text whose placeholders differ from the parameters given, a term table that does
not exist, or English left in a Chinese text each fail here.
"""

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import app
from app.core.catalog import TEXTS
from app.core.errors import EvidenceStationError
from app.core.messages import placeholders, term_tables

APP = Path(app.__file__).parent

#: ASCII a Chinese text may keep: command names and options, variables, formats, units.
_ASCII_ALLOWED = re.compile(
    r"HH:MM:SS\.mmm|--[a-z-]+|(?:evidence-station|audit) \w+|[A-Z][A-Z0-9_=.:-]+|Windows"
    r"|\b(?:ingest|verify|init|report)\b"
    r"|\b(?:UTF-8|PDF|PNG|SM3|SM2|USB|ID)\b|\.[a-z0-9]+\b|[a-z]+:[A-Z]+"
)


def _load_every_module() -> None:
    """Import ``app`` except the GUI, so that every error class and term table exists."""
    for info in pkgutil.walk_packages([str(APP)], "app."):
        if not info.name.startswith(("app.ui", "app.store.migrations")):
            importlib.import_module(info.name)


def _error_classes() -> set[str]:
    found, todo = set(), [EvidenceStationError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found


def _sites() -> list[tuple[str, ast.Call]]:
    """``(where, call)`` for each construction of a domain error in ``app/``."""
    _load_every_module()
    names = _error_classes()
    sites = []
    for path in sorted(APP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name in names:
                    sites.append((f"{path.relative_to(APP.parent)}:{node.lineno}", node))
    return sites


SITES = _sites()
CODED = [
    (where, call)
    for where, call in SITES
    if call.args and isinstance(call.args[0], ast.Constant) and call.args[0].value in TEXTS
]


def test_every_refusal_is_raised_with_a_catalog_code() -> None:
    uncoded = [
        f"{where}: {ast.unparse(call)[:80]}"
        for where, call in SITES
        if (where, call) not in CODED
        # ``deny`` raises the refusal it was handed, code and parameters unchanged.
        and not (call.args and ast.unparse(call.args[0]) == "refusal.code")
    ]
    assert uncoded == []


def test_the_source_raises_many_coded_refusals() -> None:
    # The scan itself works: it finds the sites this test exists for.
    assert len(CODED) > 200


@pytest.mark.parametrize(("where", "call"), CODED, ids=[where for where, _ in CODED])
def test_a_raise_site_gives_the_parameters_its_texts_name(where: str, call: ast.Call) -> None:
    code = call.args[0].value  # type: ignore[attr-defined]
    given = {keyword.arg for keyword in call.keywords}
    if None in given:  # **params: checked where they are built
        return
    english, chinese = (_names(text) for text in TEXTS[code])
    assert english == given, f"{where}: {code} names {sorted(english)}, given {sorted(given)}"
    assert chinese <= given, f"{where}: {code} in Chinese names {sorted(chinese - given)}"


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_a_code_has_an_english_and_a_chinese_text(code: str) -> None:
    english, chinese = TEXTS[code]
    assert re.fullmatch(r"[a-z][a-z0-9-]*(\.[a-z0-9-]+)+", code)
    assert english.strip() and chinese.strip()
    assert english.replace("…", "").isascii()
    assert re.search(r"[\u4e00-\u9fff]", chinese), chinese
    tables = term_tables()
    for text in (english, chinese):
        for _, spec in placeholders(text):
            table = spec.split(":")[0]
            assert not table or table in tables, f"{code}: no term table {table!r}"
    # Chinese may leave out a detail only English has (a library's own English words).
    assert _names(chinese) <= _names(english)
    words = _ASCII_ALLOWED.sub("", re.sub(r"\{[^}]*\}", "", chinese))
    assert not re.search(r"[A-Za-z]{2,}", words), f"{code}: English in {chinese!r}"


def test_every_code_the_catalog_holds_is_raised_somewhere() -> None:
    raised = {call.args[0].value for _, call in CODED}  # type: ignore[attr-defined]
    messages = set(re.findall(r"Message\(\s*\"([a-z0-9.-]+)\"", _all_source()))
    assert set(TEXTS) - raised - messages == set()


def _names(text: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for name, _ in placeholders(text)}


def _all_source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(APP.rglob("*.py")))
