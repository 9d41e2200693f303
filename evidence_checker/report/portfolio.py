"""The portfolio of a batch: one row per bundle, the gaps most bundles share, totals against the
pass line — as ``portfolio.json``, ``portfolio.html`` (self-contained, sortable) and ``portfolio.xlsx``."""

from __future__ import annotations

import datetime as dt
import html
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

from .. import xlsx_safe
from ..i18n import t as label

PORTFOLIO_JSON, PORTFOLIO_HTML, PORTFOLIO_XLSX = "portfolio.json", "portfolio.html", "portfolio.xlsx"

_TEXT = {
    "zh": {"title": "批量检查总览", "generated": "生成时间", "bundles": "材料包", "passed_n": "可通过",
           "failed_n": "未通过", "error_n": "未完成", "cols": ("材料包", "客户", "认证类型", "经营类别", "结论",
           "总分", "距通过还需改进的标准项", "阻碍通过的标准项", "已人工确认", "未读文件", "报告"),
           "shared": "多数材料包共有的差距", "shared_cols": ("标准项", "名称", "涉及材料包数", "其中不达标"),
           "chart": "各材料包总分（虚线为通过线 {line} 分）", "status": {"done": "本次已检查", "unchanged": "未变化，沿用上次结果",
           "failed": "未完成"}, "open": "打开", "note": "结论与总分以人工确认的评分优先、其余为工具初步评分（与各材料包报告一致）。",
           "run": "本次"},
    "en": {"title": "Batch overview", "generated": "Generated", "bundles": "Bundles", "passed_n": "would pass",
           "failed_n": "would not pass", "error_n": "not finished", "cols": ("Bundle", "Client", "Level", "Business type",
           "Verdict", "Total", "Items to a pass", "Blocking items", "Confirmed", "Unread files", "Report"),
           "shared": "Gaps most bundles share", "shared_cols": ("Item", "Title", "Bundles", "of which non-compliant"),
           "chart": "Totals per bundle (dashed: the pass line, {line})", "status": {"done": "checked now",
           "unchanged": "unchanged, last result kept", "failed": "not finished"}, "open": "open",
           "note": "Verdicts and totals use confirmed ratings first and proposals for the rest (as each bundle's report does).",
           "run": "This run"},
}


def portfolio_data(outcomes: list, *, lang: str = "zh") -> dict:
    """The portfolio as data (what portfolio.json holds); why a bundle did not finish in ``lang``."""
    from ..messages import text

    rows = []
    for o in outcomes:
        row = dict(o.row) if o.row else {"name": text(o.job.name, lang), "bundle": str(o.job.bundle),
                                         "client": o.job.client}
        row.update({"status": o.status, "reason": text(o.reason, lang) if o.reason else o.reason})
        rows.append(row)
    shared: dict[str, dict[str, Any]] = {}
    for row in rows:
        for g in row.get("gaps") or []:
            entry = shared.setdefault(g["item"], {"item": g["item"], "title": g.get("title", ""), "bundles": 0,
                                                  "non_compliant": 0})
            entry["bundles"] += 1
            entry["non_compliant"] += g.get("current") == "non_compliant"
    gaps = sorted(shared.values(), key=lambda e: (-e["bundles"], -e["non_compliant"], e["item"]))
    done = [r for r in rows if r.get("total") is not None]
    counts = Counter("passed" if r.get("passed") else "failed" for r in done)
    return {"generated": dt.datetime.now().isoformat(timespec="seconds"), "lang": lang,
            "summary": {"bundles": len(rows), "passed": counts["passed"], "failed": counts["failed"],
                        "not_finished": len(rows) - len(done)},
            "bundles": rows, "shared_gaps": gaps}


