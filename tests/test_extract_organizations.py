"""Organizations: companies, associations, funds and institutes, each once in its longest form; no government
bodies, no generic phrases, no fragments."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.names.organizations import find_organizations


def test_names_with_a_legal_or_institutional_ending() -> None:
    text = ("14日，招商团队抵达杭州后，便从机场直奔首个对接企业中国民营企业500强巨星控股集团。"
            "谢志敏率队实地走访杭州长光产业技术研究院。在杭州长光辰芯微电子有限公司，谢志敏表示支持。"
            "多年来，浙江吉林商会在吉浙对口合作方面发挥了重要作用。")
    assert find_organizations(text) == ["巨星控股集团", "杭州长光产业技术研究院", "杭州长光辰芯微电子有限公司",
                                        "浙江吉林商会"]


def test_a_name_starts_after_the_verb_or_conjunction_before_it() -> None:
    text = ("阿荣旗与浙江恒晟光伏科技有限公司、唐山鑫泰新型材料有限公司签订战略合作协议。"
            "在一体投资控股集团和赛诺生（深圳）公司，滨湖相关板块分别与两家公司举行项目签约仪式。")
    assert find_organizations(text) == ["浙江恒晟光伏科技有限公司", "唐山鑫泰新型材料有限公司", "一体投资控股集团",
                                        "赛诺生（深圳）公司"]


def test_a_branch_stays_with_its_company() -> None:
    text = "引进贵州黔达集团、国投绿能集团有限公司贵州分公司等5家企业落户。"
    assert find_organizations(text) == ["贵州黔达集团", "国投绿能集团有限公司贵州分公司"]


def test_a_list_closed_as_companies_names_companies_without_endings() -> None:
    text = "甘肃近年来把京津冀作为重点区域，鼎盛集团、宏远钴业、海川集团、启明科技集团等一批龙头企业在甘肃扎根成长。"
    assert find_organizations(text) == ["鼎盛集团", "宏远钴业", "海川集团", "启明科技集团"]
    text = "先后4次接待包括上市公司特锐德、国电投、山东安装集团在内的光伏项目方来邹洽谈。"
    assert find_organizations(text) == ["特锐德", "国电投", "山东安装集团"]


def test_a_list_of_industries_is_not_a_list_of_companies() -> None:
    assert find_organizations("旗下工具、叉车、轮胎、机器人、柴油发动机等五大核心制造业均已发展成为行业龙头。") == []


def test_a_brand_before_an_executive_title() -> None:
    text = "“我们会继续深化合作。”绿源农业总经理孙立群如是说。日前，远航资本总裁、管理合伙人周若琳一行来我县考察。"
    assert find_organizations(text) == ["绿源农业", "远航资本"]


def test_government_bodies_and_generic_phrases_are_left_out() -> None:
    text = ("市工商业联合会（总商会）与广州市潮汕商会签订协议，双方现场缔结友好商会。希望两地商会常来常往。"
            "特邀商务部研究院区域经济研究所专家作专题辅导。在两家集团（公司）负责人的介绍下了解情况。"
            "招商发展公司赴上海实地调研。亲自与重要客商会见洽谈推进重点项目。考察组参观了某精密机械有限公司。")
    assert find_organizations(text) == ["广州市潮汕商会"]


def test_the_longest_form_once() -> None:
    text = "首个对接企业巨星控股集团。希望巨星集团在经开区加快布局。巨星控股集团董事长仇建平表示支持。"
    assert find_organizations(text) == ["巨星控股集团"]


def test_two_companies_written_together_stay_two() -> None:
    text = "东莞市华盛达贸易有限公司江西谷丰粮油食品有限公司总经理黄斌说。重点瞄准晶耀光电等龙头企业。"
    assert find_organizations(text) == ["东莞市华盛达贸易有限公司", "江西谷丰粮油食品有限公司", "晶耀光电"]


def test_a_break_character_inside_a_name_stays() -> None:
    assert find_organizations("华为松山湖基地是华为终端公司新总部所在地。") == ["华为终端公司"]
    assert find_organizations("为广州市潮汕商会企业来我市考察投资提供服务。") == ["广州市潮汕商会"]


@given(st.text(alphabet="巨星控股集团有限公司商会协会研究院与在的、，。（）()某为和500强企业等", max_size=80))
@settings(max_examples=200, deadline=None)
def test_every_organization_is_written_in_the_text_once(text: str) -> None:
    found = find_organizations(text)
    assert len(found) == len(set(found))
    assert all(name in text and len(name) >= 2 for name in found)


def test_descriptions_of_kinds_of_company_are_not_names() -> None:
    text = "县城投公司与项目公司签约。全市各类企业协会参加。全资子公司落户。温州商会会长到访。"
    assert find_organizations(text) == ["温州商会"]


def test_a_named_site_joined_by_he_does_not_swallow_the_company_after_it() -> None:
    text = "考察团参观了华星产业基地和远航物流有限公司，并表示将全力保障远航物流公司在本地的发展。"
    assert find_organizations(text) == ["远航物流有限公司"]


def test_brands_without_an_ending_come_from_the_tagger() -> None:
    text = "会上，阿里巴巴与本区签订战略合作协议，中通快递华东分拨中心项目同日落地。"
    found = find_organizations(text)
    assert "阿里巴巴" in found and any(name.startswith("中通快递") for name in found)


def test_the_tagger_outlets_fairs_bodies_and_regions_are_left_out() -> None:
    text = ("据南湖日报报道，第五届中国西部国际投资贸易洽谈会期间，县委、县政府与浙商代表座谈，"
            "双方将深化东盟市场合作，并在市会展中心举办推介会。")
    assert find_organizations(text) == []


def test_national_academies_are_state_bodies() -> None:
    assert find_organizations("中国科学院专家团队与园区签约，共建研发中心。") == []


def test_a_name_followed_by_an_officials_title_is_a_person() -> None:
    # The tagger reads 江华安 here as an organization; the title after it says otherwise.
    assert find_organizations("由副省长李国梁带队。江华安厅长在参加活动时说。") == []


def test_a_list_closed_as_companies_that_lists_industries_or_places_names_none() -> None:
    assert find_organizations("园区将重点引进集成电路、新型显示器件、通信设备等龙头企业。") == []
    assert find_organizations("园区内20家化工、食品、电动车等企业将集中搬迁。") == []
    assert find_organizations("来自宁波、温州、台州等地的客商参加了推介会。") == []
    # A list of names with industry endings is still a list of companies.
    companies = find_organizations("签约企业包括晶澳光伏、远景能源、宏远钴业等企业。")
    assert companies == ["晶澳光伏", "远景能源", "宏远钴业"]


def test_phrases_that_describe_organizations_do_not_name_one() -> None:
    text = ("两个集团投资45亿元的项目落户。会上表彰了一批2021年度先进商会。并邀请多家全球知名咨询公司参会。"
            "重点对接龙头企业和基金公司。")
    assert find_organizations(text) == []


def test_names_that_start_with_a_describing_word_keep_it() -> None:
    text = "与国际陆港集团有限公司签约。先进半导体材料有限公司落户园区。"
    assert find_organizations(text) == ["国际陆港集团有限公司", "先进半导体材料有限公司"]


def test_a_long_item_of_industry_words_is_read_in_one_pass() -> None:
    # Many industry words are made of others (农业产业 = 农业 + 产业): read word by word, not by backtracking.
    assert find_organizations("农业产业" * 40 + "喵等企业入驻。") == []
