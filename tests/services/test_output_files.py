"""An output a person names never lands on the station's own files (issue #17 item 5)."""

import os
import sys
from pathlib import Path

import pytest

from app.core.errors import ValidationError
from app.core.paths import StationPaths
from app.services.output_files import check_output_file, check_output_folder, save_copy
from app.services.station import init_station
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def paths(tmp_path: Path) -> StationPaths:
    """A real station folder (database, vault, logs, head file on disk)."""
    with init_station(
        tmp_path / "station",
        profile_id="guantao-psb",
        unit_name="馆陶县公安局",
        admin_login="admin",
        admin_password=ADMIN_PASSWORD,
    ) as station:
        return station.paths


OWN = [
    "station.toml",
    "station.db",
    "station.db-wal",
    "audit-head.json",
    "vault/ab/cd/new.png",
    "vault/incoming/x.pdf",
    "logs/evidence-station.png",
    "journal/ingest-1.json",
    "audit-keys.json",
]


@pytest.mark.parametrize("name", OWN)
def test_each_own_place_is_owned(paths: StationPaths, name: str) -> None:
    assert paths.owns(paths.root / name)


@pytest.mark.parametrize("name", ["station.db.pdf", "audit-head.png", "anything.pdf"])
def test_nothing_goes_at_the_top_of_the_station_folder(paths: StationPaths, name: str) -> None:
    assert paths.owns(paths.root / name)


@pytest.mark.parametrize("name", ["printouts/r.pdf", "stills/s.png", "vaults/x.png"])
def test_the_rest_of_the_folder_is_not(paths: StationPaths, name: str) -> None:
    assert not paths.owns(paths.root / name)


def test_a_still_beside_the_head_file_is_refused(paths: StationPaths, tmp_path: Path) -> None:
    """``still 1 --out HOME/audit-head.png`` wrote its sidecar over the head (issue #17)."""
    head_before = paths.audit_head.read_bytes()
    with pytest.raises(ValidationError, match="station's own files"):
        check_output_file(
            paths, paths.root / "audit-head.png", suffix=".png", side_suffixes=(".json",)
        )
    sneaky = tmp_path / "pictures"
    sneaky.mkdir()
    (sneaky / "still.json").symlink_to(paths.audit_head)
    with pytest.raises(ValidationError, match="companion file .*still.json"):
        check_output_file(
            paths, sneaky / "still.png", suffix=".png", side_suffixes=(".json",), overwrite=True
        )
    assert paths.audit_head.read_bytes() == head_before


def test_overwrite_never_opens_the_station_own_files(paths: StationPaths) -> None:
    for out in (paths.root / "vault" / "x.png", paths.logs / "x.png"):
        with pytest.raises(ValidationError, match="station's own files"):
            check_output_file(paths, out, suffix=".png", overwrite=True)


def test_symbolic_links_are_followed(paths: StationPaths, tmp_path: Path) -> None:
    """A link to the station folder, or a link named .png pointing at the database."""
    alias = tmp_path / "alias-of-home"
    alias.symlink_to(paths.root, target_is_directory=True)
    with pytest.raises(ValidationError, match="station's own files"):
        check_output_file(paths, alias / "vault" / "a.png", suffix=".png")
    trap = tmp_path / "trap.png"
    trap.symlink_to(paths.database)
    with pytest.raises(ValidationError, match="station's own files"):
        check_output_file(paths, trap, suffix=".png", overwrite=True)
    linked_home = StationPaths(alias)
    assert linked_home.owns(paths.audit_head)
    assert linked_home.owns(paths.root / ".." / paths.root.name / "station.toml")


@pytest.mark.skipif(sys.platform != "win32", reason="case folds only on Windows")
def test_case_does_not_matter_on_windows(paths: StationPaths) -> None:
    assert paths.owns(paths.root / "AUDIT-HEAD.JSON")
    assert paths.owns(Path(str(paths.root).upper()) / "Vault" / "x.png")


def test_an_existing_file_or_sidecar_needs_overwrite(tmp_path: Path, paths: StationPaths) -> None:
    out = tmp_path / "still.png"
    out.write_bytes(b"old")
    with pytest.raises(ValidationError, match="exists; choose another name"):
        check_output_file(paths, out, suffix=".png")
    assert check_output_file(paths, out, suffix=".png", overwrite=True) == out
    fresh = tmp_path / "fresh.png"
    fresh.with_suffix(".json").write_text("{}")
    with pytest.raises(ValidationError, match=r"fresh\.json: a file of that name exists"):
        check_output_file(paths, fresh, suffix=".png", side_suffixes=(".json",))


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("report.txt", "must be a .pdf file"),
        ("missing/report.pdf", "no such folder"),
        ("folder.pdf", "is a folder"),
    ],
)
def test_names_and_folders_are_checked(
    tmp_path: Path, paths: StationPaths, name: str, said: str
) -> None:
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(ValidationError, match=said):
        check_output_file(paths, tmp_path / name, suffix=".pdf")


def test_save_copy_replaces_a_hard_link_instead_of_writing_through_it(
    tmp_path: Path, paths: StationPaths
) -> None:
    source = tmp_path / "printed.pdf"
    source.write_bytes(b"%PDF new")
    elsewhere = tmp_path / "someone-else.pdf"
    elsewhere.write_bytes(b"%PDF keep")
    target = tmp_path / "target.pdf"
    os.link(elsewhere, target)
    save_copy(paths, source, target, overwrite=True)
    assert target.read_bytes() == b"%PDF new"
    assert elsewhere.read_bytes() == b"%PDF keep"


@pytest.mark.parametrize("where", ["vault", ".", "backup", "..", "../.."])
def test_a_backup_folder_in_or_around_the_station_is_refused(
    paths: StationPaths, where: str
) -> None:
    with pytest.raises(ValidationError, match="station's own folder"):
        check_output_folder(paths, paths.root / where)


def test_a_backup_folder_beside_the_station_is_taken(paths: StationPaths, tmp_path: Path) -> None:
    assert check_output_folder(paths, tmp_path / "usb") == tmp_path / "usb"
    assert check_output_folder(paths, tmp_path / "station-backup") == tmp_path / "station-backup"


def test_a_backup_folder_on_a_missing_drive_is_refused(paths: StationPaths, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no such folder"):
        check_output_folder(paths, tmp_path / "no-such-drive" / "backup")
    assert not (tmp_path / "no-such-drive").exists()
