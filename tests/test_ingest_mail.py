"""E-mails saved as .eml, as bundles hand them in (Outlook, Foxmail, web mail exports): the header
with the day it was sent, the subject, the body's lines, and the attachments read like a zip's members."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from evidence_checker.ingest import ingest_bundle
from evidence_checker.ingest.errors import CorruptError
from evidence_checker.ingest.options import ReadNotes
from evidence_checker.ingest.readers import read_file


def _mail(path: Path, body: str, *, subtype: str = "plain", charset: str = "utf-8",
          attachments: list[tuple[str, bytes, str, str]] = ()) -> Path:
    m = EmailMessage()
    m["Subject"] = "回复：客户培训及内审安排"
    m["From"] = "王强 <wangq@example.com>"
    m["To"] = "李娜 <lina@example.com>"
    m["Date"] = "Tue, 12 May 2026 10:31:00 +0800"
    m.set_content(body, subtype=subtype, charset=charset)
    for name, data, maintype, sub in attachments:
        m.add_attachment(data, maintype=maintype, subtype=sub, filename=name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(m))
    return path


def test_header_subject_and_body_lines(tmp_path):
    """The sender, recipient and the day sent are one passage at the top (a report's date stands there);
    the subject is the heading; each body line is a passage with its line number."""
    f = _mail(tmp_path / "邮件.eml", "李经理：\n\n2026年4月18日已组织客户海关业务培训。\n今年的内审推迟到9月。\n")
    ps = read_file(f)
    by = {p.locator: p for p in ps}
    assert by["subject"].kind == "heading" and "客户培训及内审安排" in by["subject"].text
    assert "发送时间：2026-05-12 10:31" in by["header"].text and "王强" in by["header"].text
    assert [p.locator for p in ps].index("header") < [p.locator for p in ps].index("line 3")
    assert by["line 3"].text == "2026年4月18日已组织客户海关业务培训。"
    assert all(p.path == "邮件.eml" for p in ps)


def test_an_html_only_message_in_gb18030_is_read_as_text(tmp_path):
    f = _mail(tmp_path / "通知.eml", "<html><body><p>各部门：</p><p>5月10日组织台风应急演练。</p></body></html>",
              subtype="html", charset="gb18030")
    texts = [p.text for p in read_file(f)]
    assert "5月10日组织台风应急演练。" in texts
    assert not any("<p>" in t for t in texts)


def test_attachments_are_read_and_one_that_cannot_be_is_named(tmp_path):
    """A sign-in CSV attached is read as the rows of ``mail.eml!签到.csv``; a .rar attached is named as the
    reason the message was read in part, and its name cannot climb out of the temporary folder."""
    csv = "日期,姓名,课程\n2026-04-18,王强,客户海关业务培训\n".encode("utf-8-sig")
    f = _mail(tmp_path / "培训.eml", "签到表见附件。", attachments=[
        ("签到.csv", csv, "text", "csv"), ("../../资料.rar", b"Rar!\x1a\x07\x00", "application", "octet-stream")])
    notes = ReadNotes()
    ps = read_file(f, notes=notes)
    rows = [p for p in ps if p.path == "培训.eml!签到.csv"]
    assert any("王强" in p.text and p.locator.startswith("签到!") for p in rows), [(p.path, p.locator) for p in ps]
    assert any(p.locator == "attachment 2" and p.text == "附件：资料.rar" for p in ps)
    assert notes.problems == ["培训.eml!资料.rar：不支持 .rar 压缩包，请解压为文件夹或改用 zip"]
    assert not (tmp_path.parent / "资料.rar").exists()


def test_a_bundle_lists_the_message_as_read_in_part_with_the_reason(tmp_path):
    _mail(tmp_path / "b" / "2026资料" / "回复.eml", "见附件。", attachments=[("x.rar", b"Rar!", "application", "x-rar")])
    res = ingest_bundle(tmp_path / "b")
    rec = next(r for r in res.files if r.path.endswith("回复.eml"))
    assert rec.format == "eml" and rec.status == "partial" and "x.rar" in (rec.error or "")
    assert any(p.path == "2026资料/回复.eml" and p.locator == "header" for p in res.passages)


def test_a_file_named_eml_that_is_no_message_is_refused_with_its_name(tmp_path):
    f = tmp_path / "扫描件.eml"
    f.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(CorruptError) as err:
        read_file(f)
    assert "扫描件.eml" in str(err.value) and "不是邮件文件" in str(err.value)


def test_a_sentence_broken_across_lines_is_one_passage_at_its_first_line(tmp_path):
    """"建议恢复申报前核对，" / "尤其是件数、HS编码。" is one sentence (the admission and what it is about
    together), cited at the line it starts on."""
    f = _mail(tmp_path / "差错.eml", "8月份有两票需要注意：\n1. 订单HM-2608-011件数不符。\n\n"
                                     "最近几票没有你们的核对签名。建议恢复申报前核对，\n尤其是件数、HS编码。\n")
    by = {p.locator: p.text for p in read_file(f)}
    assert by["line 4"] == "最近几票没有你们的核对签名。建议恢复申报前核对，尤其是件数、HS编码。"
    assert "line 5" not in by
    assert any("1. 订单HM-2608-011件数不符。" in t for t in by.values())


def test_a_body_in_raw_utf8_without_a_charset_is_read(tmp_path):
    """Exports often write the body as raw UTF-8 (or GBK) and declare no charset: it is guessed like a text
    file's, not read as ASCII with replacement characters."""
    f = tmp_path / "RE_监装.eml"
    f.write_bytes("From: 刘洋 <ly@example.cn>\nDate: Mon, 20 Jul 2026 09:42:17 +0800\nSubject: RE: 监装情况\n\n"
                  "周总：\n\n上半年大额订单3票，均未派人现场监装。\n".encode("utf-8"))
    texts = [p.text for p in read_file(f)]
    assert "上半年大额订单3票，均未派人现场监装。" in texts
    assert not any("\ufffd" in t for t in texts)


def test_two_attachments_of_one_name_are_read_under_two_names(tmp_path):
    csv = "日期,姓名\n2026-04-18,王强\n".encode("utf-8-sig")
    f = _mail(tmp_path / "两份.eml", "见附件。", attachments=[("签到.csv", csv, "text", "csv"), ("签到.csv", csv, "text", "csv")])
    paths = {p.path for p in read_file(f)}
    assert {"两份.eml!签到.csv", "两份.eml!签到（2）.csv"} <= paths
