"""The run's summary: counts per format and the unread files, as data and as text (Chinese, or English)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evidence_checker.ingest.errors import reason_text
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
STATUS_LABELS_EN = {"ok": "read", "partial": "partly read", "failed": "not read", "skipped": "skipped"}
FORMAT_LABELS_EN = {
    "pdf": "PDF", "docx": "Word", "doc": "Word (old .doc)", "wps": "WPS Writer", "rtf": "RTF",
    "odt": "ODF text", "xlsx": "Excel", "xls": "Excel (old .xls)", "et": "WPS Spreadsheets",
    "ods": "ODF spreadsheet", "csv": "CSV", "txt": "text", "md": "Markdown", "html": "web page",
    "image": "image", "zip": "zip archive", "eml": "mail (.eml)",
}
# the summary's sentences; file names are shown as they are, the reasons a file was not read in the
# summary's language (ingest.errors.reason_text)
_TEXT = {
    "zh": {"head": "共 {files} 个文件：已读 {ok} 个，部分读取 {partial} 个，未读 {failed} 个，跳过 {skipped} 个；"
                   "得到 {passages} 段文字（用时 {seconds:.1f} 秒，{cached} 个文件来自缓存）。",
           "format": "{label} {ok}/{files} 个{pages}，{passages} 段", "pages": "，{n} 页",
           "by_format": "按格式：{parts}。", "sep": "；", "unread": "未完整读取的文件（{n} 个）：",
           "item": "  - [{status}] {path}：{error}", "unknown": "原因不明", "all_read": "所有文件均已完整读取。",
           "written": "结果已写入：{out}/inventory.json、{out}/passages.jsonl"},
    "en": {"head": "{files} files: {ok} read, {partial} partly read, {failed} not read, {skipped} skipped; "
                   "{passages} passage(s) of text ({seconds:.1f} s, {cached} files from the cache).",
           "format": "{label} {ok}/{files}{pages}, {passages} passage(s)", "pages": ", {n} pages",
           "by_format": "By format: {parts}.", "sep": "; ", "unread": "Files not read in full ({n}):",
           "item": "  - [{status}] {path}: {error}", "unknown": "reason unknown", "all_read": "Every file was read in full.",
           "written": "Written: {out}/inventory.json, {out}/passages.jsonl"},
}


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


def format_summary(result: IngestResult, out_dir: Path | None = None, lang: str = "zh") -> str:
    """A short report (Chinese, or English with ``lang="en"``): what was read per format, and each unread
    file with its reason."""
    en = lang == "en"
    text, statuses, formats = (_TEXT["en"], STATUS_LABELS_EN, FORMAT_LABELS_EN) if en else (_TEXT["zh"], STATUS_LABELS, LABELS)
    data = summarize(result)
    lines = [text["head"].format(**data)]
    if data["ok"] + data["partial"]:
        parts = []
        for fmt, entry in sorted(data["by_format"].items(), key=lambda kv: -kv[1]["files"]):
            pages = text["pages"].format(n=entry["pages"]) if fmt in ("pdf", "image") and entry["pages"] else ""
            parts.append(text["format"].format(label=formats.get(fmt, fmt), ok=entry["ok"], files=entry["files"],
                                               pages=pages, passages=entry["passages"]))
        lines.append(text["by_format"].format(parts=text["sep"].join(parts)))
    if data["unread"]:
        lines.append(text["unread"].format(n=len(data["unread"])))
        for item in data["unread"]:
            lines.append(text["item"].format(status=statuses[item["status"]], path=printable(item["path"]),
                                             error=printable(reason_text(item["error"], lang) or text["unknown"])))
    else:
        lines.append(text["all_read"])
    if out_dir is not None:
        lines.append(text["written"].format(out=out_dir))
    return "\n".join(lines)
