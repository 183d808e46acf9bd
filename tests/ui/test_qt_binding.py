"""The Qt binding itself: a release that corrupts Python's reference counts must not ship.

PySide6 6.12.0 returned ``True`` from every ``Signal.emit()`` without taking a reference,
so after a few thousand emits Python freed ``True`` and the process aborted
(``bool_dealloc``) — first seen as a test worker crashing at random. pyproject excludes
that release; this test catches the same defect in any later one.
"""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ticked = Signal(bool)


def test_emitting_a_signal_leaves_the_reference_to_true_alone() -> None:
    emitter = _Emitter()
    received: list[bool] = []
    emitter.ticked.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.ticked.emit(False)
    after = sys.getrefcount(True)  # before any assert: pytest's rewriting holds results
    assert after == before
    assert received == [False] * 100
