"""Where a file a person names may be written: never on the station's own files (DESIGN §3.3).

Every command and dialog that writes a file chosen by a person (a still, a frame, a PDF, a
saved copy) checks it here before anything is decoded, rendered or audited. Issue #17
found ``still 1 --out HOME/audit-head.png`` writing its provenance sidecar over the audit
chain's head file; the side files a writer adds beside its output are checked as well.
"""

from collections.abc import Sequence
from pathlib import Path

from app.core.atomic import write_atomically
from app.core.errors import ValidationError
from app.core.paths import StationPaths


def check_output_file(
    paths: StationPaths,
    out: Path,
    *,
    suffix: str,
    side_suffixes: Sequence[str] = (),
    overwrite: bool = False,
) -> Path:
    """Refuse ``out`` unless it is a new (or, with ``overwrite``, replaceable) file of ours.

    Args:
        paths: the station folder whose own files are out of bounds.
        out: the file the person named.
        suffix: the one extension the output may have (``".png"``, ``".pdf"``).
        side_suffixes: files the writer adds beside ``out`` (``".json"`` for provenance).
        overwrite: whether an existing file may be replaced; the station's own never are.

    Returns:
        ``out`` as a ``Path``.

    Raises:
        ValidationError: the name, the folder, or the files it would replace are refused.
    """
    out = Path(out)
    if out.suffix.lower() != suffix:
        raise ValidationError("output.wrong-suffix", path=out, suffix=suffix)
    if not out.parent.is_dir():
        raise ValidationError("output.no-folder", path=out.parent)
    if out.is_dir():
        raise ValidationError("output.is-a-folder", path=out, suffix=suffix)
    sides = [out.with_suffix(side) for side in side_suffixes]
    if paths.owns(out):
        raise ValidationError("output.station-file", path=out)
    for side in sides:
        if paths.owns(side):
            raise ValidationError("output.companion-station-file", path=out, side=side)
    if not overwrite:
        for target in (out, *sides):
            if target.exists() or target.is_symlink():
                raise ValidationError("output.exists", path=target)
    return out


def check_output_folder(paths: StationPaths, folder: Path) -> Path:
    """Refuse a folder a person names for copies (a backup disk) in the station's own folder.

    A backup inside the station folder is no second copy, and one that holds the station
    would be walked into by the next import of that folder.

    The folder itself may be new (a fresh backup disk), but the place it goes must exist:
    a mistyped drive or parent is refused rather than created as a stray tree.

    Raises:
        ValidationError: ``folder`` is, lies inside or holds the station folder, or its
            parent folder does not exist.
    """
    folder = Path(folder)
    if paths.overlaps(folder):
        raise ValidationError("output.station-folder", path=folder)
    if not folder.absolute().parent.is_dir():
        raise ValidationError("output.no-folder", path=folder.absolute().parent)
    return folder


def save_copy(paths: StationPaths, source: Path, out: Path, *, overwrite: bool) -> Path:
    """Copy a finished output (a generated PDF) to where the person wants it, whole or not.

    The copy goes through a temporary file and a rename, so a target that is a hard link
    to something else is replaced, never written through.

    Raises:
        ValidationError: ``out`` is refused (``check_output_file``) or cannot be written.
    """
    out = check_output_file(paths, out, suffix=Path(source).suffix.lower(), overwrite=overwrite)
    try:
        write_atomically(out, Path(source).read_bytes())
    except OSError as exc:
        raise ValidationError(
            "output.unwritable", path=out, reason=exc.strerror or str(exc)
        ) from exc
    return out
