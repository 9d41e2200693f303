"""ho27-gen-importer-food: 昆明滇南果源进出口贸易有限公司 — 东南亚水果与干货进口商，首次申请一般认证。"""
from __future__ import annotations

import pathlib
import random

from docx import Document
from openpyxl import Workbook
from PIL import Image, ImageDraw, ImageFont

NAME = "ho27-gen-importer-food"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
CO = "昆明滇南果源进出口贸易有限公司"


def _docx(path: pathlib.Path, title: str, blocks: list) -> None:
    d = Document()
    d.add_heading(title, 0)
    for b in blocks:
        if isinstance(b, tuple):
            d.add_heading(b[1], b[0])
        elif isinstance(b, list):
            t = d.add_table(rows=len(b), cols=len(b[0]))
            t.style = "Table Grid"
            for i, row in enumerate(b):
                for j, v in enumerate(row):
                    t.cell(i, j).text = str(v)
        else:
            d.add_paragraph(b)
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))


def _system(out: pathlib.Path) -> None:
    # 管理制度：多章照抄顾问模板，留有占位符
    blocks = [
        f"文件编号：DNGY-GL-2026-01    版本：A/0    发布日期：2026年2月20日    实施日期：2026年3月1日",
        "编制：关务主管 李晓梅    审核：副总经理 赵建国    批准：总经理（法定代表人） 杨文华",
        (1, "第一章 总则"),
        "第一条 为规范本公司进口业务，提高守法水平，根据海关有关规定，结合【公司名称】实际，制定本制度。",
        "第二条 本制度适用于公司进口水果、干果及其他预包装食品的采购、报关、仓储和销售全过程。",
        (1, "第二章 组织机构与关务职责"),
        "第三条 公司任命副总经理赵建国为负责关务的高级管理人员，同时负责贸易安全工作；关务部设关务主管1名（李晓梅）、单证员2名。",
        "第四条 报关业务委托云南速通报关有限公司办理，关务部负责委托前的单证复核与报关行的日常对接。",
        (1, "第三章 培训管理"),
        "第五条 关务部每年年初制定培训计划，每年至少组织1次海关法规培训，法定代表人、副总经理、关务主管必须参加。培训须有签到表、课件和照片，由行政部存档。",
        (1, "第四章 进口单证复核"),
        "第六条 单证员在向报关行发送委托资料前，对合同、发票、装箱单中的品名、规格、数量、价格、原产地、HS编码、境外发货人、包装种类、存放冷库、运输路线、储存温度和标签进行复核；关务主管对报关行返回的报关单草单逐项核对后方可确认申报。",
        "第七条 对外国官方植物检疫证书、原产地证书（RCEP/中国-东盟）、卫生证书，单证员须核对证书编号、品名、数量、产地果园/包装厂注册号与合同一致，并在《检疫证书复核记录》中登记。",
        "第八条 发现差错的，由关务主管填写更正记录，通知报关行修改或申请删改单，并在月度例会通报。",
        (1, "第五章 单证保管"),
        "第九条 进口报关单证（合同、发票、箱单、提单、证书、报关单、税单、检验检疫资料）按票装订，纸质件在关务部档案柜保存，电子件存公司共享盘，保存期限不少于3年。",
        "第十条 公司报关专用章、合同章由行政部专人保管，用印须登记。海关核发的证书、行政文书原件由关务主管保管。",
        "第十一条 货物技术标准规范的保管按【XX】办法执行。",
        "第十二条 进口食品的进口和销售记录由关务部指定单证员专人保管，存放于办公室二楼档案室专柜，保存期限不少于产品保质期满后6个月且不少于2年。",
        "第十三条 认证相关资料由关务部建立专门档案。",
        (1, "第六章 内部审计"),
        "第十四条 【公司名称】每年对进出口活动实施内部审计，具体程序见《内部审计管理办法》（待编制）。",
        (1, "第七章 进口食品质量安全"),
        "第十五条 公司对境外供货商实行备案管理，只从已在海关总署注册的境外果园、包装厂采购。每批货物到库后由品控员按批抽检外观、温度、腐烂率，并记录在《进口检验及不合格处置台账》；不合格货物按海关要求退运或销毁，并在台账登记处置结果。",
        (1, "第八章 改进与责任追究"),
        "第十六条 对进口活动中发现的问题，由责任部门制定整改措施，关务主管跟踪。对海关要求的改正事项，由副总经理赵建国组织实施。",
        "第十七条 因故意或重大过失造成违规的，视情节给予警告、罚款直至解除劳动合同。",
        (1, "第九章 信息系统与信息安全"),
        "第十八条 公司使用金蝶云星空系统管理采购、库存、销售及财务数据，进口台账以Excel按年度建立。系统数据每周备份至移动硬盘，保存不少于3年。",
        "第十九条 员工使用个人账号登录系统，密码每90天更换；离职当日停用账号。对违反信息安全规定造成损失的，按第十七条追究责任。",
        (1, "第十章 场所与人员安全"),
        "第二十条 XX公司应在厂区出入口设门卫24小时值守，外来人员凭身份证登记并佩戴访客证，由接待人员陪同进入。车辆进出登记，停放于指定车位。",
        "第二十一条 仓库门窗应设锁，钥匙由仓库主管统一发放、回收并登记。每月对建筑物进行一次安全检查。",
        "第二十二条 员工入职须提供身份证、履历并签署无犯罪记录承诺；离职时收回工牌、钥匙、电脑并停用系统账号。",
        (1, "第十一章 商业伙伴安全"),
        "第二十三条 对境外供货商、报关行、冷库、运输公司每年评估一次，评估内容包括资质、守法记录及贸易安全管理情况，合同中应列明安全要求。",
        (1, "第十二章 货物、集装箱与运输工具安全"),
        "第二十四条 冷柜到库时，仓库管理员核对提单、箱单上的箱号、封条号、件数、重量、标签，与冷库方共同签字交接。发现溢短装、腐烂或封条异常，立即拍照并报告关务主管，由关务主管通知报关行和海关。",
        "第二十五条 集装箱装货前按“七点检查法”检查（前壁、左侧、右侧、地板、顶部、内/外门、外部/起落架），填写《集装箱检查记录表》。",
        "第二十六条 运输车辆到达时，检查车厢、底盘及驾驶室有无夹藏物品，核对司机身份证件。",
        (1, "第十三章 应急管理"),
        "第二十七条 应急预案：发生火灾、冷库断电、货物被盗、疫情封控或海关查验发现异常时，由副总经理任应急组长，关务主管、仓储主管、行政主管为组员。断电超过2小时启动备用冷库（昆明王家营冷链园B区），货物异常立即报告昆明海关所属现场，并于24小时内书面报告。",
        "第二十八条 公司每年组织一次应急演练。",
        "第二十九条 本制度由关务部负责解释，自发布之日起施行。",
    ]
    _docx(out / "01管理制度" / "滇南果源海关认证管理制度（2026版）.docx", f"{CO}\n海关认证企业管理制度", blocks)


