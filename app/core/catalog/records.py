"""Refusals about recordings: finding, seeing, copying, marking and checking them."""

TEXTS: dict[str, tuple[str, str]] = {
    "recording.not-found": ("no recording with id {id}", "不存在第 {id} 号执法记录"),
}
