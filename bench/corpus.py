"""Synthetic raw articles for the benchmark: self-written sentence patterns filled with random places, firms,
sectors, people and sums, so that every article is distinct and no text comes from a real corpus.

Places are official names from the project's gazetteer (``generator/extract/data/divisions.tsv``); everything
else (firms, people, figures) is made up. Articles carry some of the noise the cleaner removes (a share bar, a
footer with the editor, a byline), so the benchmark exercises the whole per-article path.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

HEADLINES = [
    "{place}赴{dest}开展招商推介活动 签约项目{n}个",
    "{place}举办{sector}产业招商大会，{n}个项目集中签约",
    "{place}{month}月重大项目集中开工 总投资{amount}亿元",
    "{place}党政代表团赴{dest}考察对接{sector}企业",
    "总投资{amount}亿元！{company}{sector}项目落户{place}",
    "{place}：以{sector}为主攻方向 招商引资跑出加速度",
]
LEADS = [
    "{month}月{day}日，{place}在{dest}举办{sector}产业招商推介会，现场签约项目{n}个，总投资{amount}亿元。",
    "近日，{title}{person}率队赴{dest}开展招商活动，先后走访{company}等{n}家企业。",
    "{month}月{day}日上午，{place}重大项目集中签约仪式举行，{n}个项目总投资{amount}亿元，涵盖{sector}、{sector2}等领域。",
    "为进一步扩大有效投资，{month}月{day}日至{day2}日，{place}招商小分队赴{dest}对接洽谈。",
]
SENTENCES = [
    "推介会上，{place}相关负责人从区位交通、产业基础、要素保障等方面作了详细介绍。",
    "{title}{person}表示，{place}将坚持把招商引资作为经济工作的生命线，全力打造一流营商环境。",
    "此次签约的项目涉及{sector}、{sector2}等多个领域，项目达产后预计年产值可达{amount2}亿元。",
    "座谈中，双方围绕{sector}产业链上下游配套、技术研发合作等议题进行了深入交流。",
    "{company}负责人介绍，公司计划在{place}建设区域总部和生产基地，首期投资{amount3}亿元。",
    "今年以来，{place}累计引进亿元以上项目{n2}个，到位资金同比增长{percent}%。",
    "{place}围绕{sector}主导产业，绘制产业链招商图谱，实行链长负责制，推动延链补链强链。",
    "代表团一行还实地参观了{company}的智能生产车间，详细了解企业生产经营和投资意向。",
    "下一步，{place}将建立项目跟踪服务机制，推动签约项目早落地、早开工、早投产。",
    "据了解，{company}是一家专注于{sector}领域的高新技术企业，拥有发明专利{n3}项。",
    "{title}{person}强调，要强化项目全周期服务，做到企业有所呼、政府有所应。",
    "活动期间，{place}与{dest}的{n4}家商协会签订了战略合作协议，共建异地招商联络站。",
    "园区目前已入驻企业{n2}家，其中规模以上工业企业{n3}家，形成了较为完整的{sector}产业集群。",
    "会议指出，要聚焦{sector}、{sector2}两大板块，开展精准招商、以商招商和基金招商。",
    "项目建成后，可新增就业岗位{jobs}个，实现年税收{amount4}亿元，对带动当地产业升级具有重要意义。",
    "{company}董事长{person2}说，看中的正是{place}完善的配套条件和高效的政务服务。",
    "截至{month}月底，{place}新签约项目{n2}个，计划总投资{amount}亿元，新开工项目{n4}个。",
    "{place}还将举办{sector}产业发展论坛，邀请行业专家和龙头企业共话发展机遇。",
    "针对企业关心的用地、用能、融资等问题，{place}相关部门现场作了解答。",
    "与会企业家纷纷表示，将把握机遇，加大在{place}的投资力度，实现互利共赢。",
    "{place}持续深化“放管服”改革，推行项目审批“拿地即开工”，审批时限压缩{percent}%。",
    "本次活动由{place}商务局和{dest}{sector}行业协会联合主办，共有{n4}0余名客商参加。",
    "{place}出台支持{sector}产业发展的若干政策措施，对新引进的重大项目给予最高{amount3}千万元奖励。",
    "通过线上线下相结合的方式，{place}今年已举办专题招商活动{n4}场，洽谈项目{n2}个。",
]
CHROME = ["分享到：微信 微博 QQ空间", "【打印本页】【关闭窗口】", "扫一扫在手机打开当前页"]
FOOTERS = ["（记者 {reporter}）", "责任编辑：{reporter}", "来源：{place}融媒体中心",
           "（通讯员 {reporter} {reporter2}）"]
FIRM_HEADS = "华瑞中科恒泰鼎盛金诺博远天成宏达新锐易通海纳嘉禾万邦启航青云卓越润丰星辰凯旋德安"
FIRM_TAILS = ["科技有限公司", "集团股份有限公司", "新材料有限公司", "智能装备有限公司", "生物科技有限公司", "实业集团"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "建国志强海燕晓明红梅永刚丽华文博立新春生伟东静怡子豪雨桐俊杰秀英德明"
TITLES = ["市委书记", "县委书记", "区委副书记、区长", "市长", "副县长", "管委会主任", "商务局局长"]
SECTORS = ["生物医药", "新能源", "新材料", "集成电路", "高端装备制造", "数字经济", "新能源汽车零部件",
           "现代物流", "文化旅游", "绿色食品", "纺织服装", "电子信息", "节能环保", "现代农业"]


@dataclass
class Places:
    """(province, city, county) names from the gazetteer, to put real places into made-up stories."""

    counties: list[tuple[str, str, str]]

    @classmethod
    def load(cls) -> Places:
        table = resources.files("generator.extract.places").joinpath("data/divisions.tsv").read_text("utf-8")
        names = dict(line.split("\t") for line in table.splitlines() if line and not line.startswith("#"))
        counties = []
        for code, name in names.items():
            if not code.endswith("00"):
                province = names.get(code[:2] + "0000")
                city = names.get(code[:4] + "00", province)
                if province and city:
                    counties.append((province, city, name))
        return cls(counties)


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 2))))


def article(rng: random.Random, places: Places, number: int) -> str:
    """One raw article: a headline, a dated lead, three to five paragraphs, some page chrome and a footer."""
    province, city, county = rng.choice(places.counties)
    place = rng.choice((city, county, county))
    dest = rng.choice(places.counties)[1]
    sector, sector2 = rng.sample(SECTORS, 2)
    day = rng.randint(1, 25)
    slots = {
        "place": place, "dest": dest, "sector": sector, "sector2": sector2,
        "company": rng.choice(city[:2] + dest[:2]) + "".join(rng.sample(FIRM_HEADS, 2)) + rng.choice(FIRM_TAILS),
        "person": person(rng), "person2": person(rng), "reporter": person(rng), "reporter2": person(rng),
        "title": rng.choice(TITLES), "month": rng.randint(1, 12), "day": day, "day2": day + rng.randint(1, 3),
        "n": rng.randint(3, 60), "n2": rng.randint(10, 200), "n3": rng.randint(5, 90), "n4": rng.randint(2, 30),
        "amount": rng.randint(5, 900), "amount2": rng.randint(2, 120), "amount3": rng.randint(1, 50),
        "amount4": round(rng.uniform(0.2, 9.9), 1), "percent": round(rng.uniform(3, 60), 1),
        "jobs": rng.randint(50, 5000),
    }
    sentences = rng.sample(SENTENCES, rng.randint(10, 16))
    cuts = sorted(rng.sample(range(1, len(sentences)), rng.randint(2, 4)))
    paragraphs = ["".join(sentences[start:end]) for start, end in zip([0, *cuts], [*cuts, len(sentences)],
                                                                      strict=True)]
    lines = [rng.choice(HEADLINES).format(**slots), f"发布时间：{2018 + number % 8}-{slots['month']:02d}-{day:02d}"]
    if rng.random() < 0.5:
        lines.append(rng.choice(CHROME))
    lines += [rng.choice(LEADS).format(**slots), *(paragraph.format(**slots) for paragraph in paragraphs)]
    lines.append(rng.choice(FOOTERS).format(**slots))
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 2026, start: int = 0) -> list[Path]:
    """Write articles ``start`` … ``start + count - 1`` into ``folder`` (the same numbers give the same text)."""
    places = Places.load()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(start, start + count):
        path = folder / f"bench_{number:05d}.txt"
        path.write_text(article(random.Random(seed * 1_000_003 + number), places, number), encoding="utf-8")
        paths.append(path)
    return paths
