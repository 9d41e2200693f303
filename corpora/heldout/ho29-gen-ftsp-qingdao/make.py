"""ho29-gen-ftsp-qingdao: 青岛海沁外贸综合服务有限公司 — 一般认证 / 外贸综合服务企业 bundle."""
from __future__ import annotations

import csv
import datetime as dt
import pathlib
import random
import zipfile

NAME = "ho29-gen-ftsp-qingdao"
CO = "青岛海沁外贸综合服务有限公司"

# ---------------------------------------------------------------- 平台服务规则 (PDF, one chapter a page)
CHAPTERS = [
    ("第一章 总则与组织分工", [
        "第1条 本规则适用于海沁外综服平台（以下简称“平台”）为中小出口客户提供的通关、物流、退税、结算及信保代办服务。",
        "第2条 公司总经理王立新为法定代表人，对平台合规经营负总责。副总经理周海燕分管关务与通关业务，是公司负责关务的高级管理人员，关务部经理李晓晨为关务负责人。",
        "第3条 公司设立风险管理部，独立于销售与运营部门，部长孙涛直接向总经理汇报。风险管理部负责：客户准入审核与定期复核、订单风险评级、货物真实性核查与监装安排、异常货物处置与向海关报告、风险月报编制。",
        "第4条 关务部负责报关单证的制单、复核与归档；运营部负责订单受理和物流安排；财务部负责结汇与退税申报。各部门岗位职责见附件岗位说明书。",
        "第5条 副总经理周海燕兼任贸易安全负责人，组织场所、货物、集装箱和运输环节的安全管理。",
    ]),
    ("第二章 关务法规学习与客户培训", [
        "第6条 关务部每年初制定内部法规学习计划，内容包括海关申报、归类、估价、原产地、出口退税及平台业务相关的最新规定，每年不少于两次，并保存签到表、课件和考核记录。",
        "第7条 法定代表人、分管关务副总、关务负责人及贸易安全负责人每年至少参加一次内部法规学习。",
        "第8条 平台客户培训：风险管理部会同关务部每季度面向平台客户举办一次“出口合规讲堂”（线上或线下），讲解如实申报、品名规格要素、知识产权、监装要求等；新准入客户须在首单前完成线上合规课程并签署学习确认。",
        "第9条 培训记录（签到、课件、线上学习日志）由关务部保存不少于三年。",
    ]),
    ("第三章 订单与单证审核", [
        "第10条 平台订单提交后，由关务部审单岗对客户上传的合同、发票、装箱单、生产工厂信息、品牌授权或合法进货证明、监管证件进行审核，核对品名、规格、数量、单价与订单一致。",
        "第11条 审单岗初审后，由另一名报关员对报关单草单逐项复核，复核人与制单人不得为同一人；复核发现差错的，退回修改并在系统中记录差错原因。",
        "第12条 对首次出口的新品类、单票货值超过50万元人民币或涉及品牌商品的订单，风险管理部进行二次审核。",
        "第13条 报关单放行后发现申报差错的，关务部在发现之日起3个工作日内按规定办理修改或撤销，并报告分管副总。",
    ]),
    ("第四章 单证档案与印章管理", [
        "第14条 报关单证、合同、发票、装箱单、提单、监装照片及客户综合服务协议，按订单号建立电子档案，在放行后10个工作日内完成归档，保存期限不少于五年。",
        "第15条 出口退税申报资料（报关单、发票、收汇凭证、备案单证）由财务部按退税批次装订保存，保存期限不少于五年。",
        "第16条 报关专用章、海关核发的证书及法律文书由关务部专人保管，使用时登记用章事由、单号和经办人。",
        "第17条 公司为申请海关认证设立专门档案，汇集制度文件、执行记录和自评资料，由关务部负责更新。",
        "第18条 电子档案在平台系统中按权限访问，纸质档案存放于档案室并上锁。",
    ]),
    ("第五章 内部审计与整改", [
        "第19条 公司每年至少开展一次关务及平台业务内部审计，由总经理指定审计组（风险管理部牵头，关务部、财务部参与），审计报告及整改台账存档。",
        "第20条 对审计、海关检查、客户投诉中发现的问题，责任部门须在15个工作日内提出整改措施，风险管理部跟踪验证并在月报中通报。",
        "第21条 海关要求企业改正或规范改进的事项，由分管关务副总周海燕组织实施并向总经理报告。",
        "第22条 对故意伪报、瞒报或协助客户规避监管的员工，视情节给予警告、降级直至解除劳动合同；涉嫌违法的移交有关机关。",
    ]),
    ("第六章 平台系统与数据管理", [
        "第23条 公司使用“海沁外综服平台”（V3.2）与金蝶财务系统。平台包含客户管理、订单、关务、物流跟踪、退税、结算、信保、风控八个模块，客户可在线下单、上传单证、查询通关及退税进度。",
        "第24条 平台每一订单从受理、审单、报关、放行、装运、收汇到退税的节点均记录时间和操作人，可按订单号、客户、报关单号检索和追踪。",
        "第25条 平台数据每日增量备份、每周全量异地备份，业务数据保存不少于五年。",
        "第26条 信息安全：员工账号实名分配、按岗位授权，离岗当日停用；禁止外借账号、私自导出客户数据；办公电脑安装杀毒软件并定期更新。",
        "第27条 信息部每年对员工进行至少一次信息安全培训。",
        "第28条 违反信息安全规定造成数据泄露或系统损害的，依据《员工奖惩办法》追究责任并承担相应赔偿。",
    ]),
    ("第七章 办公场所与出入管理", [
        "第29条 公司办公场所位于青岛市市北区港城路，档案室、机房为重点区域，配备门禁和视频监控，监控录像保存不少于30天。",
        "第30条 员工凭工牌刷卡进出，工牌入职发放、离职收回，由行政部统一登记。",
        "第31条 访客到前台出示身份证件登记，领取访客证，进入档案室和机房须由员工陪同。",
        "第32条 员工及访客车辆停放于园区指定车位，访客车辆由物业登记。",
    ]),
    ("第八章 员工入职与离职", [
        "第33条 招聘时核验应聘人员身份证件、学历及工作经历，关务、风控岗位须提交无犯罪记录证明。",
        "第34条 行政部维护员工花名册，入职、调岗、离职时即时更新。",
        "第35条 员工离职时收回工牌、电脑及钥匙，信息部当日注销系统账号。",
    ]),
    ("第九章 客户准入与商业伙伴管理", [
        "第36条 客户准入：风险管理部核查客户营业执照、海关备案、生产工厂或货源、信用记录，实地或视频考察生产场所，评定风险等级（A低、B中、C高）。",
        "第37条 客户复核：A级客户每年复核一次，B级每半年一次，C级每季度一次；逾期未复核的客户暂停接单。",
        "第38条 与客户签订《外贸综合服务协议》，协议须包含货物安全与贸易安全条款，要求客户如实申报、保障装箱过程安全并配合平台监装。",
        "第39条 物流承运商、货代、报关行等合作伙伴每年评估一次，评估内容包括资质、安全管理措施和以往表现。",
    ]),
    ("第十章 货物真实性核查与监装", [
        "第40条 风险管理部对订单货物真实性进行核查：核对工厂信息、产品图片与申报品名，必要时现场验货。",
        "第41条 单笔货值超过50万元人民币的订单，派员到工厂跟踪验货并现场监装，拍摄装箱过程、箱号和封志照片上传平台。",
        "第42条 交易额小但月出口超过10票或年累计超过300万元的客户，每月按不少于10%的比例抽取订单派人监装。",
        "第43条 装箱前检查集装箱七点（前壁、左右侧、地板、顶部、内外门、底部），核对封志号并记录。",
        "第44条 承运车辆须为登记车辆，司机身份核对一致，车辆全程GPS定位，途中不得无故停留。",
        "第45条 发现货证不符、夹藏、侵权或其他高风险情形的，立即暂停该票业务，保全货物和单证，并在24小时内向主管海关报告。",
    ]),
    ("第十一章 应急处置", [
        "第46条 公司制定应急预案，覆盖火灾、台风、系统瘫痪、货物被盗或被调包、海关查获异常等情形，明确总指挥（总经理）、现场负责人（分管副总）及各部门职责和联络方式。",
        "第47条 发生紧急情况时，现场人员立即报告部门负责人，1小时内报分管副总；涉及海关监管货物的，同时报告主管海关。",
        "第48条 公司每年组织一次应急演练和一次供应链安全培训，记录参加人员和演练评估。",
    ]),
    ("附件 样表", [
        "附表1 客户准入审核表（样表）：客户名称＿＿＿ 统一社会信用代码＿＿＿ 风险等级＿＿＿ 审核人＿＿＿",
        "附表2 现场监装记录表（样表）：订单号＿＿＿ 箱号＿＿＿ 封志号＿＿＿ 监装人＿＿＿ 日期＿＿＿",
        "附表3 培训签到表（样表）：培训主题＿＿＿ 日期＿＿＿ 姓名＿＿＿ 部门＿＿＿",
        "附表4 访客登记表（样表）：姓名＿＿＿ 证件号＿＿＿ 事由＿＿＿ 陪同人＿＿＿",
    ]),
]


