"""People: titled officials and executives, their full titles and organizations; no fragments, titles or places."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.people import find_people, is_plausible_name
from generator.record import Person


def names(text: str) -> list[str]:
    return [person.name for person in find_people(text)]


def test_a_title_then_a_name() -> None:
    text = ("6月14日至16日，党工委书记谢志敏带队赴杭州开展招商活动。综保区党工委书记于海军全程参加了系列招商活动。"
            "谢志敏与集团董事长仇建平座谈交流。")
    assert find_people(text)[:2] == [Person(name="谢志敏", title="党工委书记"),
                                      Person(name="于海军", title="综保区党工委书记")]  # 综保区 alone names no body
    assert names(text) == ["谢志敏", "于海军", "仇建平"]


def test_a_list_of_names_shares_the_title() -> None:
    people = find_people("9月3日至6日，区委书记马良率队赴广东省深圳市开展招商考察。区领导俞刚、王路新、王伟伦参加。")
    assert [(person.name, person.title) for person in people] == [
        ("马良", "区委书记"), ("俞刚", "区领导"), ("王路新", "区领导"), ("王伟伦", "区领导")]


def test_a_chain_of_titles_is_kept_whole() -> None:
    text = "宿州经开区党工委书记、管委会主任李磊在园区2024年招商引资暨项目建设攻坚突破年动员大会上发言。"
    assert find_people(text) == [Person(name="李磊", title="宿州经开区党工委书记、管委会主任",
                                        organization="宿州经开区")]


def test_an_executive_is_tied_to_the_company_before_the_title() -> None:
    text = "远景科技集团CEO张雷表示，内蒙古能成为企业投资热土。内蒙古自治区商务厅厅长张鸿福介绍了大会情况。"
    assert find_people(text) == [
        Person(name="张雷", title="远景科技集团CEO", organization="远景科技集团"),
        Person(name="张鸿福", title="内蒙古自治区商务厅厅长", organization="内蒙古自治区商务厅")]


def test_two_or_three_characters_decided_by_what_follows() -> None:
    assert names("县委书记、县长金鸿同志作了讲话。") == ["金鸿"]
    assert names("副省长洪礼和出席会议并讲话。洪礼和在讲话中指出，要加强合作。") == ["洪礼和"]
    assert names("常务副总经理王琳在发言中表示，公司将加快项目落地。") == ["王琳"]
    assert names("湖南米老头食品工业有限公司总经理李勇说，大通湖有丰富的土地资源。") == ["李勇"]
    assert names("以市委副书记、市长王金会为团长的绥化代表团与广东客商对接。") == ["王金会"]


def test_a_name_before_its_title() -> None:
    text = "江华安厅长在参加我省代表团考察的同时出席了活动，周燕华副厅长、对外合作处负责人也参加了活动。"
    assert names(text) == ["江华安", "周燕华"]
    assert find_people("仇建平董事长详细介绍企业发展情况。")[0].title == "董事长"


def test_no_name_where_a_title_is_followed_by_words() -> None:
    text = ("新会区科工商务局相关负责人介绍。市长应邀出席签约仪式。区委书记强调，要抓好项目。"
            "县委常委、统战部部长在会上讲话。双方负责人简要介绍了情况。")
    assert find_people(text) == []


def test_each_person_once_with_the_first_title() -> None:
    text = "执行会长刘士龙座谈时表示支持。刘士龙会长表示，经开区是一片投资兴业热土。"
    assert find_people(text) == [Person(name="刘士龙", title="执行会长")]


def test_plausible_names() -> None:
    assert is_plausible_name("谢志敏") and is_plausible_name("欧阳明") and is_plausible_name("马良")
    assert not is_plausible_name("区委") and not is_plausible_name("记者") and not is_plausible_name("信都王帅薇")


def test_a_listed_title_does_not_swallow_the_person_before_it() -> None:
    text = "县委副书记姚云来、县人大常委会主任王为周、县政协主席王景书、光伏专班组组长张翠华参加签约仪式。"
    assert [(person.name, person.title) for person in find_people(text)] == [
        ("姚云来", "县委副书记"), ("王为周", "县人大常委会主任"), ("王景书", "县政协主席"),
        ("张翠华", "光伏专班组组长")]


def test_the_organization_is_the_company_nearest_the_title() -> None:
    text = "深圳市亚泰轩实业有限公司湖南米老头食品工业有限公司总经理李勇说，这里土地资源丰富。"
    assert find_people(text)[0].organization == "湖南米老头食品工业有限公司"
    assert find_people("国信发展集团党委委员、副总经理马学福带队赴上海考察。")[0] == Person(
        name="马学福", title="国信发展集团党委委员、副总经理", organization="国信发展集团")


ALPHABET = "书记主任董事长总经理县委区委王李张刘陈马谢志敏公司集团（）、，。：“”\n 0123456789和与在等"


@given(st.text(alphabet=ALPHABET, max_size=80))
@settings(max_examples=200, deadline=None)
def test_every_person_found_is_a_plausible_name_written_in_the_text(text: str) -> None:
    for person in find_people(text):
        assert person.name in text and is_plausible_name(person.name)


def test_places_and_words_after_a_title_are_not_names() -> None:
    text = "主任张家港，书记张家口。副省长江苏考察时说。会长单位、组长单位参加。董事长兼总经理王某主持。"
    assert find_people(text) == []
    assert find_people("董事长兼总经理王小明主持会议。") == [Person(name="王小明", title="董事长兼总经理")]


def test_a_verb_before_a_title_is_not_part_of_it() -> None:
    text = "为深入落实省委书记景俊海到经开区（综保区）调研指示精神，开展招商活动。"
    assert find_people(text) == [Person(name="景俊海", title="省委书记")]


def test_words_that_start_with_a_surname_are_not_names() -> None:
    text = "省里各有关部门负责人于近日表示支持。公司总经理方面，已作出安排。大家好，区政府副区长出席。"
    assert find_people(text) == []
