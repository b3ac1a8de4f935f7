"""People: titled officials and executives, their full titles and organizations; no fragments, titles or places."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.contracts.article import Person
from generator.extract.names.people import find_people, is_plausible_name


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
    text = "天衡智能集团CEO刘毅表示，宁夏正成为新能源投资的沃土。宁夏回族自治区商务厅厅长马志强介绍了推介会情况。"
    assert find_people(text) == [
        Person(name="刘毅", title="天衡智能集团CEO", organization="天衡智能集团"),
        Person(name="马志强", title="宁夏回族自治区商务厅厅长", organization="宁夏回族自治区商务厅")]


def test_two_or_three_characters_decided_by_what_follows() -> None:
    assert names("区委书记、区长蒋涛同志作动员讲话。") == ["蒋涛"]
    assert names("副省长谭立和出席推介会并致辞。谭立和在致辞中强调，要深化合作。") == ["谭立和"]
    assert names("常务副总经理吴婷在签约仪式上表示，企业将尽快开工建设。") == ["吴婷"]
    assert names("江西谷丰粮油食品有限公司总经理黄斌说，当地有充足的优质稻谷。") == ["黄斌"]
    assert names("以市委副书记、市长林振会为团长的南平代表团与江苏客商洽谈合作。") == ["林振会"]


def test_a_name_before_its_title() -> None:
    text = "孔德明局长在随市代表团考察期间出席了推介会，钱丽萍副局长、外资科负责人也一同参加。"
    assert names(text) == ["孔德明", "钱丽萍"]
    assert find_people("仇建平董事长详细介绍企业发展情况。")[0].title == "董事长"


def test_no_name_where_a_title_is_followed_by_words() -> None:
    text = ("宜兴市投资促进中心相关负责人介绍了项目情况。县长应邀出席开工仪式。市委书记强调，要狠抓落实。"
            "区委常委、宣传部部长在会上发言。双方负责人简要介绍了情况。")
    assert find_people(text) == []


def test_each_person_once_with_the_first_title() -> None:
    text = "执行会长刘士龙座谈时表示支持。刘士龙会长表示，经开区是一片投资兴业热土。"
    assert find_people(text) == [Person(name="刘士龙", title="执行会长")]


def test_plausible_names() -> None:
    assert is_plausible_name("谢志敏") and is_plausible_name("欧阳明") and is_plausible_name("马良")
    assert not is_plausible_name("区委") and not is_plausible_name("记者") and not is_plausible_name("安平李晓燕")


def test_a_listed_title_does_not_swallow_the_person_before_it() -> None:
    text = "市委常委吕志远、市人大常委会副主任韩春生、市政协副主席宋立群、招商专班组组长郑晓红出席开工仪式。"
    assert [(person.name, person.title) for person in find_people(text)] == [
        ("吕志远", "市委常委"), ("韩春生", "市人大常委会副主任"), ("宋立群", "市政协副主席"),
        ("郑晓红", "招商专班组组长")]


def test_the_organization_is_the_company_nearest_the_title() -> None:
    text = "东莞市华盛达贸易有限公司江西谷丰粮油食品有限公司总经理黄斌说，这里原料供应充足。"
    assert find_people(text)[0].organization == "江西谷丰粮油食品有限公司"
    assert find_people("国信发展集团党委委员、副总经理马学福带队赴上海考察。")[0] == Person(
        name="马学福", title="国信发展集团党委委员、副总经理", organization="国信发展集团")


ALPHABET = "书记主任董事长总经理县委区委王李张刘陈马谢志敏公司集团（）、，。：“”\n 0123456789和与在等"


@given(st.text(alphabet=ALPHABET, max_size=80))
@settings(max_examples=200, deadline=None)
def test_every_person_found_is_a_plausible_name_written_in_the_text(text: str) -> None:
    for person in find_people(text):
        assert person.name in text and is_plausible_name(person.name, confirmed=True)


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


def test_the_tagger_confirms_a_name_with_a_character_rare_in_given_names() -> None:
    # 作 and 业 rarely end a given name, so the rules alone refuse these; the tagger reads them as people.
    assert names("县委书记陈作林在推介会上致辞，介绍了全县的产业基础。") == ["陈作林"]
    assert names("市长刘业明会见了客商代表。") == ["刘业明"]


def test_a_transliterated_name_ends_at_the_word_after_its_last_part() -> None:
    assert find_people("英国伯明翰市市长约翰·史密斯出席。") == [
        Person(name="约翰·史密斯", title="英国伯明翰市市长", organization="英国伯明翰市")]
    assert names("州长阿布都热合曼·买买提参加签约仪式。") == ["阿布都热合曼·买买提"]
    assert names("法国里昂市副市长让·马克·杜邦、德国商会代表出席活动。") == ["让·马克·杜邦"]


def test_dotted_places_after_a_title_are_not_names() -> None:
    assert find_people("主任张家港·保税区负责招商。") == []


def test_names_listed_without_a_title_but_closed_as_people() -> None:
    text = "会上，县里聘请了孙立平、周海燕、郑国强等3人为招商顾问。会议为钱文斌等5位乡贤颁发证书。"
    assert [(person.name, person.title) for person in find_people(text)] == [
        ("孙立平", None), ("周海燕", None), ("郑国强", None), ("钱文斌", None)]


def test_a_list_closed_as_places_is_not_people() -> None:
    assert find_people("他说，张家界、岳阳等地也在招商，并向3位客商介绍政策。") == []
