"""ho33-gen-importer-seafood: 湛江瑞洋冷链食品进出口有限公司 (fictional) — a small frozen-seafood importer."""
from __future__ import annotations

import pathlib
import random
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from PIL import Image, ImageDraw, ImageFilter, ImageFont

NAME = "ho33-gen-importer-seafood"
CO = "湛江瑞洋冷链食品进出口有限公司"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"


def _doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return d


def policy(path: pathlib.Path, title: str, no: str, sections: list[tuple[str, list[str]]], foot: str) -> None:
    d = _doc()
    d.add_heading(title, level=1)
    d.add_paragraph(f"文件编号：{no}")
    for head, paras in sections:
        if head:
            d.add_heading(head, level=2)
        for p in paras:
            d.add_paragraph(p)
    d.add_paragraph(foot)
    d.save(path)


FOOT = CO + "　总经理办公室　{0}发布并实施"

POLICIES = {
    "附件1.docx": ("关务工作管理及培训规定", "RY-GW-01", [
        ("一、关务分工", [
            "1. 公司由副总经理林海燕分管关务工作和进口货物安全工作，对公司报关、检疫申报、单证和海关事务负总责。",
            "2. 关务部设关务主管1名（吴嘉欣），关务专员1名（黄子健），负责与报关行对接、单证准备、审核和归档。",
            "3. 公司不自行报关，进口报关委托湛江粤港通报关有限公司办理，关务部对其提交的报关资料逐票把关。"]),
        ("二、培训", [
            "4. 关务部每年年初拟定海关法规学习计划，报分管副总批准。学习内容包括海关通关、进口食品及水产品检疫、企业信用管理等方面的新规定。",
            "5. 总经理、分管副总、关务主管每年至少参加一次公司组织的海关法规学习；业务、仓储跟单人员每年至少参加一次。",
            "6. 每次学习应有签到表和课件，由关务部留存。外出参加海关或报关协会讲座的，回来后在内部传达。"]),
    ], "2025年1月6日"),
    "附件2.docx": ("进口单证审核与档案管理办法", "RY-GW-02", [
        ("一、申报前审核", [
            "1. 报关行制作的报关单草稿发到关务群后，由关务主管（不在时由关务专员）逐项核对：品名、规格、HS编码、数量、毛净重、单价及总价、成交方式、原产国、境外发货人、包装种类、存放冷库、运输路线、储存温度要求、查验注意事项、中文标签。确认无误在群内回复“核对无误可申报”后，报关行方可申报。",
            "2. 进口冷冻水产品的随附单证由关务主管专门复核：出口国官方卫生证书（正本）、原产地证、装箱单、发票、输华注册企业编号、检疫许可证（需要时）。核对证书号、品名、批号、重量、集装箱号、铅封号与提单是否一致，证书是否在有效期内。",
            "3. 发现差错的，在群内写明错误内容，由报关行更正后重新提交；属于供应商单证的问题，通知供应商重新出具。"]),
        ("二、归档", [
            "4. 每票货物放行后10个工作日内，关务专员将报关单、合同、发票、装箱单、提单、卫生证书、原产地证、检疫证明、入库单扫描存入公司NAS（关务/年份/月份），纸质原件按月装订，存放于关务部档案柜A-3（上锁）。",
            "5. 进口和销售记录由关务部和财务部专人保管，档案柜钥匙由关务主管保管，借阅需登记。档案保存期限不少于3年。",
            "6. 公司公章、报关委托用章、海关及检验检疫核发的各类证书、法律文书由行政专员放保险柜保管，使用登记。",
            "7. 公司申请海关认证的相关资料，由关务部单独建档保存。"]),
    ], "2025年1月6日"),
    "附件3.docx": ("内部审计及问题整改制度", "RY-GW-03", [
        ("", [
            "1. 公司每年至少开展一次进口业务内部审计，由财务经理牵头、关务部配合，审计范围包括报关资料、单证归档、付汇与申报价格一致性、冷库出入库、供应商管理等。",
            "2. 内审结束后15日内出具书面内审报告，报总经理审阅，报告和工作底稿存档。",
            "3. 内审、日常工作或海关检查中发现的问题，由责任部门制定整改措施和完成期限，关务主管跟踪至关闭。",
            "4. 因个人原因造成海关处罚或重大差错的，视情节给予通报批评、扣发绩效直至解除劳动合同。",
            "5. 海关要求公司改正或规范改进的事项，由总经理或分管关务的副总经理亲自组织落实，并将结果书面报告海关。"]),
    ], "2025年1月6日"),
    "附件4.docx": ("进口冷冻水产品质量安全管理制度", "RY-ZL-01", [
        ("一、采购与准入", [
            "1. 只从已获海关总署注册的境外生产企业采购，合同签订前由采购部核实注册编号、出口国官方证书要求和我国食品安全国家标准（GB 2733等）。相关标准、注册信息、产品规格书由质量专员统一保存在NAS“质量/标准”目录，每年更新一次。"]),
        ("二、到货检疫与存放", [
            "2. 货物须在海关指定的冷库存放，未经海关检疫合格不得销售、调离。冷库储存温度不高于-18℃。",
            "3. 仓储跟单员对每个柜建立出入库台账：到港日期、柜号、铅封号、品名规格、件数、重量、入库库位、检疫证明编号、放行日期、出库日期、客户、车牌。冷库温度每日记录两次。",
            "4. 海关要求检疫处理、抽样检测的，跟单员全程跟进并记录结果。"]),
        ("三、异常处理", [
            "5. 卸货或入库时发现溢装、短装、包装破损、解冻回冻、标签不符的，跟单员现场拍照，当天在关务群报告，关务主管判断是否需要向海关报告或更正申报，并通知供应商索赔。",
            "6. 检测不合格的货物按海关要求退运或销毁，处理过程记录存档；已售出的问题产品按召回程序处理。"]),
    ], "2025年3月3日"),
    "附件5.docx": ("信息系统与信息安全管理规定", "RY-XZ-04", [
        ("", [
            "1. 公司使用畅捷通T+系统管理采购、销售、库存和财务数据，每个进口批次在系统内有独立批次号，可从销售单追溯到进口报关单号和入库单。",
            "2. 系统数据每日自动备份到NAS，每月由行政专员拷贝一份到移动硬盘，移动硬盘放保险柜。业务数据保存不少于5年。",
            "3. 每人一个账号，密码至少8位并每90天更换；电脑安装杀毒软件；不得将客户、价格、报关资料发到私人邮箱或外部网盘。",
            "4. 员工入职时签署保密及信息安全承诺书，行政部每年组织一次信息安全培训。",
            "5. 违反本规定造成数据泄露或损失的，按公司奖惩制度追究责任，情节严重的解除劳动合同并追偿损失。"]),
    ], "2025年1月6日"),
    "附件6.docx": ("办公场所安全及出入管理规定", "RY-XZ-02", [
        ("", [
            "1. 公司办公室位于湛江市霞山区海滨大道某商务楼12层，大楼出入口由物业保安24小时值守。公司大门使用门禁卡，下班后由最后离开人员锁门并开启报警。",
            "2. 员工入职时由行政专员发放门禁卡和工牌，离职时收回，发放和收回在门禁卡登记表上登记。财务室、档案室只对相关人员开通权限。",
            "3. 来访人员在前台登记姓名、单位、身份证号、事由、被访人，领取访客卡，由被访人员陪同，不得单独进入财务室和档案室。来访车辆停放在大楼访客车位。",
            "4. 行政专员每月检查一次门窗锁具、门禁、监控、灭火器，发现问题及时报修。办公室监控录像保存不少于30天。",
            "5. 办公室钥匙共3把，由总经理、行政专员、关务主管保管，增配或交接须登记。",
            "6. 公司货物存放在第三方冷库（湛江港南冷链物流有限公司），冷库的门卫、监控和库区管理由冷库负责，公司派跟单员现场交接。"]),
    ], "2025年1月6日"),
    "附件7.docx": ("员工入职离职管理办法", "RY-RS-01", [
        ("", [
            "1. 行政部负责员工档案和花名册，人员变动当月更新。",
            "2. 录用前核对身份证原件、学历证书和上家单位离职证明；关务、财务、仓储跟单岗位须提供户籍地或居住地派出所出具的无犯罪记录证明。",
            "3. 员工离职须办理交接：交回工牌、门禁卡、电脑和U盾，由行政停用T+账号、邮箱和企业微信，部门负责人签字后方可结算工资。",
            "4. 停职、长期病假人员参照离职办理门禁和系统权限的暂停。"]),
    ], "2025年1月6日"),
    "附件8.docx": ("供应商及物流服务商管理办法", "RY-CG-02", [
        ("", [
            "1. 本办法适用于境外供应商、报关行、冷库、运输车队等合作方。",
            "2. 新合作方由采购部填写《供应商评估表》，从资质、注册情况、质量记录、货物安全措施、单证准确性等方面评分，80分以上列入合格供方名录。",
            "3. 每年11月对合格供方做一次年度复评，不合格的暂停合作。",
            "4. 与合作方签订的合同或协议中应写明货物安全条款，要求对方防止货物被调换、夹带，集装箱和车辆按规定检查并使用完好铅封，并按海关认证企业标准逐步完善其安全管理；合作方是海关认证企业的可以免评。"]),
    ], "2025年3月3日"),
    "附件9.docx": ("货物收发及运输管理规定（含应急预案）", "RY-CC-01", [
        ("一、到港与入库", [
            "1. 集装箱到港后由报关行安排查验和放行，车队提柜前由司机和跟单员核对柜号、铅封号，检查箱体和箱门锁杆是否完好，铅封异常的不得拆封并立即报告关务主管。",
            "2. 冷藏车进冷库前，跟单员检查车厢温度、车厢内有无杂物或夹藏物品、车门锁闭情况，并在冷库交接登记本上打勾。",
            "3. 卸货时按报关单和装箱单逐项清点件数、称重、核对标签，跟单员与冷库管理员在交接登记本上共同签字。"]),
        ("二、出库与发货", [
            "4. 出库凭销售部开具的出库单和海关放行/检疫合格证明，核对客户、品名、件数，司机签收。"]),
        ("三、应急预案", [
            "5. 冷库停电或制冷故障：冷库值班员2小时内通知公司，跟单员到场核查温度，必要时转库，并拍照记录。",
            "6. 货物被盗、铅封被破坏、发现可疑物品：保护现场，立即报警并报告海关。",
            "7. 台风：提前一天与冷库、车队确认停止提柜，检查冷库备用发电机。",
            "8. 每年组织一次应急演练和危机处理培训，演练记录存档。"]),
    ], "2025年3月3日"),
}


