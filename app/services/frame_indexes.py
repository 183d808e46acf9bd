"""Frame indexes of recordings, built once and kept in the store (issue #5, DESIGN §3.2).

Indexing demuxes the whole file; for a two-hour recording that is seconds of disk reading,
too slow to repeat on every opening. The index is keyed by the vault object (one per
SHA-256), so a duplicate hand-over shares it, and it lives in the database rather than the
station folder so that every station of a shared PostgreSQL store reuses it. It is derived
data: an index of another format version is rebuilt from the original, never trusted.
"""

import logging
import threading
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.core.errors import EvidenceStationError, NotFoundError
from app.integrity.vault import Vault
from app.media.frame_index import FORMAT_VERSION, FrameIndex, build_index
from app.services.auth import Actor
from app.services.station import StationContext
from app.store.recordings import Recording, VaultObject
from app.store.review import StoredFrameIndex

log = logging.getLogger(__name__)


def vault_copy(context: StationContext, sha256: str) -> Path:
    """The vault file holding these bytes; a missing one is an integrity problem, not a bug."""
    path = Vault(context.paths.vault).path_for(sha256)
    if not path.is_file():
        raise NotFoundError("vault.copy-missing", digest=sha256[:12])
    return path


def recording_index(context: StationContext, actor: Actor, recording_id: int) -> FrameIndex:
    """The recording's frame index: from the store, or built from its vault copy and kept.

    Raises:
        NotFoundError: no such recording, or its vault copy is gone.
        UnreadableMediaError, NotVideoError: the original holds no readable video.
    """
    with context.store.read() as session:
        found = session.execute(
            select(VaultObject.id, VaultObject.sha256, StoredFrameIndex)
            .join(Recording, Recording.vault_object_id == VaultObject.id)
            .outerjoin(StoredFrameIndex, StoredFrameIndex.vault_object_id == VaultObject.id)
            .where(Recording.id == recording_id)
        ).first()
        if found is None:
            raise NotFoundError("recording.not-found", id=recording_id)
        object_id, sha256, stored = found
        if stored is not None and stored.format_version == FORMAT_VERSION:
            return FrameIndex.from_bytes(stored.data)
    index = build_index(vault_copy(context, sha256))
    _keep(context, actor, object_id, sha256, index)
    return index


def index_recordings(
    context: StationContext,
    actor: Actor,
    recording_ids: Iterable[int],
    cancel: threading.Event | None = None,
) -> int:
    """Index recordings ahead of review (the import's background hook); returns how many.

    A recording whose original holds no video (an audio recorder's file, a damaged one) is
    skipped with a log line: review reports that when someone opens it.
    """
    done = 0
    for recording_id in recording_ids:
        if cancel is not None and cancel.is_set():
            break
        try:
            recording_index(context, actor, recording_id)
            done += 1
        except (EvidenceStationError, ValueError) as exc:
            # Unreadable, refused or gone: review says so when someone opens it.
            log.info("recording %d not indexed: %s", recording_id, exc)
    return done


def _keep(
    context: StationContext, actor: Actor, object_id: int, sha256: str, index: FrameIndex
) -> None:
    """Store the index (replacing one of an older format); a concurrent builder may win."""
    try:
        with context.store.write() as session:
            stored = session.scalar(
                select(StoredFrameIndex).where(StoredFrameIndex.vault_object_id == object_id)
            )
            if stored is not None and stored.format_version == FORMAT_VERSION:
                return
            if stored is None:
                stored = StoredFrameIndex(vault_object_id=object_id)
                session.add(stored)
            stored.format_version = FORMAT_VERSION
            stored.frame_count = len(index)
            stored.built_at = context.clock()
            stored.data = index.to_bytes()
            session.flush()
            context.audit.record(
                session,
                actor=actor.login,
                action="recording.index-frames",
                target_kind="vault-object",
                target_id=sha256,
                details={"frames": len(index), "format": FORMAT_VERSION},
            )
    except IntegrityError:
        log.info("frame index of %s stored by another process meanwhile", sha256[:12])
