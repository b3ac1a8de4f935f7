"""Places: the region doing the promotion (not where it travelled), resolved against the official gazetteer,
and the destinations it went to."""

from __future__ import annotations

import pytest

from generator.contracts.article import ArticleText, Region
from generator.extract.places import find_destinations, resolve_region
from generator.extract.places.gazetteer import load_gazetteer, short_name
from generator.extract.places.mentions import find_place_mentions

# Seed 000 (长春经开区): the zone never writes its city's name next to it; the investment goes 引入长春.
CHANGCHUN_ZONE = (
    "我区与浙江吉林商会成功签订合作协议。\n\n"
    "为深入落实省委书记景俊海到经开区(综保区)调研指示精神，6月14日至16日，党工委书记谢志敏带队赴杭州开展招商活动，"
    "迅速掀起经开区新一轮招大引强热潮。\n\n"
    "希望长光院可以作为经开区在杭州的前沿阵地，把有投资意向的资本、项目引入长春。"
    "同时组织召开经开区杭州招商推介会，6个项目现场达成签约。"
)
# Seed 001 (滨湖区): written short, and 合肥 has a 滨湖新区 too; 江苏 settles it.
BINHU = (
    "9月3日至6日，区委书记马良率队赴广东省深圳市开展招商考察，为全区“双招双引”工作按下“快进键”。\n\n"
    "马良在深入了解企业发展情况和对落地滨湖的各项现实需求后，要求全力确保意向合作项目在滨湖尽快落地。\n\n"
    "开展“双招双引”事关滨湖未来发展大局，是贯彻落实视察江苏重要讲话指示精神的具体举措，是太湖湾科创带引领区建设的先导工程。\n\n"
    "据悉，下阶段滨湖将继续由区领导带队，赴北京、上海、西安等地组织开展招商引才系列活动。"
)
# Seed 004 (邹平经开区): the abbreviation expands to 山东省滨州市邹平市.
ZOUPING = (
    "13次对接，5次外出考察，这是今年5月份以来，邹平经开区深化体制机制改革，全力推动经济高质量发展的扎实行动。\n\n"
    "——7月19日，投资促进局先后两次赴青岛考察夜经济项目。\n\n"
    "——7月25日，党工委委员宗新带队，赴内江经开区调研30万吨硅碳负极材料项目以及四川汇宇制药有限公司。\n\n"
    "在医药产业集群方面，与苏州、上海等高端医药基地合作，形成外地研发、邹平生产的医药发展模式。"
)


def region_of(body: str, headline: str | None = None) -> Region | None:
    return resolve_region(ArticleText(body=body, headline=headline))[0]


def destinations_of(body: str, headline: str | None = None) -> list[str]:
    article = ArticleText(body=body, headline=headline)
    return find_destinations(article, resolve_region(article)[0])[0]


def test_a_zone_written_alone_belongs_to_the_city_investment_is_brought_into() -> None:
    region, evidence = resolve_region(ArticleText(body=CHANGCHUN_ZONE))
    assert region == Region(name="长春经开区", province="吉林省", city="长春市", zone="长春经开区", kind="zone",
                            code="220100")
    assert evidence is not None and "引入长春" in evidence


def test_the_destination_of_the_delegation_is_not_the_region() -> None:
    assert destinations_of(CHANGCHUN_ZONE) == ["杭州市"]


def test_an_ambiguous_short_name_is_settled_by_its_province() -> None:
    region = region_of(BINHU)
    assert region is not None
    assert (region.province, region.city, region.county, region.kind) == ("江苏省", "无锡市", "滨湖区", "district")


def test_a_planned_trip_is_not_a_destination() -> None:
    assert destinations_of(BINHU) == ["深圳市"]


def test_a_zone_abbreviation_expands_to_its_county_city_and_province() -> None:
    region = region_of(ZOUPING)
    assert region == Region(
        name="邹平经开区", province="山东省", city="滨州市", county="邹平市", zone="邹平经开区", kind="zone",
        code="371681",
    )


def test_places_visited_are_destinations_but_partners_and_companies_are_not() -> None:
    assert destinations_of(ZOUPING) == ["青岛市", "内江市"]