def write_policies(out: pathlib.Path) -> None:
    for fn, (title, no, secs, date) in POLICIES.items():
        policy(out / fn, title, no, secs, FOOT.format(date))


def training_docx(path: pathlib.Path) -> None:
    d = _doc()
    d.add_heading("海关业务培训记录", level=1)
    d.add_paragraph("培训日期：2026年6月18日 14:30-17:00　地点：公司会议室　主讲：湛江粤港通报关有限公司 培训部经理 郑伟")
    d.add_paragraph("内容：1. 进口冷链食品申报要素与常见差错；2. 进境水产品检疫要求及官方证书核对要点；3. 企业信用管理和认证要求简介；4. 海关稽查与主动披露。")
    d.add_paragraph("签到表")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["序号", "姓名", "部门/职务", "签名"]):
        c.text = h
    rows = [("陈志强", "总经理（法定代表人）"), ("林海燕", "副总经理（分管关务、货物安全）"), ("吴嘉欣", "关务部 关务主管"),
            ("黄子健", "关务部 关务专员"), ("刘晓彤", "财务部 经理"), ("李冬梅", "采购部 主管"), ("何俊", "仓储跟单"),
            ("梁嘉豪", "仓储跟单"), ("王敏", "销售部 经理"), ("蔡琳", "行政专员")]
    for i, (n, j) in enumerate(rows, 1):
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = str(i), n, j, n
    d.add_paragraph("记录人：吴嘉欣　课件已存NAS：关务/培训/2026")
    d.add_page_break()
    d.add_heading("员工培训记录", level=1)
    d.add_paragraph("培训日期：2025年8月20日 09:30-11:30　地点：公司会议室　主讲：林海燕")
    d.add_paragraph("内容：1. 电脑及T+账号密码管理、防钓鱼邮件；2. 进口货物在运输、仓储环节的安全风险（铅封、夹带、调包）；3. 冷库交接注意事项。")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["姓名", "部门", "签名"]):
        c.text = h
    for n, j in [("吴嘉欣", "关务部"), ("黄志成", "关务部"), ("何俊", "仓储"), ("许强", "仓储"), ("李冬梅", "采购部"),
                 ("王敏", "销售部"), ("张楠", "销售部"), ("蔡琳", "行政"), ("刘晓彤", "财务部"), ("周婷", "财务部")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = n, j, n
    d.add_paragraph("记录人：蔡琳")
    d.save(path)


def supplier_form(path: pathlib.Path, filled: dict | None) -> None:
    d = _doc()
    d.add_heading("供应商评估表", level=1)
    f = filled or {}
    for k in ["供应商名称", "国家/地区", "类别", "海关注册编号", "评估日期"]:
        d.add_paragraph(f"{k}：{f.get(k, '________________')}")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["评估项目", "满分", "得分", "说明"]):
        c.text = h
    items = [("资质及注册情况", 20), ("产品质量及检测记录", 25), ("货物安全措施（装柜监装、铅封、集装箱检查）", 20),
             ("单证准确性及时性", 20), ("交货及服务", 15)]
    scores = f.get("scores", [None] * 5)
    notes = f.get("notes", [""] * 5)
    for (k, m), s, n in zip(items, scores, notes):
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = k, str(m), "" if s is None else str(s), n
    tot = sum(scores) if filled else ""
    d.add_paragraph(f"总分：{tot}　　结论：{f.get('结论', '□合格　□不合格')}")
    d.add_paragraph(f"评估人：{f.get('评估人', '')}　　审批：{f.get('审批', '')}")
    d.save(path)


