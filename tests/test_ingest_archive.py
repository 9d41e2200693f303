"""ZIP archives: members read in place; traversal, bombs, deep nesting refused; GBK names decoded."""

from __future__ import annotations

import io
import zipfile

from evidence_checker.ingest import archive
from evidence_checker.ingest.archive import ZipLimits, expand
from test_ingest_builders import zip_with_raw_name


def _zip(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name), data, zipfile.ZIP_DEFLATED)
    return path


def test_traversal_and_absolute_members_refused_good_member_read(tmp_path):
    path = _zip(tmp_path / "材料.zip", {
        "../逃逸.txt": "越界内容".encode(),
        "/etc/绝对.txt": "绝对路径".encode(),
        "制度/门卫.txt": "外来人员须登记。".encode(),
    })
    result = expand(path, rel_path="材料.zip", dest=tmp_path / "x")
    assert [m.rel_path for m in result.members] == ["材料.zip!制度/门卫.txt"]
    refused = {r.rel_path: r for r in result.refused}
    assert "../" in refused["材料.zip!../逃逸.txt"].reason and refused["材料.zip!../逃逸.txt"].status == "skipped"
    assert "绝对路径" in refused["材料.zip!etc/绝对.txt"].reason
    assert not (tmp_path / "逃逸.txt").exists()
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == ["m00002.txt"]  # generated names only


def test_zip_bomb_member_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("炸弹.txt", "w") as member:
            for _ in range(20):
                member.write(b"\0" * 1024 * 1024)
        zf.writestr("正常.txt", "正常文件".encode())
    path = tmp_path / "bomb.zip"
    path.write_bytes(buffer.getvalue())
    result = expand(path, rel_path="bomb.zip", dest=tmp_path / "x")
    assert [m.rel_path for m in result.members] == ["bomb.zip!正常.txt"]
    assert len(result.refused) == 1 and "压缩炸弹" in result.refused[0].reason
    assert not any(p.stat().st_size > 1024 for p in (tmp_path / "x").iterdir())


def test_total_size_limit(tmp_path):
    path = _zip(tmp_path / "big.zip", {"a.txt": b"a" * 600, "b.txt": b"b" * 600})
    result = expand(path, rel_path="big.zip", dest=tmp_path / "x", limits=ZipLimits(max_total_bytes=1000))
    assert [m.rel_path for m in result.members] == ["big.zip!a.txt"]
    assert "总量" in result.refused[0].reason


def test_gbk_member_names_decoded(tmp_path):
    name = "内审/2025 AEO内审报告.txt"
    path = zip_with_raw_name(tmp_path / "gbk.zip", name.encode("gbk"), "内审报告正文".encode())
    info = zipfile.ZipFile(path).infolist()[0]
    assert not info.flag_bits & 0x800 and info.filename != name  # zipfile alone gets it wrong
    result = expand(path, rel_path="gbk.zip", dest=tmp_path / "x")
    assert [m.rel_path for m in result.members] == [f"gbk.zip!{name}"]


def test_nesting_deeper_than_three_refused(tmp_path):
    inner = b"PK"  # replaced below
    data = {"第4层.txt": "最深".encode()}
    for level in (4, 3, 2):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as zf:
            for name, content in data.items():
                zf.writestr(name, content)
            zf.writestr(f"第{level}层说明.txt", f"第{level}层".encode())
        inner = buffer.getvalue()
        data = {f"层{level}.zip": inner}
    path = tmp_path / "层1.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("层2.zip", inner)
        zf.writestr("第1层说明.txt", "第1层".encode())
    result = expand(path, rel_path="层1.zip", dest=tmp_path / "x")
    read = sorted(m.rel_path for m in result.all_members())
    assert read == ["层1.zip!层2.zip!层3.zip!第3层说明.txt", "层1.zip!层2.zip!第2层说明.txt", "层1.zip!第1层说明.txt"]
    assert [r.rel_path for r in result.all_refused()] == ["层1.zip!层2.zip!层3.zip!层4.zip"]
    assert "嵌套" in result.all_refused()[0].reason


def test_archive_read_single_file_api(tmp_path):
    path = _zip(tmp_path / "a.zip", {"../x.txt": b"x", "ok.txt": "门卫登记".encode()})
    from evidence_checker.ingest.options import ReadNotes

    notes = ReadNotes()
    out = archive.read(path, rel_path="a.zip", notes=notes)
    assert [(p.path, p.text) for p in out] == [("a.zip!ok.txt", "门卫登记")]
    assert len(notes.problems) == 1 and "../" in notes.problems[0]