def _pdf(path: pathlib.Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    w, h = A4

    def wrap(text, n=34):
        return [text[i:i + n] for i in range(0, len(text), n)]

    def footer(no):
        c.setFont("STSong-Light", 9)
        c.drawString(w / 2 - 40, 30, f"海沁外综服平台服务规则  第{no}页")

    # page 1 cover
    c.setFont("STSong-Light", 22)
    c.drawCentredString(w / 2, h - 250, CO)
    c.drawCentredString(w / 2, h - 290, "外贸综合服务平台服务规则")
    c.setFont("STSong-Light", 13)
    c.drawCentredString(w / 2, h - 340, "（2025年第3版）  编号：HQ-GZ-2025-03")
    c.drawCentredString(w / 2, h - 370, "2025年9月1日发布  2025年9月1日施行")
    c.drawCentredString(w / 2, h - 400, "批准：王立新（总经理）  编制：风险管理部、关务部")
    footer(1)
    c.showPage()
    # page 2 contents
    c.setFont("STSong-Light", 16)
    c.drawString(80, h - 90, "目  录")
    c.setFont("STSong-Light", 12)
    for i, (title, _) in enumerate(CHAPTERS):
        c.drawString(90, h - 130 - i * 24, f"{title} ………………………… {i + 3}")
    footer(2)
    c.showPage()
    for i, (title, arts) in enumerate(CHAPTERS):
        c.setFont("STSong-Light", 16)
        c.drawString(72, h - 90, title)
        c.setFont("STSong-Light", 12)
        y = h - 130
        for a in arts:
            for line in wrap(a):
                c.drawString(72, y, line)
                y -= 20
            y -= 8
        footer(i + 3)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- 客户审核台账 (XLSX)
def _clients(rng):
    cities = ["青岛", "即墨", "胶州", "黄岛", "平度", "莱西", "烟台", "威海", "日照", "潍坊"]
    kinds = [("水产加工设备", "机械"), ("针织服装", "纺织"), ("家纺", "纺织"), ("鱼糜成型机", "机械"),
             ("虾类剥壳机", "机械"), ("梭织面料", "纺织"), ("冷冻输送线", "机械"), ("毛巾", "纺织")]
    rows = []
    for i in range(1, 281):
        city = rng.choice(cities)
        kind, cat = rng.choice(kinds)
        grade = rng.choices("ABC", weights=[6, 3, 1])[0]
        admit = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 1100))
        gap = {"A": 365, "B": 182, "C": 91}[grade]
        last = admit
        while last + dt.timedelta(days=gap) <= dt.date(2026, 7, 31):
            nxt = last + dt.timedelta(days=gap)
            # about 1 in 9 clients: reviews stopped — overdue
            if i % 9 == 4 and nxt > dt.date(2025, 9, 1):
                break
            last = nxt
        due = last + dt.timedelta(days=gap)
        status = "逾期未复核" if due < dt.date(2026, 7, 31) else "正常"
        rows.append([f"HQC{i:04d}", f"{city}{rng.choice(['海','鑫','润','泰','康','盛','瑞','达'])}{rng.choice(['源','丰','联','信','远','禾'])}{kind[:2]}有限公司",
                     f"91370{rng.randrange(10**12, 10**13)}X"[:18], cat, kind, grade, admit, last,
                     due, status, rng.choice(["孙涛", "刘宁", "高雅"]), ""])
    return rows