@pytest.mark.parametrize(
    ("body", "province", "city", "name"),
    [
        ("6月5日，朝阳区委书记王伟率队赴上海开展招商活动。北京朝阳将持续优化营商环境。", "北京市", "北京市", "朝阳区"),
        ("近日，朝阳区委书记率队赴深圳开展招商活动。朝阳区地处长春市中心城区。", "吉林省", "长春市", "朝阳区"),
        ("朝阳市委书记李明率团赴大连考察。朝阳将抓好招商引资，辽宁省商务厅负责人陪同。", "辽宁省", "朝阳市", "朝阳市"),
        ("鼓楼区举行重点项目集中签约仪式，共签约项目12个。福州市委常委出席。", "福建省", "福州市", "鼓楼区"),
        ("3月8日，鼓楼区委书记率队赴杭州开展招商推介，南京市鼓楼区相关部门负责人参加。", "江苏省", "南京市", "鼓楼区"),
    ],
)
def test_names_shared_by_several_places_are_resolved_by_context(body: str, province: str, city: str, name: str) -> None:
    region = region_of(body)
    assert region is not None
    assert (region.province, region.city, region.name) == (province, city, name)


def test_a_chain_of_names_resolves_to_the_deepest_unit_and_its_travel_target() -> None:
    body = "9月14日下午，山东省潍坊市寒亭区到鄞州区举办产业合作对接活动。鄞州区约有200家企业应邀出席对接会。"
    region = region_of(body)
    assert region is not None
    assert (region.name, region.province, region.city, region.kind) == ("寒亭区", "山东省", "潍坊市", "district")
    assert destinations_of(body) == ["鄞州区"]


def test_the_level_the_text_calls_itself_picks_between_namesakes() -> None:
    body = (
        "15日，我县举办重点产业项目集中签约活动，一批项目落户襄城。"
        "县委书记王建平表示，襄城会全力优化项目服务。河南湖北两省客商到场。"
    )
    region = region_of(body)
    assert region is not None
    assert (region.name, region.province, region.city) == ("襄城县", "河南省", "许昌市")


def test_an_acting_county_head_is_not_a_county() -> None:
    body = "推介会由县委副书记、代县长周立新主持。桃源县现场签约项目8个，湖南省常德市相关领导到会。"
    region = region_of(body)
    assert region is not None and region.name == "桃源县"


def test_an_everyday_word_that_is_also_a_place_name_is_not_a_place() -> None:
    body = "投资前景光明，发展朝阳产业。江苏省无锡市滨湖区与深圳企业签约。"
    region = region_of(body)
    assert region is not None and region.county == "滨湖区"


def test_a_dateline_does_not_make_the_region_and_hosting_city_is_a_destination() -> None:
    body = (
        "新华网昆明8月16日电 8月16日，第8届中国—南亚博览会在云南昆明开幕。"
        "曲靖市代表团出席签约活动，曲靖市共签约项目21个。"
    )
    region = region_of(body)
    assert region is not None and (region.name, region.province) == ("曲靖市", "云南省")
    assert destinations_of(body) == ["昆明市"]


def test_an_event_held_elsewhere_makes_the_host_a_destination() -> None:
    body = "1月10日，荆州市在武汉举办招商推介会，签约项目20个。荆州市委书记出席。"
    assert region_of(body) == Region(name="荆州市", province="湖北省", city="荆州市", kind="city", code="421000")
    assert destinations_of(body) == ["武汉市"]


def test_a_headline_names_the_region_and_a_bracketed_place_is_where_it_went() -> None:
    headline = "宿州经开区招商引资磁力满满"
    body = "一场常州之行，宿州经开区收获颇丰。近日，2024宿州经开区(常州)产业推介会圆滿落幕。"
    region = region_of(body, headline)
    assert region is not None and (region.name, region.province, region.city) == ("宿州经开区", "安徽省", "宿州市")
    assert destinations_of(body, headline) == ["常州市"]


def test_a_list_of_places_after_a_travel_verb_are_all_destinations() -> None:
    body = "通化市委、市政府主要领导率队赴北京、浙江、福建和台湾等地进行叩门招商。通化市实现集中签约53个项目。"
    assert destinations_of(body) == ["北京市", "浙江省", "福建省", "台湾省"]


