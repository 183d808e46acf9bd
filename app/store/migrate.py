"""Bringing a store to the schema this version expects, on every start.

Most starts find the store already current: that is decided from the ``alembic_version``
rows alone, so a command that runs for a second does not also spend half of it loading
Alembic. Alembic is imported only when there is something to migrate.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError

from app.core.errors import StoreError
from app.store.engine import damaged_store, is_damage

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")

#: The newest revision of each feature's branch (features migrate independently). A test
#: keeps this equal to what the migration scripts say.
SCHEMA_HEADS = frozenset({"0003", "0004", "0005", "0006", "0007", "0008"})


def _config() -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _scripts() -> "ScriptDirectory":
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revisions() -> set[str]:
    """The heads as the migration scripts define them."""
    return set(_scripts().get_heads())


def current_revisions(engine: Engine) -> set[str]:
    """The revisions the store is at; empty for a store that was never migrated."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version"))
            return {str(row[0]) for row in rows}
    except DatabaseError as exc:
        if is_damage(exc):  # a corrupt file must never be taken for a new, empty store
            raise damaged_store(
                engine.url.render_as_string(hide_password=True), str(exc.orig)
            ) from exc
        return set()  # no version table yet: a new, empty store


def _knows(script: "ScriptDirectory", revision: str) -> bool:
    from alembic import util

    try:
        return script.get_revision(revision) is not None
    except util.CommandError:
        return False


def upgrade_to_head(engine: Engine) -> None:
    """Apply every migration the store lacks; refuse a store written by a newer version."""
    if current_revisions(engine) == SCHEMA_HEADS:
        return
    from alembic import command

    script = _scripts()
    unknown = sorted(rev for rev in current_revisions(engine) if not _knows(script, rev))
    if unknown:
        raise StoreError("store.too-new", schema=unknown)
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