def _xlsx(path, rng):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "客户准入复核"
    ws.append(["客户编号", "客户名称", "统一社会信用代码", "行业", "主营出口商品", "风险等级", "准入日期",
               "最近复核日期", "下次复核日期", "复核状态", "审核人(风险管理部)", "备注"])
    for r in _clients(rng):
        ws.append(r)
    for row in ws.iter_rows(min_row=2):
        for c in row[6:9]:
            c.number_format = "yyyy-mm-dd"
    ws2 = wb.create_sheet("风险等级标准")
    ws2.append(["等级", "判定要素", "复核周期", "监装要求"])
    ws2.append(["A 低风险", "自有工厂、连续两年无查验异常、信用良好", "12个月", "大额订单监装"])
    ws2.append(["B 中风险", "贸易型客户或首年客户", "6个月", "大额订单监装+抽样监装"])
    ws2.append(["C 高风险", "品牌商品、曾有申报差错或货源不清", "3个月", "每票监装"])
    wb.save(path)


# ---------------------------------------------------------------- 订单导出 (CSV)
def _orders(path, rng):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["订单号", "客户编号", "下单日期", "品名", "货值(人民币元)", "报关单号", "制单人", "复核人",
                    "放行日期", "是否监装", "监装人", "监装照片", "退税申报日期", "当前节点"])
        d = dt.date(2025, 8, 1)
        n = 0
        while d <= dt.date(2026, 7, 28):
            for _ in range(rng.randrange(0, 3)):
                n += 1
                val = rng.choice([rng.randrange(20000, 300000), rng.randrange(20000, 300000), rng.randrange(500000, 1500000)])
                big = val > 500000
                monitored = (big or rng.random() < 0.12) and d >= dt.date(2026, 3, 1)
                rel = d + dt.timedelta(days=rng.randrange(3, 9))
                goods = rng.choice(["鱼片机", "虾仁蒸煮线", "针织T恤", "涤纶面料", "毛巾", "贝类清洗机"])
                who = rng.choice(["陈静", "马骁", "赵婷"])
                chk = rng.choice([x for x in ["陈静", "马骁", "赵婷"] if x != who])
                w.writerow([f"HQ{d:%y%m}{n:05d}", f"HQC{rng.randrange(1, 281):04d}", d.isoformat(), goods, val,
                            f"4201{d:%Y}{rng.randrange(10**9, 10**10)}", who, chk, rel.isoformat(),
                            "是" if monitored else "否", rng.choice(["孙涛", "刘宁"]) if monitored else "",
                            f"JZ/{d:%Y%m}/HQ{n:05d}.zip" if monitored else "",
                            (rel + dt.timedelta(days=30)).isoformat() if rel + dt.timedelta(days=30) < dt.date(2026, 7, 31) else "",
                            "已退税" if rel + dt.timedelta(days=60) < dt.date(2026, 7, 31) else "已放行"])
            d += dt.timedelta(days=1)


