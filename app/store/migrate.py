"""Bringing a store to the schema this version expects, on every start."""

from pathlib import Path

from alembic import command, util
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app.core.errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _knows(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except util.CommandError:
        return False


def upgrade_to_head(engine: Engine) -> None:
    """Apply every migration the store lacks; refuse a store written by a newer version."""
    current = current_revision(engine)
    script = ScriptDirectory.from_config(_config())
    if current is not None and not _knows(script, current):
        raise StoreError(
            f"the database is at schema {current}, newer than this program knows: "
            "install the newer Evidence Station"
        )
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
