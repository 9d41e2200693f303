"""ho20-adv-importer-auto: 广州穗联汽车零部件有限公司 (合资, ~600人) 的高级认证申报资料包。
Deterministic: fixed dates, random.Random("ho20-adv-importer-auto")."""
from __future__ import annotations

import datetime as dt
import io
import pathlib
import random
import shutil
import subprocess
import tempfile

import openpyxl
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFont

NAME = "ho20-adv-importer-auto"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CO = "广州穗联汽车零部件有限公司"

# people
GM = "陈建华"        # 总经理（法定代表人）
VP = "林志远"        # 副总经理，分管关务
CM = "黄丽娟"        # 关务部经理（关务负责人）
SEC = "周明"         # 安全保卫主管（贸易安全负责人）
AUD = "吴婷"         # 内审主管
IT = "郑凯"          # IT经理
WH = "梁国栋"        # 仓储物流经理
HR = "何静"          # 人事行政经理
DEC = "邓晓雯"       # 报关员
REV = "谢振宇"       # 关务复核专员
GUARDS = ["刘强", "杨海", "罗志勇", "冯斌"]


def _font(doc: Document) -> None:
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")


def _table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = str(v)
    return t


def _pagebreak(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- the manual (DOCX, many tables)
def manual(path: pathlib.Path) -> None:
    d = Document()
    _font(d)
    d.add_heading(f"{CO}\n进出口合规与供应链安全管理手册", 0)
    d.add_paragraph("文件编号：SL-QM-017    版本：V3.2    生效日期：2025年11月1日")
    d.add_paragraph(f"批准：{GM}（总经理）    审核：{VP}    编制：{CM}")
    _table(d, [["版本", "日期", "修订内容", "修订人"],
               ["V2.0", "2023-03-01", "合并原《报关管理规定》《仓库安保规定》", CM],
               ["V3.0", "2025-05-10", "按集团GRP-SCS-004更新封条、伙伴评估章节", SEC],
               ["V3.2", "2025-10-20", "增加信息安全追责条款；档案保管期限改为5年", IT]])

    d.add_heading("第一章 组织与职责", 1)
    d.add_paragraph("1.1 公司设关务部、财务部、安全保卫部、内审室、信息技术部、仓储物流部、人事行政部，"
                    "各部门职责见下表。公司由副总经理林志远分管关务工作，对进出口合规负总责。")
    _table(d, [["部门/岗位", "主要职责", "负责人", "R/A/C/I（进口申报）", "R/A/C/I（供应链安全）"],
               ["总经理", "批准制度；听取年度内审汇报", GM, "I", "A"],
               ["副总经理（分管关务）", "关务总负责；签批海关要求的整改事项", VP, "A", "C"],
               ["关务部", "归类、审价、原产地、申报、手册管理", CM, "R", "I"],
               ["财务部", "税款缴纳、付汇核对、审计报告", "苏晓梅", "C", "I"],
               ["安全保卫部", "门岗、巡查、监控、封条、集装箱检查", SEC, "I", "R"],
               ["内审室", "年度进出口内审、整改跟踪", AUD, "C", "C"],
               ["信息技术部", "ERP/关务系统运维、备份、权限", IT, "C", "C"],
               ["仓储物流部", "收发货核对、出口监装、车辆调度", WH, "C", "R"],
               ["人事行政部", "员工入离职、背景核查、门禁卡", HR, "I", "R"]])
    d.add_paragraph("1.2 岗位分离：制单与复核不得为同一人；封条领用与施封由不同人员完成。")

    d.add_heading("第二章 关务培训", 1)
    d.add_paragraph("2.1 关务部每年年初编制培训计划，全年组织海关法规培训不少于2次，总经理、分管副总、"
                    "关务经理、安全主管须参加；不能参加的须在一个月内补训并签到。")
    d.add_paragraph("2.2 培训记录（通知、签到表、课件、照片）由关务部归档保存。")

    _pagebreak(d)
    d.add_heading("第三章 单证复核与纠错", 1)
    d.add_paragraph("3.1 每票报关单在申报前由复核专员对品名、税号、价格（含特许权使用费、运保费）、原产地、"
                    "数量、贸易方式逐项核对，填写《报关单复核记录》，复核人签字后方可发送。")
    d.add_paragraph("3.2 发现申报差错的，关务部在2个工作日内登记《申报差错纠正单》，分析原因并按海关规定办理修撤。")
    d.add_paragraph("《报关单复核记录》（格式及填写示例）：")
    _table(d, [["合同号", "品名", "HS编码", "申报单价", "原产地", "复核结论", "制单", "复核"],
               ["SLP-2026-0412", "汽油发动机总成", "8407.3400", "EUR 1,980.00", "德国", "一致", DEC, REV],
               ["SLP-2026-0415", "车身控制模块", "8537.1090", "JPY 41,500", "日本", "单价与发票不符，已退回更正", DEC, REV]])
    d.add_paragraph("3.3 保税料件：关务部手册专员每月将ERP收发存数据与加工贸易手册（账册）进出口数据核对，"
                    "差异在当月查明，结果记入《手册数据核对表》。")

    d.add_heading("第四章 单证与档案管理", 1)
    d.add_paragraph("4.1 报关单、合同、发票、装箱单、提运单、核注清单、检验证书等按报关单号归档，"
                    "纸质件在申报放行后10个工作日内入档，电子件同步上传ERP附件库，保存期限不少于5年。")
    d.add_paragraph("4.2 保税料件的进口、入库、领用、出口、核销单证单独成册，保存至手册核销后5年。")
    d.add_paragraph("4.3 进口零部件的技术标准、图纸、CCC证书、型式试验报告由技术部按零件号建档，借阅登记。")
    d.add_paragraph("4.4 报关专用章、海关核发的证书及法律文书由关务经理专柜加锁保管，使用须登记。")
    d.add_paragraph("4.5 关务部设立“海关认证档案”，集中保存认证申请、内审、整改及证明材料。")

    _pagebreak(d)
    d.add_heading("第五章 进出口业务流程", 1)
    _table(d, [["环节", "货物流", "单证流", "信息流（ERP节点）", "责任部门"],
               ["采购下单", "—", "采购合同、形式发票", "PO创建", "采购部"],
               ["到港提货", "集装箱提离码头", "提单、到货通知", "到港登记", "仓储物流部"],
               ["申报放行", "查验/放行", "报关单、随附单证", "报关单号回填", "关务部"],
               ["入库", "卸柜、点数、上架", "入库单、差异单", "GR过账", "仓储物流部"],
               ["生产领用", "线边领料", "领料单", "发料过账", "生产部"],
               ["出口装运", "监装、施封", "装箱单、报关单", "交货单/出库过账", "仓储物流部/关务部"]])
    d.add_paragraph("5.2 各环节在ERP中按合同号/报关单号关联，可从任一单号追溯全流程。")

    d.add_heading("第六章 内部审计与改进", 1)
    d.add_paragraph("6.1 内审室每年至少组织一次进出口业务内部审计，覆盖本手册各章，出具审计报告并归档。")
    d.add_paragraph("6.2 审计发现问题由责任部门制定整改计划，内审室跟踪至关闭；海关要求的改正事项由分管副总签批。")
    d.add_paragraph("6.3 违反本手册造成海关处罚或损失的，按《员工奖惩办法》追究责任人责任。")

    d.add_heading("第七章 法检商品质量管控", 1)
    d.add_paragraph("7.1 属法定检验的进口零部件到货后，质量部按《来料检验规范》抽检，核对CCC标志与证书，"
                    "填写《法检商品验收记录》；不合格品隔离并通知关务部报告海关。")

    _pagebreak(d)
    d.add_heading("第八章 信息系统与信息安全", 1)
    d.add_paragraph("8.1 公司使用SAP ERP管理采购、库存、生产、销售、财务，关务模块与单一窗口对接。")
    d.add_paragraph("8.2 业务数据在线保存不少于5年，每日增量备份、每周全量备份，备份介质异地存放。")
    d.add_paragraph("8.3 账号实行一人一号，密码90天更换；离职当天停用账号；机房刷卡进入并登记。")
    d.add_paragraph("8.4 每年对员工进行信息安全培训。违反信息安全规定造成数据泄露或损失的，视情节给予警告、"
                    "降级直至解除劳动合同，并追究赔偿责任。")

    d.add_heading("第九章 场所与出入安全", 1)
    d.add_paragraph("9.1 东门（人员）、北门（货车）设24小时门岗；围墙2.4米并设红外对射；仓库及保税区与生产区以"
                    "隔离网分隔，仅授权人员刷卡进入。")
    d.add_paragraph("9.2 出入口、装卸区、集装箱堆场、停车场照明夜间常开；监控覆盖上述区域，录像保存不少于90天。")
    d.add_paragraph("9.3 钥匙由安全保卫部统一登记发放，每日收回，每季度盘点。")
    d.add_paragraph("9.4 外来人员凭身份证件登记、领取临时证并由接待人陪同；车辆登记车牌及司机身份证。"
                    "发现身份不明人员，门岗应拦截盘问并报告安全主管。")
    d.add_paragraph("《外来人员登记表》（格式及示例）：")
    _table(d, [["日期", "姓名", "证件类型/号码后四位", "单位", "被访人", "临时证号", "进入", "离开"],
               ["2025-11-03", "王××", "身份证/3312", "××物流", "梁国栋", "V-017", "09:12", "10:40"]])

    d.add_heading("第十章 人员安全", 1)
    d.add_paragraph("10.1 录用前核实身份证、学历、前雇主证明，关键岗位（关务、仓储、安保）要求提供无犯罪记录证明。")
    d.add_paragraph("10.2 人事行政部每月更新员工名单。员工离职当日收回工牌、门禁卡、电脑等，IT停用账号，填写《离职交接单》。")

    _pagebreak(d)
    d.add_heading("第十一章 商业伙伴安全", 1)
    d.add_paragraph("11.1 对报关行、货代、车队、主要供应商每年按《供应链安全评估表》评估一次，新伙伴合作前须评估；"
                    "已获海关AEO高级认证的伙伴可免于现场检查。")
    d.add_paragraph("11.2 合同中加入供应链安全条款（附件A），要求伙伴落实封条、人员、运输安全。")

    d.add_heading("第十二章 货物、集装箱与运输工具", 1)
    d.add_paragraph("12.1 到货按提单、装箱单核对柜号、封条号、件数；出口货物由仓储物流部专人监装并拍照留存。"
                    "溢短装或破损当日填写差异报告，涉及海关的由关务部报告海关。")
    d.add_paragraph("12.2 装柜前进行七点检查（前壁、左侧、右侧、地板、顶部、内外门、底部）；使用符合ISO 17712的"
                    "H级高保封条，封条由安全保卫部台账管理，领用、作废均登记。")
    d.add_paragraph("12.3 空重柜存放于北区集装箱堆场，围网、监控、门岗控制；运输车辆进厂检查驾驶室、底盘、车厢，"
                    "核验司机身份证与派车单，车辆停放于指定停车区。")

    d.add_heading("第十三章 应急管理", 1)
    d.add_paragraph("13.1 公司制定台风、火灾、危化品泄漏、网络中断、货物被盗的应急预案，每年至少演练一次。")
    d.add_paragraph("13.2 突发事件影响进出口货物或海关监管的，关务部在24小时内向主管海关报告。")
    d.add_heading("第十四章 贸易安全培训", 1)
    d.add_paragraph("14.1 每年对仓储、安保、关务员工开展供应链安全与危机处置培训，并组织一次应急演练。")
    d.save(path)


# ---------------------------------------------------------------- small docx documents
def simple_docx(path, title, paras, tables=()):
    d = Document()
    _font(d)
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    for t in tables:
        _table(d, t)
    d.save(path)


def audit_report(path):
    d = Document()
    _font(d)
    d.add_heading("2026年度进出口业务内部审计报告", 0)
    d.add_paragraph(f"被审计单位：{CO}    审计期间：2025年7月1日至2026年5月31日")
    d.add_paragraph(f"审计组：{AUD}（组长）、陈雨、集团审计部 Mark Weber    现场审计：2026年6月8日—6月12日")
    d.add_paragraph("一、审计范围：关务培训、单证复核、档案、手册管理、信息系统、场所与出入、人员、商业伙伴、"
                    "货物与集装箱、运输工具、应急管理。抽查报关单60票、安保记录3个月、员工档案20份。")
    d.add_paragraph("二、总体结论：各项制度基本健全并执行，发现问题5项，其中一般问题4项、观察项1项。")
    d.add_paragraph(f"报告签发：{AUD}  2026年6月20日    审阅：{VP}  2026年6月22日")
    _pagebreak(d)
    d.add_heading("三、审计发现", 1)
    _table(d, [["编号", "领域", "发现", "等级", "责任人"],
               ["IA26-01", "商业伙伴", "14家在册伙伴中仅5家完成2026年度安全评估，车队两家从未评估", "一般", SEC],
               ["IA26-02", "钥匙管理", "钥匙发放登记自2026年3月起中断，未做季度盘点", "一般", SEC],
               ["IA26-03", "培训", "总经理未参加2025年12月、2026年6月海关法规培训，亦无补训记录", "一般", CM],
               ["IA26-04", "单证复核", "2票报关单复核栏由制单人代签", "一般", CM],
               ["IA26-05", "信息系统", "备份恢复测试记录不全", "观察", IT]])
    d.add_paragraph("整改计划见《整改行动计划.xlsx》，内审室按月跟踪。")
    d.save(path)


def group_policy(path):
    d = Document()
    _font(d)
    d.add_heading("Group Standard GRP-SCS-004  Supply Chain Security", 0)
    d.add_paragraph("Issued by: Group Corporate Security, Stuttgart    Revision 5, effective 1 January 2025")
    d.add_paragraph("Applies to all manufacturing and logistics sites of the Group, including joint ventures "
                    "with Group shareholding above 40 %.")
    d.add_heading("1 Business partners", 1)
    d.add_paragraph("Sites shall screen carriers, forwarders, customs brokers and direct-material suppliers "
                    "before contract award and re-assess them at least every 12 months using form SCS-F2. "
                    "Contracts shall include the Group security clause (Annex 3).")
    d.add_heading("2 Containers and seals", 1)
    d.add_paragraph("Every export container is inspected at seven points before stuffing. Only ISO 17712 "
                    "high-security bolt seals are used; seal stock is logged and kept locked.")
    _pagebreak(d)
    d.add_heading("3 Crisis and incident management", 1)
    d.add_paragraph("Each site maintains an emergency response plan covering fire, typhoon/flood, IT outage, "
                    "theft and tampering. At least one drill per year. Incidents affecting cleared or bonded "
                    "goods shall be reported to the competent customs office without delay.")
    d.add_heading("4 Training", 1)
    d.add_paragraph("Security awareness training for warehouse, security and logistics staff at least once a year.")
    d.save(path)


# ---------------------------------------------------------------- workbooks
def security_workbook(path, rnd):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    headA = ["日期", "巡查时间", "围墙/门窗", "照明", "监控画面", "集装箱7点检查(柜号)", "封条号", "检查人"]
    headB = ["检查日期", "班次", "周界与门锁", "灯光", "CCTV", "柜体七点检查", "铅封编号", "签名"]
    headC = ["Date", "Shift", "Fence/Doors", "Lights", "CCTV rec.", "7-pt container", "Seal no.", "Guard"]
    months = [(2026, 4, headA), (2026, 5, headA), (2026, 6, headB), (2026, 7, headB), (2026, 8, headC), (2026, 9, headC)]
    seal = 6120450
    for y, m, head in months:
        ws = wb.create_sheet(f"{y}年{m}月" if head is not headC else f"{y}-{m:02d}")
        ws.append(head)
        for day in range(1, 29, 3):
            seal += 1
            d = dt.date(y, m, day)
            ok = "正常" if head is not headC else "OK"
            box = f"TGHU{rnd.randint(1000000, 9999999)}"
            lamp = ok if not (m == 7 and day == 10) else "北门2号灯不亮，已报修"
            ws.append([d if head is headA else d.strftime("%Y/%m/%d") if head is headB else d.isoformat(),
                       rnd.choice(["08:00", "14:00", "22:00"]) if head is headA else rnd.choice(["白班", "夜班"]),
                       ok, lamp, ok, f"{box} 七点均正常" if head is not headC else f"{box} all 7 OK",
                       f"SL{seal}", rnd.choice(GUARDS)])
    ws = wb.create_sheet("外来人员登记")
    ws.append(["日期", "姓名", "证件", "核验", "单位", "被访人", "临时证", "进入", "离开"])
    for i, (d, n, u, h) in enumerate([("2025-11-03", "王立新", "××物流", WH), ("2026-02-26", "Mark Weber", "集团审计部", AUD),
                                      ("2026-05-19", "赵宏", "黄埔海关稽查", CM), ("2026-08-06", "孙丽", "德方供应商", "技术部"),
                                      ("2026-09-15", "陈东", "消防维保公司", SEC)]):
        ws.append([d, n, "护照" if "Mark" in n else "身份证", "已核对照片", u, h, f"V-{30 + i:03d}", "09:10", "11:30"])
    ws = wb.create_sheet("车辆及司机")
    ws.append(["日期", "车牌", "司机", "身份证后四位", "派车单号", "驾驶室/底盘/车厢检查", "停放区", "门岗"])
    for i in range(10):
        d = dt.date(2026, 1 + i // 2 * 2 % 9, 5 + i * 2)
        ws.append([d.isoformat(), f"粤A{rnd.randint(10000, 99999)}", rnd.choice(["李伟", "张勇", "黄志明", "吴军"]),
                   f"{rnd.randint(1000, 9999)}", f"PC26{rnd.randint(1000, 9999)}", "已检查无异常", "北区P2", rnd.choice(GUARDS)])
    ws = wb.create_sheet("封条台账")
    ws.append(["日期", "类型", "起始号", "截止号", "数量", "领用/作废说明", "经手", "复核"])
    ws.append(["2026-01-08", "采购入库", "SL6120001", "SL6120500", 500, "ISO 17712 H级螺栓封", SEC, WH])
    ws.append(["2026-06-30", "作废", "SL6120377", "SL6120377", 1, "施封时变形，作废留存", GUARDS[1], SEC])
    ws.append(["2026-09-28", "库存盘点", "SL6120471", "SL6120500", 30, "账实相符", SEC, AUD])
    ws = wb.create_sheet("应急事件")
    ws.append(["日期", "事件", "处置", "对进出口影响", "报告海关", "记录人"])
    ws.append(["2025-09-24", "台风“桦加沙”停工", "启动台风预案，堆场空柜加固", "2个出口柜延迟1天", "9月25日邮件告知黄埔海关驻厂监管组", SEC])
    ws.append(["2026-05-15", "消防演练（仓库B区）", "疏散186人，用时6分钟", "无", "不涉及", SEC])
    wb.save(path)


def customs_ledger(path, rnd):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "复核记录"
    ws.append(["申报日期", "报关单号", "合同号", "品名", "价格", "归类", "原产地", "数量", "结论", "制单", "复核"])
    for i in range(24):
        d = dt.date(2025, 10, 8) + dt.timedelta(days=14 * i)
        ws.append([d.isoformat(), f"5316{d:%Y}{rnd.randint(10**9, 10**10 - 1)}", f"SLP-{d:%Y}-{400 + i:04d}",
                   rnd.choice(["发动机总成", "车身控制模块", "线束", "ABS泵总成", "组合仪表"]), "√", "√", "√", "√",
                   "一致" if i % 9 else "数量与装箱单不符，已更正", DEC, REV])
    ws = wb.create_sheet("手册核对")
    ws.append(["月份", "账册号", "ERP期末结存(件)", "账册结存(件)", "差异", "原因", "核对人", "报核/核销"])
    for m in range(1, 9):
        e = rnd.randint(18000, 26000)
        ws.append([f"2026-{m:02d}", "E51162600045", e, e, 0, "—", "邓晓雯", "按期报核" if m in (3, 6) else ""])
    ws = wb.create_sheet("印章证书登记")
    ws.append(["日期", "物品", "事由", "借用人", "归还", "保管人"])
    ws.append(["2026-01-12", "报关专用章", "加盖合同备案", DEC, "当日", CM])
    ws.append(["2026-07-03", "海关注册登记证明", "银行开户", "苏晓梅", "2026-07-04", CM])
    ws = wb.create_sheet("认证档案目录")
    ws.append(["序号", "档案名称", "形成日期", "存放位置"])
    for i, n in enumerate(["企业信息登记表", "2026年度内审报告及整改计划", "培训签到汇总", "安保检查记录", "供应链安全评估表"], 1):
        ws.append([i, n, "2026", "关务部档案柜A3"])
    ws = wb.create_sheet("法检验收")
    ws.append(["到货日期", "零件号", "品名", "CCC证书号", "抽检数", "结论", "检验员"])
    for i in range(8):
        ws.append([f"2026-{i + 1:02d}-1{i}", f"7L0{rnd.randint(100000, 999999)}", rnd.choice(["前照灯总成", "安全带", "轮胎"]),
                   f"2024011102{rnd.randint(100000, 999999)}", 5, "合格", "黎晓峰"])
    ws = wb.create_sheet("收货与监装")
    ws.append(["日期", "进/出", "柜号", "封条号核对", "件数(单证/实收)", "监装人", "差异单"])
    for i in range(10):
        io_ = "进" if i % 2 else "出"
        ws.append([f"2026-{i % 9 + 1:02d}-2{i % 8}", io_, f"MSKU{rnd.randint(1000000, 9999999)}", "一致",
                   "240/240" if i != 5 else "240/238", WH if io_ == "出" else "", "DR-2026-006 短装2件，已报告海关" if i == 5 else ""])
    wb.save(path)


def partner_workbook(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "伙伴清单"
    ws.append(["序号", "伙伴", "类型", "海关信用", "2026评估", "安全条款"])
    partners = [("广州穗港报关有限公司", "报关行", "高级认证"), ("中外运华南", "货代", "高级认证"),
                ("德科动力总成(Bosch-Tec)", "供应商", "—"), ("日新电装", "供应商", "—"), ("广州顺通车队", "车队", "—"),
                ("佛山骏达运输", "车队", "—"), ("南沙联合码头", "码头", "高级认证"), ("上海安吉物流", "物流", "—"),
                ("东莞华力包装", "包装", "—"), ("苏州博安线束", "供应商", "—"), ("Continental Trade KG", "供应商", "—"),
                ("广州洁城保洁", "保洁", "—"), ("穗安保安服务", "保安", "—"), ("海信仓储", "仓储", "—")]
    done = {0, 2, 3, 7, 10}
    for i, (n, t, c) in enumerate(partners):
        ws.append([i + 1, n, t, c, "已评估" if i in done else "未评估", "已签"])
    ws = wb.create_sheet("2026评估")
    ws.append(["伙伴", "评估日期", "人员安全", "场所安全", "运输安全", "封条", "得分", "结论", "评估人"])
    for i, n in enumerate(["广州穗港报关有限公司", "德科动力总成(Bosch-Tec)", "日新电装", "上海安吉物流", "Continental Trade KG"]):
        ws.append([n, f"2026-0{3 + i}-1{i}", 4, 4, 3 + i % 2, 4, 15 + i % 2, "合格", SEC])
    wb.save(path)


def action_plan(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整改跟踪"
    ws.append(["编号", "整改措施", "责任人", "计划完成", "状态", "验证", "批准"])
    ws.append(["IA26-01", "完成剩余9家伙伴评估，车队现场检查", SEC, "2026-08-31", "进行中（2/9）", "", VP])
    ws.append(["IA26-02", "恢复钥匙登记，季度盘点", SEC, "2026-07-31", "未完成", "", VP])
    ws.append(["IA26-03", "总经理补训", CM, "2026-09-30", "未完成", "", VP])
    ws.append(["IA26-04", "复核岗位分离培训，系统强制复核人≠制单人", CM, "2026-07-15", "已关闭", f"{AUD} 2026-07-20", VP])
    ws.append(["IA26-05", "季度恢复测试", IT, "2026-09-30", "已关闭", f"{AUD} 2026-09-25", VP])
    wb.save(path)


def training(plan_path, sign_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培训计划"
    ws.append(["计划日期", "主题", "对象", "讲师", "备注"])
    for r in [("2026-10-22", "海关法规：特许权使用费申报", "关务部、财务部、管理层", "外聘律师"),
              ("2026-11-18", "信息安全意识", "全体办公室员工", IT),
              ("2026-12-09", "供应链安全与七点检查复训", "仓储、安保", SEC),
              ("2027-03-16", "加工贸易手册管理", "关务部", CM),
              ("2027-05-20", "应急演练（台风）", "全员", SEC)]:
        ws.append(list(r) + [""])
    wb.save(plan_path)

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    base = [(VP, "副总经理（分管关务）"), (CM, "关务部经理"), (SEC, "安全保卫主管"), (DEC, "报关员"), (REV, "关务复核专员"),
            ("苏晓梅", "财务经理")]
    sessions = [("20251218海关法规", "2025-12-18", "海关估价与归类新规", base),
                ("20260316供应链安全", "2026-03-16", "供应链安全、封条与七点检查", [(SEC, "安全保卫主管"), (WH, "仓储物流经理")] +
                 [(g, "保安") for g in GUARDS] + [("韩磊", "叉车司机"), ("邱红", "仓管员")]),
                ("20260412信息安全", "2026-04-12", "信息安全与账号管理", [(IT, "IT经理"), (CM, "关务部经理"), (DEC, "报关员"),
                                                                     ("苏晓梅", "财务经理"), ("邱红", "仓管员")]),
                ("20260515消防演练", "2026-05-15", "仓库火灾疏散演练及危机处置讲解", [(SEC, "安全保卫主管"), (WH, "仓储物流经理"), (HR, "人事行政经理")] +
                 [(g, "保安") for g in GUARDS]),
                ("20260624海关法规", "2026-06-24", "加工贸易监管与AEO标准解读", base + [(AUD, "内审主管")])]
    for sheet, date, topic, people in sessions:
        ws = wb.create_sheet(sheet)
        ws.append(["培训日期", date, "主题", topic])
        ws.append(["序号", "姓名", "职务", "签到"])
        for i, (n, j) in enumerate(people, 1):
            ws.append([i, n, j, n])
    wb.save(sign_path)


def staff(path, rnd):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "在职名单"
    ws.append(["工号", "姓名", "部门", "岗位", "入职日期", "门禁权限"])
    fam = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    giv = ["伟", "芳", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超"]
    for i in range(40):
        dep = rnd.choice(["生产部", "仓储物流部", "关务部", "质量部", "安全保卫部", "财务部"])
        ws.append([f"SL{1000 + i * 13}", rnd.choice(fam) + rnd.choice(giv), dep, "员工",
                   f"20{rnd.randint(15, 26)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}",
                   "仓库/保税区" if dep in ("仓储物流部", "安全保卫部") else "办公区/车间"])
    ws.append(["（名单更新至2026-08-31，共603人，此处摘录）"])
    ws = wb.create_sheet("入职核查")
    ws.append(["姓名", "岗位", "身份证核验", "前雇主证明", "无犯罪记录证明", "核查人", "日期"])
    for n, j, d in [("邱红", "仓管员", "2025-11-20"), ("冯斌", "保安", "2026-02-03"), ("谢振宇", "关务复核专员", "2026-04-08"),
                    ("韩磊", "叉车司机", "2026-07-01")]:
        ws.append([n, j, "已核验", "已取得", "已提供", HR, d])
    ws = wb.create_sheet("离职交接")
    ws.append(["姓名", "离职日期", "工牌", "门禁卡", "电脑/PDA", "系统账号停用", "经办"])
    for n, d in [("钟伟", "2025-12-31"), ("潘燕", "2026-03-15"), ("邹军", "2026-08-20")]:
        ws.append([n, d, "已收回", "已注销", "已归还", f"{d} {IT}", HR])
    wb.save(path)


# ---------------------------------------------------------------- images
def erp_screenshot(pdf_path):
    W, H = 1400, 860
    im = Image.new("RGB", (W, H), (236, 240, 244))
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT, 20, index=2)
    fs = ImageFont.truetype(FONT, 17, index=2)
    dr.rectangle([0, 0, W, 48], fill=(40, 70, 110))
    dr.text((16, 10), "SAP Easy Access  |  ZCUS_TRACK 进出口单证流程追踪  |  用户: DENGXW", font=f, fill="white")
    dr.text((20, 64), "查询条件：合同号 SLP-2021-0087 至 SLP-2026-0431    创建日期 2021-01-01 至 2026-09-29", font=fs, fill="black")
    cols = ["合同号", "提单号", "报关单号", "到港", "放行", "入库过账", "领料", "状态"]
    xs = [20, 200, 380, 640, 780, 920, 1080, 1220]
    y = 110
    dr.rectangle([10, y - 6, W - 10, y + 28], fill=(200, 214, 230))
    for x, c in zip(xs, cols):
        dr.text((x, y), c, font=fs, fill="black")
    rows = [("SLP-2021-0087", "HLCUHAM2103456", "531620210000871245", "2021-03-11", "2021-03-13", "2021-03-14", "2021-03-20", "已核销"),
            ("SLP-2023-0251", "MAEU223418765", "531620230002513380", "2023-06-02", "2023-06-05", "2023-06-05", "2023-06-12", "已核销"),
            ("SLP-2025-0398", "ONEYTYOF81200", "531620250003987702", "2025-11-19", "2025-11-20", "2025-11-21", "2025-11-25", "已结案"),
            ("SLP-2026-0412", "HLCUHAM2607712", "531620260004120913", "2026-08-28", "2026-08-31", "2026-09-01", "2026-09-03", "已入库"),
            ("SLP-2026-0431", "MAEU261177013", "531620260004310446", "2026-09-26", "2026-09-28", "2026-09-29", "—", "待领用")]
    for r in rows:
        y += 40
        for x, c in zip(xs, r):
            dr.text((x, y), c, font=fs, fill=(20, 20, 20))
    dr.text((20, H - 60), "数据归档：在线库保留 2019-01 起全部凭证；备份作业 ZBK_DAILY 上次运行 2026-09-29 23:30 成功",
            font=fs, fill=(60, 60, 60))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=60)
    Image.open(buf).save(pdf_path, "PDF", resolution=120)


def gate_photo(jpg_path):
    W, H = 1024, 768
    im = Image.new("RGB", (W, H), (120, 135, 150))
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT, 34, index=2)
    fs = ImageFont.truetype(FONT, 22, index=2)
    dr.rectangle([0, 480, W, H], fill=(90, 90, 90))
    dr.rectangle([80, 230, 380, 480], fill=(210, 210, 200))
    dr.text((110, 250), "北门 货车门岗", font=f, fill=(180, 20, 20))
    dr.text((110, 300), "外来车辆 司机 请出示身份证登记", font=fs, fill="black")
    dr.text((110, 335), "24小时值班  监控区域", font=fs, fill="black")
    dr.rectangle([420, 400, 1000, 420], fill=(230, 200, 0))
    for x in (520, 760):
        dr.line([x, 160, x, 480], fill=(40, 40, 40), width=8)
        dr.ellipse([x - 30, 130, x + 30, 170], fill=(255, 250, 210))
    dr.rectangle([880, 150, 950, 190], fill=(30, 30, 30))
    dr.text((20, 720), "2026-03-14 09:30", font=fs, fill=(255, 160, 0))
    im.save(jpg_path, "JPEG", quality=55)


# ---------------------------------------------------------------- build
def build(out: pathlib.Path) -> None:
    rnd = random.Random(NAME)
    out = pathlib.Path(out)
    tmp = pathlib.Path(tempfile.mkdtemp(prefix=f"{NAME}-"))
    try:
        dirs = ["01管理制度", "02关务", "03内审", "04培训", "05安保记录", "06商业伙伴", "Group", "2026资料", "新建文件夹"]
        for d in dirs:
            (out / d).mkdir(parents=True, exist_ok=True)
        manual(out / "01管理制度" / "进出口合规与供应链安全管理手册V3.2.docx")
        simple_docx(out / "01管理制度" / "doc12.docx", "关于关务管理职责分工的任命通知",
                    [f"穗联〔2025〕人字第031号", f"经总经理办公会研究决定：由副总经理{VP}分管公司关务工作，{CM}任关务部经理"
                     f"（关务负责人），{SEC}任供应链安全负责人。", f"{CO}  总经理：{GM}  2025年8月4日"])
        simple_docx(out / "附件2.docx", "企业相关人员守法及信用情况声明",
                    ["本公司法定代表人、分管关务副总经理、关务负责人、安全负责人近两年内未因故意犯罪受过刑事处罚，"
                     "附公安机关出具的无犯罪记录证明（2026年8月）。",
                     "经“信用中国”网站及国家企业信用信息公示系统于2026年9月20日查询，本公司及上述人员均未被列入失信联合惩戒名单。"],
                    [[["姓名", "职务", "无犯罪记录证明编号", "信用查询结果"],
                      [GM, "总经理/法定代表人", "穗公(天)证字2026第08812号", "无失信记录"],
                      [VP, "副总经理", "穗公(黄)证字2026第05531号", "无失信记录"],
                      [CM, "关务部经理", "穗公(黄)证字2026第05532号", "无失信记录"],
                      [SEC, "安全保卫主管", "穗公(增)证字2026第01907号", "无失信记录"]]])
        customs_ledger(out / "02关务" / "关务台账2026.xlsx", rnd)
        erp_screenshot(out / "02关务" / "扫描件003.pdf")
        action_plan(out / "03内审" / "整改行动计划.xlsx")
        training(out / "04培训" / "2026H2-2027H1培训计划.xlsx", out / "04培训" / "签到记录汇总.xlsx")
        security_workbook(out / "05安保记录" / "安保检查记录2026.xlsx", rnd)
        gate_photo(out / "05安保记录" / "IMG_20260314_093015.jpg")
        partner_workbook(out / "06商业伙伴" / "供应链安全评估2026.xlsx")
        staff(out / "2026资料" / "员工花名册0831.xlsx", rnd)
        simple_docx(out / "新建文件夹" / "食堂菜单0915.docx", "第38周员工食堂菜单",
                    ["周一：红烧鸡腿、清炒菜心、番茄蛋汤", "周二：梅菜扣肉、蒜蓉生菜、冬瓜汤", "周三：咖喱牛肉、炒豆角、紫菜汤",
                     "餐厅开放时间 11:30—13:00，夜班 23:30—00:30。"])
        simple_docx(out / "新建文件夹" / "通知-国庆放假安排.docx", "关于2026年国庆节放假安排的通知",
                    ["10月1日至7日放假，9月27日（周日）上班。", "放假期间安全保卫部安排值班，员工私家车请停放在南区停车场，"
                     "节前各部门做好安全检查，关闭电源。", "人事行政部  2026年9月18日"])
        # PDFs via LibreOffice
        src = tmp / "src"
        src.mkdir()
        audit_report(src / "2026年度AEO内部审计报告.docx")
        group_policy(src / "GRP-SCS-004_Supply_Chain_Security_Policy.docx")
        simple_docx(src / "产品宣传册.docx", "穗联汽车零部件 —— 安全、可靠的动力与电子模块",
                    ["穗联为华南主机厂提供发动机前端模块、车身电子模块总成，年产能30万套。",
                     "产品安全：全部模块通过整车厂功能安全(ISO 26262)评审；集装箱化发运，准时交付率99.6%。",
                     "服务热线：020-8xxx xxxx"])
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/lo-{NAME}", "--convert-to", "pdf",
                        "--outdir", str(tmp / "pdf")] + [str(p) for p in sorted(src.glob("*.docx"))],
                       check=True, capture_output=True, timeout=300)
        shutil.copy(tmp / "pdf" / "2026年度AEO内部审计报告.pdf", out / "03内审" / "2026年度AEO内部审计报告.pdf")
        shutil.copy(tmp / "pdf" / "GRP-SCS-004_Supply_Chain_Security_Policy.pdf", out / "Group" / "GRP-SCS-004_Supply_Chain_Security_Policy.pdf")
        shutil.copy(tmp / "pdf" / "产品宣传册.pdf", out / "产品宣传册.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