# ---------------------------------------------------------------- DOCX helpers
def _docx(path, title, paras, table=None):
    from docx import Document
    doc = Document()
    doc.add_heading(title, level=1)
    for p in paras:
        doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for r in table:
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                c.text = str(v)
    doc.save(path)


def _report(path):
    _docx(path, "风险管理部2026年6月工作月报", [
        "编制：风险管理部 孙涛（部长）  报送：王立新（总经理）、周海燕（副总经理）  日期：2026年7月3日",
        "一、客户准入与复核。本月新准入客户6家，完成复核21家。截至6月30日，台账中仍有25家客户复核逾期（2025年9月以后到期未复核），涉及A、B、C各级，已通知运营部对其中C级客户暂停接单，其余客户计划9月底前补齐。",
        "二、订单风险与监装。本月单票货值超过50万元的订单均派员现场监装并上传装箱、箱号、封志照片，另按比例抽样监装小额订单。现场监装工作自2026年3月起按第十章执行，此前未形成监装记录，已列入整改事项。",
        "三、异常处置。6月17日，客户HQC0137申报出口“针织T恤”一票，监装时发现其中2箱为带有境外品牌标识的运动服，疑似侵权。风险管理部当即暂停装运、封存货物和单证，并于6月17日下午向青岛大港海关书面报告，客户已撤回该票申报，海关处理结果待通知。",
        "四、客户培训。6月20日举办第二季度“出口合规讲堂”（线上），主讲：关务部经理李晓晨，内容为申报要素与知识产权边境保护，平台客户68家89人参加，线上签到记录存平台培训模块。",
        "五、内部法规学习。6月12日组织关务内部学习“2026年海关申报新规”，参加人员：王立新（总经理）、周海燕（副总经理）、李晓晨（关务部经理）、关务部报关员5人，计8人。",
        "六、问题整改跟踪。5月内部抽查发现3票报关单规格型号要素填报不全，关务部已于6月10日前完成修改申报并对制单人进行专题辅导，风险管理部6月25日复查关闭。",
        "七、系统运行。平台八个模块运行正常；6月系统可用率99.8%，数据备份52次均成功。",
    ])


