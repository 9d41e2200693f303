"""The run's summary: counts per format and the unread files, as data and as Chinese text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evidence_checker.ingest.formats import LABELS
from evidence_checker.ingest.inventory import IngestResult

_CONTROL = dict.fromkeys([*range(0x20), *range(0x7F, 0xA0)])


def printable(text: object) -> str:
    """Text safe to print on a terminal: control characters (escape sequences in a file name)
    shown as ``\x1b`` instead of being sent to the terminal."""
    s = str(text)
    if not any(ord(ch) in _CONTROL for ch in s):
        return s
    return "".join(f"\\x{ord(ch):02x}" if ord(ch) in _CONTROL else ch for ch in s)


STATUS_LABELS = {"ok": "已读", "partial": "部分读取", "failed": "未读", "skipped": "跳过"}


def summarize(result: IngestResult) -> dict[str, Any]:
    """Counts by status and format, passages, and every file not read in full with its reason."""
    by_format: dict[str, dict[str, int]] = {}
    for f in result.files:
        entry = by_format.setdefault(f.format, {"files": 0, "ok": 0, "pages": 0, "passages": 0})
        entry["files"] += 1
        entry["ok"] += f.status == "ok"
        entry["pages"] += f.pages or 0
        entry["passages"] += f.passages
    statuses = {s: sum(1 for f in result.files if f.status == s) for s in STATUS_LABELS}
    return {
        "files": len(result.files),
        **statuses,
        "passages": len(result.passages),
        "cached": result.stats.files_cached,
        "seconds": round(result.stats.seconds, 2),
        "by_format": by_format,
        "unread": [
            {"path": f.path, "format": f.format, "status": f.status, "error": f.error} for f in result.unread
        ],
    }


def format_summary(result: IngestResult, out_dir: Path | None = None) -> str:
    """A short Chinese report: what was read per format, and each unread file with its reason."""
    data = summarize(result)
    read = data["ok"] + data["partial"]
    lines = [
        f"共 {data['files']} 个文件：已读 {data['ok']} 个，部分读取 {data['partial']} 个，"
        f"未读 {data['failed']} 个，跳过 {data['skipped']} 个；得到 {data['passages']} 段文字"
        f"（用时 {data['seconds']:.1f} 秒，{data['cached']} 个文件来自缓存）。",
    ]
    if read:
        parts = []
        for fmt, entry in sorted(data["by_format"].items(), key=lambda kv: -kv[1]["files"]):
            label = LABELS.get(fmt, fmt)
            pages = f"，{entry['pages']} 页" if fmt in ("pdf", "image") and entry["pages"] else ""
            parts.append(f"{label} {entry['ok']}/{entry['files']} 个{pages}，{entry['passages']} 段")
        lines.append("按格式：" + "；".join(parts) + "。")
    if data["unread"]:
        lines.append(f"未完整读取的文件（{len(data['unread'])} 个）：")
        for item in data["unread"]:
            lines.append(f"  - [{STATUS_LABELS[item['status']]}] {printable(item['path'])}："
                         f"{printable(item['error'] or '原因不明')}")
    else:
        lines.append("所有文件均已完整读取。")
    if out_dir is not None:
        lines.append(f"结果已写入：{out_dir}/inventory.json、{out_dir}/passages.jsonl")
    return "\n".join(lines)
