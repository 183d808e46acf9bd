"""Commands on video files themselves: probe one, write one exact frame (DESIGN §3.2).

``probe`` and ``frame`` on a bare file need no station and no ``--user``: they read a file
the clerk already has. ``frame RECORDING_ID`` reads the recording's vault copy instead: it
acts for ``--user``, needs the right to view that recording and is logged as a viewing.
"""

import argparse
from pathlib import Path

from app.cli.arguments import FRAME, RECORD_ID, path_text
from app.cli.invocation import CommandError, Invocation, add_command, add_overwrite_option
from app.core.paths import StationPaths
from app.media.frame_index import load_or_build
from app.media.frames import FrameReader
from app.media.probe import probe
from app.media.stills import write_still
from app.media.timecode import format_clock
from app.services.output_files import check_output_file
from app.services.stills_register import export_frame


def cmd_probe(inv: Invocation) -> int:
    info = probe(Path(inv.args.file))
    inv.emit(
        info.as_json(),
        [
            f"{info.path}",
            f"  {info.codec} {info.width}x{info.height} rotation {info.rotation}",
            f"  {info.frames} frames, {info.fps:g} fps{' (variable)' if info.vfr else ''}, "
            f"{format_clock(info.duration)}, starts at {info.start_time:g} s",
            f"  audio: {info.audio_codec or 'none'}",
        ],
    )
    return 0


def recording_id_of(source: str) -> int | None:
    """A RECORDING_ID: an integer that does not name an existing file."""
    text = source.strip()
    if not (text.isascii() and text.isdigit()) or Path(source).exists():
        return None
    try:
        return RECORD_ID(text)
    except argparse.ArgumentTypeError as exc:
        raise CommandError("cli.recording-id", detail=str(exc)) from None


def cmd_frame(inv: Invocation) -> int:
    a = inv.args
    recording_id = recording_id_of(a.source)
    if recording_id is not None:
        return _frame_of_recording(inv, recording_id)
    source = Path(a.source)
    out = check_output_file(
        StationPaths(inv.home), Path(a.out), suffix=".png", overwrite=a.overwrite
    )
    with FrameReader(source, load_or_build(source)) as reader:
        picture = reader.picture(a.index)
        seconds = float(reader.index.seconds()[a.index])
    digest, _ = write_still(picture, out)
    inv.emit(
        {
            "source": str(source),
            "index": a.index,
            "media_time": round(seconds, 6),
            "width": int(picture.shape[1]),
            "height": int(picture.shape[0]),
            "out": str(a.out),
            "sha256": digest,
        },
        f"frame {a.index} ({format_clock(seconds)}) written to {a.out}",
    )
    return 0


def _frame_of_recording(inv: Invocation, recording_id: int) -> int:
    """The vault copy's frame, for a person allowed to view it; logged as a viewing (R6.5)."""
    a = inv.args
    export = export_frame(
        inv.context(), inv.actor(), recording_id, a.index, Path(a.out), overwrite=a.overwrite
    )
    inv.emit(
        export.as_json(),
        f"frame {a.index} ({format_clock(export.media_time)}) of recording {recording_id} "
        f"written to {a.out}",
    )
    return 0


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = add_command(commands, "probe", cmd_probe, "describe a video file (exact frame count)")
    p.add_argument("file", type=path_text)
    p = add_command(commands, "frame", cmd_frame, "write exactly frame N of a video as PNG")
    p.add_argument("source", type=path_text, help="a video file, or a recording id (needs --user)")
    p.add_argument("--index", type=FRAME, required=True, help="frame number, from 0")
    p.add_argument("--out", type=path_text, required=True, help="the .png to write")
    add_overwrite_option(p)
