"""ho8-adv-broker-branches: 宁波甬信通报关有限公司 (head office Ningbo) with 上海分公司 and 青岛分公司.

Advanced / broker, as_of 2026-10-31. Policies in one compiled handbook PDF (one chapter per page),
one multi-sheet workbook per office, a client-vetting list, an internal audit report, an extension
logistics company's records (pure brokerage), two photographed/scanned pages and one screenshot.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import random
import shutil
import subprocess
import tempfile

NAME = "ho8-adv-broker-branches"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
D = dt.date


# ---------------------------------------------------------------- helpers
def _doc():
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Sans CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    for s in ("Heading 1", "Heading 2", "Title"):
        d.styles[s].font.name = "Noto Sans CJK SC"
        d.styles[s].element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    return d


def _para(d, text, bold=False, size=None, center=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = str(v)
    return t


def _convert(files: list[pathlib.Path], outdir: pathlib.Path) -> None:
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/{NAME}-lo",
                    "--convert-to", "pdf", "--outdir", str(outdir)] + [str(f) for f in files],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def _wb(path: pathlib.Path, sheets: dict[str, list[list]]):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
        for c in ws[1]:
            c.font = Font(bold=True)
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 16
        for row in ws.iter_rows(min_row=2):
            for c in row:
                if isinstance(c.value, (dt.date, dt.datetime)):
                    c.number_format = "yyyy-mm-dd"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


# ---------------------------------------------------------------- handbook
HANDBOOK_TITLE = "宁波甬信通报关有限公司 管理制度汇编（2026版）"

CHAPTERS = [
    ("第一章 组织机构与岗位职责", [
        "第一条 公司实行总部统一管理、分公司属地运营的模式。总部设于宁波，下设上海分公司、青岛分公司，分公司负责人向总部关务副总经理汇报。",
        "第二条 公司设报关部（含审单组、现场组）、客户服务部、财务部、行政人事部、安全管理组和审计监察室，各部门职责如下：",
        "（一）报关部：接受客户委托，负责资料收集、录入、审单、申报、查验配合及单证归档；",
        "（二）财务部：负责代垫税费的收付、客户账款结算、票据管理及年度审计对接；",
        "（三）安全管理组：负责办公场所安全、出入管理、客户及合作方安全评估、应急管理；",
        "（四）审计监察室：直属总经理，负责对报关业务及各分公司开展内部审计并跟踪整改。",
        "第三条 公司任命关务副总经理一名，全面负责海关事务及与海关的联络，由总经理办公会以书面任命书确定（见公司〔2025〕7号任命文件）。",
        "第四条 分公司设关务主管一名，负责本分公司报关业务的日常管理，执行总部各项制度。",
        "第五条 各岗位的具体职责见《岗位说明书》，人员变动时由行政人事部在十个工作日内更新。",
    ]),
    ("第二章 法规培训管理办法", [
        "第一条 为使员工及时掌握海关及相关部门的法律、行政法规和规章，公司建立内部培训机制，由行政人事部会同报关部组织实施。",
        "第二条 每年年初制定年度培训计划，全年集中培训不少于三次，分公司可通过视频方式参加总部培训，并可自行组织补充培训。",
        "第三条 法定代表人、关务副总经理、关务经理、安全负责人每年参加公司组织的法规培训不少于两次，因故缺席的应在当季补训。",
        "第四条 每次培训应有签到表、课件及培训照片，签到表由培训组织人汇总后录入各办公地点台账“培训签到”页。",
        "第五条 公司面向委托客户开展海关业务讲座，每年至少一次，由客户服务部发出邀请，讲座内容包括归类、申报要素、原产地规则及新规解读，讲座签到表存档。",
        "第六条 培训效果通过随堂测试或问卷评估，测试不合格者应参加下一期培训。",
    ]),
    ("第三章 报关资料审核与复核规定", [
        "第一条 代理申报前，由报关部审单组对客户提交的合同、发票、箱单、提运单、监管证件、原产地证明等资料的真实性、完整性和有效性进行审核。",
        "第二条 实行“录入—复核”双人制度：录入人员按申报要素录入，复核人员逐项核对商品编码、数量、价格、贸易方式、监管证件等信息，复核无误后方可发送。",
        "第三条 复核中发现的差错，由复核人在“单证复核记录”中登记差错类型及更正情况；发现资料疑似虚假的，应暂停申报并报关务主管处理。",
        "第四条 海关退单、删改单的，由关务主管分析原因，每月汇总差错情况，在部门例会上通报。",
        "第五条 分公司按本规定执行，每月将复核记录报总部报关部备查。",
    ]),
    ("第四章 单证档案与印章管理规定", [
        "第一条 报关单证及随附资料（委托书、合同、发票、箱单、提运单、许可证件等）在海关放行后三十日内整理归档，纸质档案与系统电子档案一一对应。",
        "第二条 报关档案保管期限为自海关放行之日起不少于三年，涉及减免税、保税业务的按海关规定延长。",
        "第三条 档案室实行专人管理，上锁并纳入视频监控范围；借阅档案应登记借阅人、用途和归还日期。",
        "第四条 客户提供的商品规格书、技术说明书、成分分析报告等技术资料，随同该票报关档案一并保存，归类依据和预归类意见单独建册保管。",
        "第五条 报关专用章、海关核发的注册登记证书、海关法律文书由行政人事部专人保管，使用报关专用章须填写“印章使用登记”，经关务主管签字。",
        "第六条 公司设立企业认证专门档案，收集认证申请资料、内审报告、整改记录、海关往来函件，由关务副总经理指定专人维护。",
    ]),
    ("第五章 代理报关业务流程", [
        "第一条 业务流程：客户委托（签订代理报关委托协议）→ 资料接收登记 → 审单录入 → 复核 → 申报 → 缴税跟踪 → 查验配合 → 放行 → 单证归档 → 费用结算。",
        "第二条 每一环节在报关管理系统中留有操作记录，系统按委托编号串联货物流、单证流和信息流。",
        "第三条 接单时客户服务部核对委托书与客户名录信息，名录以外的新客户须先完成客户评估后方可接单。",
        "第四条 查验由现场组人员陪同，查验结果及时录入系统并通知客户。",
        "第五条 分公司业务流程与总部一致，跨关区业务由接单地分公司负责全程跟踪。",
    ]),
    ("第六章 内部审计制度", [
        "第一条 审计监察室每年至少组织一次覆盖总部及各分公司的内部审计，审计范围包括报关业务、单证管理、信息系统、场所与人员安全、客户评估等。",
        "第二条 审计采用查阅资料、抽查单证、现场检查和人员访谈的方式，形成书面审计报告，报总经理及关务副总经理。",
        "第三条 审计发现的问题列入“整改跟踪表”，明确责任部门、整改措施和完成期限，审计监察室跟踪直至关闭。",
        "第四条 审计工作底稿、审计报告及整改资料保存不少于三年。",
    ]),
    ("第七章 问题整改与责任追究办法", [
        "第一条 对内审、海关稽查核查、客户投诉中发现的问题，由责任部门制定整改措施，按期完成并提交证明材料。",
        "第二条 海关责令改正或要求规范改进的事项，由关务副总经理牵头组织实施，整改结果以书面形式向海关反馈。",
        "第三条 因员工故意或重大过失造成申报差错、受到海关处罚的，视情节给予通报批评、扣减绩效、调离岗位直至解除劳动合同。",
        "第四条 责任追究结果由行政人事部记入员工档案，并在月度例会上通报。",
    ]),
    ("第八章 信息系统及数据管理规定", [
        "第一条 公司使用“甬信通关务管理系统”，涵盖客户管理、委托与合同管理、报关作业、费用与财务结算、物流跟踪等模块，并可按客户、时段、商品进行查询和统计分析，对超期未归档、税费未结清等情况自动预警。",
        "第二条 各岗位按职责分配系统账号和权限，业务数据须在作业当日录入，不得补录、事后修改；确需修改的，经关务主管审批并留痕。",
        "第三条 系统数据自报关单放行之日起至少保存五年，数据库每日增量备份、每周全量备份，备份介质异地存放。",
        "第四条 信息技术专员每月检查备份完整性，并在台账“系统备份检查”页登记。",
    ]),
    ("第九章 信息安全管理规定", [
        "第一条 员工使用个人账号登录系统，密码长度不少于八位，每九十天更换一次，离岗须锁屏。",
        "第二条 办公电脑统一安装杀毒软件，禁止使用未经登记的移动存储设备，客户资料不得通过个人邮箱或即时通讯工具外传。",
        "第三条 新员工入职时接受信息安全教育，全体员工每年参加一次信息安全专题培训。",
        "第四条 员工违反本规定造成客户资料泄露、系统数据丢失或其他损害的，依照第七章追究责任，情节严重的移送有关机关。",
    ]),
    ("第十章 办公场所及出入管理规定", [
        "第一条 各办公地点出入口设前台，工作时间有前台人员值守，非工作时间由所在写字楼保安值守，办公区大门使用门禁刷卡。",
        "第二条 档案室、服务器间为重点区域，仅授权人员刷卡进入，出入口及档案室配置视频监控，录像保存不少于九十天。",
        "第三条 办公区内外门窗均配锁，钥匙由行政人员统一保管，领用与归还须在“钥匙登记”页登记。",
        "第四条 外来人员来访须在前台出示有照片的身份证件并登记，领取访客证，由被访人陪同进入办公区；来访车辆停放于写字楼访客车位并登记车牌。",
        "第五条 员工凭工牌及门禁卡出入，工牌门禁卡由行政人事部统一发放、离职时收回；员工车辆停放在公司租用的固定车位。",
        "第六条 行政人员每周对办公场所门窗、照明、监控及消防设施巡查一次，发现破损及时报修，对不明身份人员应询问并报告安全负责人，必要时报警。",
    ]),
    ("第十一章 员工入职离职管理办法", [
        "第一条 拟录用人员须提供身份证、学历证明及前雇主离职证明，行政人事部核实身份和工作经历，关键岗位（报关、财务、档案）须提供无犯罪记录证明。",
        "第二条 行政人事部建立员工档案并维护员工花名册，人员变动当月更新，分公司花名册每月报总部。",
        "第三条 员工离职或停职时，须在离职当日交回工牌、门禁卡、钥匙、电脑等设备，信息技术专员当日注销其系统账号，交接单由部门负责人签字。",
    ]),
    ("第十二章 客户及合作方安全评估办法", [
        "第一条 新客户签约前及现有客户每年一次，由客户服务部会同安全管理组进行评估，评估内容包括海关信用等级、守法记录、经营资质及贸易安全管理状况。",
        "第二条 评估采用评分表，总分80分以上为合格，60至79分为观察，60分以下不予代理；已为海关高级认证企业的客户可简化评估。",
        "第三条 运输、仓储等合作方按同样标准评估，评估结果录入“客户名录及年度评估”表。",
        "第四条 代理报关委托协议及物流合作协议中写明对方应遵守海关规定、落实货物与单证安全措施并配合公司开展安全检查的条款。",
    ]),
    ("第十三章 突发事件应急预案", [
        "第一条 本预案适用于台风、火灾、停电、系统瘫痪、海关单一窗口故障、疫情等影响报关作业的突发事件。",
        "第二条 公司成立应急小组，组长由总经理担任，副组长为关务副总经理，成员为各部门及分公司负责人。",
        "第三条 发生突发事件时，现场人员立即报告应急小组，组长启动相应响应；系统故障时启用备用线路及纸质应急申报流程。",
        "第四条 事件涉及海关业务（延误申报、货物滞留、单证损毁等）的，关务副总经理应于当日向属地海关业务现场报告。",
        "第五条 事件处置完毕后三日内填写“应急处置记录”，总结原因及改进措施。",
    ]),
    ("第十四章 供应链安全培训制度", [
        "第一条 公司每年组织全体员工参加供应链安全培训，内容包括货物及单证在流转过程中的风险、可疑情况识别与报告、认证企业的安全要求。",
        "第二条 每年至少组织一次应急演练（消防疏散、系统故障切换等），演练后进行讲评。",
        "第三条 培训及演练记录录入台账，分公司人员可线上参加，签到表注明参加方式。",
    ]),
]


def _handbook(src: pathlib.Path) -> pathlib.Path:
    from docx.enum.text import WD_BREAK

    d = _doc()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = HANDBOOK_TITLE
    _para(d, "\n\n\n", size=12)
    _para(d, "宁波甬信通报关有限公司", bold=True, size=22, center=True)
    _para(d, "管理制度汇编", bold=True, size=26, center=True)
    _para(d, "（2026年版）", size=14, center=True)
    _para(d, "\n\n文件编号：YXT-ZD-2026\n发布日期：2026年1月5日\n实施日期：2026年1月10日\n编制：行政人事部    审批：总经理 陈国栋", size=12, center=True)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _para(d, "目  录", bold=True, size=16, center=True)
    for i, (title, _arts) in enumerate(CHAPTERS):
        _para(d, f"{title} …………………… {i + 3}")
    for title, arts in CHAPTERS:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _para(d, title, bold=True, size=15, center=True)
        for a in arts:
            _para(d, a)
    f = src / "甬信通管理制度汇编2026版.docx"
    d.save(f)
    return f


# ---------------------------------------------------------------- workbooks
def _hq_book(path):
    att_sessions = [
        (D(2025, 11, 20), "海关新规解读：申报要素与归类要点", "关务经理 周敏", ["李卫华（关务副总经理）", "周敏（关务经理）", "赵磊（安全负责人）"]),
        (D(2026, 4, 16), "稽查核查实务与信息安全专题", "外聘讲师 王律师", ["陈国栋（法定代表人）", "李卫华（关务副总经理）", "周敏（关务经理）", "赵磊（安全负责人）"]),
        (D(2026, 9, 10), "原产地规则与RCEP实务", "关务经理 周敏", ["李卫华（关务副总经理）", "周敏（关务经理）", "赵磊（安全负责人）"]),
        (D(2025, 3, 12), "2025年海关政策更新", "关务经理 周敏", ["陈国栋（法定代表人）", "李卫华（关务副总经理）", "周敏（关务经理）"]),
    ]
    rng = random.Random(NAME)
    staff = ["孙倩", "钱浩", "吴婷", "郑凯", "冯雪", "韩梅", "曹阳", "许诺"]
    train = [["日期", "培训主题", "讲师", "参加人员（职务）", "参加方式", "签到"]]
    for day, topic, teacher, people in att_sessions:
        for p in people + rng.sample(staff, 4):
            train.append([day, topic, teacher, p, "现场", "已签"])
    train.append([D(2026, 5, 21), "供应链安全与可疑情况报告", "安全负责人 赵磊", "全体员工（含上海、青岛视频参加）", "现场+视频", "已签 31人"])
    review = [["委托编号", "报关单号", "客户", "录入人", "复核人", "复核日期", "差错类型", "更正情况"]]
    clients = ["宁波恒泰塑料", "浙江海润五金", "余姚天成电器", "宁波北仑丰达", "慈溪明远家居", "象山海鲜贸易"]
    for i in range(40):
        day = D(2025, 11, 3) + dt.timedelta(days=i * 9)
        err = rng.choice(["无", "无", "无", "无", "数量单位", "申报要素不全", "无"])
        review.append([f"NB{day:%y%m}{i:03d}", f"3101{day:%Y}{rng.randint(10**8, 10**9 - 1)}",
                       rng.choice(clients), rng.choice(staff[:4]), "周敏", day, err,
                       "—" if err == "无" else "复核时更正后申报"])
    archive = [["月份", "应归档票数", "已归档票数", "归档人", "抽查人", "备注"]]
    for m in range(11, 23):
        y, mm = 2025 + (m - 1) // 12, (m - 1) % 12 + 1
        n = rng.randint(3900, 4600)
        archive.append([f"{y}-{mm:02d}", n, n, "档案员 韩梅", "周敏", "抽查20票无缺件"])
    seal = [["日期", "用印事由", "份数", "经办人", "审批人"]]
    for i in range(12):
        day = D(2025, 12, 2) + dt.timedelta(days=i * 27)
        seal.append([day, rng.choice(["报关委托书", "情况说明", "改单申请", "担保函"]), rng.randint(1, 4), rng.choice(staff[:4]), "周敏"])
    cert = [["序号", "档案名称", "形成日期", "存放位置", "维护人"]]
    for i, (n, d0) in enumerate([("认证自评估表", D(2026, 8, 20)), ("2026年度内部审计报告", D(2026, 6, 30)),
                                 ("内审整改跟踪表", D(2026, 10, 15)), ("2025年度审计报告", D(2026, 4, 8)),
                                 ("海关往来函件", D(2026, 10, 20))], 1):
        cert.append([i, n, d0, "档案室A柜3层", "周敏"])
    visitors = [["来访日期", "来访人", "单位", "证件类型", "证件核验", "访客证号", "被访人", "陪同", "车牌", "离开时间"]]
    for i in range(30):
        day = D(2025, 11, 5) + dt.timedelta(days=i * 12)
        visitors.append([day, rng.choice(["张", "刘", "杨", "黄", "林"]) + rng.choice(["先生", "女士"]),
                         rng.choice(clients + ["顺捷物流", "电信维修"]), "身份证", "已核对照片", f"V{i % 10 + 1:02d}",
                         rng.choice(["周敏", "李卫华", "孙倩"]), "是", rng.choice(["浙B·3K2", "—", "浙B·7Q9", "—"]) + ("" if i % 2 else "1"),
                         "16:30"])
    keys = [["日期", "钥匙编号", "钥匙用途", "领用人", "归还日期", "管理员"]]
    for i in range(14):
        day = D(2025, 11, 10) + dt.timedelta(days=i * 25)
        keys.append([day, f"K-{i % 6 + 1:02d}", rng.choice(["档案室", "前门", "服务器间", "仓储柜"]), rng.choice(staff), day, "行政 冯雪"])
    badges = [["日期", "员工", "事项", "卡号", "经办"]]
    for i, (n, ev) in enumerate([("曹阳", "发放"), ("许诺", "发放"), ("王芳", "回收（离职）"), ("吴婷", "补办"), ("刘洋", "回收（离职）")]):
        badges.append([D(2025, 12, 1) + dt.timedelta(days=i * 60), n, ev, f"C{1040 + i}", "行政 冯雪"])
    patrol = [["巡查日期", "门窗", "照明", "监控", "消防", "异常情况", "处理", "巡查人"]]
    for i in range(50):
        day = D(2025, 11, 3) + dt.timedelta(days=i * 7)
        abn, fix = "无", "—"
        if i == 17:
            abn, fix = "走廊灯2盏不亮", "当日报物业更换"
        if i == 31:
            abn, fix = "下班后一名不明人员在前台徘徊", "询问后请其离开，报告安全负责人赵磊，调阅监控"
        patrol.append([day, "正常", "正常", "正常", "正常", abn, fix, "行政 冯雪"])
    roster = [["工号", "姓名", "部门/岗位", "办公地点", "入职日期", "身份核实", "背景调查", "无犯罪记录证明", "状态", "更新日期"]]
    names = ["陈国栋", "李卫华", "周敏", "赵磊", "孙倩", "钱浩", "吴婷", "郑凯", "冯雪", "韩梅", "曹阳", "许诺"]
    posts = ["总经理（法定代表人）", "关务副总经理", "关务经理", "安全负责人", "审单组", "审单组", "现场组", "现场组", "行政", "档案员", "审单组", "客户服务"]
    for i, (n, p) in enumerate(zip(names, posts)):
        roster.append([f"NB{i + 1:03d}", n, p, "宁波总部", D(2012 + i % 12, 1 + i % 12, 1), "已核", "已做", "已提供" if i < 10 else "已提供",
                       "在职", D(2026, 10, 8)])
    roster.append(["NB013", "王芳", "审单组", "宁波总部", D(2021, 6, 1), "已核", "已做", "已提供", "离职 2026-06-30", D(2026, 10, 8)])
    leave = [["离职人员", "岗位", "离职日期", "工牌门禁卡", "钥匙", "电脑", "系统账号注销", "部门负责人签字"]]
    leave += [["刘洋", "现场组", D(2026, 2, 27), "已收回", "无", "已收回", "2026-02-27 已注销", "周敏"],
              ["王芳", "审单组", D(2026, 6, 30), "已收回", "已收回", "已收回", "2026-06-30 已注销", "周敏"]]
    backup = [["检查月份", "增量备份", "全量备份", "恢复测试", "最早可查询数据", "杀毒库更新", "检查人"]]
    for m in range(11, 23):
        y, mm = 2025 + (m - 1) // 12, (m - 1) % 12 + 1
        backup.append([f"{y}-{mm:02d}", "正常", "正常", "抽取1天恢复成功" if mm % 3 == 0 else "—", "2019-03（系统上线）", "已更新", "IT 郑凯"])
    emer = [["日期", "事件/演练", "类型", "处置经过", "是否涉及海关业务", "向海关报告", "记录人"]]
    emer += [[D(2026, 6, 18), "消防疏散及系统故障切换演练", "演练", "全员疏散4分钟；切换备用线路后恢复申报", "否", "—", "赵磊"],
             [D(2026, 9, 15), "台风“海葵”停电", "突发事件", "启用UPS及移动热点，3票出口申报延后至次日", "是",
              "9月15日10时电话报告北仑海关现场业务科，次日提交情况说明", "李卫华"],
             [D(2025, 7, 29), "单一窗口故障", "突发事件", "按应急流程暂停申报，故障恢复后补发", "是", "已报告", "周敏"]]
    _wb(path, {"培训签到": train, "单证复核记录": review, "归档登记": archive, "印章使用登记": seal,
               "认证档案目录": cert, "访客登记": visitors, "钥匙登记": keys, "工牌门禁卡": badges,
               "巡查记录": patrol, "员工花名册": roster, "离职交接": leave, "系统备份检查": backup, "应急处置记录": emer})


def _sh_book(path):
    rng = random.Random(NAME + "-sh")
    train = [["日期", "培训主题", "讲师", "参加人员（职务）", "参加方式", "签到"]]
    for p in ["马骏（上海分公司关务主管）", "程琳", "邓伟", "白露", "叶青"]:
        train.append([D(2026, 4, 16), "稽查核查实务与信息安全专题", "外聘讲师 王律师", p, "视频", "已签"])
    review = [["委托编号", "报关单号", "客户", "录入人", "复核人", "复核日期", "差错类型", "更正情况"]]
    for i in range(24):
        day = D(2025, 11, 6) + dt.timedelta(days=i * 15)
        err = rng.choice(["无", "无", "无", "商品编码", "无"])
        review.append([f"SH{day:%y%m}{i:03d}", f"2201{day:%Y}{rng.randint(10**8, 10**9 - 1)}",
                       rng.choice(["上海锦程电子", "昆山新宇精密", "苏州禾盛纺织"]), rng.choice(["程琳", "邓伟"]),
                       "马骏", day, err, "—" if err == "无" else "复核时更正"])
    visitors = [["来访日期", "来访人", "单位", "证件核验", "访客证号", "被访人", "陪同"]]
    for i in range(9):
        day = D(2025, 11, 12) + dt.timedelta(days=i * 16)
        visitors.append([day, rng.choice(["陆先生", "沈女士", "顾先生"]), rng.choice(["上海锦程电子", "快递", "物业"]),
                         "已核对", f"SV{i + 1}", "马骏", "是"])
    patrol = [["巡查日期", "门窗", "照明", "监控", "异常情况", "巡查人"]]
    for i in range(20):
        day = D(2025, 11, 7) + dt.timedelta(days=i * 8)
        patrol.append([day, "正常", "正常", "正常", "无", "白露"])
    roster = [["工号", "姓名", "岗位", "入职日期", "身份核实", "背景调查", "状态", "更新日期"]]
    for i, n in enumerate(["马骏", "程琳", "邓伟", "白露", "叶青"]):
        roster.append([f"SH{i + 1:03d}", n, ["关务主管", "审单", "审单", "行政兼档案", "现场"][i], D(2018 + i, 3, 1), "已核", "已做", "在职", D(2026, 9, 30)])
    _wb(path, {"培训签到": train, "单证复核记录": review, "访客登记": visitors, "巡查记录": patrol, "员工花名册": roster})


def _qd_book(path):
    rng = random.Random(NAME + "-qd")
    train = [["日期", "培训主题", "参加人员", "方式"]]
    for day, topic in ((D(2026, 4, 16), "稽查核查实务与信息安全专题"), (D(2026, 9, 10), "原产地规则与RCEP实务")):
        for p in ["高峰（青岛分公司关务主管）", "宋佳", "潘磊", "于洋"]:
            train.append([day, topic, p, "视频"])
    review = [["委托编号", "客户", "录入人", "复核人", "复核日期", "差错", "更正"]]
    for i in range(22):
        day = D(2025, 11, 4) + dt.timedelta(days=i * 16)
        review.append([f"QD{day:%y%m}{i:03d}", rng.choice(["青岛瑞丰食品机械", "潍坊东岳橡胶", "日照港联钢材"]),
                       rng.choice(["宋佳", "潘磊"]), "高峰", day, "无", "—"])
    visitors = [["日期", "姓名", "单位", "事由", "被访人", "进入时间", "离开时间"]]
    for i in range(26):
        day = D(2025, 11, 10) + dt.timedelta(days=i * 13)
        visitors.append([day, rng.choice(["孔先生", "崔女士", "姜先生", "曲女士"]), rng.choice(["青岛瑞丰食品机械", "顺丰", "潍坊东岳橡胶", "网络维修"]),
                         rng.choice(["送资料", "对账", "维修", "取件"]), rng.choice(["高峰", "宋佳"]), "09:30", "10:10"])
    keys = [["日期", "钥匙", "领用人", "归还", "管理员"]]
    for i in range(8):
        day = D(2025, 12, 1) + dt.timedelta(days=i * 40)
        keys.append([day, rng.choice(["大门", "档案柜"]), rng.choice(["宋佳", "潘磊", "于洋"]), day, "于洋"])
    patrol = [["日期", "检查内容", "情况", "检查人"]]
    for i in range(24):
        day = D(2025, 11, 14) + dt.timedelta(days=i * 14)
        patrol.append([day, "门窗、灯光、监控", "正常", "于洋"])
    roster = [["姓名", "岗位", "入职日期", "身份核实", "背景调查", "状态"]]
    for i, n in enumerate(["高峰", "宋佳", "潘磊", "于洋"]):
        roster.append([n, ["关务主管", "审单", "现场", "行政"][i], D(2019 + i, 5, 1), "已核", "已做", "在职"])
    _wb(path, {"培训": train, "复核登记": review, "来访登记": visitors, "钥匙": keys, "巡查": patrol, "花名册": roster})


def _clients_book(path):
    rng = random.Random(NAME + "-clients")
    pre = ["宁波", "余姚", "慈溪", "上海", "昆山", "苏州", "青岛", "潍坊", "日照", "台州", "绍兴", "嘉兴"]
    mid = ["恒泰", "海润", "天成", "丰达", "明远", "锦程", "新宇", "禾盛", "瑞丰", "东岳", "港联", "华信", "永昌", "同创", "金桥"]
    suf = ["塑料制品有限公司", "五金有限公司", "电器有限公司", "进出口有限公司", "精密机械有限公司", "纺织品有限公司", "贸易有限公司"]
    rows = [["序号", "客户名称", "受理地点", "海关信用等级", "合作起始", "评估日期", "评估得分", "评估结论", "评估人", "备注"]]
    seen = set()
    i = 0
    while len(rows) <= 152:
        n = rng.choice(pre) + rng.choice(mid) + rng.choice(suf)
        if n in seen:
            continue
        seen.add(n)
        i += 1
        office = "宁波总部" if i <= 88 else ("上海分公司" if i <= 125 else "青岛分公司")
        credit = rng.choice(["一般信用", "一般信用", "一般信用", "高级认证", "一般认证"])
        reviewed = (office == "宁波总部" and i % 3 != 0) or (office != "宁波总部" and i % 6 == 0)
        if credit == "高级认证":
            rows.append([i, n, office, credit, D(2016 + i % 9, 1 + i % 12, 1), "", "", "高级认证客户 简化", "", "已查询信用信息"])
        elif reviewed:
            day = D(2025, 12, 1) + dt.timedelta(days=(i * 7) % 300)
            score = rng.randint(72, 95)
            rows.append([i, n, office, credit, D(2016 + i % 9, 1 + i % 12, 1), day, score,
                         "合格" if score >= 80 else "观察", "安全管理组 赵磊" if office == "宁波总部" else "马骏" if office == "上海分公司" else "高峰", ""])
        else:
            rows.append([i, n, office, credit, D(2016 + i % 9, 1 + i % 12, 1), "", "", "", "", "待评估"])
    summary = [["受理地点", "客户数", "已评估", "高级认证简化", "待评估"]]
    for off in ("宁波总部", "上海分公司", "青岛分公司"):
        sub = [r for r in rows[1:] if r[2] == off]
        summary.append([off, len(sub), sum(1 for r in sub if r[5]), sum(1 for r in sub if r[3] == "高级认证"),
                        sum(1 for r in sub if r[9] == "待评估")])
    _wb(path, {"客户名录": rows, "评估汇总": summary})


def _gangda_book(path):
    rng = random.Random(NAME + "-gd")
    hand = [["日期", "提运单号", "箱号", "单证件数", "实收件数", "毛重(kg)", "标签核对", "交货人签字", "接收人签字", "异常"]]
    seven = [["检查日期", "箱号", "前壁", "左侧", "右侧", "地板", "顶部", "内/外门", "外部/起落架", "门锁", "检查人", "结论"]]
    seals = [["日期", "封条号", "类型", "领用人", "施封箱号", "状态", "保管员"]]
    truck = [["日期", "车牌", "司机", "身份证核对", "驾驶室", "货厢", "底盘", "检查人"]]
    for i in range(36):
        day = D(2025, 11, 4) + dt.timedelta(days=i * 10)
        box = f"{rng.choice(['MSKU', 'CSNU', 'TGHU', 'OOLU'])}{rng.randint(1000000, 9999999)}"
        n = rng.randint(20, 900)
        hand.append([day, f"NGB{rng.randint(10**7, 10**8 - 1)}", box, n, n, rng.randint(3000, 22000), "相符",
                     rng.choice(["司机 " + x for x in "王李张刘"]), "仓管 陶然", "无" if i != 20 else "短装2箱，当日书面报告客户及报关行"])
        seven.append([day, box, "√", "√", "√", "√", "√", "√", "√", "完好", "陶然", "合格"])
        seals.append([day, f"YXT{2025000 + i * 13}", "螺栓式高保封 ISO17712", "陶然", box, "已施封", "鲍静"])
        truck.append([day, f"浙B{rng.randint(10000, 99999)}", rng.choice(["王师傅", "李师傅", "张师傅"]), "已核对", "正常", "正常", "正常", "陶然"])
    _wb(path, {"货物交接": hand, "集装箱七点检查": seven, "封条登记": seals, "车辆检查": truck})


# ---------------------------------------------------------------- word documents
def _gangda_rules(src):
    d = _doc()
    _para(d, "宁波港达物流有限公司", bold=True, size=16, center=True)
    _para(d, "进出口货物运输与装卸安全管理规定", bold=True, size=14, center=True)
    _para(d, "（GD-AQ-03  2025年8月修订）", center=True)
    for a in [
        "一、公司简介：港达物流为宁波甬信通报关有限公司主要合作的陆运及装箱服务商，拥有集卡32辆，在北仑设有集装箱堆场及装箱仓库一处（堆场另由港区码头公司负责管理）。",
        "二、货物接收：仓管员按提运单、装箱单核对件数、重量、唛头及标签，交接双方在交接单上签字；出库装箱时按订舱单/装箱计划核对货物。",
        "三、货物差异：发现溢装、短装、破损或标签不符时，仓管员当日填写异常报告，书面通知客户及报关行，未经确认不得装箱或放行。",
        "四、装箱前检查：空箱到场后，按前壁、左侧、右侧、地板、顶部、内/外门、外部/起落架的顺序进行七点检查，检查门锁及锁杆，记录于检查表。",
        "五、封条：使用符合ISO 17712的高安全螺栓封，由保管员专柜上锁保管，领用、施封、作废逐一登记；发现封条破损或号码不符时立即报告客户和海关。",
        "六、车辆：集卡出车前及进仓前检查驾驶室、货厢和底盘，防止夹藏；装卸货前核对司机身份证及驾驶证并登记。",
        "七、车辆停放：车辆收车后停放于公司停车场。",
    ]:
        _para(d, a)
    _para(d, "\n批准：总经理 鲍建平        2025年8月20日")
    f = src / "附件2.docx"
    d.save(f)
    return f


def _contract(src):
    d = _doc()
    _para(d, "代理报关委托协议", bold=True, size=16, center=True)
    _para(d, "协议编号：YXT-WT-2026-0311")
    _para(d, "委托方（甲方）：慈溪明远家居有限公司\n受托方（乙方）：宁波甬信通报关有限公司")
    for a in [
        "第一条 甲方委托乙方办理其进出口货物的报关、报检及相关手续，委托期限自2026年3月11日至2027年3月10日。",
        "第二条 甲方应如实提供合同、发票、箱单等资料并对其真实性负责；乙方对资料进行合理审查，发现疑点有权要求甲方补正。",
        "第三条 乙方按约定收取代理费，代垫税费凭海关专用缴款书结算。",
        "第四条 供应链安全：甲方应遵守海关法律法规，按照海关认证企业标准的要求完善自身的贸易安全管理，保证货物在装运、存储过程中不被夹带、调换；甲方应配合乙方每年一次的安全评估，并在发生货物异常、封条异常时及时通知乙方。",
        "第五条 双方对对方的商业信息负有保密义务。",
        "第六条 本协议一式两份，双方签字盖章后生效。",
    ]:
        _para(d, a)
    _table(d, [["甲方（盖章）：慈溪明远家居有限公司", "乙方（盖章）：宁波甬信通报关有限公司"],
               ["代表签字：沈明远", "代表签字：李卫华"], ["日期：2026年3月11日", "日期：2026年3月11日"]])
    f = src / "委托协议_明远家居_2026.docx"
    d.save(f)
    return f


def _declarations(src):
    from docx.enum.text import WD_BREAK

    d = _doc()
    people = [("陈国栋", "法定代表人、总经理"), ("李卫华", "关务副总经理"), ("周敏", "关务经理"), ("赵磊", "安全负责人"), ("钱丽", "财务负责人")]
    for k, (n, p) in enumerate(people):
        if k:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _para(d, "无犯罪记录声明书", bold=True, size=16, center=True)
        _para(d, f"本人{n}，现任宁波甬信通报关有限公司{p}。本人郑重声明：截至声明之日，本人在最近两年内未因故意犯罪受过刑事处罚，"
                 "未被列入失信被执行人名单及其他联合惩戒名单。如有不实，本人愿承担相应法律责任。")
        _para(d, f"\n声明人（签字）：{n}\n日期：2026年10月12日")
    f = src / "守法声明_相关人员.docx"
    d.save(f)
    return f


def _audit_report(src):
    from docx.enum.text import WD_BREAK

    d = _doc()
    _para(d, "宁波甬信通报关有限公司\n2026年度内部审计报告", bold=True, size=16, center=True)
    _para(d, "报告编号：SJ-2026-01    审计期间：2025年7月1日—2026年6月15日    报告日期：2026年6月30日")
    _para(d, "审计组：审计监察室 何静（组长）、外聘顾问 杨帆；陪同：关务副总经理 李卫华")
    _para(d, "一、审计范围与方法", bold=True)
    _para(d, "本次审计覆盖宁波总部、上海分公司（6月8日现场）和青岛分公司（6月11日现场），范围包括报关资料审核、单证归档、信息系统、"
             "办公场所与出入管理、人员管理、客户评估及培训。采用抽查报关档案（总部60票、上海25票、青岛25票）、调阅台账、现场查看及访谈方式。")
    _para(d, "二、总体结论", bold=True)
    _para(d, "总部各项制度执行情况良好，报关复核、归档及系统备份记录完整。两家分公司的报关复核执行到位，但场所出入、钥匙管理及客户评估等"
             "安全类记录明显薄弱，需限期整改。")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _para(d, "三、现场检查情况", bold=True)
    _para(d, "1. 宁波总部：写字楼大堂24小时保安值守，公司前台工作时间有人值守，办公区门禁刷卡；出入口、档案室及服务器间均有摄像头，"
             "录像可回看90天；走廊及档案室照明充足；门窗锁具完好。")
    _para(d, "2. 上海分公司：写字楼保安值守，前台由行政兼任；出入口和档案柜区域有监控；门窗锁具完好，但未设钥匙登记，"
             "大门钥匙5把由员工自行保管；3月以后无访客登记，巡查记录至4月停止。")
    _para(d, "3. 青岛分公司：门禁、监控、照明正常，有钥匙登记；来访登记未记录证件核验情况，也未发放访客证。")
    _para(d, "4. 客户评估：总部客户大部分完成年度评估，上海、青岛分公司受理的客户绝大多数未评估。")
    _para(d, "四、审计发现", bold=True)
    _table(d, [["编号", "发现", "所在单位", "风险"],
               ["F1", "来访登记未核验有照片的身份证件，未发放访客证", "青岛分公司", "中"],
               ["F2", "无钥匙发放回收登记", "上海分公司", "中"],
               ["F3", "访客登记及场所巡查于2026年3-4月后中断", "上海分公司", "中"],
               ["F4", "分公司受理客户未开展年度安全评估", "上海、青岛分公司", "高"],
               ["F5", "2026年5月一票出口申报数量与实际不符受海关处罚（罚款2000元），复核环节未发现", "宁波总部", "中"]])
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _para(d, "五、整改跟踪（截至2026年10月15日）", bold=True)
    _table(d, [["编号", "整改措施", "责任人", "期限", "状态", "确认"],
               ["F1", "来访登记表增加证件核验栏并启用访客证", "高峰", "2026-11-30", "未完成（访客证已采购）", "—"],
               ["F2", "建立钥匙登记", "马骏", "2026-09-30", "未完成", "—"],
               ["F3", "恢复访客登记和每周巡查", "马骏", "2026-08-31", "未完成", "—"],
               ["F4", "分公司客户年内完成评估", "赵磊", "2026-12-31", "进行中（上海已评4家、青岛已评5家）", "—"],
               ["F5", "对录入人及复核人扣减当月绩效，复核清单增加“数量单位逐项核对”；已向海关书面说明并按期缴纳罚款", "李卫华", "2026-06-15", "已完成", "李卫华 2026-06-20"]])
    _para(d, "\n审计组长：何静        关务副总经理：李卫华        总经理：陈国栋")
    f = src / "2026年度内部审计报告.docx"
    d.save(f)
    return f


def _cpa_report(src):
    from docx.enum.text import WD_BREAK

    d = _doc()
    _para(d, "审 计 报 告", bold=True, size=18, center=True)
    _para(d, "甬华会审字〔2026〕第0412号", center=True)
    _para(d, "宁波甬信通报关有限公司全体股东：")
    _para(d, "一、审计意见\n我们审计了宁波甬信通报关有限公司（以下简称贵公司）财务报表，包括2025年12月31日的资产负债表，2025年度的利润表、"
             "现金流量表、所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
             "公允反映了贵公司2025年12月31日的财务状况以及2025年度的经营成果和现金流量。")
    _para(d, "二、形成审计意见的基础\n我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。")
    _para(d, "\n宁波甬华会计师事务所（普通合伙）        中国注册会计师：蒋文（签章）  林可（签章）\n中国·宁波        2026年4月8日")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _para(d, "资产负债表及利润表摘要（单位：元）", bold=True, center=True)
    _table(d, [["项目", "2025年12月31日/2025年度", "2024年12月31日/2024年度"],
               ["流动资产合计", "41,260,000", "37,900,000"], ["资产总计", "48,150,000", "44,600,000"],
               ["流动负债合计", "21,030,000", "20,480,000"], ["负债合计", "23,120,000", "23,080,000"],
               ["所有者权益合计", "25,030,000", "21,520,000"], ["营业收入", "62,400,000", "57,800,000"],
               ["营业利润", "5,180,000", "4,460,000"], ["净利润", "4,110,000", "3,520,000"],
               ["经营活动产生的现金流量净额", "6,020,000", "4,950,000"]])
    f = src / "2025年度审计报告.docx"
    d.save(f)
    return f


def _system_doc(src):
    d = _doc()
    _para(d, "甬信通关务管理系统 功能说明及运行情况", bold=True, size=14, center=True)
    for a in [
        "系统上线时间：2019年3月；服务器部署于宁波总部服务器间，上海、青岛分公司通过VPN访问；IT专员：郑凯。",
        "模块：客户档案（客户资质、信用等级、评估记录）；委托与合同（委托书、协议到期提醒）；报关作业（录入、复核、申报回执、查验、放行状态）；"
        "费用结算（代垫税费、代理费、开票、应收账龄）；物流跟踪（提运单、箱号、派车）；统计分析（按客户/商品/口岸/月份的票数与差错率）。",
        "预警：超期未归档、税费缴款期限临近（第10日预警）、客户评估到期、委托协议到期。",
        "留痕：每票委托的录入、修改、复核、发送操作均记录操作人和时间，修改须主管审批。",
        "数据保存：业务数据库自2019年3月上线以来全部在线保存，未做清理；当前可查询最早报关单为2019年3月；备份见台账“系统备份检查”。",
        "2026年1月至9月系统共处理委托 61,530 票，其中总部 39,870 票、上海分公司 13,420 票、青岛分公司 8,240 票。",
    ]:
        _para(d, a)
    _para(d, "系统截图（查询条件：放行日期 2019-03-01 至 2019-03-31）：共 812 条记录，最早 2019-03-04 报关单 310120190000xxxxx，状态：已放行已归档。")
    f = src / "doc12.docx"
    d.save(f)
    return f


def _irrelevant(src):
    d = _doc()
    _para(d, "关于2026年国庆节放假安排的通知", bold=True, size=14, center=True)
    _para(d, "各部门、各分公司：\n根据国务院办公厅通知，2026年国庆节放假时间为10月1日至10月7日，共7天。9月27日（星期日）、10月10日（星期六）上班。"
             "放假期间报关部安排值班，值班人员保持电话畅通，值班表另发。节前请各部门做好办公室门窗、电源检查。\n\n行政人事部\n2026年9月20日")
    f1 = src / "国庆放假通知.docx"
    d.save(f1)
    d = _doc()
    _para(d, "员工食堂 十月第二周菜单", bold=True, size=14, center=True)
    _table(d, [["", "周一", "周二", "周三", "周四", "周五"],
               ["午餐荤菜", "红烧肉", "糖醋排骨", "清蒸鲈鱼", "宫保鸡丁", "咖喱牛肉"],
               ["午餐素菜", "炒青菜", "麻婆豆腐", "番茄炒蛋", "清炒西兰花", "手撕包菜"],
               ["汤", "紫菜蛋汤", "冬瓜排骨汤", "酸辣汤", "番茄蛋汤", "玉米排骨汤"]])
    f2 = src / "食堂菜单.docx"
    d.save(f2)
    d = _doc()
    _para(d, "甬信通 —— 您身边的通关管家", bold=True, size=18, center=True)
    for a in ["二十年专注进出口报关，宁波、上海、青岛三地服务网络，年申报量超8万票。",
              "服务项目：一般贸易报关、转关、ATA单证册、预归类咨询、原产地证代办、海关法规培训与合规咨询、物流一体化方案。",
              "为什么选择我们：资深报关团队、7×24小时响应、全程系统可追溯、专属客户经理。",
              "联系电话：0574-8688xxxx    地址：宁波市北仑区明州路xx号港航大厦12楼"]:
        _para(d, a)
    f3 = src / "公司宣传册.docx"
    d.save(f3)
    return [f1, f2, f3]


# ---------------------------------------------------------------- images
def _font(size, serif=False):
    from PIL import ImageFont

    return ImageFont.truetype(SERIF if serif else SANS, size, index=2)


def _scan_appointment(path: pathlib.Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(NAME + "-scan")
    img = Image.new("L", (1240, 1754), 246)
    dr = ImageDraw.Draw(img)
    dr.text((620, 170), "宁波甬信通报关有限公司文件", font=_font(52, True), fill=20, anchor="mm")
    dr.line((120, 240, 1120, 240), fill=40, width=4)
    dr.text((620, 300), "甬信通〔2025〕7号", font=_font(30), fill=30, anchor="mm")
    dr.text((620, 400), "关于任命李卫华同志为关务副总经理的决定", font=_font(40, True), fill=20, anchor="mm")
    lines = ["各部门、各分公司：", "    经总经理办公会研究决定，任命李卫华同志为公司关务副总经理，",
             "全面负责公司海关事务，分管报关部及上海、青岛分公司报关业务，",
             "负责与海关的联络沟通及海关要求整改事项的组织实施。",
             "    同时指定赵磊同志为公司安全负责人，负责贸易安全管理工作。", "    本决定自发布之日起生效。",
             "", "                                  宁波甬信通报关有限公司",
             "                                       2025年3月3日"]
    y = 500
    for ln in lines:
        dr.text((140, y), ln, font=_font(32, True), fill=25)
        y += 62
    dr.ellipse((760, 930, 1000, 1170), outline=(90), width=6)
    dr.text((880, 1050), "甬信通", font=_font(34), fill=90, anchor="mm")
    for _ in range(1500):
        x, yy = rng.randrange(1240), rng.randrange(1754)
        dr.point((x, yy), fill=rng.randint(120, 200))
    img = img.rotate(0.6, fillcolor=246).filter(ImageFilter.GaussianBlur(0.6)).resize((930, 1316))
    img.save(path, "PDF", resolution=112)


def _photo_client_training(path: pathlib.Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    from PIL import Image, ImageDraw, ImageFilter

    img = Image.new("RGB", (1400, 1050), (205, 190, 160))
    dr = ImageDraw.Draw(img)
    dr.polygon([(120, 60), (1300, 90), (1270, 1000), (90, 980)], fill=(240, 238, 232))
    dr.text((690, 140), "客户海关业务讲座 签到表", font=_font(40), fill=(30, 30, 30), anchor="mm")
    dr.text((200, 200), "主题：RCEP原产地规则及2026年申报新规    日期：2026年9月15日（台风后改为线上+线下）    地点：总部三楼会议室",
            font=_font(20), fill=(40, 40, 40))
    rows = [("序号", "单位", "姓名", "职务"), ("1", "慈溪明远家居有限公司", "沈明远", "总经理"), ("2", "宁波恒泰塑料制品有限公司", "黄丽", "关务"),
            ("3", "余姚天成电器有限公司", "俞海", "单证主管"), ("4", "上海锦程电子有限公司", "陆晨", "物流经理"),
            ("5", "浙江海润五金有限公司", "方圆", "关务专员"), ("6", "潍坊东岳橡胶有限公司", "刘强", "外贸部"), ("7", "宁波北仑丰达进出口有限公司", "蒋涛", "经理")]
    y = 260
    for r in rows:
        for x, v in zip((190, 300, 760, 980), r):
            dr.text((x, y), v, font=_font(26), fill=(25, 25, 60))
        dr.line((180, y + 44, 1240, y + 48), fill=(90, 90, 90), width=2)
        y += 80
    dr.text((190, y + 30), "主讲：周敏（关务经理）   组织：客户服务部", font=_font(24), fill=(40, 40, 40))
    img = img.rotate(-2.5, fillcolor=(120, 100, 80)).filter(ImageFilter.GaussianBlur(1.0)).resize((1120, 840))
    img.save(path, "JPEG", quality=60)


def _credit_screenshot(path: pathlib.Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (1100, 620), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    dr.rectangle((0, 0, 1100, 70), fill=(0, 84, 166))
    dr.text((30, 20), "信用中国  www.creditchina.gov.cn", font=_font(28), fill=(255, 255, 255))
    rows = [("企业名称", "宁波甬信通报关有限公司"), ("统一社会信用代码", "91330206MA2XXXXXX8"), ("法定代表人", "陈国栋"),
            ("查询日期", "2026-10-12"), ("行政处罚", "1条（海关，2026-05）"), ("严重失信主体名单", "暂无"),
            ("失信被执行人", "暂无"), ("经营异常名录", "暂无")]
    y = 110
    for k, v in rows:
        dr.text((60, y), k, font=_font(24), fill=(90, 90, 90))
        dr.text((360, y), v, font=_font(24), fill=(20, 20, 20))
        y += 60
    img.save(path, "PNG", optimize=True)


def _fix_pdf(path: pathlib.Path) -> None:
    """Same-length replacement of the time stamps and file ids LibreOffice / Pillow write, so builds repeat."""
    import re

    b = path.read_bytes()
    b = re.sub(rb"D:\d{14}", b"D:20260101000000", b)
    b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2026-01-01T00:00:00", b)
    b = re.sub(rb"<([0-9A-Fa-f]{32})>", lambda m: b"<" + b"0" * 32 + b">", b)
    b = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, b)
    b = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", b)
    path.write_bytes(b)


# ---------------------------------------------------------------- build
def build(out: pathlib.Path) -> None:
    out = pathlib.Path(out)
    tmp = pathlib.Path(tempfile.mkdtemp(prefix=f"{NAME}-", dir="/tmp"))
    try:
        src, pdf = tmp / "src", tmp / "pdf"
        src.mkdir()
        pdf.mkdir()
        to_pdf = [_handbook(src), _audit_report(src), _cpa_report(src)]
        irr = _irrelevant(src)
        to_pdf.append(irr[2])
        _convert(to_pdf, pdf)

        def put(rel, f):
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(f, p)

        put("01-管理制度/甬信通管理制度汇编2026版.pdf", pdf / "甬信通管理制度汇编2026版.pdf")
        _hq_book(out / "02-台账/宁波总部台账2026.xlsx")
        _sh_book(out / "02-台账/上海分公司/上海分公司台账2026.xlsx")
        _qd_book(out / "02-台账/青岛分公司/青岛台账.xlsx")
        _clients_book(out / "03-客户评估/客户名录及年度评估.xlsx")
        put("04-内审/2026年度内部审计报告.pdf", pdf / "2026年度内部审计报告.pdf")
        put("05-财务/2025年度审计报告.pdf", pdf / "2025年度审计报告.pdf")
        put("06-守法/守法声明_相关人员.docx", _declarations(src))
        _credit_screenshot(out / "06-守法/新建文件夹/信用中国查询截图.png")
        put("07-延伸认证港达物流/附件2.docx", _gangda_rules(src))
        _gangda_book(out / "07-延伸认证港达物流/港达物流检查记录2026.xlsx")
        put("2026资料/委托协议_明远家居_2026.docx", _contract(src))
        put("2026资料/doc12.docx", _system_doc(src))
        _photo_client_training(out / "2026资料/IMG_20260915_101122.jpg")
        _scan_appointment(out / "扫描件003.pdf")
        put("其他/国庆放假通知.docx", irr[0])
        put("其他/食堂菜单.docx", irr[1])
        put("其他/公司宣传册.pdf", pdf / "公司宣传册.pdf")
        for f in out.rglob("*.pdf"):
            _fix_pdf(f)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
