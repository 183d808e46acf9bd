"""Breaking a cell's text into lines that fit its width, as Chinese typesetting does.

Chinese wraps between any two characters, except that closing punctuation may not begin a
line (行首禁则): a line that would start with "，" takes it back onto the line before.
Runs of Latin letters and digits (a file name, a hash, an asset number) stay whole when
they fit on a line of their own.
"""

from itertools import repeat

from app.reports.fonts import FaceMetrics

#: Punctuation that may not open a line; it stays on the end of the previous one.
NO_LINE_START = frozenset("，。、；：？！）》」』】〕”’,.;:?!)]}%·…—")


def wrap(text: str, metrics: FaceMetrics, size: float, width: float) -> list[str]:
    """The lines of ``text`` at ``size`` points in ``width`` points; at least one line."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if metrics.width(paragraph, size) <= width:
            lines.append(paragraph)
        else:
            lines.extend(_wrap_paragraph(paragraph, metrics, size, width))
    return lines or [""]


def _tokens(paragraph: str) -> list[str]:
    """Single CJK characters, and whole runs of ASCII letters/digits/symbols."""
    tokens: list[str] = []
    run = ""
    for ch in paragraph:
        if ch.isascii() and not ch.isspace():
            run += ch
            continue
        if run:
            tokens.append(run)
            run = ""
        tokens.append(ch)
    if run:
        tokens.append(run)
    return tokens


def _wrap_paragraph(paragraph: str, metrics: FaceMetrics, size: float, width: float) -> list[str]:
    scale = size / 1000.0
    widths, default = metrics.widths, metrics.default_width
    lines: list[str] = []
    line, used = "", 0.0
    for token in _tokens(paragraph):
        token_width = sum(map(widths.get, token, repeat(default))) * scale
        if used + token_width <= width or not line and token_width <= width:
            line, used = line + token, used + token_width
            continue
        if token in NO_LINE_START and line:
            if used <= width:
                line, used = line + token, used + token_width  # one mark hangs past the edge
                continue
            # A second mark would hang too: the character before the marks goes down with
            # them, if they fit on the next line with no more than this mark hanging.
            cut = len(line) - 1
            while cut > 0 and line[cut] in NO_LINE_START:
                cut -= 1
            if cut > 0 and metrics.width(line[cut:], size) <= width:
                lines.append(line[:cut])
                line = line[cut:] + token
                used = metrics.width(line, size)
                continue
            # Nothing to carry, or a run of marks too long for that: the width wins.
            lines.append(line)
            line, used = token, token_width
            continue
        if token_width > width:  # a run longer than the line: break it by characters
            for ch in token:
                ch_width = widths.get(ch, default) * scale
                if used + ch_width > width and line:
                    lines.append(line)
                    line, used = "", 0.0
                line, used = line + ch, used + ch_width
            continue
        lines.append(line)
        line, used = token.lstrip(" "), token_width
    if line or not lines:
        lines.append(line)
    return lines