def write_portfolio(outcomes: list, out_dir: Path, *, lang: str = "zh") -> list[Path]:
    """Write portfolio.json, portfolio.html and portfolio.xlsx into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    data = portfolio_data(outcomes, lang=lang)
    paths = [out_dir / PORTFOLIO_JSON, out_dir / PORTFOLIO_HTML, out_dir / PORTFOLIO_XLSX]
    paths[0].write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    paths[1].write_text(render_html(data, out_dir), encoding="utf-8")
    write_xlsx(data, paths[2])
    return paths


def _verdict(row: dict, lang: str) -> str:
    if row.get("total") is None:
        return _TEXT[lang]["status"]["failed"]
    return label("passed" if row.get("passed") else "failed", lang)


def _pct(v: float | None) -> str:
    return f"{(v or 0) * 100:.0f}%"


def render_html(data: dict, out_dir: Path) -> str:
    lang = data["lang"]
    m = _TEXT[lang]
    e = html.escape
    rows = data["bundles"]
    head = "".join(f'<th onclick="sortBy({i})">{e(c)}</th>' for i, c in enumerate(m["cols"]))
    body = []
    for r in rows:
        report = r.get("report")
        link = ""
        if report and Path(report).is_file():
            href = os.path.relpath(report, out_dir)
            link = f'<a href="{e(href)}">{e(m["open"])}</a>'
        reason = f'<div class="why">{e(r["reason"])}</div>' if r.get("reason") else ""
        status = f'<div class="why">{e(m["status"].get(r["status"], r["status"]))}</div>'
        cls = "pass" if r.get("passed") else ("fail" if r.get("total") is not None else "err")
        total = "" if r.get("total") is None else str(r["total"])
        cells = [
            f"<td>{e(r['name'])}{status}{reason}</td>", f"<td>{e(str(r.get('client') or ''))}</td>",
            f"<td>{e(r.get('level_name') or r.get('level') or '')}</td>",  # the edition's names (batch row)
            f"<td>{e(r.get('business_name') or r.get('business_type') or '')}</td>",
            f'<td class="{cls}">{e(_verdict(r, lang))}</td>', f'<td data-v="{total or -1}">{total}</td>',
            f'<td data-v="{r.get("items_to_pass", -1) if total else 999}">{r.get("items_to_pass", "") if total else ""}</td>',
            f"<td>{e(label('punct.list', lang).join(r.get('blocking') or []))}</td>",
            f'<td data-v="{r.get("confirmed_share", 0)}">{_pct(r.get("confirmed_share")) if total else ""}</td>',
            f'<td data-v="{r.get("unread_files", 0)}">{r.get("unread_files", "") if total else ""}</td>',
            f"<td>{link}</td>"]
        body.append("<tr>" + "".join(cells) + "</tr>")
    gaps = "".join(f"<tr><td>{e(g['item'])}</td><td>{e(g['title'])}</td><td>{g['bundles']}</td>"
                   f"<td>{g['non_compliant']}</td></tr>" for g in data["shared_gaps"][:15])
    gap_head = "".join(f"<th>{e(c)}</th>" for c in m["shared_cols"])
    s = data["summary"]
    summary = (f"{m['bundles']} {s['bundles']} · {m['passed_n']} {s['passed']} · {m['failed_n']} {s['failed']}"
               + (f" · {m['error_n']} {s['not_finished']}" if s["not_finished"] else ""))
    return f"""<!doctype html>
