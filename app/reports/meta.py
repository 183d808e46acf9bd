"""What every printed page says about its printing: who, when, where, and the chain head."""

import hashlib
import json
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote

from app.core.clock import local_text

LINK_SCHEME = "evidence-station"


@dataclass(frozen=True)
class PrintMeta:
    """The facts of one printing, printed in the page furniture of every page.

    ``chain_seq``/``chain_hash`` are the audit chain head at the moment of printing, so the
    paper can be placed in the log even if the log grows afterwards.
    """

    station_code: str
    unit_name: str
    printer_name: str
    printer_login: str
    printed_at: datetime
    chain_seq: int
    chain_hash: str
    # The fingerprint of the station key that signs this head (issue #17, item 4), so the
    # paper also says which key a later verification must find.
    key_fingerprint: str = ""

    @property
    def printed_text(self) -> str:
        return local_text(self.printed_at)

    @property
    def chain_text(self) -> str:
        text = f"#{self.chain_seq} · {self.chain_hash[:16]}"
        return f"{text} · 签名密钥 {self.key_fingerprint}" if self.key_fingerprint else text


def _plain(value: object) -> object:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in fields(value)}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, frozenset | set):
        return sorted(str(v) for v in value)
    return str(value)


def data_digest(payload: object) -> str:
    """SHA-256 of the report's data in a canonical JSON form; the QR code carries it."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, default=_plain)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_link(station_code: str, kind: str, record_id: str, digest: str) -> str:
    """``evidence-station://<station>/<kind>/<id>?sha256=<digest>``: paper → record."""
    return (
        f"{LINK_SCHEME}://{quote(station_code, safe='')}/{kind}/"
        f"{quote(record_id, safe='')}?sha256={digest}"
    )
