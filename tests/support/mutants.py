"""Damaged copies of good media files, made the ways storage and attackers damage them.

Issue #17's campaign found decoder crashes with exactly these edits; the fault tests and
``scripts/campaign`` draw their mutants from here so that both try the same kinds of damage.
Every mutation is a pure function ``(data, rng) -> bytes`` of the file's bytes and a
``random.Random``: the same seed gives the same mutant on every machine and every run.

    from tests.support.mutants import mutants
    for mutant in mutants(Path("good.mp4"), seed=17, count=40):
        mutant.write_to(tmp_path)          # -> tmp_path / "good-0003-box-size.mp4"

Kinds (``KINDS``): bit flips, truncation, zeroed ranges, swapped chunks, MP4 box-size edits
(any box, and the box just before ``minf`` that broke ``ingest`` in the campaign), appended
garbage, header only.
"""

from __future__ import annotations

import random
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

Mutation = Callable[[bytes, random.Random], bytes]

#: Boxes that hold other boxes (ISO/IEC 14496-12); the walk descends into these.
_CONTAINER_BOXES = frozenset({b"moov", b"trak", b"mdia", b"minf", b"stbl", b"edts", b"dinf",
                              b"udta", b"mvex", b"moof", b"traf"})  # fmt: skip


@dataclass(frozen=True)
class Box:
    """One MP4 box: its type and where its 4-byte size field sits in the file."""

    kind: bytes
    offset: int
    size: int
    depth: int


def mp4_boxes(data: bytes) -> list[Box]:
    """Every box of an MP4/MOV file in file order, descending into container boxes."""
    boxes: list[Box] = []
    _walk(data, 0, len(data), 0, boxes)
    return boxes


def _walk(data: bytes, start: int, end: int, depth: int, boxes: list[Box]) -> None:
    at = start
    while at + 8 <= end:
        size, kind = struct.unpack(">I4s", data[at : at + 8])
        if size == 1 and at + 16 <= end:
            size = struct.unpack(">Q", data[at + 8 : at + 16])[0]
        elif size == 0:
            size = end - at
        if size < 8 or at + size > end:
            return
        boxes.append(Box(kind, at, size, depth))
        if kind in _CONTAINER_BOXES:
            _walk(data, at + 8, at + size, depth + 1, boxes)
        at += size


def box_before(data: bytes, kind: bytes) -> Box | None:
    """The box just before the first box of ``kind`` (``hdlr`` before ``minf``), if any."""
    boxes = mp4_boxes(data)
    found = [boxes[i - 1] for i, box in enumerate(boxes) if box.kind == kind and i > 0]
    return found[0] if found else None


def with_box_size(data: bytes, box: Box, size: int) -> bytes:
    """``data`` with ``box``'s 32-bit size field set to ``size``."""
    return data[: box.offset] + struct.pack(">I", size) + data[box.offset + 4 :]


def wrong_size_before_minf(source: Path, target: Path, size: int) -> Path:
    """A copy of ``source`` whose box before ``minf`` (``hdlr``) claims ``size`` bytes.

    The campaign's ``ingest`` crash (issue #17): PyAV then opens the file but has no codec
    for the video stream.
    """
    data = source.read_bytes()
    box = box_before(data, b"minf")
    if box is None:
        raise ValueError(f"{source} has no minf box")
    target.write_bytes(with_box_size(data, box, size))
    return target


def _set_box_size(data: bytes, box: Box, rng: random.Random) -> bytes:
    """A box size off by a little, by a lot, zero, or past the end of the file."""
    choices = [box.size + rng.randint(1, 64), max(0, box.size - rng.randint(1, 64)),
               0, 1, 7, 0xFFFFFFFF, rng.randrange(1 << 32)]  # fmt: skip
    return with_box_size(data, box, rng.choice(choices))


