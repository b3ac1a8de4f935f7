"""Generated corpora for scale tests and the benchmark: many distinct articles made from the seeds' sentences."""

from __future__ import annotations

import random
import re
from pathlib import Path

from tests.sitebuild import REPO

SENTENCE = re.compile(r"[^。！？\n]+[。！？]")
PLACES = ["通化市", "长春经开区", "宿州经开区", "邹平经开区", "滨湖区", "绍兴市", "赣州市", "遵义市", "泉州市"]
DESTINATIONS = ["杭州", "深圳", "上海", "苏州", "广州", "成都", "青岛", "厦门"]
# Made-up companies, so organization pages have articles from many regions.
COMPANIES = ["华景新材料科技有限公司", "中拓智能装备股份有限公司", "远航生物医药有限公司", "青禾食品集团有限公司",
             "恒远新能源汽车有限公司", "启明半导体有限公司"]
YEARS = range(2016, 2025)


def seed_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted((REPO / "articles").glob("*.txt")):
        sentences += [s for s in SENTENCE.findall(path.read_text("utf-8")) if 15 <= len(s) <= 200]
    return sentences


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Write ``count`` distinct articles to ``folder``: a headline, a dated lead naming a company, and sentences
    drawn at random."""
    rng = random.Random(seed)
    sentences = seed_sentences()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        place, destination = rng.choice(PLACES), rng.choice(DESTINATIONS)
        projects, billions = rng.randint(2, 60), rng.randint(3, 300)
        headline = f"{place}赴{destination}招商签约{projects}个项目（第{number}期）"
        company = rng.choice(COMPANIES)
        lead = (f"{rng.choice(YEARS)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日，{place}招商团队赴{destination}"
                f"举办推介会，集中签约{projects}个项目，总投资{billions}亿元，{company}等企业参加签约。")
        body = rng.sample(sentences, k=min(12, len(sentences)))
        path = folder / f"generated_{number:05d}.txt"
        path.write_text("\n".join([headline, lead, *body]) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