def promise_docx(path: pathlib.Path) -> None:
    d = _doc()
    d.add_heading("货物安全承诺书 / Supply Chain Security Commitment", level=1)
    d.add_paragraph(f"致：{CO}")
    d.add_paragraph("我司 Pesquera Costa Azul S.A.（厄瓜多尔，输华注册编号 ECU-3021-xxx）作为贵司冷冻白虾的供应商，承诺：")
    for p in ["1. 装柜时由我司专人监装，装柜前对集装箱做七点检查（前壁、左侧、右侧、地板、顶部、内/外门、外部/起落架）并留存照片；",
              "2. 使用符合ISO 17712的高安全铅封，铅封号准确填入装箱单和提单；",
              "3. 按中国海关认证企业标准的要求持续改进我司的货物安全、人员和场所管理，接受贵司的年度评估和现场或视频检查；",
              "4. 发生可能影响货物安全的事件，24小时内通知贵司。"]:
        d.add_paragraph(p)
    d.add_paragraph("签署：Carlos Mendoza, Gerente de Exportaciones　日期：2026-03-09　（盖章）")
    d.save(path)


def supplier_zip(path: pathlib.Path, tmp: pathlib.Path) -> None:
    z = tmp / "zip"
    z.mkdir()
    supplier_form(z / "供应商评估表（空白）.docx", None)
    supplier_form(z / "评估表-厄瓜多尔CostaAzul-2026.docx", {
        "供应商名称": "Pesquera Costa Azul S.A.", "国家/地区": "厄瓜多尔", "类别": "境外生产企业（冻南美白虾）",
        "海关注册编号": "ECU-3021-xxx", "评估日期": "2026-03-12", "scores": [19, 22, 17, 18, 13],
        "notes": ["注册在有效期", "近一年抽检均合格", "已签安全承诺书", "1次证书重量笔误已更正", "按期"],
        "结论": "合格", "评估人": "采购主管 李冬梅", "审批": "副总经理 林海燕"})
    supplier_form(z / "评估表-阿根廷红虾-2024.docx", {
        "供应商名称": "Patagonia Frozen Foods S.R.L.", "国家/地区": "阿根廷", "类别": "境外生产企业（冻阿根廷红虾）",
        "海关注册编号": "ARG-1187-xxx", "评估日期": "2024-11-20", "scores": [18, 21, 14, 17, 12],
        "notes": ["", "", "未提供集装箱检查记录", "", ""], "结论": "合格", "评估人": "采购主管 李冬梅", "审批": "副总经理 林海燕"})
    promise_docx(z / "安全承诺书-CostaAzul.docx")
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "合格供方"
    ws.append(["序号", "名称", "类别", "国家", "首次评估", "最近评估", "备注"])
    for r in [(1, "Pesquera Costa Azul S.A.", "境外生产企业", "厄瓜多尔", "2024-05-08", "2026-03-12", ""),
              (2, "Patagonia Frozen Foods S.R.L.", "境外生产企业", "阿根廷", "2024-11-20", "2024-11-20", "2025年未复评"),
              (3, "Nordic Pelagic AS", "境外生产企业", "挪威", "2025-02-17", "2025-02-17", ""),
              (4, "湛江粤港通报关有限公司", "报关行", "中国", "—", "—", "未评估"),
              (5, "湛江港南冷链物流有限公司", "冷库", "中国", "—", "—", "未评估"),
              (6, "湛江顺冷运输有限公司", "冷藏车队", "中国", "—", "—", "未评估")]:
        ws.append(r)
    wb.save(z / "合格供方名录.xlsx")
    for f in z.iterdir():
        _fix_office(f)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(z.iterdir()):
            zf.write(f, f.name)