def _ledger(out: pathlib.Path, rng: random.Random) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "2026进口台账"
    ws.append(["序号", "报关单号", "申报日期", "品名", "HS编码", "原产国", "境外发货人", "件数", "净重(kg)", "货值(USD)", "冷库", "复核人", "备注"])
    goods = [("鲜榴莲", "08106000", "泰国", "Chanthaburi Fruit Co., Ltd."), ("鲜山竹", "08109090", "泰国", "Rayong Orchard Export"),
             ("鲜龙眼", "08104000", "越南", "Ha Noi Green Fruit JSC"), ("芒果干", "08134000", "菲律宾", "Cebu Dried Foods Inc."),
             ("椰子片", "20081990", "泰国", "Chanthaburi Fruit Co., Ltd.")]
    for i in range(1, 25):
        g = goods[rng.randrange(len(goods))]
        m = 1 + (i - 1) // 4
        ws.append([i, f"8601202606{i:08d}", f"2026-{m:02d}-{rng.randint(2, 27):02d}", g[0], g[1], g[2], g[3],
                   rng.randint(800, 1600), rng.randint(9000, 18000), rng.randint(20000, 60000), "王家营冷链园A-3库",
                   "单证员 陈思", "" if i != 9 else "原产地证号码与发票不一致，已更正后申报"])
    c = wb.create_sheet("检疫证书复核")
    c.append(["日期", "报关单号", "证书类型", "证书编号", "签发机构", "核对内容", "结果", "复核人", "关务主管确认"])
    for i in range(1, 13):
        m = 1 + (i - 1) // 2
        c.append([f"2026-{m:02d}-{rng.randint(2, 27):02d}", f"8601202606{2*i:08d}", "植物检疫证书",
                  f"PC-TH-2026-{rng.randint(10000, 99999)}", "泰国农业与合作部", "品名/数量/包装厂注册号/果园注册号", "一致",
                  "陈思", "李晓梅"])
    c.append(["2026-04-09", "860120260600000009", "原产地证书(RCEP)", "E26TH0041187", "泰国商务部", "证书号/货值", "发票号不一致→退回更正", "陈思", "李晓梅"])
    r = wb.create_sheet("入库验收")
    r.append(["到库日期", "柜号", "封条号", "提单件数", "实收件数", "温度(℃)", "异常", "仓管签字", "冷库方签字"])
    for i in range(1, 16):
        n = rng.randint(900, 1500)
        short = (i == 6)
        r.append([f"2026-{1 + (i - 1) // 3:02d}-{rng.randint(3, 28):02d}", f"TCLU{rng.randint(1000000, 9999999)}",
                  f"TH{rng.randint(100000, 999999)}", n, n - 12 if short else n, round(rng.uniform(2.5, 5.5), 1),
                  "短少12箱，已拍照报告关务主管并通知报关行" if short else "无", "周强", "王家营冷链 刘"])
    q = wb.create_sheet("检验及不合格处置")
    q.append(["日期", "报关单号", "品名", "抽检项目", "结果", "处置", "记录人"])
    q.append(["2026-02-16", "860120260600000005", "鲜山竹", "外观/腐烂率", "腐烂率3%，合格", "正常放行销售", "品控 何丽"])
    q.append(["2026-05-11", "860120260600000017", "鲜龙眼", "海关查验检出有害生物", "不合格", "按海关要求熏蒸处理后放行", "品控 何丽"])
    q.append(["2026-06-22", "860120260600000022", "芒果干", "标签", "中文标签缺生产日期", "整改加贴标签后销售", "品控 何丽"])
    s = wb.create_sheet("销售记录")
    s.append(["日期", "品名", "批次(报关单号)", "客户", "数量(箱)", "经手人"])
    for i in range(1, 11):
        s.append([f"2026-0{1 + i // 2}-{rng.randint(3, 28):02d}", goods[i % 5][0], f"8601202606{i:08d}",
                  rng.choice(["昆明篆新农贸市场 王记果行", "云南万家生鲜超市", "成都蜀果汇商贸"]), rng.randint(50, 400), "销售 黄敏"])
    p = out / "02进口台账" / "进口台账2026.xlsx"
    p.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(p))


