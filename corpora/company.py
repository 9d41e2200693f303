"""A company in a bundle: names, people and the house vocabulary its documents use."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from .model import cn_date

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = ("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 建华 晓东 志强 海燕 红梅 建国 文静 "
         "晓燕 国庆 宇 浩 鹏 俊杰 欣怡 子涵 雨桐 佳怡 思远 嘉豪 梓萱 明轩 晨阳 家豪 春梅 玉兰 立军 海波 小龙 "
         "建平 永刚 凤英 丽娟 志刚 金凤 德华 海涛 新民 卫东").split()


@dataclass
class Company:
    key: str                 # short ascii key, seeds the record generators
    name: str                # 常州恒泰精密机械有限公司
    short: str               # 恒泰精密
    prefix: str              # document-number prefix, HT
    address: str
    customs: str             # 主管海关
    customs_code: str        # 海关注册编码 (10 digits)
    credit_code: str         # 统一社会信用代码
    people: dict[str, str]   # role -> name: legal_rep, customs_vp, customs_head, security_vp, hr, it, finance, audit, warehouse, admin, quality, logistics, clerk1, clerk2
    visitor: str = "来访人员"  # 来访人员 | 外来人员 | 访客
    guard: str = "门卫"        # 门卫 | 保安
    seal: str = "施封锁"       # 施封锁 | 铅封 | 封条
    security: str = "供应链安全"  # 供应链安全 | 反恐
    erp: str = "ERP系统"
    customs_sys: str = "关务管理系统"
    business: str = ""       # one line on what the company does
    founded: str = ""
    staff: int = 200
    extra: dict = field(default_factory=dict)

    def p(self, role: str) -> str:
        return self.people[role]

    def rnd(self, salt: str) -> random.Random:
        return random.Random(f"{self.key}|{salt}")

    def names(self, salt: str, n: int, exclude: set[str] | None = None) -> list[str]:
        rnd = self.rnd("names|" + salt)
        out: list[str] = []
        used = set(exclude or ()) | set(self.people.values())
        while len(out) < n:
            nm = rnd.choice(SURNAMES) + rnd.choice(GIVEN)
            if nm not in used:
                used.add(nm)
                out.append(nm)
        return out

    def header(self) -> str:
        return self.name

    def footer(self, code: str) -> str:
        return f"{code}　受控文件　未经批准不得复制"

    def meta(self, code: str, version: str, effective: dt.date, drafter: str, reviewer: str, approver: str):
        return ("meta", [("文件编号", code), ("版本", version), ("生效日期", cn_date(effective)),
                         ("编制", drafter), ("审核", reviewer), ("批准", approver)])


def id_number(rnd: random.Random, masked: bool = True) -> str:
    """A made-up 18-character ID number, masked as visitor logs usually write it."""
    area = rnd.choice(["320412", "320483", "330206", "330782", "350205", "440305", "510107", "370202", "410105"])
    born = f"{rnd.randint(1965, 2001)}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}"
    tail = f"{rnd.randint(0, 999):03d}{rnd.choice('0123456789X')}"
    full = area + born + tail
    return full[:6] + "********" + full[-4:] if masked else full


def plate(rnd: random.Random, prefix: str) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return f"{prefix}{rnd.choice(letters)}{rnd.randint(10000, 99999)}" if rnd.random() < 0.7 else \
        f"{prefix}{rnd.choice(letters)}{rnd.choice(letters)}{rnd.randint(1000, 9999)}"


def workdays(start: dt.date, end: dt.date) -> list[dt.date]:
    out = []
    day = start
    while day <= end:
        if day.weekday() < 5:
            out.append(day)
        day += dt.timedelta(days=1)
    return out
