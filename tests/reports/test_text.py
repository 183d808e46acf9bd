"""Chinese line breaking: width, closing punctuation, whole Latin runs."""

from hypothesis import example, given
from hypothesis import strategies as st

from app.reports.fonts import SONG, face
from app.reports.text import NO_LINE_START, wrap

SIZE = 10.0


def test_short_text_stays_on_one_line() -> None:
    assert wrap("执法记录仪", face(SONG), SIZE, 100) == ["执法记录仪"]


def test_closing_punctuation_never_opens_a_line() -> None:
    text = "经审查，同意调取。" * 6
    lines = wrap(text, face(SONG), SIZE, 5 * SIZE)
    assert "".join(lines) == text
    assert all(line[0] not in NO_LINE_START for line in lines[1:])


def test_a_hash_breaks_only_when_longer_than_the_line() -> None:
    digest = "9f2c4e1b7a3d5c8e0f6a2b4d"  # 24 half-width characters, 120 points
    lines = wrap(f"校验值 {digest}", face(SONG), SIZE, 130)
    assert lines[-1] == digest


def test_explicit_line_breaks_are_kept() -> None:
    assert wrap("存放单位\n负责人意见", face(SONG), SIZE, 300) == ["存放单位", "负责人意见"]


@given(st.text(alphabet="执法记录仪调取审批表，。、ABC123 -", min_size=0, max_size=120),
       st.floats(min_value=30, max_value=300))  # fmt: skip
@example("11111111。。。。", 30.0)  # a run of marks after a broken digit run
def test_lines_fit_and_lose_nothing(text: str, width: float) -> None:
    lines = wrap(text, face(SONG), SIZE, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        fits = face(SONG).width(line, SIZE) <= width + SIZE  # one hanging punctuation mark
        assert fits or len(line) == 1
