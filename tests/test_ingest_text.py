"""Text, Markdown and HTML: encodings detected, lines and structure located."""

from __future__ import annotations

from evidence_checker.ingest import image_ocr, text
from test_ingest_builders import needs_ocr, scan_image


def test_gbk_text_file_decoded_and_located(tmp_path):
    path = tmp_path / "门卫制度.txt"
    path.write_bytes("门卫管理制度\n\n一、外来人员须登记。\n二、核对身份证件。\n".encode("gbk"))
    out = text.read(path, rel_path="门卫制度.txt")
    assert [(p.locator, p.text) for p in out] == [
        ("line 1", "门卫管理制度"), ("line 3", "一、外来人员须登记。"), ("line 4", "二、核对身份证件。")]
    assert out[1].line == 3


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "说明.txt"
    path.write_bytes("監控錄像保存三個月".encode("utf-16"))
    out = text.read(path, rel_path="说明.txt")
    assert out[0].text == "監控錄像保存三個月" and out[0].norm == "监控录像保存三个月"


def test_big5_decoded(tmp_path):
    path = tmp_path / "夥伴.txt"
    path.write_bytes("第一條 合作夥伴應簽署安全協議，並每年複核一次。".encode("big5"))
    assert text.read(path, rel_path="夥伴.txt")[0].norm.startswith("第一条合作伙伴应签署安全协议")


def test_hard_wrapped_lines_joined(tmp_path):
    body = "企业应当建立内部审计制度并每年至少开展一次内部审计工作形成书面报告并由关务负责人签字确认整改落实情况"
    lines = [body[i:i + 45] for i in range(0, len(body), 45)]
    path = tmp_path / "wrap.txt"
    path.write_text("\n".join(lines) + "。\n第二条 另起一段。\n", encoding="utf-8")
    out = text.read(path, rel_path="wrap.txt")
    assert out[0].text == body + "。" and out[0].kind == "paragraph" and out[0].locator == "line 1"
    assert out[1].text == "第二条 另起一段。"


def test_markdown_headings_give_context(tmp_path):
    path = tmp_path / "说明.md"
    path.write_text("# 信息系统\n\n## 数据备份\n\n每日自动备份。\n", encoding="utf-8")
    out = text.read(path, rel_path="说明.md")
    assert [(p.kind, p.text) for p in out] == [("heading", "信息系统"), ("heading", "数据备份"), ("line", "每日自动备份。")]
    assert out[2].heading == "数据备份" and out[1].heading == "信息系统"


def test_html_stripped_with_table_rows(tmp_path):
    html = ("<html><head><meta charset='gbk'><title>巡查记录</title><script>var x='忽略';</script></head>"
            "<body><h2>一、夜间巡查</h2><p>保安每两小时巡查一次。</p>"
            "<table><tr><th>时间</th><th>巡查人</th></tr><tr><td>22:00</td><td>王五</td></tr></table></body></html>")
    path = tmp_path / "巡查.html"
    path.write_bytes(html.encode("gbk"))
    out = text.read(path, rel_path="巡查.html")
    texts = [(p.kind, p.text) for p in out]
    assert ("heading", "一、夜间巡查") in texts and ("paragraph", "保安每两小时巡查一次。") in texts
    assert ("table_row", "22:00 | 王五") in texts
    assert not any("忽略" in t for _, t in texts)
    row = next(p for p in out if p.text == "22:00 | 王五")
    assert row.locator == "table1 r2" and row.heading == "一、夜间巡查"


def test_scanned_image_ocr_removes_cjk_spaces(tmp_path):
    needs_ocr()
    path = tmp_path / "签到表.png"
    scan_image(["培训签到表", "法定代表人：张三"]).save(path)
    out = image_ocr.read(path, rel_path="培训/签到表.png")
    assert out and out[0].kind == "ocr" and out[0].page == 1 and out[0].locator == "p1 ocr-block 1"
    joined = "".join(p.text for p in out)
    assert "培训签到表" in joined  # no spaces between the characters in text either
    assert "法定代表人" in "".join(p.norm for p in out)
    x0, top, x1, bottom = out[0].bbox
    assert 0 <= x0 < x1 <= 1600 and 0 <= top < bottom
