"""Exact-frame speed: random frame, one back, one forward; against OpenCV and decode-from-start.

Run: ``uv run python benchmarks/bench_frames.py [--seconds 20] [--samples 40]``. Makes two
1080p H.264 files (GOP 60 and GOP 250) in a temporary folder, each frame showing its index
as big blocks (tests/support/corpus.py), and prints a Markdown table for
docs/performance.md. Budgets (DESIGN §4): a random frame within 1.3 x (frames decoded from
keyframe to target x one frame's decode time); one frame back within 3 x one frame's
conversion to a picture. Not part of the test suite.
"""

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.media.frame_index import build_index  # noqa: E402
from app.media.frames import FrameReader  # noqa: E402
from tests.support import corpus  # noqa: E402

W, H, FPS = 1920, 1080, 25


def make_video(path: Path, seconds: int, gop: int) -> None:
    """Index pattern scaled to 1080p over moving noise, so the encoder has real work."""
    rng = np.random.default_rng(7)
    texture = rng.integers(0, 60, (H, W * 2), np.uint8)
    command = ["ffmpeg", "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "gray"]
    command += ["-s", f"{W}x{H}", "-r", str(FPS), "-i", "pipe:0", "-c:v", "libx264"]
    command += ["-preset", "veryfast", "-bf", "2", "-g", str(gop), "-keyint_min", str(gop)]
    command += ["-sc_threshold", "0", "-pix_fmt", "yuv420p", str(path)]
    process = subprocess.Popen(command, stdin=subprocess.PIPE)
    for n in range(seconds * FPS):
        big = cv2.resize(corpus.pattern(n), (W, H), interpolation=cv2.INTER_NEAREST)
        shift = (n * 16) % W
        frame = np.clip(big.astype(np.int16) + texture[:, shift : shift + W] - 30, 0, 255)
        process.stdin.write(frame.astype(np.uint8).tobytes())
    process.stdin.close()
    process.wait()


def index_of(picture: np.ndarray) -> int | None:
    small = cv2.resize(picture, (corpus.WIDTH, corpus.HEIGHT), interpolation=cv2.INTER_AREA)
    return corpus.read_index(small)


def timed(action) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def stats(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{statistics.median(samples) * 1000:.1f} / {p95 * 1000:.1f}"


def bench_ours(path: Path, targets: list[int]) -> dict[str, object]:
    index = build_index(path)
    random_t, back_t, fwd_t, exact, total, per_needed = [], [], [], 0, 0, []
    for n in targets:
        with FrameReader(path, index) as reader:
            seconds, picture = timed(lambda r=reader, n=n: r.picture(n))
            random_t.append(seconds)
            per_needed.append(seconds / (n - int(index.key_frame[n]) + 1))
            exact += index_of(picture) == n
            if n > 0:
                seconds, picture = timed(lambda r=reader, n=n: r.picture(n - 1))
                back_t.append(seconds)
                exact += index_of(picture) == n - 1
            if n + 1 < len(index):
                seconds, picture = timed(lambda r=reader, n=n: r.picture(n + 1))
                fwd_t.append(seconds)
                exact += index_of(picture) == n + 1
            total += 1 + (n > 0) + (n + 1 < len(index))
    return {
        "random": stats(random_t),
        "back": stats(back_t),
        "forward": stats(fwd_t),
        "exact": f"{exact}/{total}",
        "per_needed_frame_ms": statistics.median(per_needed) * 1000,
    }


def bench_opencv(path: Path, targets: list[int]) -> dict[str, object]:
    times, exact = [], 0
    capture = cv2.VideoCapture(str(path))
    for n in targets:

        def read(n=n):
            capture.set(cv2.CAP_PROP_POS_FRAMES, n)
            return capture.read()[1]

        seconds, picture = timed(read)
        times.append(seconds)
        exact += picture is not None and index_of(picture[:, :, ::-1]) == n
    capture.release()
    return {"random": stats(times), "exact": f"{exact}/{len(targets)}"}


def bench_naive(path: Path, targets: list[int]) -> dict[str, object]:
    """Decode from the first frame every time (the slow way that is always right)."""
    import av

    times, exact = [], 0
    for n in targets:

        def read(n=n):
            with av.open(str(path)) as container:
                for i, frame in enumerate(container.decode(video=0)):
                    if i == n:
                        return frame.to_ndarray(format="rgb24")
            return None

        seconds, picture = timed(read)
        times.append(seconds)
        exact += picture is not None and index_of(picture) == n
    return {"random": stats(times), "exact": f"{exact}/{len(targets)}"}


def unit_costs(path: Path) -> tuple[float, float]:
    """One frame's decode time (sequential, threaded) and its conversion to RGB."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.codec_context.thread_type = "AUTO"
        frames, start = [], time.perf_counter()
        for frame in container.decode(stream):
            frames.append(frame)
            if len(frames) == 100:
                break
        decode = (time.perf_counter() - start) / len(frames)
        start = time.perf_counter()
        for frame in frames[:30]:
            frame.to_ndarray(format="rgb24")
        convert = (time.perf_counter() - start) / 30
    return decode, convert


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--samples", type=int, default=40)
    parser.add_argument("--naive-samples", type=int, default=8)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-frames-"))
    print("| file | method | random frame ms (median / p95) | one back | one forward | exact |")
    print("| --- | --- | --- | --- | --- | --- |")
    notes = []
    for gop in (60, 250):
        path = folder / f"gop{gop}.mp4"
        make_video(path, args.seconds, gop)
        frames = args.seconds * FPS
        rng = random.Random(gop)
        targets = [rng.randrange(frames) for _ in range(args.samples)]
        ours = bench_ours(path, targets)
        cv = bench_opencv(path, targets)
        naive = bench_naive(path, targets[: args.naive_samples])
        name = f"1080p GOP {gop}"
        print(
            f"| {name} | ours | {ours['random']} | {ours['back']} | {ours['forward']} "
            f"| {ours['exact']} |"
        )
        print(f"| {name} | OpenCV POS_FRAMES | {cv['random']} | | | {cv['exact']} |")
        print(f"| {name} | decode from start | {naive['random']} | | | {naive['exact']} |")
        decode, convert = unit_costs(path)
        notes.append(
            f"- {name}: one frame decodes in {decode * 1000:.2f} ms (threaded, sequential), "
            f"converts to RGB in {convert * 1000:.2f} ms; a random frame cost "
            f"{ours['per_needed_frame_ms']:.2f} ms per frame decoded keyframe→target "
            f"(ratio {ours['per_needed_frame_ms'] / (decode * 1000):.2f}, budget 1.3); "
            f"one back budget {3 * convert * 1000:.1f} ms."
        )
    print()
    print("\n".join(notes))


if __name__ == "__main__":
    main()