def bit_flips(data: bytes, rng: random.Random) -> bytes:
    """A few single bits flipped anywhere: a failing card or a cosmic ray."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        at = rng.randrange(len(out))
        out[at] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncation(data: bytes, rng: random.Random) -> bytes:
    """The file cut off somewhere: a battery that died mid-write."""
    return data[: rng.randrange(1, len(data))]


def zeroed_range(data: bytes, rng: random.Random) -> bytes:
    """A run of bytes zeroed: a flash page that was never written."""
    length = rng.randint(1, max(1, len(data) // 8))
    at = rng.randrange(len(data))
    return data[:at] + bytes(min(length, len(data) - at)) + data[at + length :]


def swapped_chunks(data: bytes, rng: random.Random) -> bytes:
    """Two equal-sized chunks exchanged: a file system that mixed up its blocks."""
    length = rng.randint(1, max(1, len(data) // 6))
    if 2 * length > len(data):
        return data[::-1]
    first = rng.randrange(len(data) - 2 * length + 1)
    second = rng.randrange(first + length, len(data) - length + 1)
    a, b = data[first : first + length], data[second : second + length]
    return data[:first] + b + data[first + length : second] + a + data[second + length :]


def box_size(data: bytes, rng: random.Random) -> bytes:
    """One MP4 box's size field rewritten (falls back to a bit flip for non-MP4 files)."""
    boxes = mp4_boxes(data)
    if not boxes:
        return bit_flips(data, rng)
    return _set_box_size(data, rng.choice(boxes), rng)


def box_before_minf(data: bytes, rng: random.Random) -> bytes:
    """The size of the box just before a ``minf`` rewritten: the campaign's ``ingest`` crash."""
    before = box_before(data, b"minf")
    if before is None:
        return box_size(data, rng)
    return _set_box_size(data, before, rng)


def appended_garbage(data: bytes, rng: random.Random) -> bytes:
    """Random bytes after the end: a recorder that wrote past its file."""
    return data + rng.randbytes(rng.randint(1, 4096))


def header_only(data: bytes, rng: random.Random) -> bytes:
    """Only the first bytes of the file: a copy interrupted right after it started."""
    return data[: rng.randint(8, min(len(data), 1024))]


KINDS: dict[str, Mutation] = {
    "bit-flips": bit_flips,
    "truncation": truncation,
    "zeroed-range": zeroed_range,
    "swapped-chunks": swapped_chunks,
    "box-size": box_size,
    "box-before-minf": box_before_minf,
    "appended-garbage": appended_garbage,
    "header-only": header_only,
}


@dataclass(frozen=True)
class Mutant:
    """One damaged copy: which original, which edit, and the resulting bytes."""

    source: Path
    number: int
    kind: str
    data: bytes

    @property
    def name(self) -> str:
        return f"{self.source.stem}-{self.number:04d}-{self.kind}{self.source.suffix}"

    def write_to(self, folder: Path) -> Path:
        path = folder / self.name
        path.write_bytes(self.data)
        return path


def mutate(data: bytes, kind: str, rng: random.Random) -> bytes:
    """``data`` damaged by the mutation named ``kind`` (a key of ``KINDS``)."""
    return KINDS[kind](data, rng)


def mutants(
    source: Path, *, seed: int, count: int, kinds: tuple[str, ...] = tuple(KINDS)
) -> Iterator[Mutant]:
    """``count`` mutants of ``source``, the kinds taken in turn; the same for the same seed.

    Each mutant has its own generator seeded from (seed, number), so mutant 7 is the same
    whether 10 or 1,000 are drawn.
    """
    data = source.read_bytes()
    for number in range(count):
        kind = kinds[number % len(kinds)]
        rng = random.Random(f"{seed}:{source.name}:{number}")
        yield Mutant(source, number, kind, mutate(data, kind, rng))


def zeroed_inside(source: Path, target: Path, at: float = 0.3, length: int = 200) -> Path:
    """A copy of ``source`` with ``length`` bytes zeroed at ``at`` of its size: inside the
    picture data of a small MP4, where the import's two-frame probe does not look."""
    data = source.read_bytes()
    start = int(len(data) * at)
    target.write_bytes(data[:start] + bytes(length) + data[start + length :])
    return target
