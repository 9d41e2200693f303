"""Records that show a policy is carried out: XLSX logs, statements, reports, screenshots.

Rows are generated from a seeded random generator per company and purpose, so they look lived-in
(names, plates, times, the odd correction) and come out the same on every build.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from .company import Company, id_number, plate, workdays
from .model import Doc, cn_date
from .templates import Roles, merge_ev

T = dt.time


# 管理要求 (1)–(9): the negative facts a no-violation statement covers, as the gold reasons name them
MANAGEMENT_NEGATIVES = ((1, "无责令改正逾期不改"), (2, "无提供虚假情况"), (3, "无逾期不履行退运销毁义务"), (4, "无明知风险不报"),
                        (5, "无拒绝拖延提供资料"), (6, "无转移篡改单证"), (7, "无拒不配合执法"), (8, "无未办保金保函手续"),
                        (9, "无行贿行为"))


def _dt(day: dt.date, hh: int, mm: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hh, mm)


def xlsx(co: Company, path: str, sheets: dict, day: dt.date, *, roles: Roles | None = None, frags=None,
         ev: dict | None = None, author: str = "", script: str = "simplified") -> Doc:
    return Doc(path, "xlsx", sheets=sheets, date=day, author=author or co.p("clerk1"),
               evidence=merge_ev(roles, frags or {}, ev), script=script)


# ---------------------------------------------------------------------------------------------
# Training

def signin_sheet(co: Company, day: dt.date, topic: str, lecturer: str, attendees: list[tuple[str, str, str]],
                 hour: int = 14, place: str = "三楼会议室") -> dict:
    rnd = co.rnd(f"signin|{day}")
    rows = []
    for i, (name, dept, title) in enumerate(attendees, 1):
        rows.append([i, name, dept, title, _dt(day, hour - 1, 40 + rnd.randint(0, 19)), name])
    return {"title": f"{topic} 培训签到表", "header": ["序号", "姓名", "部门", "职务", "签到时间", "本人签名"],
            "rows": rows,
            "footer": [f"培训日期：{cn_date(day)}　地点：{place}　讲师：{lecturer}　时长：2小时",
                       f"培训主题：{topic}"]}


def managers(co: Company, level: str = "advanced") -> list[tuple[str, str, str]]:
    return [(co.p("legal_rep"), "总经办", "董事长/法定代表人"),
            (co.p("customs_vp"), "总经办", "副总经理（分管关务）"),
            (co.p("security_vp"), "总经办", "副总经理（分管行政与安全）"),
            (co.p("customs_head"), "关务部", "关务经理")]


def staff_attendees(co: Company, salt: str, n: int, depts: list[str]) -> list[tuple[str, str, str]]:
    names = co.names(salt, n)
    return [(nm, depts[i % len(depts)], "专员" if i % 3 else "主管") for i, nm in enumerate(names)]


# ---------------------------------------------------------------------------------------------
# 单证复核、印章、认证专档、法检台账

def decl_no(co: Company, day: dt.date, i: int) -> str:
    port = co.extra.get("port", "2304")
    return f"{port}{day.year}{(int(co.customs_code[-4:]) * 1000 + i) % 10**10:010d}"


def review_log(co: Company, path: str, start: dt.date, end: dt.date, per_week: int, goods: list[str], *,
               roles: Roles | None = None, ev: dict | None = None, broker_clients: list[str] | None = None,
               title: str = "报关单复核记录") -> Doc:
    rnd = co.rnd(f"review|{path}")
    rows = []
    errors = []
    days = workdays(start, end)
    k = 0
    for day in days:
        if rnd.random() > per_week / 5:
            continue
        k += 1
        ie = rnd.choice(["出口", "出口", "进口"])
        g = rnd.choice(goods)
        maker, checker = co.p("clerk1"), co.p("clerk2")
        if rnd.random() < 0.3:
            maker, checker = checker, maker
        if rnd.random() < 0.5:
            checker = co.p("customs_head")
        err = rnd.random() < 0.07
        etype = rnd.choice(["申报要素缺漏", "毛重与箱单不符", "成交方式填报错误", "原产地填报错误"]) if err else ""
        row = [day, decl_no(co, day, k), ie]
        if broker_clients:
            row.append(rnd.choice(broker_clients))
        row += [g, maker, checker, "已更正" if err else "无误", etype]
        rows.append(row)
        if err:
            errors.append([day, decl_no(co, day, k), etype, "申报前复核发现", f"退回{maker}更正", checker])
    header = ["日期", "报关单号/预录入号", "进出口"] + (["委托单位"] if broker_clients else []) + \
             ["商品名称", "制单人", "复核人", "复核结果", "差错类型"]
    sheets = {"复核记录": {"title": f"{start.year}年{title}", "header": header, "rows": rows},
              "差错登记": {"title": "申报差错登记表", "header": ["日期", "单号", "差错类型", "发现环节", "处理", "复核人"],
                       "rows": errors}}
    return xlsx(co, path, sheets, end, roles=roles, ev=ev, frags={"log": title, "errors": "申报差错登记表"})


def stamp_ledger(co: Company, path: str, start: dt.date, end: dt.date, *, roles: Roles | None = None,
                 ev: dict | None = None) -> Doc:
    rnd = co.rnd("stamp")
    rows = []
    for day in workdays(start, end):
        if rnd.random() < 0.18:
            rows.append([day, rnd.choice(["报关委托书", "情况说明（删改单）", "代理报关委托协议", "海关查验记录签收", "加工贸易资料"]),
                         rnd.randint(1, 3), co.p("clerk1") if rnd.random() < 0.6 else co.p("clerk2"), co.p("customs_head")])
    sheets = {"使用登记": {"title": "报关专用章使用登记表", "header": ["日期", "用印文件", "份数", "经办人", "批准人"],
                       "rows": rows},
              "证书清单": {"title": "海关证书及法律文书保管清单",
                       "header": ["名称", "编号", "原件存放", "保管人"],
                       "rows": [["海关进出口货物收发货人备案回执", co.customs_code, "关务部档案柜A-01", co.p("customs_head")],
                                ["报关专用章", "备案印模", "关务部保险柜", co.p("customs_head")],
                                ["海关行政决定书（复印件存档）", "—", "关务部档案柜A-02", co.p("customs_head")]]}}
    return xlsx(co, path, sheets, end, roles=roles, ev=ev,
                frags={"ledger": "报关专用章使用登记表", "certs": "海关证书及法律文书保管清单"})


def aeo_index(co: Company, path: str, day: dt.date, entries: list[tuple[str, str, str]], *,
              roles: Roles | None = None, ev: dict | None = None) -> Doc:
    rows = [[i, a, b, c, day] for i, (a, b, c) in enumerate(entries, 1)]
    sheets = {"目录": {"title": "企业认证资料专档目录", "header": ["序号", "标准条目", "文件/记录名称", "存放位置", "更新日期"],
                     "rows": rows}}
    return xlsx(co, path, sheets, day, roles=roles, ev=ev, frags={"index": "企业认证资料专档目录"})


def inspection_ledger(co: Company, path: str, start: dt.date, end: dt.date, goods: list[tuple[str, str]], *,
                      roles: Roles | None = None, ev: dict | None = None, food: bool = False) -> Doc:
    rnd = co.rnd("inspection")
    rows = []
    for day in workdays(start, end):
        if rnd.random() < 0.08:
            g, hs = rnd.choice(goods)
            ok = rnd.random() > 0.06
            rows.append([day, decl_no(co, day, rnd.randint(1, 999)), g, hs, rnd.choice(["现场检验", "合格评定", "抽样送检"]),
                         "合格" if ok else "不合格", "放行" if ok else "退运（不合格品处置单）", co.p("quality")])
    header = ["日期", "报关单号", "商品名称", "商品编码", "检验方式", "检验结果", "处置", "记录人"]
    title = "进口食品检验监管台账" if food else "法检商品检验监管台账"
    return xlsx(co, path, {"台账": {"title": title, "header": header, "rows": rows}}, end, roles=roles, ev=ev,
                frags={"ledger": title, "disposal": "退运（不合格品处置单）"}, author=co.p("quality"))


def rectification(co: Company, path: str, items: list[tuple], day: dt.date, *, roles: Roles | None = None,
                  ev: dict | None = None) -> Doc:
    """items: (source, problem, action, owner, deadline, done_date|None, verifier)"""
    rows = [[i, *it[:5], it[5] or "", it[6], "已关闭" if it[5] else "整改中"] for i, it in enumerate(items, 1)]
    header = ["序号", "问题来源", "问题描述", "整改措施", "责任人", "整改期限", "完成日期", "验证人", "状态"]
    return xlsx(co, path, {"整改跟踪": {"title": "内审问题整改跟踪表", "header": header, "rows": rows}}, day,
                roles=roles, ev=ev, frags={"tracking": "内审问题整改跟踪表"}, author=co.p("audit"))


# ---------------------------------------------------------------------------------------------
# Premises and access

def patrol_log(co: Company, path: str, start: dt.date, end: dt.date, *, roles: Roles | None = None,
               ev: dict | None = None, areas: list[str] | None = None, issues: dict | None = None,
               sheet_by: str = "quarter") -> Doc:
    rnd = co.rnd(f"patrol|{path}")
    areas = areas or ["大门", "围墙周边", "仓库及装卸区", "集装箱停放区", "停车场"]
    guards = co.names("guards", 4)
    issues = issues or {}
    sheets: dict = {}
    day = start
    while day <= end:
        key = f"{day.year}年第{(day.month - 1) // 3 + 1}季度" if sheet_by == "quarter" else f"{day.year}年{day.month}月"
        sh = sheets.setdefault(key, {"title": f"安全巡查记录（{key}）",
                                     "header": ["日期", "时间", "巡查人", "巡查区域", "检查情况", "处理结果"], "rows": []})
        for hh in (22, 2):
            g = guards[(day.toordinal() + hh) % len(guards)]
            for area in areas:
                found = issues.get((day, area))
                sh["rows"].append([day, f"{hh:02d}:{rnd.randint(0, 25):02d}", g, area,
                                   found[0] if found else "正常", found[1] if found else ""])
        day += dt.timedelta(days=rnd.choice((1, 1, 2)) if sheet_by == "quarter" else 1)
    return xlsx(co, path, sheets, end, roles=roles, ev=ev, frags={"log": "安全巡查记录"}, author=co.p("admin"))


def key_ledger(co: Company, path: str, start: dt.date, end: dt.date, keys: list[str], *,
               roles: Roles | None = None, ev: dict | None = None) -> Doc:
    rnd = co.rnd("keys")
    staff = co.names("keyholders", 8)
    rows = []
    for day in workdays(start, end):
        if rnd.random() < 0.25:
            k = rnd.choice(keys)
            who = rnd.choice(staff)
            rows.append([day, k, who, _dt(day, 8, rnd.randint(0, 50)), _dt(day, 17, rnd.randint(5, 55)), co.guard + "值班员"])
    sheets = {"领用登记": {"title": "钥匙领用登记表", "header": ["日期", "钥匙编号/名称", "领用人", "领用时间", "归还时间", "发放人"],
                       "rows": rows},
              "钥匙清单": {"title": "钥匙编号清单", "header": ["编号", "门/锁位置", "数量", "保管"],
                       "rows": [[f"K{i:02d}", k.split(" ", 1)[-1], 2, "行政部钥匙柜"] for i, k in enumerate(keys, 1)]}}
    return xlsx(co, path, sheets, end, roles=roles, ev=ev, frags={"ledger": "钥匙领用登记表"}, author=co.p("admin"))


def cctv_list(co: Company, path: str, day: dt.date, points: list[tuple[str, str]], days: int, *,
              roles: Roles | None = None, ev: dict | None = None) -> Doc:
    rows = [[f"C{i:02d}", loc, cover, "红外枪机" if i % 3 else "球机", days, "正常"] for i, (loc, cover) in enumerate(points, 1)]
    sheets = {"点位": {"title": "视频监控点位表", "header": ["编号", "安装位置", "监控区域", "类型", "录像保存(天)", "状态"],
                     "rows": rows}}
    return xlsx(co, path, sheets, day, roles=roles, ev=ev, frags={"list": "视频监控点位表"}, author=co.p("admin"))


def visitor_log(co: Company, path: str, start: dt.date, end: dt.date, *, roles: Roles | None = None,
                ev: dict | None = None, check_id: bool = True, per_day: float = 1.2, plate_prefix: str = "苏D",
                units: list[str] | None = None, by_month: bool = True) -> Doc:
    rnd = co.rnd(f"visitors|{path}")
    units = units or ["上海宏运物流有限公司", "常州市消防器材检测站", "德国客户（审厂）", "中国银行武进支行", "江苏联测检测技术有限公司",
                      "常州顺达报关有限公司", "无锡精工刀具有限公司", "供电公司", "应聘人员"]
    hosts = [co.p("customs_head"), co.p("warehouse"), co.p("hr"), co.p("finance"), co.p("quality"), co.p("logistics")]
    sheets: dict = {}
    badge = 0
    for day in workdays(start, end):
        n = int(per_day) + (1 if rnd.random() < per_day % 1 else 0)
        for _ in range(n):
            key = f"{day.year}年{day.month}月" if by_month else f"{day.year}年"
            sh = sheets.setdefault(key, {"title": f"{co.visitor}登记表（{key}）", "rows": []})
            name = co.names(f"v{day}{badge}", 1)[0]
            badge = badge % 30 + 1
            host = rnd.choice(hosts)
            into = _dt(day, rnd.randint(8, 15), rnd.randint(0, 59))
            out = into + dt.timedelta(minutes=rnd.randint(20, 180))
            car = plate(rnd, plate_prefix) if rnd.random() < 0.45 else ""
            if check_id:
                sh["rows"].append([day, name, rnd.choice(units), "身份证", id_number(rnd), rnd.choice(["业务洽谈", "审厂", "送样", "设备维修", "面试", "提货"]),
                                   host, host if rnd.random() < 0.7 else co.p("admin"), f"访{badge:03d}", car,
                                   into.strftime("%H:%M"), out.strftime("%H:%M"), co.guard])
            else:
                sh["rows"].append([day, name, rnd.choice(units), rnd.choice(["业务洽谈", "送样", "设备维修", "面试"]), host,
                                   car, into.strftime("%H:%M"), out.strftime("%H:%M")])
    header = (["日期", "姓名", "单位", "证件类型", "证件号码", "来访事由", "被访人", "陪同人", "访客证号", "车牌号", "进入时间",
               "离开时间", "登记人"] if check_id else ["日期", "姓名", "单位", "事由", "被访人", "车牌号", "进入时间", "离开时间"])
    for sh in sheets.values():
        sh["header"] = header
    return xlsx(co, path, sheets, end, roles=roles, ev=ev,
                frags={"log": f"{co.visitor}登记表", "id": "身份证", "badge": "访客证号", "escort": "陪同人"},
                author=co.p("admin"))


def vehicle_log(co: Company, path: str, start: dt.date, end: dt.date, *, roles: Roles | None = None,
                ev: dict | None = None, plate_prefix: str = "苏D", check: bool = True) -> Doc:
    rnd = co.rnd(f"vehicles|{path}")
    fleets = co.extra.get("fleets", ["常州顺通物流", "上海宏运物流", "武进恒达货运"])
    rows = []
    for day in workdays(start, end):
        for _ in range(rnd.randint(1, 3)):
            into = _dt(day, rnd.randint(7, 16), rnd.randint(0, 59))
            driver = co.names(f"d{day}{into}", 1)[0]
            row = [day, plate(rnd, rnd.choice([plate_prefix, "沪", "苏E"]) if len(plate_prefix) > 1 else plate_prefix),
                   rnd.choice(fleets), driver, id_number(rnd), rnd.choice(["送货（进口料件）", "提货（出口装柜）", "提货（出口装柜）", "空车进厂"]),
                   into.strftime("%H:%M"), (into + dt.timedelta(minutes=rnd.randint(40, 200))).strftime("%H:%M")]
            if check:
                row += ["驾驶室/车厢底部/油箱/备胎箱 正常", "一致", co.guard]
            rows.append(row)
    header = ["日期", "车牌号", "车队/单位", "司机", "身份证号", "事由", "进厂时间", "出厂时间"] + \
             (["车辆检查情况", "司机身份核验", "检查人"] if check else [])
    sheets = {f"{start.year}": {"title": "运输车辆进出及安全检查记录", "header": header, "rows": rows}}
    return xlsx(co, path, sheets, end, roles=roles, ev=ev,
                frags={"log": "运输车辆进出及安全检查记录", "check": "驾驶室/车厢底部/油箱/备胎箱 正常", "driver": "司机身份核验"},
                author=co.p("admin"))


def badge_log(co: Company, path: str, start: dt.date, end: dt.date, *, roles: Roles | None = None,
              ev: dict | None = None) -> Doc:
    rnd = co.rnd("badges")
    rows = []
    for i, nm in enumerate(co.names("newhires", 14)):
        day = start + dt.timedelta(days=rnd.randint(0, (end - start).days))
        rows.append([day, nm, rnd.choice(["生产部", "仓储物流部", "质量部", "关务部", "财务部"]), f"E{2600 + i:04d}", "发放",
                     rnd.choice(["普通区域", "普通区域", "仓库", "生产车间"]), co.p("hr")])
    for i, nm in enumerate(co.names("leavers", 6)):
        day = start + dt.timedelta(days=rnd.randint(0, (end - start).days))
        rows.append([day, nm, rnd.choice(["生产部", "仓储物流部", "销售部"]), f"E{2300 + i:04d}", "回收注销", "—", co.p("hr")])
    rows.sort(key=lambda r: r[0])
    sheets = {"登记": {"title": "员工工牌及门禁权限发放回收登记表",
                     "header": ["日期", "姓名", "部门", "工牌号", "操作", "门禁权限", "经办人"], "rows": rows}}
    return xlsx(co, path, sheets, end, roles=roles, ev=ev, frags={"log": "员工工牌及门禁权限发放回收登记表", "revoke": "回收注销"},
                author=co.p("hr"))


# ---------------------------------------------------------------------------------------------
# People

def roster(co: Company, path: str, as_of: dt.date, n: int = 40, *, roles: Roles | None = None, ev: dict | None = None,
           leavers: int = 4) -> Doc:
    rnd = co.rnd("roster")
    depts = ["关务部", "财务部", "仓储物流部", "生产部", "质量部", "行政部", "人事部", "信息部", "销售部", "采购部"]
    rows = []
    core = [(co.p(r), d, t) for r, d, t in (("legal_rep", "总经办", "董事长"), ("customs_vp", "总经办", "副总经理"),
                                            ("security_vp", "总经办", "副总经理"), ("customs_head", "关务部", "经理"),
                                            ("clerk1", "关务部", "关务专员"), ("clerk2", "关务部", "关务专员"),
                                            ("finance", "财务部", "经理"), ("warehouse", "仓储物流部", "经理"),
                                            ("admin", "行政部", "主管"), ("hr", "人事部", "经理"), ("it", "信息部", "主管"),
                                            ("audit", "审计部", "审计专员"))]
    others = [(nm, depts[i % len(depts)], "员工") for i, nm in enumerate(co.names("roster", n - len(core)))]
    for i, (nm, dept, title) in enumerate(core + others, 1):
        hired = dt.date(rnd.randint(2008, 2026), rnd.randint(1, 12), rnd.randint(1, 28))
        if hired > as_of:
            hired = dt.date(2025, rnd.randint(1, 12), 1)
        rows.append([f"{co.prefix}{i:04d}", nm, dept, title, hired, "在职", ""])
    for j in range(leavers):
        r = rows[-1 - j * 3]
        r[5] = "离职"
        r[6] = as_of - dt.timedelta(days=rnd.randint(10, 200))
    sheets = {"花名册": {"title": f"员工花名册（更新至{cn_date(as_of)}）",
                      "header": ["工号", "姓名", "部门", "岗位", "入职日期", "状态", "离职日期"], "rows": rows}}
    return xlsx(co, path, sheets, as_of, roles=roles, ev=ev, frags={"roster": f"员工花名册（更新至{cn_date(as_of)}）"},
                author=co.p("hr"))


def background_checks(co: Company, path: str, start: dt.date, end: dt.date, n: int = 10, *,
                      roles: Roles | None = None, ev: dict | None = None) -> Doc:
    rnd = co.rnd("background")
    rows = []
    for nm in co.names("newhires", n):
        day = start + dt.timedelta(days=rnd.randint(0, (end - start).days))
        rows.append([day, nm, rnd.choice(["关务专员", "仓管员", "叉车司机", "监装员", "会计", "门卫"]), "已核验（公安网络核查）",
                     rnd.choice(["电话回访前雇主，情况属实", "离职证明已核对", "应届毕业生，学信网核验"]),
                     "已提供无犯罪记录证明", co.p("hr")])
    rows.sort(key=lambda r: r[0])
    sheets = {"背景调查": {"title": "员工背景调查表（汇总）",
                       "header": ["日期", "姓名", "拟聘岗位", "身份核实", "工作经历核实", "违法犯罪记录调查", "调查人"], "rows": rows}}
    return xlsx(co, path, sheets, end, roles=roles, ev=ev,
                frags={"log": "员工背景调查表", "crime": "已提供无犯罪记录证明", "identity": "已核验（公安网络核查）"},
                author=co.p("hr"))


def exit_checklist(co: Company, path: str, start: dt.date, end: dt.date, n: int = 6, *,
                   roles: Roles | None = None, ev: dict | None = None) -> Doc:
    rnd = co.rnd("exits")
    rows = []
    for nm in co.names("leavers", n):
        day = start + dt.timedelta(days=rnd.randint(0, (end - start).days))
        rows.append([day, nm, rnd.choice(["生产部", "仓储物流部", "销售部", "关务部"]), "已交回", "已交回", "已交回/无",
                     f"{day.isoformat()} 已停用", "已注销", co.p("hr")])
    rows.sort(key=lambda r: r[0])
    sheets = {"离职交接": {"title": "离职交接清单（汇总）",
                       "header": ["离职日期", "姓名", "部门", "工牌", "门禁卡/钥匙", "电脑及设备", "系统账号", "门禁权限", "经办人"],
                       "rows": rows}}
    return xlsx(co, path, sheets, end, roles=roles, ev=ev, frags={"log": "离职交接清单", "account": "已停用"},
                author=co.p("hr"))


# ---------------------------------------------------------------------------------------------
# Partners, cargo, containers

def partner_list(co: Company, path: str, day: dt.date, partners: list[tuple[str, str, str, str, str]], *,
                 roles: Roles | None = None, ev: dict | None = None) -> Doc:
    """partners: (name, type, credit, last review, result)"""
    rows = [[i, *p] for i, p in enumerate(partners, 1)]
    sheets = {"名录": {"title": "合格商业伙伴名录及年度复评", "header": ["序号", "名称", "类别", "海关信用等级", "最近评估/复评日期", "结论"],
                     "rows": rows}}
    return xlsx(co, path, sheets, day, roles=roles, ev=ev, frags={"list": "合格商业伙伴名录及年度复评"})


def loading_log(co: Company, path: str, start: dt.date, end: dt.date, *, roles: Roles | None = None,
                ev: dict | None = None, supervisor: str | None = None, with_seven: bool = True, prefix: str = "") -> Doc:
    rnd = co.rnd(f"loading|{path}")
    supervisor = supervisor or co.p("warehouse")
    seal_no = rnd.randint(1000000, 1500000)
    loads, seven, seals = [], [], []
    for day in workdays(start, end):
        if rnd.random() < 0.35:
            box = f"{rnd.choice(['TGHU', 'MSKU', 'CSNU', 'OOLU', 'TCNU', 'SEGU'])}{rnd.randint(1000000, 9999999)}"
            seal_no += 1
            seal = f"{prefix or co.prefix}{seal_no}"
            t0 = _dt(day, rnd.randint(8, 15), rnd.choice((0, 10, 20, 30, 40, 50)))
            loads.append([day, box, rnd.choice(["40HQ", "40HQ", "20GP"]), f"SO{day:%y%m}{rnd.randint(100, 999)}",
                          rnd.randint(12, 40), t0.strftime("%H:%M"), (t0 + dt.timedelta(minutes=rnd.randint(60, 150))).strftime("%H:%M"),
                          seal, supervisor, "照片已存档"])
            seven.append([day, box, "√", "√", "√", "√", "√", "√", "√", "合格", supervisor])
            seals.append([day, seal, "领用施封", box, supervisor, co.p("admin")])
    sheets = {"出口监装记录": {"title": "出口监装记录", "header": ["日期", "柜号", "箱型", "订单号", "件数(托)", "开始", "结束", f"{co.seal}号",
                                                      "监装人", "照片"], "rows": loads}}
    if with_seven:
        sheets["7点检查"] = {"title": "集装箱7点检查记录表",
                           "header": ["日期", "柜号", "前壁", "左侧", "右侧", "地板", "顶部", "内/外门", "外部/起落架", "结论", "检查人"],
                           "rows": seven}
    return xlsx(co, path, sheets, end, roles=roles, ev=ev,
                frags={"loading": "出口监装记录", "seven": "集装箱7点检查记录表", "supervisor": supervisor},
                author=co.p("warehouse"))


def seal_ledger(co: Company, path: str, start: dt.date, end: dt.date, *, roles: Roles | None = None,
                ev: dict | None = None, batch: str = "") -> Doc:
    rnd = co.rnd(f"seals|{path}")
    s = co.seal
    rows = [[start, "采购入库", f"{co.prefix}1000001—{co.prefix}1000500", 500, "ISO 17712 H级，供应商：宁波安封科技", co.p("admin")]]
    no = 1000000
    for day in workdays(start, end):
        if rnd.random() < 0.3:
            no += 1
            rows.append([day, "领用施封", f"{co.prefix}{no}", 1, "柜号见出口监装记录", co.p("warehouse")])
        if rnd.random() < 0.01:
            no += 1
            rows.append([day, "作废", f"{co.prefix}{no}", 1, "施封时锁杆弯曲，已剪断交回销毁", co.p("admin")])
    sheets = {"台账": {"title": f"{s}台账", "header": ["日期", "类型", f"{s}编号", "数量", "说明", "经办人"], "rows": rows}}
    return xlsx(co, path, sheets, end, roles=roles, ev=ev, frags={"ledger": f"{s}台账", "iso": "ISO 17712 H级"},
                author=co.p("admin"))


# ---------------------------------------------------------------------------------------------
# Statements, letters and reports

def no_violation_statement(co: Company, path: str, day: dt.date, *, roles: Roles | None = None,
                           ev: dict | None = None, fmt: str = "docx", penalties: str = "",
                           extra: list[str] | None = None) -> Doc:
    blocks = [("title", "守法经营及无违法违规承诺书"),
              ("p", f"{co.customs}："),
              ("p", f"我公司{co.name}（海关编码{co.customs_code}，统一社会信用代码{co.credit_code}）郑重承诺："),
              ("list", [
                  "近两年在海关的注册登记及备案信息与实际情况一致，变更事项均已按规定办理变更手续；",
                  penalties or "近一年内未因违反海关监管规定、进出境动植物检疫、国境卫生检疫或进出口商品检验法律法规受到行政处罚；",
                  "认证期间不存在超过法定期限未缴纳税款、滞纳金及罚没款项的情形；",
                  "近两年不存在海关责令限期改正而逾期不改正、向海关提供虚假情况或隐瞒事实、拒绝或拖延提供账簿单证资料、转移隐匿篡改毁弃单证资料、拒不配合海关执法、未按要求办理保证金保函手续、向海关工作人员行贿等情形；",
                  "近两年未发生海关要求承担技术处理、退运、销毁义务而逾期不履行的情形，未发生明知产品存在风险而不报告或瞒报、漏报的情形；",
                  "企业及法定代表人、主要负责人、财务负责人、关务负责人近两年未被列入国家失信联合惩戒名单，未被海关列入信用信息异常企业名录。",
              ] + list(extra or [])),
              ("p", "如有不实，我公司愿承担相应法律责任。"),
              ("seal", co.name),
              ("sign", [f"法定代表人（签字）：{co.p('legal_rep')}", co.name, cn_date(day)])]
    frags = {"registration": "在海关的注册登记及备案信息与实际情况一致",
             "penalty": "未因违反海关监管规定",
             "tax": "不存在超过法定期限未缴纳税款",
             "conduct": "拒不配合海关执法",
             "bribe": "向海关工作人员行贿",
             "bond": "未按要求办理保证金保函手续",
             "false_info": "向海关提供虚假情况或隐瞒事实",
             "books": "拒绝或拖延提供账簿单证资料",
             "docs": "转移隐匿篡改毁弃单证资料",
             "correction": "海关责令限期改正而逾期不改正",
             "disposal": "承担技术处理、退运、销毁义务而逾期不履行",
             "risk": "明知产品存在风险而不报告",
             "blacklist": "未被列入国家失信联合惩戒名单",
             "abnormal": "未被海关列入信用信息异常企业名录"}
    return Doc(path, fmt, blocks, date=day, author=co.p("customs_head"), header="",
               evidence=merge_ev(roles, frags, ev))


def no_crime_declaration(co: Company, path: str, day: dt.date, people: list[tuple[str, str]], *,
                         roles: Roles | None = None, ev: dict | None = None, fmt: str = "scan", seed: int = 1,
                         years: int = 2) -> Doc:
    blocks = [("title", "无犯罪记录声明")]
    for name, role in people:
        blocks += [("p", f"本人{name}，现任{co.name}{role}，郑重声明：本人近{years}年内未因故意犯罪受过刑事处罚，"
                         f"未被列入失信被执行人名单。如有虚假，本人愿承担一切法律责任。"),
                   ("signature", f"声明人（{role}）"),
                   ("sign", [cn_date(day)])]
    blocks.append(("seal", co.name))
    frags = {"declaration": f"近{years}年内未因故意犯罪受过刑事处罚"}
    return Doc(path, fmt, blocks, date=day, evidence=merge_ev(roles, frags, ev), seed=seed)


def screenshot(path: str, spec: dict, *, ev: dict | None = None, day: dt.date | None = None,
               script: str = "simplified") -> Doc:
    return Doc(path, "screenshot", [("screen", spec)], date=day, evidence=dict(ev or {}), script=script)


def cpa_report(co: Company, path: str, fin: dict, *, firm: str, opinion: str = "无保留意见",
               roles: Roles | None = None, ev: dict | None = None, fmt: str = "pdf", basis: str = "") -> Doc:
    """The auditor's report with the balance sheet and income statement summary (yuan)."""
    year = int(fin["年度"])
    day = dt.date(year + 1, 3, 20)
    fmt_n = lambda k: f"{float(fin[k]):,.2f}"  # noqa: E731
    opinion_text = {
        "无保留意见": f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了{co.name}{year}年12月31日的财务状况以及{year}年度的经营成果和现金流量。",
        "保留意见": f"我们认为，除“形成保留意见的基础”部分所述事项可能产生的影响外，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了{co.name}{year}年12月31日的财务状况以及{year}年度的经营成果和现金流量。",
    }[opinion]
    blocks = [("title", "审计报告"),
              ("p", f"{firm[:2]}会审字〔{year + 1}〕第{sum(map(ord, co.key)) % 900 + 100}号"),
              ("p", f"{co.name}全体股东："),
              ("h", f"一、{opinion}"),
              ("p", f"我们审计了{co.name}（以下简称贵公司）财务报表，包括{year}年12月31日的资产负债表，{year}年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注。"),
              ("p", opinion_text)]
    if opinion == "保留意见":
        blocks += [("h", "二、形成保留意见的基础"),
                   ("p", basis or f"贵公司{year}年12月31日存货账面价值中有约8%的寄存于第三方仓库，我们未能实施监盘，也无法实施替代程序获取充分、适当的审计证据。")]
    blocks += [("h", "财务报表摘要（单位：元）"),
               ("table", [["项目", f"{year}年12月31日/{year}年度"],
                          ["资产总额", fmt_n("资产总额")], ["负债总额", fmt_n("负债总额")],
                          ["流动资产", fmt_n("流动资产")], ["其中：存货", fmt_n("存货")],
                          ["流动负债", fmt_n("流动负债")], ["营业收入", fmt_n("营业收入")],
                          ["营业利润", fmt_n("营业利润")], ["净利润", fmt_n("净利润")],
                          ["年初所有者权益", fmt_n("年初所有者权益")], ["年末所有者权益", fmt_n("年末所有者权益")],
                          ["经营活动产生的现金流量净额", fmt_n("经营活动现金流量净额")]]),
               ("sign", [firm, "中国注册会计师：" + co.extra.get("cpa", "蒋文博、林思雨"), cn_date(day)])]
    frags = {"opinion": opinion_text[:30], "report": "审计报告", "figures": fmt_n("资产总额")}
    return Doc(path, fmt, blocks, date=day, author=firm, evidence=merge_ev(roles, frags, ev))


