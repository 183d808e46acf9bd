"""Turning one report kind's data into a finished PDF: number, link, layout, drawing."""

import hashlib
import logging
from dataclasses import dataclass

from app.core.clock import STATION_TZ, as_utc
from app.reports.catalog import ReportKind
from app.reports.meta import PrintMeta, data_digest, record_link
from app.reports.painter import render_sheet

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RenderedReport:
    """A finished printout in memory; ``sha256`` is of the PDF bytes, ``link`` is in its QR."""

    data: bytes
    pages: int
    sha256: str
    number: str
    link: str


def print_number(kind: ReportKind, meta: PrintMeta) -> str:
    """编号 of a printed register: kind letters, print day, and the print's audit sequence.

    The print's own audit entry is the next link after the head printed on the page, so
    the number finds the entry that records this paper.
    """
    day = as_utc(meta.printed_at).astimezone(STATION_TZ).strftime("%Y%m%d")
    return f"{kind.code}-{day}-{meta.chain_seq + 1:06d}"


def render_report(
    kind: ReportKind, payload: object, meta: PrintMeta, *, record_id: str = "", period: str = ""
) -> RenderedReport:
    """Render ``payload`` (the kind's row list or form dataclass) as a PDF."""
    number = print_number(kind, meta)
    link = record_link(meta.station_code, kind.kind, record_id or number, data_digest(payload))
    sheet = kind.build(payload, period, number)
    rendered = render_sheet(sheet, meta, link, kind.type)
    digest = hashlib.sha256(rendered.data).hexdigest()
    log.info(
        "rendered %s %s: %d pages, sha256 %s",
        kind.kind,
        record_id or number,
        rendered.pages,
        digest[:16],
    )
    return RenderedReport(rendered.data, rendered.pages, digest, number, link)