def roster(path: pathlib.Path) -> None:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "在职"
    ws.append(["工号", "姓名", "部门", "岗位", "入职日期", "身份证核验", "无犯罪记录证明", "门禁卡号", "备注"])
    people = [("陈志强", "总经理室", "总经理/法定代表人", "2016-04-01"), ("林海燕", "总经理室", "副总经理", "2016-04-01"),
              ("吴嘉欣", "关务部", "关务主管", "2018-07-09"), ("黄子健", "关务部", "关务专员", "2026-03-02"),
              ("刘晓彤", "财务部", "财务经理", "2017-02-13"), ("周婷", "财务部", "会计", "2021-05-10"),
              ("陈丽", "财务部", "出纳", "2023-09-04"), ("李冬梅", "采购部", "采购主管", "2017-08-21"),
              ("杨帆", "采购部", "采购员", "2024-06-17"), ("何俊", "仓储", "仓储跟单", "2019-03-11"),
              ("梁嘉豪", "仓储", "仓储跟单", "2025-12-01"), ("王敏", "销售部", "销售经理", "2016-09-01"),
              ("张楠", "销售部", "销售", "2020-03-16"), ("邓志伟", "销售部", "销售", "2022-07-04"),
              ("谭晓", "销售部", "销售", "2023-02-20"), ("苏建华", "销售部", "销售", "2024-10-08"),
              ("莫颖", "销售部", "销售内勤", "2021-11-15"), ("冯伟", "销售部", "销售", "2025-04-07"),
              ("叶倩", "销售部", "销售", "2019-05-27"), ("蔡琳", "行政部", "行政专员", "2020-08-03"),
              ("钟伟强", "行政部", "司机", "2018-01-08"), ("罗雪", "行政部", "前台", "2024-03-18"),
              ("黎家明", "仓储", "仓储跟单", "2022-10-10"), ("彭晓燕", "质量", "质量专员", "2021-03-01"),
              ("关永", "销售部", "销售", "2026-05-11")]
    crim = {"吴嘉欣", "黄子健", "刘晓彤", "周婷", "陈丽", "何俊", "梁嘉豪", "黎家明"}
    for i, (n, dep, job, d) in enumerate(people, 1):
        ws.append([f"RY{i:03d}", n, dep, job, d, "已核验", "已提供" if n in crim else "—", f"C12{i:02d}", ""])
    ws2 = wb.create_sheet("离职")
    ws2.append(["姓名", "岗位", "离职日期", "工牌/门禁卡", "电脑", "T+账号", "企业微信", "经办"])
    ws2.append(["黄志成", "关务专员", "2026-01-23", "已收回", "已收回", "已停用", "已移出", "蔡琳"])
    ws2.append(["吴静", "销售", "2025-06-30", "已收回", "—", "已停用", "已移出", "蔡琳"])
    ws2.append(["许强", "仓储跟单", "2025-11-14", "已收回", "—", "已停用", "已移出", "蔡琳"])
    wb.save(path)


