"""ho16-adv-ftsp-export: 甬贸通外贸综合服务平台（宁波）有限公司 — bundle builder."""
import pathlib, random, zipfile, io
from docx import Document
from docx.enum.text import WD_BREAK
from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from PIL import Image, ImageDraw, ImageFont

NAME = "ho16-adv-ftsp-export"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CO = "甬贸通外贸综合服务平台（宁波）有限公司"

CHAPTERS = [
 ("第一章 总则", ["本汇编适用于公司及“甬贸通”平台全部业务。制度由风控合规部归口维护，每年修订一次。"]),
 ("第二章 组织与职责", ["公司设关务部、风控合规部、财务部、物流协同部、审计室。关务部负责报关申报；风控合规部负责平台客户准入、风险评估与日常监控；审计室对进出口业务实施内部审计。",
   "公司指定副总经理周立平分管关务，关务经理孙敏为关务负责人。各岗位职责见岗位说明书。"]),
 ("第三章 法规学习与客户辅导", ["关务部每年制定学习计划，组织员工学习海关法规不少于两次，法定代表人、分管关务副总、关务经理须参加。签到表、课件归档保存。",
   "平台每季度面向在册中小出口客户开展一次线上法规辅导，课后发放问卷了解辅导效果。"]),
 ("第四章 申报资料审核", ["单证审核岗对客户上传的订单、工厂信息、品牌授权或进货凭证、发票、装箱单逐票审核，审核人与复核人分别签字（系统留痕）。",
   "平台在推送申报前自动校验申报要素、价格区间与商品编码，异常票进入人工复核队列。"]),
 ("第五章 档案管理", ["报关单证、装箱单、提单、监装视频等按票归档，纸质保存三年、电子永久；报关专用章由关务经理专人保管并登记使用。",
   "综合服务协议、退税申报资料由财务部单独立卷；认证资料设专门档案盒。技术标准资料由物流协同部保存。"]),
 ("第六章 业务流程", ["客户注册—准入审核—订单录入—单证审核—申报—物流跟踪—收汇结算—退税申报，各环节在平台上流转，节点可检索。"]),
 ("第七章 内部审计", ["审计室每年至少开展一次进出口业务内部审计，出具审计报告，发现问题下达整改通知并跟踪销号。"]),
 ("第八章 整改与问责", ["对审计、海关或客户投诉发现的问题，责任部门限期整改；由分管关务副总组织落实海关要求的整改事项。对违规人员按《员工奖惩办法》追责。"]),
 ("第九章 信息系统与数据", ["公司使用“甬贸通”平台及财务、关务、物流、风控模块，与单一窗口对接。数据保存不少于三年，每日异地备份。",
   "账号实行实名与权限分级，密码九十天更换；员工每年接受信息安全培训；泄露数据者依规处理并追究责任。"]),
 ("第十章 办公场所与出入", ["办公区设门禁，员工刷卡进入；机房与档案室仅限授权人员。外来人员在前台登记身份证件，领取访客证，由接待人陪同。员工车辆停放地下B2指定区域。"]),
 ("第十一章 人员管理", ["新员工入职前核验身份证、学历及工作经历，关键岗位须提交无犯罪记录证明。离职时收回工牌、电脑并注销系统账号。人事部维护员工花名册。"]),
 ("第十二章 平台客户管理", ["客户须提交营业执照、工厂信息、近两年进出口情况，经风控合规部准入审核后开通。对新客户及高风险客户安排实地考察，核实产能与贸易真实性。",
   "客户按风险分为A、B、C、D四级；有违法记录的客户回溯其历史订单；失信名单内企业一律不予代理。",
   "平台限制受理的商品类别在官网“服务须知”公开：不受理危险化学品、固体废物、两用物项等。",
   "签订综合服务协议时，附《供应链安全承诺》，要求客户按认证企业标准完善贸易安全。出口额前二十名及高风险客户每季度复核一次，必要时实地复查。"]),
 ("第十三章 出运核查", ["单票货值超过50万元的订单派员跟踪验货与现场监装；交易频繁的小客户按月抽样派员；小额订单须上传装货照片或视频（含包装、堆放、车辆车牌）。",
   "合作仓库装货区视频监控保存90天以上，派员监装比例不低于10%。发现涉嫌违法货物立即暂停出运并报告海关。集装箱由合作货代按七点检查并施封，运输车辆由合作车队检查登记。"]),
 ("第十四章 应急管理", ["制定台风、火灾、系统宕机、货物异常等应急预案，每年组织一次演练；涉及海关业务的紧急情况当日报告属地海关。"]),
 ("第十五章 供应链安全培训", ["每年对员工开展供应链安全与风险培训，内容包括货物安全、异常报告、危机处理。"]),
]


