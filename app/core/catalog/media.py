"""Refusals about media files and the vault: reading, copying, decoding, frames."""

TEXTS: dict[str, tuple[str, str]] = {
    "integrity.cancelled-hashing": (
        "cancelled while hashing {path}",
        "计算 {path} 的哈希值时已取消",
    ),
    "integrity.cancelled-verifying": ("cancelled while verifying {path}", "校验 {path} 时已取消"),
    "vault.copy-differs": (
        "the vault copy of {path} differs from the source",
        "{path} 在存储库中的副本与原文件不一致，该副本未予保存",
    ),
    "vault.cancelled-copying": ("cancelled while copying {path}", "复制 {path} 时已取消"),
    "vault.source-unreadable": (
        "cannot read {path}: {reason}",
        "无法读取文件 {path}：{reason:os-error}",
    ),
    "vault.source-not-regular": (
        "{path} is not a regular file (a pipe or a device); not read",
        "{path} 不是普通文件（管道或设备），未读取",
    ),
    "vault.source-cut": (
        "{path} could not be read to the end: {reason}",
        "文件 {path} 未能完整读取：{reason:os-error}",
    ),
    "vault.source-gone": (
        "{path} disappeared while it was copied",
        "文件 {path} 在复制过程中已不存在",
    ),
    "vault.source-changed": (
        "{path} changed while it was copied ({start} bytes at the start, {read} read, {now} now)",
        "文件 {path} 在复制过程中被改动"
        "（开始时 {start} 字节，已读取 {read} 字节，当前 {now} 字节）",
    ),
    "vault.full": (
        "the vault {root} is full: free space or move it to a larger disk",
        "存储库 {root} 空间已满。请清理磁盘空间，或将存储库迁移到容量更大的磁盘",
    ),
    "vault.unwritable": (
        "cannot write to the vault {root}: {reason}",
        "无法写入存储库 {root}：{reason:os-error}",
    ),
    "media.no-file": ("{path}: no such file", "{path}：文件不存在"),
    "media.damaged": (
        "{path}: damaged media, cannot be decoded ({detail})",
        "{path} 已损坏，无法解码（{detail}）",
    ),
    "media.unreadable": (
        "{path}: not a readable media file ({detail})",
        "{path} 不是可读取的音视频文件（{detail}）",
    ),
    "media.no-video": ("{path}: the file has no video stream", "{path} 中没有视频"),
    "media.no-codec": (
        "{path}: the video stream's codec cannot be read",
        "{path} 的视频流头部已损坏，无法识别其编码",
    ),
    "media.no-frames": (
        "{path}: the video stream holds no frames",
        "{path} 的视频中没有任何画面帧",
    ),
    "media.no-such-frame": (
        "{path}: no frame {frame} (the video has frames 0 to {last})",
        "{path} 没有第 {frame} 帧（帧号范围为 0 至 {last}）",
    ),
    "media.frame-undecodable": (
        "{path}: frame {frame} cannot be decoded",
        "{path} 的第 {frame} 帧无法解码",
    ),
    "media.decoder-crash": ("{path}: {reason}", "{path} 无法解码：{reason}"),
    "media.decoder-failed": ("the decoder failed ({detail})", "解码器处理此文件失败（{detail}）"),
    "media.decoder-crashed": (
        "the decoder crashed (exit code {exit_code})",
        "解码器处理此文件时崩溃（退出码 {exit_code}）：文件已损坏",
    ),
    "media.decoder-hung": (
        "the decoder stopped responding ({seconds} s without progress)",
        "解码器处理此文件时失去响应（{seconds} 秒无进展）：文件已损坏",
    ),
    "media.still-unwritable": (
        "{path}: cannot write the still ({reason})",
        "无法写入截图 {path}：{reason:os-error}",
    ),
    "media.time-outside": (
        "time {seconds} s is outside the recording",
        "时间 {seconds} 秒超出了录像范围",
    ),
    "media.no-frame": (
        "no frame {frame} (frames 0 to {last})",
        "没有第 {frame} 帧（帧号范围为 0 至 {last}）",
    ),
    "media.not-a-time": (
        "not a time: {text!r} (use HH:MM:SS.mmm)",
        "“{text}”不是有效的时间（请按 HH:MM:SS.mmm 填写）",
    ),
}