def coldstore_xlsx(path: pathlib.Path) -> None:
    import openpyxl
    rnd = random.Random(NAME)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "出入库台账"
    ws.append(["入库日期", "柜号", "铅封号", "品名规格", "件数", "净重(kg)", "库位", "报关单号", "检疫证明编号",
               "海关放行日期", "出库日期", "客户", "车牌", "跟单"])
    goods = ["冻南美白虾 40/50 10kg/箱", "冻阿根廷红虾 L2 12kg/箱", "冻挪威鲭鱼 400-600g 20kg/箱", "冻鱿鱼 200-300g 10kg/箱"]
    import datetime as dt
    d = dt.date(2025, 8, 6)
    n = 0
    while d < dt.date(2026, 10, 25):
        n += 1
        g = rnd.choice(goods)
        pcs = rnd.choice([1800, 2000, 2100, 1300, 1350])
        kg = pcs * int(g.split("kg")[0].split(" ")[-1])
        rel = d + dt.timedelta(days=rnd.randint(3, 9))
        out = rel + dt.timedelta(days=rnd.randint(5, 30))
        ws.append([d.isoformat(), f"{rnd.choice(['MSKU', 'CMAU', 'SEGU', 'TGHU'])}{rnd.randint(1000000, 9999999)}",
                   f"EC{rnd.randint(100000, 999999)}", g, pcs, kg, f"C{rnd.randint(1, 6)}-{rnd.randint(1, 20):02d}",
                   f"6701{d.year}{rnd.randint(100000000, 999999999)}", f"440800{d.year % 100}{rnd.randint(10000, 99999)}",
                   rel.isoformat(), out.isoformat() if out < dt.date(2026, 10, 31) else "",
                   rnd.choice(["湛江海鲜批发市场鑫旺行", "广州黄沙水产城德利", "佛山顺德鲜之源餐饮", "南宁海吉星冻品"]),
                   rnd.choice(["粤G·3K8", "粤G·5D2", "粤G·7M1"]) + str(rnd.randint(10, 99)), rnd.choice(["何俊", "许强" if d < dt.date(2025, 11, 14) else "梁嘉豪", "黎家明"])])
        d += dt.timedelta(days=rnd.randint(7, 12))
    ws2 = wb.create_sheet("温度记录")
    ws2.append(["日期", "时间", "C3库温度(℃)", "C5库温度(℃)", "记录人", "备注"])
    d = dt.date(2026, 9, 1)
    while d <= dt.date(2026, 10, 30):
        for t in ("08:30", "16:30"):
            note = ""
            a, b = round(rnd.uniform(-21.5, -19.0), 1), round(rnd.uniform(-21.0, -18.8), 1)
            if d == dt.date(2026, 9, 14) and t == "16:30":
                b, note = -15.2, "台风停电，备用发电机启动，18:10恢复-19.0"
            ws2.append([d.isoformat(), t, a, b, rnd.choice(["冷库 韦师傅", "冷库 陈师傅"]), note])
        d += dt.timedelta(days=1)
    wb.save(path)


