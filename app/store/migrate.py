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


def head_revisions() -> set[str]:
    """The newest revision of each feature's branch (features migrate independently)."""
    return set(ScriptDirectory.from_config(_config()).get_heads())


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(MigrationContext.configure(connection).get_current_heads())


def _knows(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except util.CommandError:
        return False


def upgrade_to_head(engine: Engine) -> None:
    """Apply every migration the store lacks; refuse a store written by a newer version."""
    script = ScriptDirectory.from_config(_config())
    unknown = sorted(rev for rev in current_revisions(engine) if not _knows(script, rev))
    if unknown:
        raise StoreError(
            f"the database is at schema {', '.join(unknown)}, newer than this program knows: "
            "install the newer Evidence Station"
        )
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