def test_a_province_speaking_of_itself_is_the_region() -> None:
    body = (
        "日前，我省经贸代表团赴粤港澳大湾区开展招商。代表团在广州、深圳、珠海分别举办了一场项目推介会。"
        "遵义市政府签约三个项目。"
    )
    region = region_of(body)
    assert region == Region(name="贵州省", province="贵州省", kind="province", code="520000")
    assert destinations_of(body) == ["广州市", "深圳市", "珠海市"]


def test_several_counties_of_one_city_make_a_roundup_of_that_city() -> None:
    body = (
        "“海丝名城牵手晋南”泉州市(晋江·南安)投资推介会在广州琶洲会展馆开幕，晋江市和南安市各自推出了重点项目清单。"
        "晋江、南安与广州市多家招商中介机构签署合作协议。"
    )
    region = region_of(body)
    assert region is not None and (region.name, region.province) == ("泉州市", "福建省")
    assert destinations_of(body) == ["广州市"]


def test_a_town_calling_itself_town_is_the_region_within_its_city() -> None:
    body = (
        "15日上午，马坝镇与淮安驻欧办签署产业招商协作协议。"
        "马坝镇党委负责同志推介了该镇产业基础和营商环境。淮安市外事办相关负责人到场。"
    )
    region = region_of(body)
    assert region is not None and (region.name, region.city, region.province) == ("马坝镇", "淮安市", "江苏省")
    assert region.kind == "town" and region.zone is None


def test_a_town_is_placed_in_the_county_written_before_it_rather_than_the_city_named_most() -> None:
    body = (
        "近日，宿迁市泗洪县龙集镇党委书记带队赴上海招商，该镇此次共拜访企业十余家。"
        "龙集镇将进一步优化营商环境，该镇负责人表示。宿迁市有关部门陪同，宿迁市商务局参加。"
    )
    region = region_of(body, headline="龙集镇赴上海开展招商活动")
    assert region == Region(name="龙集镇", province="江苏省", city="宿迁市", county="泗洪县", kind="town",
                            code="321324")


# A zone written after a short place name that is also a district elsewhere (金山区 is Shanghai's, 青山湖区
# Nanchang's, 白云区 Guiyang's): the story's own city decides, when it names one.
ZONE_STORY = (
    "9月5日，{zone}管委会副主任带队赴深圳，拜访了多家企业。{city}委常委、{zone}党工委书记表示，"
    "{city}将为企业提供优质服务。{zone}将持续加大招商力度。"
)


@pytest.mark.parametrize(("zone", "city", "expected"), [
    ("金山高新区", "福州市", ("福建省", "福州市", None)),
    ("青山湖高新区", "杭州市", ("浙江省", "杭州市", None)),
    ("白云高新区", "贵阳市", ("贵州省", "贵阳市", "白云区")),  # 白云区 does lie in 贵阳: no namesake
])
def test_a_zone_named_after_a_namesake_place_belongs_to_the_city_the_story_speaks_as(
        zone: str, city: str, expected: tuple[str, str, str | None]) -> None:
    region = region_of(ZONE_STORY.format(zone=zone, city=city), headline=f"{zone}招商小分队赴深圳开展招商活动")
    assert region is not None
    assert (region.name, region.kind, region.zone) == (zone, "zone", zone)
    assert (region.province, region.city, region.county) == expected


def test_a_zone_whose_story_names_no_city_of_its_own_keeps_the_gazetteer_place() -> None:
    body = "今年以来，金山高新区先后赴深圳、广州开展招商活动，金山高新区管委会主任带队拜访企业二十余家。"
    region = region_of(body)
    assert region is not None and (region.name, region.province, region.county) == ("金山高新区", "上海市", "金山区")


def test_a_zone_with_no_city_named_keeps_its_name_and_nothing_invented() -> None:
    body = (
        "日前，鼎信资本董事长带队来我区考察，区管委会主任全程陪同。"
        "考察团观看了经开区投资环境宣传片。经开区区位优势明显。"
    )
    assert region_of(body) == Region(name="经开区", zone="经开区", kind="zone")


def test_a_city_never_named_leaves_only_its_province() -> None:
    body = (
        "年初以来，市投资促进局在市委和市政府领导下，认真落实总书记视察青海重要讲话精神。"
        "全市实施重点招商项目386个，我市完成进度位居前列。"
    )
    region, evidence = resolve_region(ArticleText(body=body))
    assert region is not None and region.province == "青海省" and region.kind is None
    assert evidence is not None and "视察青海" in evidence