def photo(path: pathlib.Path, title: str, header: list[str], rows: list[list[str]], widths: list[int], angle: float) -> None:
    W, H = 1500, 150 + 62 * (len(rows) + 2)
    img = Image.new("RGB", (W, H), (246, 243, 232))
    dr = ImageDraw.Draw(img)
    ft = ImageFont.truetype(SANS, 34, index=2)
    fh = ImageFont.truetype(SANS, 24, index=2)
    fw = ImageFont.truetype(SERIF, 24, index=2)
    dr.text((60, 35), title, font=ft, fill=(30, 30, 30))
    y = 110
    xs = [50]
    for w in widths:
        xs.append(xs[-1] + w)
    for r, row in enumerate([header] + rows):
        for i, cell in enumerate(row):
            dr.text((xs[i] + 8, y + 16), cell, font=fh if r == 0 else fw, fill=(20, 20, 70) if r else (10, 10, 10))
        y += 62
    for k in range(len(rows) + 2):
        dr.line([(50, 110 + 62 * k), (xs[-1], 110 + 62 * k)], fill=(90, 90, 90), width=2)
    for x in xs:
        dr.line([(x, 110), (x, 110 + 62 * (len(rows) + 1))], fill=(90, 90, 90), width=2)
    img = img.rotate(angle, expand=True, fillcolor=(60, 55, 50), resample=Image.BICUBIC)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img.thumbnail((1400, 1400))
    img.save(path, "JPEG", quality=72)


def photos(out: pathlib.Path) -> None:
    photo(out / "IMG_20260512_091533.jpg", "冷库货物交接登记本（港南冷库 C区）",
          ["日期", "柜号/车牌", "铅封号", "品名", "件数", "重量kg", "车厢检查", "交货人", "收货人"],
          [["5/6", "MSKU4420917", "EC338105", "冻白虾40/50", "2000", "20000", "√", "钟师傅", "何俊"],
           ["5/6", "粤G·5D231", "—", "冻白虾40/50 出", "600", "6000", "√ 无杂物", "何俊", "鑫旺行 林"],
           ["5/8", "SEGU2290457", "EC338162", "冻鱿鱼200-300", "1350", "13500", "√", "钟师傅", "梁嘉豪"],
           ["5/9", "粤G·3K871", "—", "冻鱿鱼 出", "400", "4000", "√", "梁嘉豪", "德利 王"],
           ["5/11", "TGHU7713054", "EC338240", "冻红虾L2", "1800", "21600", "√ 短2箱 已报", "钟师傅", "何俊"],
           ["5/12", "粤G·7M156", "—", "冻白虾 出", "300", "3000", "√", "何俊", "鲜之源 陈"]],
          [90, 200, 150, 230, 90, 120, 200, 140, 150], 2.5)
    photo(out / "IMG_20260820_160210.jpg", "来访人员登记表　2026年8月",
          ["日期", "姓名", "单位", "证件号(后4位)", "事由", "被访人", "访客卡", "进/出"],
          [["8/3", "郑伟", "粤港通报关", "身份证 2217", "送单证", "吴嘉欣", "V03", "9:40/10:25"],
           ["8/7", "韦国荣", "港南冷链", "身份证 0416", "对账", "何俊", "V01", "14:10/15:00"],
           ["8/12", "林先生", "鑫旺行", "身份证 5538", "谈价", "王敏", "V02", "10:05/11:30"],
           ["8/19", "赵工", "电信", "工作证", "宽带维修", "蔡琳", "V04", "15:20/16:00"],
           ["8/20", "Carlos M.", "Costa Azul", "护照 E7731", "拜访", "林海燕", "V01", "14:00/15:50"]],
          [90, 150, 180, 220, 150, 140, 120, 200], -1.8)