def ratio_sheet(co: Company, path: str, fins: list[dict], *, roles: Roles | None = None, ev: dict | None = None) -> Doc:
    rows = []
    for f in fins:
        v = {k: float(x) for k, x in f.items() if k not in ("年度", "审计意见")}
        rows.append([f["年度"], round(v["营业利润"] / v["营业收入"] * 100, 2),
                     round(v["净利润"] / ((v["年初所有者权益"] + v["年末所有者权益"]) / 2) * 100, 2),
                     round((v["流动资产"] - v["存货"]) / v["流动负债"], 2),
                     round(v["经营活动现金流量净额"] / v["流动负债"], 2),
                     round(v["负债总额"] / v["资产总额"] * 100, 2)])
    sheets = {"指标": {"title": "主要财务指标计算表", "header": ["年度", "营业利润率(%)", "净资产收益率(%)", "速动比率", "现金流动负债比率",
                                                       "资产负债率(%)"], "rows": rows}}
    return xlsx(co, path, sheets, dt.date(int(fins[-1]["年度"]) + 1, 4, 1), roles=roles, ev=ev,
                frags={"ratios": "主要财务指标计算表"}, author=co.p("finance"))


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\ufeff" + buf.getvalue(), encoding="utf-8")


def letter(co: Company, path: str, day: dt.date, title: str, to: str, paras: list[str], signer: str, *,
           roles: Roles | None = None, frags: dict | None = None, ev: dict | None = None, fmt: str = "docx",
           script: str = "simplified", seal: str | None = None, table: list | None = None) -> Doc:
    blocks = [("title", title), ("p", f"{to}：")] + [("p", p) for p in paras]
    if table:
        blocks.append(("table", table))
    if seal:
        blocks.append(("seal", seal))
    blocks.append(("sign", [signer, cn_date(day)]))
    return Doc(path, fmt, blocks, date=day, evidence=merge_ev(roles, frags or {}, ev), script=script)