def test_text_without_places_has_no_region_and_no_destinations() -> None:
    assert region_of("天气晴朗，市场很大，前景光明。") is None
    assert destinations_of("天气晴朗，市场很大。") == []


def test_a_given_region_wins_and_is_resolved_against_the_gazetteer() -> None:
    article = ArticleText(body="合肥市代表团赴上海开展招商活动。", given={"region": "邹平经开区"})
    region, evidence = resolve_region(article)
    assert region == Region(
        name="邹平经开区", province="山东省", city="滨州市", county="邹平市", zone="邹平经开区", kind="zone",
        code="371681",
    )
    assert evidence == "given in front matter"


def test_the_gazetteer_covers_every_county_level_unit_with_its_parents() -> None:
    gazetteer = load_gazetteer()
    counties = [unit for unit in gazetteer.by_code.values() if unit.level == "county"]
    assert len(counties) > 2800
    assert gazetteer.lineage(gazetteer.by_code["150722"]) == {
        "province": "内蒙古自治区",
        "city": "呼伦贝尔市",
        "county": "莫力达瓦达斡尔族自治旗",
    }
    nanchuan = gazetteer.lineage(gazetteer.by_code["500119"])
    assert nanchuan == {"province": "重庆市", "city": "重庆市", "county": "南川区"}


@pytest.mark.parametrize(
    ("official", "short"),
    [
        ("吉林省", "吉林"),
        ("恭城瑶族自治县", "恭城"),
        ("莫力达瓦达斡尔族自治旗", "莫力达瓦"),
        ("伊犁哈萨克自治州", "伊犁"),
        ("广西壮族自治区", "广西"),
        ("锡林郭勒盟", "锡林郭勒"),
        ("忠县", None),
    ],
)
def test_short_names_drop_the_official_suffix_and_ethnic_names(official: str, short: str | None) -> None:
    assert short_name(official, load_gazetteer().rules) == short


def test_abbreviated_places_and_foreign_countries_after_a_travel_verb_are_destinations() -> None:
    body = "近日，我县党政代表团赴沪开展招商活动，并赴日本、韩国考察。上犹县签约项目5个。"
    assert destinations_of(body) == ["上海市", "日本", "韩国"]


def test_jiang_as_take_is_not_a_plan_but_jiang_ji_xu_is() -> None:
    done = "县委坚持将招商引资作为一号工程，主要领导赴深圳开展招商。上犹县签约项目5个。"
    planned = "上犹县签约项目5个。下一步，上犹县将继续赴深圳开展招商。"
    assert destinations_of(done) == ["深圳市"]
    assert destinations_of(planned) == []


def test_visitors_coming_in_do_not_make_their_home_a_destination() -> None:
    body = "深圳市浙江商会考察团走进上犹县考察。上犹县委书记陪同。"
    region = region_of(body)
    assert region is not None and region.name == "上犹县"
    assert destinations_of(body) == []


def test_a_province_is_left_out_when_one_of_its_cities_is_listed() -> None:
    body = "邹平经开区党工委委员带队，赴内江经开区调研硅碳负极材料项目以及四川汇宇制药有限公司。"
    assert destinations_of(body) == ["内江市"]


def test_an_organizer_named_before_its_promotion_event_is_not_its_destination() -> None:
    body = "长春经开区招商推介会在杭州举行，6个项目现场签约。经开区将加快项目落地。"
    region = region_of(body)
    assert region is not None and (region.name, region.city) == ("长春经开区", "长春市")
    assert destinations_of(body) == ["杭州市"]


def test_a_national_new_area_is_a_zone_of_its_city() -> None:
    body = "两江新区管委会赴上海开展招商推介，签约项目12个。两江新区将持续优化营商环境。"
    assert region_of(body) == Region(name="两江新区", province="重庆市", city="重庆市", zone="两江新区", kind="zone",
                                   code="500000")
    assert destinations_of(body) == ["上海市"]


def test_namesakes_do_not_vouch_for_each_other() -> None:
    body = "朝阳区举行招商推介会。朝阳县、朝阳市相关负责人参加，北京市领导出席。"
    region = region_of(body)
    assert region is not None and (region.name, region.province) == ("朝阳区", "北京市")