<html lang="{'zh-CN' if lang == 'zh' else 'en'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(m['title'])}</title>
<style>
body{{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5rem;color:#222}}
table{{border-collapse:collapse;width:100%;margin:1rem 0;font-size:14px}}
th,td{{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}}
th{{background:#f2f4f7;cursor:pointer;white-space:nowrap}} .why{{color:#666;font-size:12px}}
.pass{{color:#0a7a2f;font-weight:bold}} .fail{{color:#b42318;font-weight:bold}} .err{{color:#8a6d00}}
.wrap{{overflow-x:auto}} svg text{{font-size:11px}}
</style></head><body>
<h1>{e(m['title'])}</h1>
<p>{e(summary)} · {e(m['generated'])} {e(data['generated'])}</p>
<p class="why">{e(m['note'])}</p>
<div class="wrap"><table id="bundles"><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>
<h2>{e(m['chart'].format(line=_pass_line(rows) or '—'))}</h2>
{_chart(rows)}
<h2>{e(m['shared'])}</h2>
<div class="wrap"><table><thead><tr>{gap_head}</tr></thead><tbody>{gaps}</tbody></table></div>
<script>
function sortBy(i){{const t=document.getElementById('bundles').tBodies[0];const rows=[...t.rows];
const asc=t.dataset.col==String(i)&&t.dataset.dir!='asc';t.dataset.col=i;t.dataset.dir=asc?'asc':'desc';
const key=r=>{{const c=r.cells[i];return c.dataset.v!==undefined?parseFloat(c.dataset.v):c.textContent}};
rows.sort((a,b)=>{{const x=key(a),y=key(b);const d=(typeof x=='number')?x-y:String(x).localeCompare(String(y),'zh');
return asc?d:-d}});rows.forEach(r=>t.appendChild(r))}}
</script>
</body></html>
"""


def _chart(rows: list[dict]) -> str:
    """A horizontal bar per bundle (its total), with the pass line."""
    done = [r for r in rows if r.get("total") is not None]
    if not done:
        return ""
    lo = min(80, min(r["total"] for r in done) - 2)
    hi = 100
    width, left, bar = 560, 180, 18
    height = len(done) * (bar + 6) + 24

    def x(v: float) -> float:
        return left + (v - lo) / (hi - lo) * (width - left - 10)

    parts = [f'<svg width="{width}" height="{height}" role="img" xmlns="http://www.w3.org/2000/svg">']
    for i, r in enumerate(done):
        y = 4 + i * (bar + 6)
        color = "#12b76a" if r.get("passed") else "#f04438"
        parts.append(f'<text x="{left - 6}" y="{y + 13}" text-anchor="end">{html.escape(r["name"][-24:])}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{max(1.0, x(r["total"]) - left):.1f}" height="{bar}" fill="{color}"/>')
        parts.append(f'<text x="{x(r["total"]) + 4:.1f}" y="{y + 13}">{r["total"]}</text>')
    line = _pass_line(rows)
    if line is not None:
        px = x(line)
        parts.append(f'<line x1="{px:.1f}" y1="0" x2="{px:.1f}" y2="{height - 18}" stroke="#333" stroke-dasharray="4 3"/>')
        parts.append(f'<text x="{px:.1f}" y="{height - 4}" text-anchor="middle">{line}</text>')
    return "".join(parts) + "</svg>"


def _pass_line(rows: list[dict]) -> int | None:
    """The pass line drawn on the chart: the minimum total of the bundles' edition (rules.yaml
    ``min_total``), None when the bundles' editions differ; the verdict itself comes from each score."""
    lines = {r.get("pass_line") for r in rows if r.get("total") is not None and r.get("pass_line") is not None}
    return lines.pop() if len(lines) == 1 else None


def write_xlsx(data: dict, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Font

    lang = data["lang"]
    m = _TEXT[lang]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = m["bundles"][:31]
    xlsx_safe.append(ws, list(m["cols"]))
    for r in data["bundles"]:
        done = r.get("total") is not None
        xlsx_safe.append(ws, [r["name"], str(r.get("client") or ""),
                   r.get("level_name") or r.get("level") or "",
                   r.get("business_name") or r.get("business_type") or "",
                   _verdict(r, lang), r.get("total") if done else None, r.get("items_to_pass") if done else None,
                   label("punct.list", lang).join(r.get("blocking") or []), r.get("confirmed_share") if done else None,
                   r.get("unread_files") if done else None, r.get("report") or r.get("reason") or ""])
        if done:
            ws.cell(ws.max_row, 9).number_format = "0%"
    for c in ws[1]:
        c.font = Font(bold=True)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    ws.print_title_rows = "1:1"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for col, w in zip("ABCDEFGHIJK", (28, 24, 10, 16, 10, 8, 10, 30, 10, 8, 50)):
        ws.column_dimensions[col].width = w
    gs = wb.create_sheet(m["shared"][:31])
    xlsx_safe.append(gs, list(m["shared_cols"]))
    for g in data["shared_gaps"]:
        xlsx_safe.append(gs, [g["item"], g["title"], g["bundles"], g["non_compliant"]])
    for c in gs[1]:
        c.font = Font(bold=True)
    wb.save(path)