def rulebook(out):
    d = Document()
    d.add_heading(f"{CO}\n管理制度汇编（2025版）", 0)
    d.add_paragraph("目录")
    for t, _ in CHAPTERS:
        d.add_paragraph(t)
    for t, paras in CHAPTERS:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_heading(t, 1)
        for i, p in enumerate(paras, 1):
            d.add_paragraph(f"第{i}条 {p}")
    d.add_paragraph("2025年3月1日发布 总经理：陈国栋")
    d.save(out / "制度" / "管理制度汇编2025.docx")


def platform_export(out, rng):
    wb = Workbook()
    ws = wb.active; ws.title = "单证审核日志"
    ws.append(["日期", "订单号", "客户", "审核项", "结果", "审核人", "复核人"])
    for i in range(24):
        m = 7 + i // 4; y = 2025 if m <= 12 else 2026; m = m if m <= 12 else m - 12
        ws.append([f"{y}-{m:02d}-{rng.randint(1,28):02d}", f"YMT{y}{m:02d}{i:03d}", rng.choice(["慈溪华艺家具", "余姚恒达五金", "宁海木匠坊", "奉化锦程家居"]),
                   "工厂信息/进货凭证/发票/装箱单", rng.choice(["通过", "通过", "补件后通过"]), "单证审核岗 何丽", "关务经理 孙敏"])
    ws = wb.create_sheet("申报前校验")
    ws.append(["日期", "报关单草稿号", "校验规则", "结果", "处理"])
    for i in range(12):
        ws.append([f"2026-0{1 + i % 5}-{10 + i:02d}", f"D2026{i:04d}", rng.choice(["价格区间偏离", "商品编码与品名不符", "申报要素缺失"]), "预警", "退回客户补正后重新校验"])
    ws = wb.create_sheet("客户准入")
    ws.append(["日期", "客户", "资质材料", "结论", "审核人"])
    for i, c in enumerate(["宁海木匠坊", "象山海韵藤编", "北仑精工拉手", "镇海铭泰五金"]):
        ws.append([f"2025-{8 + i:02d}-15", c, "营业执照/工厂信息/近两年进出口", "准入，评级B", "风控专员 林晓"])
    ws = wb.create_sheet("客户分级")
    ws.append(["客户", "等级", "依据", "更新日期"])
    for c, g in [("慈溪华艺家具", "A"), ("余姚恒达五金", "B"), ("宁海木匠坊", "B"), ("奉化锦程家居", "C"), ("北仑精工拉手", "D")]:
        ws.append([c, g, "风险评分+违法记录查询", "2026-04-02"])
    for q in ["2025Q3", "2025Q4", "2026Q2"]:  # 2026Q1 未导出
        ws = wb.create_sheet(f"客户复核{q}")
        ws.append(["复核日期", "客户", "复核原因", "方式", "产能与出口匹配", "结论", "复核人"])
        for c in ["慈溪华艺家具", "奉化锦程家居", "北仑精工拉手"]:
            mon = {"2025Q3": "2025-08", "2025Q4": "2025-11", "2026Q2": "2026-05"}[q]
            ws.append([f"{mon}-{rng.randint(3,27):02d}", c, "出口额前二十/高风险", rng.choice(["实地考察", "实地考察", "视频连线"]), "匹配", "维持", "风控专员 林晓"])
    wb.save(out / "2026资料" / "平台导出_风控与审核.xlsx")