def _agreements(zpath, tmp):
    clause = ("第八条 贸易安全。乙方应按照海关认证企业标准完善自身贸易安全管理，保证货物在生产、装箱、仓储环节不被夹藏或调换，"
              "配合甲方派员现场监装，使用甲方认可的承运商和封志，并如实提供工厂及货源信息；发现异常应立即通知甲方。")
    names = [("海沁-服务协议-即墨鑫源机械.docx", "青岛即墨鑫源食品机械有限公司", True, "2026年1月8日"),
             ("海沁-服务协议-胶州泰丰纺织.docx", "胶州泰丰针织服饰有限公司", True, "2025年11月20日"),
             ("协议2026-031.docx", "日照瑞禾家纺有限公司", False, "2026年4月2日")]
    files = []
    for fn, client, has, date in names:
        paras = [f"甲方：{CO}  乙方：{client}  签订日期：{date}",
                 "第一条 服务内容。甲方通过外综服平台为乙方提供出口报关、国际物流订舱、出口退税申报代办、结算及出口信用保险代办服务。",
                 "第二条 乙方义务。乙方保证所提供的合同、发票、装箱单、工厂信息及品牌授权真实、完整、有效，并对申报内容的真实性负责。",
                 "第三条 费用。服务费按每票报关单货值的千分之三收取，最低200元。",
                 "第四条 单证保管。甲方对双方往来单证保存五年。",
                 "第五条 保密。双方对在合作中获悉的商业信息负有保密义务。",
                 "第六条 违约责任。乙方提供虚假资料导致甲方受到损失的，应赔偿全部损失。",
                 "第七条 期限。本协议有效期一年，期满无异议自动续期。"]
        if has:
            paras.append(clause)
        paras.append("第九条 争议解决。提交青岛仲裁委员会仲裁。" if has else "第八条 争议解决。提交青岛仲裁委员会仲裁。")
        p = tmp / fn
        _docx(p, "外贸综合服务协议", paras)
        files.append(p)
    with zipfile.ZipFile(zpath, "w") as z:
        for p in files:
            z.write(p, f"客户协议/{p.name}")