CHAT = """微信聊天记录导出
群聊：瑞洋关务&仓储群（12人）
导出时间：2026-10-31 18:05
————————————————
2025-08-14 10:02 吴嘉欣：@郑伟 这票白虾 原产国写成秘鲁了，卫生证书是厄瓜多尔，改一下再发我
2025-08-14 10:15 郑伟(粤港通)：收到 已改
2025-08-14 10:31 吴嘉欣：核对无误可申报
2025-09-29 17:40 蔡琳：国庆放假通知已发邮箱，大家记得锁好抽屉[玫瑰]
2025-11-14 16:20 蔡琳：许强今天离职，工牌门禁卡收回了，T+账号已停，企业微信已移出
2025-11-20 09:05 林海燕：今年供应商复评先放一放，等明年认证一起做
2025-12-03 11:12 何俊：中午谁订了烧鹅饭？多了一份
2025-12-03 11:13 梁嘉豪：我的我的
2026-01-08 08:55 郑伟(粤港通)：TGHU6620318 阿根廷红虾 报关单草稿见附件，请核对
2026-01-08 09:40 吴嘉欣：@郑伟 第3项单价跟发票差0.05美元，发票是6.85，另外净重要按装箱单21600，不是21780含冰衣。改好再发
2026-01-08 10:12 郑伟(粤港通)：已更正，重新发了
2026-01-08 10:20 吴嘉欣：核对无误可申报
2026-01-23 17:30 蔡琳：黄志成离职交接完了：工牌、门禁卡、电脑都收回，T+和邮箱已停用
2026-02-05 14:02 刘晓彤：内审今年又要拖了吧，年报审计忙完再说
2026-02-05 14:05 林海燕：先忙审计报告，内审下半年做
2026-03-02 09:10 蔡琳：新同事黄子健今天入职，门禁卡C1204已发，无犯罪证明已交
2026-03-10 11:26 吴嘉欣：Costa Azul 这票卫生证书上的柜号是MSKU4417802，提单是MSKU4417820，已让供应商重新出证，正本到之前先别申报
2026-03-13 15:48 吴嘉欣：新证书已到，证书号、柜号、重量、批号都对上了 @郑伟 可以申报
2026-03-31 17:20 黄子健：3月份单证已扫描归档到NAS 关务/2026/03，纸质放A-3柜了
2026-04-15 16:02 吴嘉欣：罚款决定书收到了，就是1月那票红虾数量申报不符的事，3000元。@林海燕 已安排财务缴纳。以后短装一律到港当天通知报关行改单
2026-04-15 16:10 林海燕：好，下周一例会我讲一下
2026-04-30 17:05 黄子健：4月单证已归档NAS 关务/2026/04
2026-05-11 15:30 何俊：TGHU7713054 卸货短2箱，照片在群相册，交接本已写
2026-05-11 15:42 吴嘉欣：收到，已通知郑伟联系海关更正，并发邮件给供应商索赔
2026-05-20 12:00 王敏：下午有没有人去市场那边？帮我带两斤荔枝
2026-06-03 09:30 吴嘉欣：6月18号下午海关法规培训，粤港通郑经理来讲，陈总林总都要参加
2026-06-18 17:05 吴嘉欣：今天培训签到表和课件放NAS 关务/培训/2026 了
2026-07-01 10:00 蔡琳：6月门窗、门禁、监控、灭火器检查完，前台那个摄像头换了，录像能存35天
2026-07-22 19:45 王敏：我家小孩暑假钢琴培训班有推荐的吗
2026-08-01 10:03 蔡琳：7月安全检查完毕，无异常
2026-08-20 16:05 罗雪：Costa Azul的Carlos下午到访，已登记护照，访客卡V01，林总陪同
2026-09-01 09:58 蔡琳：8月安全检查完毕，财务室门锁有点松已报修
2026-09-14 15:20 冷库 韦师傅：台风停电，C5库温度升到-15，发电机已经开了
2026-09-14 15:26 何俊：我过去看，已拍照
2026-09-14 18:20 何俊：恢复到-19了，货物没有解冻，温度记录已补
2026-09-30 17:40 黄子健：9月单证已扫描归档NAS 关务/2026/09
2026-10-08 09:00 蔡琳：T+备份盘9月份已拷贝，放保险柜了
2026-10-09 10:11 林海燕：@刘晓彤 内审这个月还是做不了，等认证材料交完
2026-10-12 14:30 郑伟(粤港通)：SEGU3318842 鲭鱼 海关布控查验，明天上午9点在港南冷库掏箱
2026-10-13 12:10 何俊：查验完了，没问题，已放行，检疫证明拍照发群了
2026-10-20 20:15 梁嘉豪：今晚谁加班，一起吃宵夜？
2026-10-28 10:40 吴嘉欣：认证资料基本整理好了，附件1到9是我们的制度，大家看一下
"""