def test_a_place_name_inside_a_person_name_is_not_a_place() -> None:
    body = "县委书记李金华一行赴深圳开展招商活动。上犹县签约项目5个。"
    region = region_of(body)
    assert region is not None and region.name == "上犹县"
    assert destinations_of(body) == ["深圳市"]


def test_a_visiting_delegation_is_not_the_region() -> None:
    body = "崇义县党政代表团来我县考察。上犹县委书记陪同考察。赣州市相关领导参加。"
    region = region_of(body)
    assert region is not None and region.name == "上犹县"


def test_a_neighbour_signing_with_the_region_does_not_make_a_roundup() -> None:
    body = "3月5日，上犹县与崇义县签订区域合作协议。赣州市领导出席。上犹县委书记表示，将深化两地合作。"
    region = region_of(body)
    assert region is not None and region.name == "上犹县"


def test_a_place_opening_a_clause_of_a_trip_story_is_a_stop_on_the_trip() -> None:
    home = "在华为东莞溪村，马良与公司相关负责人回顾双方合作历程，希望华为加大在滨湖的业务布局。"
    trip = "滨湖区委书记马良率队赴深圳开展招商考察。" + home
    assert destinations_of(trip) == ["深圳市", "东莞市"]
    assert destinations_of(home) == []


def test_a_short_county_name_the_text_keeps_repeating_is_the_region() -> None:
    body = (
        "区委书记马良率队赴深圳开展招商考察。马良要求全力确保意向合作项目在滨湖尽快落地。"
        "欢迎深圳的企业多来滨湖走走看看，更好地了解滨湖、投资滨湖。"
    )
    region = region_of(body)
    assert region is not None and (region.county, region.city) == ("滨湖区", "无锡市")


def test_hefei_binhu_new_area_is_not_wuxi_binhu_district() -> None:
    body = "合肥滨湖新区管委会赴上海开展招商活动，签约项目8个。滨湖新区将加快项目落地。"
    region = region_of(body)
    assert region == Region(name="滨湖新区", province="安徽省", city="合肥市", zone="滨湖新区", kind="zone",
                            code="340100")


def test_a_macro_region_is_a_destination_and_never_the_region() -> None:
    body = "上犹县党政代表团赴长三角开展招商活动。上犹县签约项目5个，上犹县将加快项目落地。"
    assert destinations_of(body) == ["长三角"]
    assert region_of(body).name == "上犹县"  # type: ignore[union-attr]
    assert destinations_of("上犹县委书记率考察团赴港澳开展考察招商推介活动。上犹县签约6个项目。") == ["港澳"]
    assert destinations_of("上犹县签约项目5个。下一步，上犹县将赴粤港澳大湾区开展招商。") == []


def test_cities_and_countries_abroad_after_a_travel_verb_are_destinations() -> None:
    assert destinations_of("上犹县县长率团赴法兰克福参加展会，上犹县签约3个项目。") == ["法兰克福"]
    body = "上犹县代表团在新加坡举办投资说明会，并拜访新加坡、马来西亚部分企业。上犹县签约3个项目。"
    assert destinations_of(body) == ["新加坡", "马来西亚"]


def test_places_listed_as_the_other_venues_of_an_event_are_destinations() -> None:
    body = "上犹县招商大会在上犹县设主会场，北京、上海、广州等地分别设分会场，上犹县签约项目20个。"
    assert destinations_of(body) == ["北京市", "上海市", "广州市"]


def test_a_fair_named_after_a_place_the_delegation_attended_is_a_destination() -> None:
    body = "上犹县代表团今年参加了第十届厦门投资贸易洽谈会，上犹县签约项目8个。"
    assert destinations_of(body) == ["厦门市"]
    opening = "第二十届投资贸易洽谈会昨日在厦门拉开帷幕，上犹县代表团参会，上犹县签约项目8个。"
    assert destinations_of(opening) == ["厦门市"]


def test_a_macro_region_is_left_out_when_a_place_inside_it_is_named() -> None:
    body = "上犹县代表团赴长三角招商，先后在杭州、上海举办推介会。上犹县签约项目5个。"
    assert destinations_of(body) == ["杭州市", "上海市"]