def _contract(out: pathlib.Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = out / "2026资料" / "报关代理服务合同.pdf"
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pages = [
        ["报关代理服务合同", "合同编号：ST-DN-2026-003",
         f"甲方（委托方）：{CO}", "乙方（受托方）：云南速通报关有限公司",
         "签订日期：2026年1月5日    有效期：2026年1月5日至2026年12月31日",
         "第一条 委托事项：甲方委托乙方在昆明海关辖区办理进口水果、干果的报关、报检及查验配合。",
         "第二条 甲方责任：提供真实、完整的合同、发票、箱单、提单、检疫证书及原产地证书。",
         "第三条 乙方责任：乙方收到资料后制作报关单草单，经甲方关务主管书面（含微信）确认后申报；",
         "乙方不得擅自更改申报要素。",
         "第四条 费用：每票报关费350元，查验配合费200元/次，按月结算。"],
        ["第五条 单证安全与贸易安全",
         "1. 乙方应按照海关认证企业标准的要求，建立并完善单证安全、人员安全和信息安全管理，",
         "   妥善保管甲方单证资料，未经甲方同意不得向第三方提供。",
         "2. 乙方发现货物、单证异常或海关查验发现问题时，应在2小时内通知甲方关务主管。",
         "3. 甲方每年对乙方开展一次供应链安全评估，乙方应配合并提供相关资料。",
         "第六条 违约责任：因乙方过错导致申报差错被海关处罚的，罚款由乙方承担。",
         "第七条 争议解决：向甲方所在地人民法院起诉。",
         "甲方（盖章）：昆明滇南果源进出口贸易有限公司   代表：赵建国",
         "乙方（盖章）：云南速通报关有限公司   代表：孙立"],
    ]
    for lines in pages:
        y = 780
        for i, line in enumerate(lines):
            c.setFont("STSong-Light", 16 if i == 0 and "合同" in line and len(line) < 12 else 11)
            c.drawString(60, y, line)
            y -= 28
        c.showPage()
    c.save()


def _chat(out: pathlib.Path) -> None:
    t = """微信聊天记录导出
与“速通报关-孙立”的聊天记录  导出时间：2026-07-20

2026-04-08 16:12 孙立：李姐，8601202606 第9票龙眼/榴莲那票草单发你了，麻烦确认
2026-04-08 16:40 李晓梅：收到。我核了一下：HS 08104000 没问题，净重 12,380 对得上箱单；原产地证上的发票号跟商业发票不一致，先别申报
2026-04-08 16:41 李晓梅：[图片]
2026-04-08 16:55 孙立：好的，我这边等你们更正后的证书
2026-04-09 10:03 李晓梅：泰国那边重新出了RCEP证书，号码 E26TH0041187，发票号已一致，已登记在复核表，可以申报了
2026-04-09 10:05 孙立：收到，今天上午申报
2026-05-11 09:20 孙立：龙眼那票查验发现介壳虫，海关要求熏蒸处理
2026-05-11 09:31 李晓梅：收到，我报告赵总，熏蒸费用我们出，处理完发我放行信息
2026-05-11 09:32 李晓梅：[文件] 熏蒸处理通知.pdf
2026-06-03 14:22 孙立：李姐，下个月起单一窗口要求舱单信息……你们那边冷柜到港前把柜号先发我
2026-06-03 14:25 李晓梅：👌
2026-07-18 11:02 孙立：端午的发票已经开好了，对下账
2026-07-18 11:10 李晓梅：好的，财务陈会计对接
"""
    p = out / "新建文件夹" / "聊天记录_速通报关.txt"
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(t, encoding="utf-8")


def _font(size: int, serif: bool = False):
    return ImageFont.truetype(SERIF if serif else SANS, size, index=2)


def _scan(out: pathlib.Path, rng: random.Random) -> None:
    pages = []
    for k, (title, body) in enumerate([
        ("PHYTOSANITARY CERTIFICATE / 植物检疫证书", ["No. PC-TH-2026-41873", "Plant Protection Organization of Thailand",
         "Exporter: Chanthaburi Fruit Co., Ltd.", f"Consignee: {CO}", "Fresh Durian 1,280 cartons",
         "Orchard reg. No. DOA-1203-0581   Packing house: DOA-0901-4432", "Date: 2026-03-02"]),
        ("注册证明 / Registration of Overseas Food Manufacturer", ["Cebu Dried Foods Inc.", "在华注册号：CPHL2024031105",
         "产品：芒果干 Dried Mango", "有效期至 2029-03-10", "海关总署 进口食品境外生产企业注册"]),
    ]):
        img = Image.new("L", (1000, 1400), 238)
        d = ImageDraw.Draw(img)
        d.rectangle([40, 40, 960, 1360], outline=60, width=4)
        d.text((80, 90), title, font=_font(34), fill=20)
        y = 220
        for line in body:
            d.text((90, y), line, font=_font(30, True), fill=30)
            y += 80
        d.ellipse([650, 1050, 880, 1280], outline=90, width=6)
        for _ in range(2500):
            x, yy = rng.randrange(1000), rng.randrange(1400)
            img.putpixel((x, yy), rng.randint(120, 200))
        pages.append(img.rotate(0.6 if k == 0 else -0.4, fillcolor=238).convert("RGB"))
    p = out / "2026资料" / "扫描件003.pdf"
    pages[0].save(str(p), "PDF", resolution=120, save_all=True, append_images=pages[1:])


def _signin(out: pathlib.Path, rng: random.Random) -> None:
    img = Image.new("RGB", (1200, 900), (232, 228, 220))
    d = ImageDraw.Draw(img)
    d.rectangle([60, 40, 1140, 860], fill=(250, 250, 246))
    d.text((230, 70), "培训签到表", font=_font(44), fill=(10, 10, 10))
    d.text((100, 140), "主题：海关进出口法规及信息安全培训   日期：2026年3月14日", font=_font(26), fill=(20, 20, 20))
    d.text((100, 180), "讲师：云南速通报关有限公司 孙立   地点：公司二楼会议室", font=_font(26), fill=(20, 20, 20))
    rows = [("序号", "姓名", "部门/职务", "签名"), ("1", "杨文华", "总经理（法定代表人）", "杨文华"),
            ("2", "赵建国", "副总经理", "赵建国"), ("3", "李晓梅", "关务主管", "李晓梅"), ("4", "陈思", "关务部 单证员", "陈思"),
            ("5", "周强", "仓储主管", "周强"), ("6", "何丽", "品控员", "何丽"), ("7", "黄敏", "销售部", "黄敏")]
    y = 240
    for r in rows:
        x = 100
        for j, v in enumerate(r):
            w = [120, 200, 380, 300][j]
            d.rectangle([x, y, x + w, y + 70], outline=(40, 40, 40), width=2)
            d.text((x + 12, y + 18), v, font=_font(28, j == 3), fill=(15, 15, 60) if j == 3 and y > 240 else (10, 10, 10))
            x += w
        y += 70
    img = img.rotate(-1.5, fillcolor=(120, 110, 100))
    p = out / "IMG_20260314_093015.jpg"
    img.save(str(p), "JPEG", quality=70)


def _staff(out: pathlib.Path) -> None:
    rows = [["工号", "姓名", "部门", "岗位", "入职日期", "状态", "更新日期"],
            ["DN001", "杨文华", "总经办", "总经理", "2017-04-01", "在职", "2026-07-01"],
            ["DN002", "赵建国", "总经办", "副总经理", "2018-03-12", "在职", "2026-07-01"],
            ["DN008", "李晓梅", "关务部", "关务主管", "2019-06-03", "在职", "2026-07-01"],
            ["DN015", "陈思", "关务部", "单证员", "2022-09-01", "在职", "2026-07-01"],
            ["DN021", "周强", "仓储部", "仓储主管", "2020-02-17", "在职", "2026-07-01"],
            ["DN033", "何丽", "品控部", "品控员", "2023-05-08", "在职", "2026-07-01"],
            ["DN036", "刘洋", "关务部", "单证员", "2024-03-01", "离职(2026-05-31)", "2026-07-01"],
            ["DN041", "黄敏", "销售部", "销售代表", "2025-08-18", "在职", "2026-07-01"],
            ["DN045", "马俊", "仓储部", "仓管员", "2026-06-15", "在职", "2026-07-01"]]
    _docx(out / "附件2.docx", "员工花名册（动态，2026年7月更新，共45人，节选关键岗位）",
          ["行政部每月更新一次；入职、离职当月调整。", rows, "制表：行政主管 吴芳"])


def _coldstore(out: pathlib.Path) -> None:
    _docx(out / "doc12.docx", "冷库租赁合同（节选）", [
        "出租方：昆明王家营冷链物流园有限公司    承租方：" + CO,
        "租赁标的：A区3号冷库（约600平方米，0-5℃），租期2025年10月1日至2027年9月30日。",
        "第五条 出租方负责园区大门24小时保安值守、园区围墙及监控（录像保存30天），外来车辆进园登记。",
        "第六条 冷库门锁由承租方自行加锁，钥匙由承租方管理。出租方每季度对库体结构、门体、制冷设备检查维修一次。",
        "第七条 货物出入库由双方人员共同清点签字。",
        "出租方盖章    承租方盖章（副总经理 赵建国）    2025年9月20日"])


def _selfcheck(out: pathlib.Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "自评"
    ws.append(["序号", "标准条款", "企业自评", "佐证材料", "备注"])
    rows = [("1", "海关业务培训：建立海关法律法规等相关规定的内部培训制度并有效落实", "达标", "签到表", ""),
            ("2", "内部组织架构：指定高级管理人员负责关务", "达标", "管理制度第三条", ""),
            ("3", "单证控制：建立进出口单证复核或者纠错制度并有效落实", "达标", "", ""),
            ("5", "内审制度：每年实施1次以上的内部审计", "", "", "顾问待补"),
            ("22", "场所安全：建立企业经营场所安全的管理制度并有效落实", "", "", ""),
            ("27", "集装箱安全：七点检查法", "", "", "问冷库"),
            ("29", "危机管理：应急预案、演练", "基本达标", "", "")]
    for r in rows:
        ws.append(list(r))
    p = out / "AEO自评表（填写中）.xlsx"
    wb.save(str(p))


def _irrelevant(out: pathlib.Path) -> None:
    _docx(out / "行政" / "2026年端午节放假通知.docx", "关于2026年端午节放假安排的通知", [
        "全体员工：根据国务院办公厅通知，端午节放假时间为6月19日至6月21日，共3天。",
        "放假期间冷库值班由仓储部安排，请各部门做好安全检查。", "行政部  2026年6月10日"])
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    p = out / "行政" / "产品宣传册.pdf"
    c = canvas.Canvas(str(p), pagesize=A4, invariant=1)
    y = 780
    for line in ["滇南果源 · 东南亚好果直达昆明", "金枕榴莲 | 山竹 | 龙眼 | 芒果干 | 椰子片",
                 "全程冷链，安全新鲜：自有冷库0-5℃恒温储存，48小时配送云贵川。",
                 "批发热线：0871-6XXX 8866   地址：昆明市官渡区"]:
        c.setFont("STSong-Light", 14)
        c.drawString(60, y, line)
        y -= 40
    c.showPage()
    c.save()


def build(out: pathlib.Path) -> None:
    rng = random.Random(NAME)
    out.mkdir(parents=True, exist_ok=True)
    _system(out)
    _ledger(out, rng)
    _contract(out)
    _chat(out)
    _scan(out, rng)
    _signin(out, rng)
    _staff(out)
    _coldstore(out)
    _selfcheck(out)
    _irrelevant(out)
