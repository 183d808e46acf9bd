"""The headless commands (DESIGN §3.1); the GUI and these share every service.

Each ``*_commands`` module registers the commands of one feature. Bad input of any kind
ends in one line on stderr (Chinese or English: ``messages.language_from_environment``)
and a non-zero exit: 2 for input the station refuses, 1 for a
check that found a problem or a damaged store, 3 for a bug (logged in full); 141 when the
reader of standard output went away.
"""

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.cli import station_commands
from app.cli.invocation import (
    CommandError,
    Invocation,
    Parser,
    add_global_options,
    checked_text,
)
from app.core.config import read_config
from app.core.errors import DamagedError, EvidenceStationError
from app.core.logs import configure_logging
from app.core.messages import CHINESE, Message, language_from_environment
from app.core.paths import StationPaths, default_home

log = logging.getLogger(__name__)

EXIT_DAMAGED, EXIT_BAD_INPUT, EXIT_BUG = 1, 2, 3
#: What a shell reports for a tool killed by SIGPIPE (128 + 13): ``… | head`` stopped reading.
EXIT_STDOUT_CLOSED = 141
#: The feature modules and the top-level commands each registers. Only the module of the
#: command being run is imported (loading them all costs a second at every start); ``--help``
#: and unknown commands load them all. A test keeps this table equal to the parsers.
FEATURES: dict[str, tuple[str, ...]] = {
    "station_commands": ("init", "profiles", "profile", "demo"),
    "people_commands": ("unit", "user"),
    "audit_commands": ("audit",),
    "media_commands": ("probe", "frame"),
    "report_commands": ("report",),
    "device_commands": ("device",),
    "ingest_commands": ("ingest", "verify", "recordings"),
    "form_commands": ("form", "compliance"),
    "review_commands": ("marker", "markers", "still", "stills", "angle", "angles", "viewings"),
}
_GLOBAL_WITH_VALUE = ("--home", "--db", "--user")


def _command_name(argv: Sequence[str]) -> str | None:
    """The first word of ``argv`` that is not a global option or its value."""
    words = iter(argv)
    for word in words:
        if word in _GLOBAL_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def _features_for(argv: Sequence[str]) -> list[str]:
    name = _command_name(argv)
    owners = [module for module, names in FEATURES.items() if name in names]
    return owners or list(FEATURES)


def build_parser(features: Sequence[str] = tuple(FEATURES)) -> argparse.ArgumentParser:
    """The parser with the commands of ``features`` (module names of ``FEATURES``)."""
    parser = Parser(prog="evidence-station", description="执法记录管理工作站 Evidence Station")
    add_global_options(parser, suppress=False)
    parser.add_argument("--version", action="version", version=f"evidence-station {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check this installation")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    for feature in features:
        importlib.import_module(f"app.cli.{feature}").register(commands)
    return parser


def run(argv: Sequence[str]) -> int:
    for word in argv:
        checked_text(word, "", word=ascii(word)[:60])
    args = build_parser(_features_for(argv)).parse_args(argv)
    inv = Invocation(args)
    configure_logging(StationPaths(inv.home).logs)
    try:
        if args.self_test:
            return station_commands.cmd_self_test(inv)
        if args.command is None:
            raise CommandError("cli.no-command")
        return int(args.handler(inv))
    finally:
        inv.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``evidence-station`` console script and of ``main.py``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        from app.ui.launch import run_gui

        return run_gui(default_home(), None, login=None)
    # Until the station's log is open, a logged error must not reach stderr as a traceback
    # through Python's last-resort handler: the user sees one line, whatever happens.
    logging.getLogger().addHandler(logging.NullHandler())
    try:
        code = run(argv)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return code
    except DamagedError as exc:
        return _refuse(argv, exc.message, EXIT_DAMAGED)
    except EvidenceStationError as exc:
        return _refuse(argv, exc.message, EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        return _refuse(argv, Message("cli.interrupted"), EXIT_BAD_INPUT)
    except BrokenPipeError:
        return _stdout_closed()
    except Exception as exc:  # noqa: BLE001 - the one boundary that turns bugs into a line
        log.exception("internal error")
        return _refuse(argv, Message("cli.internal-error", {"detail": repr(exc)}), EXIT_BUG)


def _refuse(argv: Sequence[str], message: Message, code: int) -> int:
    """The one line on stderr that every refusal ends in, in the run's language."""
    language = language_from_environment(lambda: _station_language(argv))
    print(f"evidence-station: {message.text(language)}", file=sys.stderr)
    return code


def _station_language(argv: Sequence[str]) -> str:
    """The language in the settings of the station ``--home`` names; Chinese without one."""
    home = default_home()
    words = list(argv)
    for index, word in enumerate(words):
        if word == "--home" and index + 1 < len(words):
            home = Path(words[index + 1])
        elif word.startswith("--home="):
            home = Path(word.partition("=")[2])
    try:
        return read_config(StationPaths(home)).language
    except EvidenceStationError:
        return CHINESE


def _stdout_closed() -> int:
    """The reader of our output went away (``… | head -1``): end quietly, like a shell tool.

    Standard output is pointed at the null device so that the interpreter's own flush at
    exit does not fail a second time and print a warning (issue #16, item 12).
    """
    log.info("standard output closed by its reader")
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())
    os.close(null)
    return EXIT_STDOUT_CLOSED