def price_list(path: pathlib.Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("2026年10月冻品报价单")
    c.setFont("STSong-Light", 18)
    c.drawString(60, 780, "瑞洋冷链  2026年10月冻品报价单（批发）")
    c.setFont("STSong-Light", 11)
    c.drawString(60, 755, "报价有效期：2026-10-08 至 2026-10-31　价格含税，湛江港南冷库自提，满50箱送货")
    y = 720
    for row in [("品名", "规格", "包装", "单价(元/箱)"), ("冻南美白虾（厄瓜多尔）", "40/50", "10kg/箱", "425"),
                ("冻南美白虾（厄瓜多尔）", "30/40", "10kg/箱", "468"), ("冻阿根廷红虾", "L2 10-20只/kg", "12kg/箱", "690"),
                ("冻挪威鲭鱼", "400-600g", "20kg/箱", "318"), ("冻鱿鱼", "200-300g", "10kg/箱", "205"),
                ("冻带鱼段（国产）", "3-4cm", "10kg/箱", "176")]:
        for x, v in zip((60, 230, 340, 440), row):
            c.drawString(x, y, v)
        y -= 24
    c.drawString(60, y - 20, "所有进口产品均附海关检疫证明及核酸/消毒证明，可提供复印件。")
    c.drawString(60, y - 44, "联系人：销售经理 王敏 138xxxx6621　（本报价单不作为合同）")
    c.showPage()
    c.save()


def _fix_office(path: pathlib.Path) -> None:
    """Fixed entry times and core dates in a docx/xlsx (members of the supplier zip)."""
    import io
    import re
    with zipfile.ZipFile(path) as zin:
        entries = [(i, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2026-03-12T00:00:00Z\g<2>", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 12, 0, 0, 0))
            fixed.compress_type = info.compress_type
            zout.writestr(fixed, data)
    path.write_bytes(buf.getvalue())


def _fix_pdf(path: pathlib.Path) -> None:
    import re
    b = path.read_bytes()
    b = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20260618170000", b)
    b = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"5259" * 8 + b">", b)  # the trailer /ID pair
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)
    path.write_bytes(b)


def _fix_xls(path: pathlib.Path) -> None:
    """Pin the VT_FILETIME stamps (created/saved) LibreOffice writes into the summary streams."""
    import struct
    b = bytearray(path.read_bytes())
    fixed = struct.pack("<Q", 134060000000000000)  # a fixed moment in 2025
    i = b.find(b"\x40\x00\x00\x00")
    while i != -1:
        if i + 12 <= len(b):
            v = struct.unpack("<Q", bytes(b[i + 4:i + 12]))[0]
            if 132000000000000000 < v < 136000000000000000:
                b[i + 4:i + 12] = fixed
        i = b.find(b"\x40\x00\x00\x00", i + 1)
    path.write_bytes(bytes(b))


def build(out: pathlib.Path) -> None:
    out = pathlib.Path(out)
    tmp = pathlib.Path(tempfile.mkdtemp(prefix=f"{NAME}-", dir="/tmp"))
    try:
        write_policies(out)
        (out / "2026资料").mkdir()
        training_docx(tmp / "海关业务培训记录.docx")
        coldstore_xlsx(tmp / "冷库温度及库存记录.xlsx")
        lo = f"-env:UserInstallation=file:///tmp/lo-{NAME}"
        subprocess.run(["soffice", "--headless", lo, "--convert-to", "pdf", "--outdir", str(tmp),
                        str(tmp / "海关业务培训记录.docx")], check=True, capture_output=True)
        subprocess.run(["soffice", "--headless", lo, "--convert-to", "xls", "--outdir", str(tmp),
                        str(tmp / "冷库温度及库存记录.xlsx")], check=True, capture_output=True)
        shutil.copy(tmp / "海关业务培训记录.pdf", out / "2026资料" / "海关业务培训记录.pdf")
        shutil.copy(tmp / "冷库温度及库存记录.xls", out / "冷库温度及库存记录.xls")
        _fix_pdf(out / "2026资料" / "海关业务培训记录.pdf")
        _fix_xls(out / "冷库温度及库存记录.xls")
        roster(out / "2026资料" / "员工花名册2026.xlsx")
        supplier_zip(out / "供应商资料.zip", tmp)
        photos(out)
        (out / "微信聊天记录_瑞洋关务群.txt").write_text(CHAT, encoding="utf-8")
        price_list(out / "2026年10月报价单.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
