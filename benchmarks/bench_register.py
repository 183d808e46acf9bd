"""Register PDFs at 10,000 and 20,000 rows: under 5 s, and linear (DESIGN §4).

Run: ``uv run python benchmarks/bench_register.py [--repeat N]``. Renders the hand-over
register (11 columns, wrapped activity text) and the audit extract (long details) in
memory, best of N runs each, and prints one line per size plus the 20k/10k ratio.
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.reports.catalog import BY_KIND  # noqa: E402
from app.reports.document import render_report  # noqa: E402
from tests.reports import samples  # noqa: E402

SIZES = (10_000, 20_000)
BUDGET_S, RATIO = 5.0, 2.2


def best_time(kind: str, rows: list[object], repeat: int) -> tuple[float, int, int]:
    best, pages, size = float("inf"), 0, 0
    for _ in range(repeat):
        start = time.perf_counter()
        rendered = render_report(BY_KIND[kind], rows, samples.meta())
        best = min(best, time.perf_counter() - start)
        pages, size = rendered.pages, len(rendered.data)
    return best, pages, size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    ok = True
    makers = {"handover-register": samples.handovers, "audit-extract": samples.audit_rows}
    for kind, make in makers.items():
        times = {}
        for n in SIZES:
            seconds, pages, size = best_time(kind, make(n), args.repeat)
            times[n] = seconds
            print(
                f"{kind:<18} {n:>6} rows  {pages:>5} pages  {size / 1e6:6.1f} MB  {seconds:6.2f} s"
            )
        ratio = times[SIZES[1]] / times[SIZES[0]]
        passed = times[SIZES[0]] < BUDGET_S and ratio <= RATIO
        ok &= passed
        print(f"{kind:<18} 20k/10k ratio {ratio:.2f} (budget {RATIO}) {'ok' if passed else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
