"""The table of which module holds which command agrees with the parsers themselves."""

import argparse
import importlib
import re
from pathlib import Path

import pytest

from app.cli import FEATURES, _command_name, build_parser


def registered_commands(module_name: str) -> set[str]:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers()
    importlib.import_module(f"app.cli.{module_name}").register(commands)
    return set(commands.choices)


@pytest.mark.parametrize("module_name", list(FEATURES))
def test_each_feature_lists_exactly_its_commands(module_name: str) -> None:
    assert registered_commands(module_name) == set(FEATURES[module_name])


def test_the_full_parser_knows_every_listed_command() -> None:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(action.choices) == {name for names in FEATURES.values() for name in names}


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["--home", "h", "--user", "u", "unit", "add", "X"], "unit"),
        (["--json", "user", "list"], "user"),
        (["--db", "postgresql://x", "init", "--profile", "p"], "init"),
        (["--version"], None),
    ],
)
def test_the_command_is_found_behind_global_options(argv: list[str], expected: str | None) -> None:
    assert _command_name(argv) == expected


def command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[str]:
    """Every command a user can type, sub-commands spelled out (``marker add``)."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [" ".join(prefix)]
    return [path for name, sub in subs[0].choices.items()
            for path in command_paths(sub, (*prefix, name))]  # fmt: skip


def test_docs_describe_every_command() -> None:
    """#16.18: docs/commands.md once left nine commands out."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "commands.md").read_text("utf-8")
    undocumented = [
        path
        for path in command_paths(build_parser())
        if not re.search(rf"(^\| |/ )`{re.escape(path)}[ `]", doc, re.MULTILINE)
    ]
    assert undocumented == []