def training(out):
    wb = Workbook(); ws = wb.active; ws.title = "内部培训签到"
    ws.append(["日期", "主题", "讲师", "参加人员", "签到"])
    rows = [("2025-03-20", "海关申报规范与归类", "关务经理 孙敏", ["副总经理 周立平", "关务经理 孙敏", "单证审核岗 何丽", "风控专员 林晓"]),
            ("2025-09-18", "出口退税与海关稽查要点", "外聘讲师 王律师", ["副总经理 周立平", "关务经理 孙敏", "单证审核岗 何丽"]),
            ("2026-03-12", "海关信用管理办法解读", "关务经理 孙敏", ["法定代表人 陈国栋", "副总经理 周立平", "关务经理 孙敏", "单证审核岗 何丽", "风控专员 林晓"]),
            ("2026-04-22", "供应链安全与货物异常报告", "风控专员 林晓", ["副总经理 周立平", "关务经理 孙敏", "物流协同 郑凯", "单证审核岗 何丽"]),
            ("2026-05-28", "信息安全与账号管理", "IT主管 吴涛", ["关务经理 孙敏", "单证审核岗 何丽", "风控专员 林晓", "物流协同 郑凯"])]
    for d, t, l, ps in rows:
        for p in ps:
            ws.append([d, t, l, p, "已签"])
    ws = wb.create_sheet("客户辅导")
    ws.append(["日期", "主题", "形式", "参加客户数", "备注"])
    for d, t in [("2025-09-25", "出口申报要素填写"), ("2025-12-18", "品牌授权与知识产权"), ("2026-03-26", "原产地与退税")]:
        ws.append([d, t, "线上直播", 36, "问卷未回收统计"])
    wb.save(out / "培训" / "培训签到台账.xlsx")


def font(size):
    return ImageFont.truetype(SANS, size, index=2)


def audit_pdf(path):
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("STSong-Light", 16); c.drawString(60, 790, f"{CO} 2025年度进出口业务内部审计报告")
    c.setFont("STSong-Light", 10)
    y = 760
    for line in ["审计期间：2025-01-01至2025-12-31    审计实施：2026-01-12至2026-01-16", "审计组：审计室主任 许芳、财务部 黄晓", "范围：单证审核、申报校验、客户准入与复核、档案、信息系统、出运核查。",
                 "结论：主要制度得到执行，发现问题4项，详见下表。"]:
        c.drawString(60, y, line); y -= 18
    y -= 10
    c.drawString(60, y, "编号  问题                              责任部门    整改期限     状态"); y -= 18
    for r in [("F1", "3票报关单复核人未签字", "关务部", "2026-02-28", "已关闭"), ("F2", "2025Q4实地考察记录缺照片", "风控合规部", "2026-03-31", "已关闭"),
              ("F3", "员工花名册未随离职更新", "人事部", "2026-03-31", "未关闭（逾期）"), ("F4", "应急演练未开展", "行政部", "2026-06-30", "进行中")]:
        c.drawString(60, y, f"{r[0]:<5} {r[1]:<30} {r[2]:<10} {r[3]}   {r[4]}"); y -= 18
    c.showPage(); c.setFont("STSong-Light", 10); y = 790
    for line in ["整改跟踪：F1、F2由关务经理孙敏、风控专员林晓完成，已复核销号（2026-03-05、2026-04-08）。", "F3、F4由分管关务副总经理周立平督办。",
                 "审计室主任：许芳    分管关务副总经理：周立平    2026-01-20"]:
        c.drawString(60, y, line); y -= 18
    c.showPage(); c.save()


def catalogue_pdf(path):
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1); c.setFont("STSong-Light", 18)
    c.drawString(60, 780, "华艺家具 2026 春季产品目录")
    c.setFont("STSong-Light", 11); y = 740
    for i, (n, p) in enumerate([("橡木餐桌 HY-T120", "USD 168"), ("藤编休闲椅 HY-C08", "USD 52"), ("不锈钢拉手 HD-301", "USD 0.85"), ("实木床头柜 HY-N40", "USD 74")]):
        c.drawString(60, y, f"{i + 1}. {n}    FOB宁波 {p}    MOQ 1x40HQ"); y -= 22
    c.showPage(); c.save()


