"""Reading printed PDFs back with poppler, as a reviewer with the paper would."""

import re
import subprocess
from pathlib import Path


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    """One dict per font: name, type, emb, sub (from ``pdffonts``)."""
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    fonts = []
    for line in lines:
        parts = re.split(r"\s{1,}", line.strip())
        # name type(1-2 words) encoding emb sub uni id gen
        emb, sub = parts[-5], parts[-4]
        fonts.append({"name": parts[0], "emb": emb, "sub": sub, "line": line})
    return fonts


def render_pages(path: Path, out_dir: Path, resolution: int = 60) -> list[Path]:
    subprocess.run(
        ["pdftoppm", "-r", str(resolution), "-png", str(path), str(out_dir / "page")],
        capture_output=True,
        check=True,
    )
    return sorted(out_dir.glob("page-*.png"))


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))
