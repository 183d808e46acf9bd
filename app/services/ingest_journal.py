"""The import journal: what a running import set out to do and what it has committed.

One JSON file per run in ``<station>/journal/``, rewritten atomically after each committed
file and removed when the run ends. A journal still there at start-up is a run that was
killed or cancelled; ``ingest --resume`` carries it on with the same officer, device and
options, and reports the files it had already committed as imported, not as duplicates.

A resume always ends (issue #17: a file that failed the same way every time kept every
resume failing). The journal counts each file's failed attempts and the runs that took it
over; a file that failed ``MAX_ATTEMPTS`` times, or every file still open after
``MAX_RUNS`` interrupted runs (a kill loop nothing else stops), is given up: reported as
failed with its reason, and the journal is finished. The camera's copy of a given-up file
is never cleared, so a new import can still take it.
"""

import json
import logging
import os
import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.core.atomic import write_atomically
from app.core.paths import StationPaths
from app.integrity.vault import process_alive

log = logging.getLogger(__name__)

#: Failed attempts of one file before it is given up.
MAX_ATTEMPTS = 3
#: Runs that took a journal over (each after a kill or a cancel) before the rest is given up.
MAX_RUNS = 10


@dataclass
class IngestJournal:
    """The state of one run.

    ``done`` maps a source path to ``[outcome, recording id]``; ``failures`` maps a source
    path to ``[failed attempts, last reason]``; ``runs`` counts the runs that took the
    journal over after an interruption.
    """

    path: Path
    actor: str
    request: dict[str, object]
    handover_id: int | None = None
    done: dict[str, list[object]] = field(default_factory=dict)
    pid: int = field(default_factory=os.getpid)
    failures: dict[str, list[object]] = field(default_factory=dict)
    runs: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def create(cls, paths: StationPaths, actor: str, request: dict[str, object]) -> "IngestJournal":
        folder = paths.journals
        folder.mkdir(exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        journal = cls(folder / f"ingest-{stamp}-{uuid.uuid4().hex[:8]}.json", actor, request)
        journal._save()
        return journal

    @classmethod
    def load(cls, path: Path) -> "IngestJournal":
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            path,
            data["actor"],
            data["request"],
            data["handover_id"],
            data["done"],
            data["pid"],
            data.get("failures", {}),
            int(data.get("runs", 0)),
        )

    def mark(self, source: Path, outcome: str, recording_id: int, handover_id: int) -> None:
        with self._lock:
            self.handover_id = handover_id
            self.done[str(source)] = [outcome, recording_id]
            self._save()

    def committed(self, source: Path) -> tuple[str, int] | None:
        entry = self.done.get(str(source))
        return (str(entry[0]), int(entry[1])) if entry else None  # type: ignore[call-overload]

    def failed_attempts(self, source: Path) -> tuple[int, str]:
        """How often ``source`` failed in the runs of this journal, and the last reason."""
        count, reason = self.failures.get(str(source), [0, ""])
        return int(count), str(reason)  # type: ignore[call-overload]

    def note_failures(self, failed: dict[Path, str]) -> None:
        """Count one more failed attempt for each of ``failed`` (source → reason)."""
        if not failed:
            return
        with self._lock:
            for source, reason in failed.items():
                count, _ = self.failed_attempts(source)
                self.failures[str(source)] = [count + 1, reason]
            self._save()

    def adopt(self) -> None:
        """Take over an interrupted run's journal: this process now writes it."""
        with self._lock:
            self.pid = os.getpid()
            self.runs += 1
            self._save()

    def finish(self) -> None:
        self.path.unlink(missing_ok=True)

    def _save(self) -> None:
        payload = {
            "actor": self.actor,
            "request": self.request,
            "handover_id": self.handover_id,
            "done": self.done,
            "pid": self.pid,
            "failures": self.failures,
            "runs": self.runs,
        }
        write_atomically(self.path, json.dumps(payload, ensure_ascii=False).encode("utf-8"))


def pending_journals(paths: StationPaths) -> list[IngestJournal]:
    """Runs that did not finish and whose process is gone, oldest first.

    A run still going in another process is not pending; a damaged journal is logged and
    left alone for a person to look at.
    """
    journals = []
    for path in sorted((paths.journals).glob("ingest-*.json")):
        try:
            journal = IngestJournal.load(path)
        except (OSError, ValueError, KeyError) as exc:
            log.warning("journal %s cannot be read: %s", path.name, exc)
            continue
        if journal.pid == os.getpid() or not process_alive(journal.pid):
            journals.append(journal)
    return journals