def dashboard_png(path):
    im = Image.new("RGB", (1100, 620), (245, 247, 250)); d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 1100, 56], fill=(24, 62, 120)); d.text((20, 12), "甬贸通 · 风险控制中心  2026-06-18 09:12", font=font(24), fill="white")
    items = [("今日预警订单", "7"), ("待人工复核", "3"), ("在途物流追踪", "142 票"), ("知识产权库", "12,408 条"), ("价格数据库", "86,215 条"), ("历史交易库", "2019-03 起"),
             ("客户信息库", "1,266 家"), ("单一窗口对接", "正常"), ("数据保存起始", "2019-03-01"), ("贸易数据核验(月)", "2026-05 已完成"), ("风险处置闭环率", "96.4%"), ("订单流程检索", "可用")]
    for i, (k, v) in enumerate(items):
        x = 30 + (i % 3) * 355; y = 90 + (i // 3) * 125
        d.rectangle([x, y, x + 330, y + 105], fill="white", outline=(200, 205, 215))
        d.text((x + 15, y + 12), k, font=font(20), fill=(90, 90, 90)); d.text((x + 15, y + 50), v, font=font(30), fill=(24, 62, 120))
    im.save(path, optimize=True)


def agreement(signed, client, date):
    d = Document(); d.add_heading("外贸综合服务协议", 0)
    d.add_paragraph(f"甲方：{CO}    乙方：{client if signed else '＿＿＿＿'}")
    for t in ["一、甲方提供报关、物流、退税、结算、出口信保等综合服务，乙方通过平台下单。", "二、乙方保证货物、单证真实，提供工厂及货源证明。",
              "三、乙方签署《供应链安全承诺》，参照海关认证企业标准完善其场所、装货及人员安全管理，并接受甲方实地考察。", "四、协议有效期一年。"]:
        d.add_paragraph(t)
    d.add_paragraph(f"甲方（盖章）    乙方（签字盖章）：{client + ' 已签章' if signed else ''}    日期：{date if signed else '    年  月  日'}")
    import datetime
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2026, 1, 1)
    b = io.BytesIO(); d.save(b)
    src = zipfile.ZipFile(io.BytesIO(b.getvalue())); o = io.BytesIO()
    with zipfile.ZipFile(o, "w", zipfile.ZIP_DEFLATED) as z:
        for n in src.namelist():
            z.writestr(zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0)), src.read(n), compress_type=zipfile.ZIP_DEFLATED)
    return o.getvalue()


def build(out: pathlib.Path) -> None:
    rng = random.Random(NAME)
    for sub in ["制度", "2026资料", "培训", "新建文件夹", "内审"]:
        (out / sub).mkdir(parents=True, exist_ok=True)
    rulebook(out); platform_export(out, rng); training(out)
    audit_pdf(out / "内审" / "扫描件003.pdf")
    catalogue_pdf(out / "新建文件夹" / "附件2.pdf")
    dashboard_png(out / "2026资料" / "IMG_20260618_091230.png")
    with zipfile.ZipFile(out / "客户协议.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("已签/慈溪华艺家具_综合服务协议.docx", agreement(True, "慈溪华艺家具有限公司", "2025-11-03"))
        z.writestr("已签/余姚恒达五金_综合服务协议.docx", agreement(True, "余姚恒达五金制品厂", "2026-02-16"))
        z.writestr("模板/协议模板v3.docx", agreement(False, "", ""))
        z.writestr("模板/doc12.docx", agreement(False, "", ""))
    (out / "顾问邮件_待补材料.txt").write_text(
        "发件人：刘顾问 <liu@zhengda-consult.cn>\n日期：2026-06-20\n主题：AEO高级认证材料 待补清单\n\n孙经理：\n"
        "根据上周预审，以下材料仍缺：\n1. 员工花名册（动态）及离职交接单——目前一份都没有；\n2. 访客登记本、门禁记录；\n3. 应急演练记录（内审F4仍未关闭）；\n"
        "4. 2026年一季度客户复核导出（平台导出里没有这一季）；\n5. 客户辅导的效果评估问卷统计；\n6. 法定代表人2025年培训签到只有0次，2026年1次，需补足。\n"
        "另外，协议压缩包里有两份空白模板，请勿作为签约证据。\n\n刘\n", encoding="utf-8")
    (out / "新建文件夹" / "食堂6月菜单.txt").write_text("周一 红烧肉 清炒时蔬\n周二 宫保鸡丁 番茄蛋汤\n周三 糖醋排骨 冬瓜汤\n", encoding="utf-8")
