"""What every command shares: the parsed options, the station, the acting person."""

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TypeVar

from app.cli.arguments import path_text
from app.cli.progress_bar import run_with_bar, shows_progress
from app.core.errors import EvidenceStationError
from app.core.paths import default_home
from app.services import station
from app.services.auth import Actor, log_in, log_out
from app.workers.job import Job

PASSWORD_ENV = "EVIDENCE_STATION_PASSWORD"
USER_ENV = "EVIDENCE_STATION_USER"

T = TypeVar("T")


class CommandError(EvidenceStationError):
    """A command line that cannot be run as written."""


def checked_text(value: str, where: str, word: str = "") -> str:
    """``value`` when it is text; bytes that are not UTF-8 are refused here, not by a crash.

    Python hands such bytes on as lone surrogates (in arguments, the environment, standard
    input in the C locale); the database, argon2 and the log would each fail on them later.
    ``where`` names the source (a term of ``catalog.cli.TEXT_SOURCES``), never the value: it
    may be a password. ``word`` is the printable start of a command-line word.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        if word:
            raise CommandError("cli.word-not-utf8", word=word) from None
        raise CommandError("cli.not-utf8", where=where) from None
    return value


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise CommandError("cli.usage", detail=message)


class Invocation:
    """One run of a command: the parsed options and the station it works on."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.home = Path(args.home) if args.home is not None else default_home()
        checked_text(str(self.home), "the station folder's name")
        self._context: station.StationContext | None = None
        self._actor: Actor | None = None

    def context(self) -> station.StationContext:
        if self._context is None:
            self._context = station.open_station(self.home, self.args.db)
        return self._context

    def actor(self) -> Actor:
        """Log in as ``--user`` with the password from the environment or a prompt."""
        if self._actor is None:
            login = self.args.user or os.environ.get(USER_ENV)
            if not login:
                raise CommandError("cli.needs-user")
            checked_text(login, "the login (--user or EVIDENCE_STATION_USER)")
            password = os.environ.get(PASSWORD_ENV)
            if password is None:
                password = prompt(f"password for {login}: ")
            checked_text(password, "the password")
            self._actor = log_in(self.context(), login, password, client="cli")
        return self._actor

    def close(self) -> None:
        if self._context is not None:
            if self._actor is not None:
                log_out(self._context, self._actor)
            self._context.close()

    def run(self, job: Job[T]) -> T:
        """Run a long operation to its end; on a terminal it shows a progress bar."""
        return run_with_bar(job, show=shows_progress(self.args.json))

    def emit(self, document: object, text: str | Sequence[str]) -> None:
        if self.args.json:
            print(json.dumps(document, ensure_ascii=False, indent=2, default=str))
        else:
            print(text if isinstance(text, str) else "\n".join(text))


def prompt(question: str, *, otherwise: str = "set EVIDENCE_STATION_PASSWORD") -> str:
    """Ask on the terminal; without one, say what to do instead (a term of the catalog)."""
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandError("cli.no-password", otherwise=otherwise)
    try:
        return checked_text(getpass.getpass(question), "the password typed")
    except UnicodeDecodeError:
        raise CommandError("cli.not-utf8", where="the password typed") from None


def new_password(args: argparse.Namespace, whose: str, *, env_allowed: bool = False) -> str:
    """A password for a new account: standard input, the environment (``init`` only), a prompt.

    Only ``init`` may take it from ``EVIDENCE_STATION_PASSWORD``: elsewhere that variable
    holds the acting person's own password, which must not become someone else's.
    """
    if args.password_stdin:
        try:
            line = checked_text(sys.stdin.readline(), "--password-stdin: standard input")
        except UnicodeDecodeError:
            raise CommandError("cli.not-utf8", where="--password-stdin: standard input") from None
        if not line.strip():
            raise CommandError("cli.stdin-no-password")
        return line.rstrip("\r\n")
    if env_allowed and os.environ.get(PASSWORD_ENV):
        return checked_text(os.environ[PASSWORD_ENV], "EVIDENCE_STATION_PASSWORD")
    first = prompt(f"new password for {whose}: ", otherwise="give --password-stdin")
    if prompt("again: ", otherwise="give --password-stdin") != first:
        raise CommandError("cli.passwords-differ")
    return first


def add_global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Options every command takes, before or after its name."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--home", type=path_text, default=default, help="the station folder")
    parser.add_argument("--db", default=default, help="database URL (e.g. PostgreSQL)")
    parser.add_argument("--user", default=default, help="act as this login")
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="print one JSON document",
    )


def add_overwrite_option(parser: argparse.ArgumentParser) -> None:
    """``--overwrite`` for a command that writes a file: without it an existing file stays."""
    parser.add_argument("--overwrite", action="store_true", help="replace the file if it exists")


def add_command(
    subparsers: "argparse._SubParsersAction[Parser]",
    name: str,
    handler: Callable[[Invocation], int],
    help_text: str,
) -> argparse.ArgumentParser:
    """A sub-command that takes the global options too, run by ``handler``."""
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    add_global_options(parser, suppress=True)
    parser.set_defaults(handler=handler)
    return parser


def add_group(
    subparsers: "argparse._SubParsersAction[Parser]", name: str, help_text: str
) -> "argparse._SubParsersAction[Parser]":
    """A command with sub-commands of its own (``unit add``, ``audit verify``)."""
    group = subparsers.add_parser(name, help=help_text, description=help_text)
    return group.add_subparsers(dest=f"{name}_command", required=True, parser_class=Parser)
