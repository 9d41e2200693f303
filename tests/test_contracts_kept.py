"""A platform keeps the service contracts it signed with its clients (ftsp.4.2): the signed contracts in the
bundle are what is kept, not a record of some other action; a contract filed among them with its party and
signature lines blank (甲方（盖章）：____) is kept unsigned (``contract_party_words``). Real Word files through
the real pipeline (ingest → match → propose)."""

from __future__ import annotations

from pathlib import Path

from evidence_checker.pipeline import run_pipeline
from evidence_checker.profile import profile_from_dict
from test_trust_classes import docx as _docx

PROFILE = profile_from_dict({"enterprise": "杭州汇通外贸综合服务有限公司", "level": "advanced",
                             "business_type": "ftsp", "as_of": "2026-11-01", "flags": {}})
RULE = ["汇通外贸综合服务平台运营管理规则",
        "第二十七条 与客户签订的《外贸综合服务协议》及补充协议、授权委托书，由法务专员统一编号登记，原件存档案室，"
        "扫描件上传平台客户档案，保存期限不少于合同终止后三年。"]


def _contract(number: str, client: str | None, day: str) -> list[str]:
    party = client or "________"
    sign = f"授权代表签字：{'张伟' if client else '________'}    日期：{day if client else '________'}"
    return ["外贸综合服务协议", f"协议编号：{number}    模板版本：HT-003 V3（2025年12月）",
            f"甲方（客户）：{party}", "乙方（平台）：杭州汇通外贸综合服务有限公司",
            "第一条 乙方为甲方提供报关、物流、退税、结算等外贸综合服务。",
            "第二条 甲方应如实提供货物品名、数量、价格等信息，并按海关认证企业标准完善贸易安全管理。",
            f"甲方（盖章）：{party}    {sign}",
            f"乙方（盖章）：{'杭州汇通外贸综合服务有限公司' if client else '________'}    {sign}"]


def _bundle(root: Path, unsigned: bool) -> Path:
    _docx(root / "01平台制度" / "平台运营管理规则.docx", RULE)
    folder = root / "02客户管理" / "客户服务协议"
    _docx(folder / "HT-FW-2026-0012_杭州萧山恒达纺织品有限公司.docx",
          _contract("HT-FW-2026-0012", "杭州萧山恒达纺织品有限公司", "2026-01-08"))
    _docx(folder / "HT-FW-2026-0031_义乌市森禾日用品有限公司.docx",
          _contract("HT-FW-2026-0031", "义乌市森禾日用品有限公司", "2026-02-15"))
    if unsigned:
        _docx(folder / "HT-FW-2026-0164_服务协议（待签）.docx", _contract("HT-FW-2026-0164", None, ""))
    return root


def test_the_signed_contracts_in_the_bundle_are_the_contracts_kept(tmp_path):
    """Two signed client contracts beside the rule that files them: 达标, as the writers rate it (the
    contracts are no dated record of a different action, so the unit was 基本达标 on "policy only")."""
    p = run_pipeline(_bundle(tmp_path, unsigned=False), profile=PROFILE, write=False).proposals["ftsp.4.2"]
    assert p.rating == "compliant", (p.rating, p.suggested, p.reasons)


def test_a_contract_filed_with_blank_party_lines_is_kept_unsigned(tmp_path):
    """The same folder with a third contract whose party and signature lines are blank: not every contract is
    signed — a person checks, with 基本达标 suggested and the unsigned file named."""
    p = run_pipeline(_bundle(tmp_path, unsigned=True), profile=PROFILE, write=False).proposals["ftsp.4.2"]
    assert p.status == "needs_review" and p.suggested == "basically_compliant", (p.rating, p.reasons)
    assert any("待签" in r and "签字栏空白" in r for r in p.reasons), p.reasons