def test_every_destination_keeps_the_sentence_that_names_it() -> None:
    article = ArticleText(body="上犹县代表团赴深圳开展招商。随后在东莞举行推介会。上犹县签约项目5个。")
    names, evidence = find_destinations(article, resolve_region(article)[0])
    assert names == ["深圳市", "东莞市"]
    assert evidence == {"深圳市": "上犹县代表团赴深圳开展招商", "东莞市": "随后在东莞举行推介会"}
    assert find_destinations(ArticleText(body="上犹县签约项目5个。"), None) == ([], {})


def test_a_city_that_entrusts_someone_is_not_speaking_as_its_own_office() -> None:
    body = ("今年以来，金山高新区先后赴深圳、广州开展招商活动。福州市委托第三方机构评估了园区环境，"
            "金山高新区管委会主任带队拜访企业二十余家。")
    region = region_of(body)
    assert region is not None and (region.name, region.province) == ("金山高新区", "上海市")  # 委托 is not 市委


def test_an_autonomous_prefecture_is_named_as_the_text_calls_it() -> None:
    region = region_of("黔东南州招商团一行赴杭州开展招商推介活动，黔东南州州长带队。签约项目6个，总投资18亿元。")
    assert region is not None
    assert (region.name, region.city, region.province, region.kind) == (
        "黔东南州", "黔东南苗族侗族自治州", "贵州省", "city")


def test_the_official_name_stays_when_the_text_uses_it() -> None:
    region = region_of("恭城瑶族自治县赴广州招商，恭城瑶族自治县县长出席推介会，恭城县签约项目3个。")
    assert region is not None
    assert (region.name, region.county) == ("恭城瑶族自治县", "恭城瑶族自治县")
    customary = region_of("恭城县赴广州招商，恭城县县长出席推介会，恭城县签约项目3个，恭城瑶族自治县位于桂林。")
    assert customary is not None
    assert (customary.name, customary.county) == ("恭城县", "恭城瑶族自治县")


def test_a_district_and_a_park_joined_by_yu_are_not_one_zone() -> None:
    mentions = find_place_mentions("西宁市城中区与南川工业园区联合举办招商推介会，城中区和南川工业园区签约项目8个。")
    districts = [mention for mention in mentions if mention.text.endswith("城中区")]
    assert [(mention.text, mention.zone) for mention in districts] == [("西宁市城中区", None), ("城中区", None)]
    (zoned,) = find_place_mentions("大洼区临港经济开发区签约项目8个。")
    assert zoned.zone == "临港经济开发区"  # a zone's own short name between place and zone word still counts


def test_a_town_that_leads_the_headline_is_the_region_when_no_county_speaks() -> None:
    body = "汪集镇今年组建两支招商队伍，先后赴苏州、杭州对接客商。汪集镇已签约项目5个，总投资8亿元。"
    region = region_of(body, headline="汪集镇招商引资开局良好")
    assert region is not None
    assert (region.name, region.kind, region.province) == ("汪集镇", "town", None)
    # Without the headline naming it, a town the text never calls itself is not guessed.
    assert region_of(body, headline="招商引资开局良好") is None


def test_a_venue_named_after_a_district_still_places_the_event_in_its_city() -> None:
    # 福田 is a district of 深圳 written short, and here it is part of the venue's name: the city stands.
    assert destinations_of("9月8日，某县文旅推介会在深圳福田会展中心举行，签约项目12个。") == ["深圳市"]


def test_places_qualifying_whom_a_leader_met_are_not_this_trips_destinations() -> None:
    text = "县长去年走访过的杭州、南京等地客商已有8家落户。当天签约项目20个。"
    assert destinations_of(text) == []
    assert destinations_of("书记今年走访了北京、上海等地的企业，签约项目15个。") == ["北京市", "上海市"]


def test_a_province_named_only_in_a_companys_name_does_not_outrank_the_headline_town() -> None:
    body = ("汪集镇今年组建招商队伍赴苏州对接客商。汪集镇已签约项目5个，"
            "其中商贸中心项目由浙江东阳华联工贸有限公司投资建设。")
    region = region_of(body, headline="汪集镇招商引资开局良好")
    assert region is not None and (region.name, region.kind) == ("汪集镇", "town")
