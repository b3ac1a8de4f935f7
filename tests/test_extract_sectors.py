"""Sectors: canonical names from the taxonomy data file, ranked by prominence, not triggered by incidental words."""

from __future__ import annotations

import re

from generator.extract.sectors import TAXONOMY, rank_sectors, sector_evidence, sector_slugs

CHANGCHUN = ("谢志敏与集团董事长仇建平座谈交流，详细介绍经开区经济社会发展情况、综保区开放发展进程及汽车零部件、"
             "光电信息、生物医药等特色产业优势。")
SIGNING_ROUND = "本次集中签约的52个项目，覆盖稀土永磁、生物医药、有色金属深加工、新能源汽车、精细化工等产业。"


def test_synonyms_map_to_canonical_sectors() -> None:
    assert set(rank_sectors(CHANGCHUN)) == {"新能源汽车及零部件", "电子信息", "生物医药"}


def test_the_longest_term_wins_so_new_energy_vehicles_are_not_new_energy() -> None:
    sectors = rank_sectors(SIGNING_ROUND)
    assert "新能源汽车及零部件" in sectors and "新能源" not in sectors
    assert {"新材料", "有色金属", "生物医药", "化工"} <= set(sectors)
    assert "数字经济" in rank_sectors("重点发展新能源、节能环保、电子商务等产业。")
    assert "电子信息" not in rank_sectors("重点发展电子商务产业。")


def test_incidental_words_do_not_make_a_sector() -> None:
    text = ("各乡镇和区直部门负责人参加了会议。要求持续强化工作责任落实。"
            "新建了教育文化等公共设施，保护好历代文物古迹。引导银行用金融服务支持实体经济。")
    assert rank_sectors(text) == []


def test_a_weak_word_counts_in_an_industry_phrase_or_a_list() -> None:
    assert rank_sectors("当地大力发展汽车产业。") == ["新能源汽车及零部件"]
    assert rank_sectors("项目涉及光伏、汽车、医药。")[:1] == ["新能源"]
    assert rank_sectors("他乘坐汽车前往会场。") == []


def test_the_title_and_lead_weigh_more_than_the_body() -> None:
    text = "光伏产业集中签约\n\n一季度签约项目5个。\n\n医药企业参观。医药项目落地。"
    assert rank_sectors(text) == ["新能源", "生物医药"]  # title 3 beats two body mentions
    body_only = "一季度签约医药项目5个。\n\n光伏企业参观。"
    assert rank_sectors(body_only) == ["生物医药", "新能源"]  # lead 2 beats body 1


def test_every_sector_has_an_ascii_url_slug() -> None:
    slugs = sector_slugs()
    assert slugs["生物医药"] == "biomedicine"
    assert len(slugs) == len(TAXONOMY["sectors"]) == len(set(slugs.values()))
    assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", slug) for slug in slugs.values())


def test_the_issue_canonical_sectors_are_in_the_taxonomy() -> None:
    required = {"生物医药", "新能源", "新能源汽车及零部件", "电子信息", "集成电路", "新材料", "高端装备", "数字经济",
                "文旅", "食品", "纺织服装", "现代服务业", "节能环保", "化工", "城市更新"}
    assert required <= set(sector_slugs())


def test_every_sector_keeps_the_clause_it_was_found_in() -> None:
    text = "某某县签约光伏项目\n\n3月5日，某某县举行签约仪式，项目涵盖储能、生物医药等产业，总投资20亿元。"
    found = rank_sectors(text)
    assert found == ["新能源", "生物医药"]
    assert sector_evidence(text, found) == {"新能源": "某某县签约光伏项目", "生物医药": "项目涵盖储能、生物医药等产业"}


def test_words_that_only_look_like_sectors() -> None:
    assert rank_sectors("某某镇建成以滨河生态文化公园为核心的休闲带。") == []
    assert rank_sectors("来自各地的300多人参会，共商合作。") == []
    assert rank_sectors("项目建成后年产5GW光伏组件。") == ["新能源"]


def test_a_clause_that_rules_industries_out_names_none_of_the_storys() -> None:
    text = "该县严禁引进高耗能化工项目，限制小水泥、普通房地产开发项目，重点引进光伏和锂电池项目。"
    assert rank_sectors(text) == ["新能源"]
    # Only the clause is left out: the same industries named elsewhere still count.
    assert set(rank_sectors(text + "园区已落户两家化工企业。")) == {"新能源", "化工"}


def test_an_association_or_chamber_is_not_an_industry_of_the_story() -> None:
    text = "出席推介会的有省物流与采购联合会、市半导体行业协会和温州商会的负责人，现场签约医疗器械项目3个。"
    assert rank_sectors(text) == ["生物医药"]


def test_the_text_of_a_link_to_another_story_is_not_read_for_sectors() -> None:
    text = "市长带队赴深圳招商，签约新能源项目5个。\n\n[[推荐]某县纺织服装产业园开园](https://news.example.cn/a/1.html)"
    assert rank_sectors(text) == ["新能源"]
    evidence = sector_evidence(text, ["新能源"])
    assert evidence["新能源"] == "签约新能源项目5个"  # evidence is quoted from the text as written


def test_fairs_jobs_and_verbs_that_end_like_an_association_do_not_hide_a_sector() -> None:
    assert rank_sectors("某市在深圳举办新能源汽车产业招商会，签约项目5个。") == ["新能源汽车及零部件"]
    assert rank_sectors("该市光伏企业学会了抱团发展。") == ["新能源"]


def test_a_refusal_that_is_lifted_or_negated_lets_the_industry_in() -> None:
    assert rank_sectors("取消新能源汽车外资股比限制。") == ["新能源汽车及零部件"]
    assert rank_sectors("园区不限制光伏企业用地规模。") == ["新能源"]
    # A line without punctuation is cut at its spaces: only the refusing phrase is left out.
    assert rank_sectors("签约光伏项目 年产5GW 淘汰 落后化工产能") == ["新能源"]