EMAIL = """发件人: 李晓晨 <lixc@haiqin-ftsp.cn>
收件人: 张磊 <zhanglei@qdhaitong-log.com>
抄送: 孙涛 <sunt@haiqin-ftsp.cn>
日期: 2026年5月14日 星期四 10:12
主题: 回复: 5月以后拖车及装箱安全要求

张经理：

感谢回复。按我司平台服务规则第十章及贵我双方2026年度运输合作协议，请贵司车队自5月20日起执行以下要求：
1. 装箱前由司机和我司监装员共同检查集装箱七个部位，在《装箱检查单》上签字，有破损或异味的箱子退回堆场更换。
2. 封志统一使用我司采购的高保封（HQ开头编号），施封后拍照上传平台，箱号与封志号发给我司运营部核对。
3. 拖车须为贵司备案车辆，司机身份证与派车单一致；车辆全程开启GPS，工厂至前湾港途中不得停靠。
4. 如发现封志异常或货物被打开，立即停车报警并通知我司风险管理部孙涛（电话 0532-8xxxxx21）。

另：我司今年3月起才对大额订单派人监装，1—2月的订单没有监装记录，请贵司协助查找当时的装箱检查单（如有）。

李晓晨
关务部经理 青岛海沁外贸综合服务有限公司

-----原始邮件-----
发件人: 张磊 <zhanglei@qdhaitong-log.com>
日期: 2026年5月13日 16:40
主题: 5月以后拖车及装箱安全要求

李经理您好，贵司提到的七点检查和封志拍照我们都可以配合，司机已培训。1—2月的装箱检查单车队没有留存，抱歉。GPS轨迹我们保存180天，需要时可导出。

张磊  青岛海通国际物流有限公司 车队调度
"""

FLYER = """海沁外综服 · 夏季出口狂欢季
新客户首三票服务费全免！退税垫付最快3天到账！
水产加工设备、纺织服装出口一站式服务：报关、订舱、退税、结算、信保
咨询热线：400-6xx-8899   活动时间：2026年7月1日—8月31日
"""

PARKING = """园区停车通知
各位租户：因港城路园区地下车库防水施工，7月15日至8月5日B2层暂停使用，请将车辆停放至地面东侧临时车位。
不便之处，敬请谅解。
港城路科技园物业服务中心 2026年7月10日
"""


def _photo(path):
    from PIL import Image, ImageDraw, ImageFont
    rng = random.Random(NAME + "photo")
    img = Image.new("RGB", (1000, 700), (120, 130, 140))
    d = ImageDraw.Draw(img)
    # container doors
    d.rectangle([180, 120, 820, 640], fill=(30, 90, 150), outline=(20, 40, 60), width=6)
    d.line([500, 120, 500, 640], fill=(20, 40, 60), width=6)
    for x in (300, 380, 620, 700):
        d.line([x, 140, x, 620], fill=(200, 200, 200), width=5)
    for _ in range(600):
        x, y = rng.randrange(0, 1000), rng.randrange(0, 700)
        d.point((x, y), fill=(rng.randrange(80, 160),) * 3)
    f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 30, index=2)
    d.text((210, 150), "TGHU 8823416  45G1", fill=(255, 255, 255), font=f)
    d.rectangle([0, 0, 1000, 70], fill=(0, 0, 0))
    d.text((15, 15), "2026-04-16 14:32  即墨鑫源  监装: 孙涛  封志 HQ0412087", fill=(255, 230, 0), font=f)
    img.save(path, "JPEG", quality=60)


def build(out: pathlib.Path) -> None:
    import tempfile
    rng = random.Random(NAME)
    out = pathlib.Path(out)
    tmp = pathlib.Path(tempfile.mkdtemp(prefix=f"{NAME}-"))
    (out / "01制度").mkdir(parents=True)
    (out / "02客户管理").mkdir()
    (out / "2026资料").mkdir()
    (out / "新建文件夹").mkdir()
    _pdf(out / "01制度" / "平台服务规则汇编2025版.pdf")
    _xlsx(out / "02客户管理" / "客户准入复核台账_导出20260730.xlsx", rng)
    _orders(out / "2026资料" / "export_orders_20250801-20260728.csv", rng)
    _report(out / "2026资料" / "doc12.docx")
    (out / "2026资料" / "RE_拖车及装箱安全要求.txt").write_text(EMAIL, encoding="utf-8")
    _photo(out / "2026资料" / "IMG_20260416_143215.jpg")
    _agreements(out / "02客户管理" / "附件2.zip", tmp)
    (out / "新建文件夹" / "夏季促销单页.txt").write_text(FLYER, encoding="utf-8")
    (out / "新建文件夹" / "停车通知.txt").write_text(PARKING, encoding="utf-8")
    import shutil
    shutil.rmtree(tmp, ignore_errors=True)
