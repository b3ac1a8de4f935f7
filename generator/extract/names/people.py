"""Named officials and executives: a title followed by a name (区委书记马良, 董事长仇建平, 区领导俞刚、王路新), or a
name followed by a title (仇建平董事长), with the full title phrase and the body it names when the text says one.

A name is a known surname and one or two characters that ends where a known follower word or punctuation starts;
the statistical tagger (lexical.py) settles what those rules leave open: a name with a character rare in given
names (张作林), a transliterated name (弗兰克·罗斯), and names listed without a title but closed as people
(何一、李二等8人). Titles, surnames and follower words live in data/people.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generator.contracts.article import Person
from generator.extract.names.lexical import PERSON, PLACE, analyse
from generator.extract.names.organizations import organizations_by_rules
from generator.extract.patterns import alternation, load_data
from generator.extract.places.gazetteer import load_gazetteer
from generator.text.chars import HAN, HAN_BASIC

DATA = load_data("people.yaml")
SURNAMES = frozenset(DATA["surnames"])
COMPOUND_SURNAMES = frozenset(DATA["compound_surnames"])
NOT_IN_GIVEN_NAMES = frozenset(DATA["not_in_given_names"])
WITHHELD = frozenset(DATA["withheld_name_marks"])
# What ends a title phrase on the left: punctuation, spaces and digits.
PHRASE_DELIMITER = re.compile(rf"[^{HAN_BASIC}A-Za-z、]")
MAX_TITLE_PHRASE = 30
LIST_SEPARATOR = "、"
TITLE_JOINER = "兼"  # 董事长兼总经理
TRANSLITERATION_DOT = "·"
MAX_TRANSLITERATED = 16
TRANSLITERATED = re.compile(f"[{HAN_BASIC}]{{1,8}}(?:·[{HAN_BASIC}]{{1,8}})+")



@cache
def _title_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(DATA['title_prefixes'])})?(?:{alternation(DATA['titles'])})")


@cache
def _title_at_end_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{_title_pattern().pattern})$")


@cache
def _generic_body_pattern() -> re.Pattern[str]:
    return re.compile(f"^(?:{alternation(DATA['generic_bodies'])})+$")


@cache
def _title_after_name_pattern() -> re.Pattern[str]:
    return re.compile(alternation(DATA["titles_after_name"]))


@cache
def _follower_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    followers = DATA["name_followers"]
    return re.compile(alternation(followers["strong"])), re.compile(alternation(followers["weak"]))


@cache
def _phrase_break_pattern() -> re.Pattern[str]:
    return re.compile(alternation(DATA["title_phrase_breaks"]))


def _follower(text: str, position: int) -> str | None:
    """What follows a name candidate ending at ``position``: 'end' (punctuation or the end), 'strong', 'weak'."""
    if position >= len(text) or not HAN.match(text[position]):
        return "end"
    strong, weak = _follower_patterns()
    if strong.match(text, position):
        return "strong"
    if weak.match(text, position):
        return "weak"
    return None


def _surname_length(text: str, position: int) -> int:
    if text[position:position + 2] in COMPOUND_SURNAMES:
        return 2
    return 1 if text[position:position + 1] in SURNAMES else 0


def is_plausible_name(name: str, confirmed: bool = False) -> bool:
    """A surname and one or two given-name characters, none of which is a word-building character of titles.

    ``confirmed`` means the tagger read this very string as a person: then a rare given-name character (作, 业)
    does not rule it out, and a transliterated name (叶尔夏提·吐尔逊拜) counts too.
    """
    if TRANSLITERATION_DOT in name:
        parts = name.split(TRANSLITERATION_DOT)
        return (confirmed and len(name) <= MAX_TRANSLITERATED
                and all(part and all(HAN.match(char) for char in part) for part in parts))
    surname = _surname_length(name, 0)
    given = name[surname:]
    return (surname > 0 and 1 <= len(given) <= 2 and all(HAN.match(char) for char in given)
            and not WITHHELD.intersection(given) and (confirmed or not NOT_IN_GIVEN_NAMES.intersection(given)))



def _glued_names(run: str) -> list[str] | None:
    """Personal names written without a space between them (李明王小红 → 李明, 王小红), or None when the run
    cannot be read as names; a split into fewer names wins, then the one whose first name is shorter."""
    if is_plausible_name(run):
        return [run]
    for length in range(2, min(len(run) - 1, 4)):
        head, rest = run[:length], run[length:]
        if is_plausible_name(head) and (tail := _glued_names(rest)):
            return [head, *tail]
    return None


def credited_names(names: str) -> str | None:
    """The personal names of a credit joined by 、 (`赵静、桥西刘雅琪` → 赵静, `李明王小红` → 李明、王小红);
    None when none reads as a name. A credit stands where only names stand, so a name of two or three
    characters needs only its surname (江月, 冯司宇: 月 and 司 build words elsewhere). Glued names are split only
    when the credit separates none: one that separates its names does not glue two of them."""
    parts = names.split("、")
    kept = [name for part in parts
            for name in ([part] if 2 <= len(part) <= 3 and _surname_length(part, 0) == 1
                         else (_glued_names(part) if len(parts) == 1 else None) or [])]
    return "、".join(dict.fromkeys(kept)) or None

@dataclass
class NameReader:
    """Reads the personal name starting at a place in one text, with the tagger's opinion of that text at hand."""

    text: str

    def __post_init__(self) -> None:
        self.analysis = analyse(self.text)

    def _tagged_as(self, position: int, tag: str) -> str | None:
        token = self.analysis.at(position)
        return token.word if token and token.tag == tag else None

    def read(self, position: int) -> str | None:
        """The name that starts at ``position``, or None when none does or it is a place (主任张家港)."""
        name = self.transliterated(position) or self._read(position) or self.tagged_name(position)
        if name and (self._tagged_as(position, PLACE) == name or load_gazetteer().lookup(name)):
            return None
        return name

    def transliterated(self, position: int) -> str | None:
        """A foreign or minority name written with dots (约翰·史密斯, 阿依古丽·买买提) starting at ``position``: it
        ends at the first punctuation or strong follower word after its last dot (约翰·史密斯出席)."""
        run = TRANSLITERATED.match(self.text, position)
        if not run:
            return None
        last_part = self.text.rindex(TRANSLITERATION_DOT, position, run.end()) + 2
        for end in range(last_part, run.end() + 1):
            if _follower(self.text, end) in ("strong", "end"):
                name = self.text[position:end]
                places = [part for part in name.split(TRANSLITERATION_DOT) if load_gazetteer().lookup(part)]
                return name if is_plausible_name(name, confirmed=True) and not places else None
        return None

    def tagged_name(self, position: int) -> str | None:
        """The tagger's person at ``position`` when it has a name's shape (陈作林, though 作 rarely ends a name)."""
        name = self._tagged_as(position, PERSON)
        return name if name and is_plausible_name(name, confirmed=True) else None

    def _read(self, position: int) -> str | None:
        surname = _surname_length(self.text, position)
        if not surname:
            return None
        short, long = (self.text[position:position + surname + length] for length in (1, 2))
        short_follower = _follower(self.text, position + len(short)) if is_plausible_name(short) else None
        long_follower = (_follower(self.text, position + len(long))
                         if len(long) == surname + 2 and is_plausible_name(long) else None)
        if short_follower and long_follower:
            # Both readings end at a follower: 黄斌说 is 黄斌 + 说, but 谭立和出席 is 谭立和 + 出席.
            if short_follower in ("strong", "end"):
                return short
            return long if self.text.count(long) > 1 or self.is_tagged(position, long) else short
        if short_follower:
            return short
        if long_follower:
            return long
        tagged = self._tagged_as(position, PERSON)
        return tagged if tagged and is_plausible_name(tagged) else None

    def is_tagged(self, position: int, name: str) -> bool:
        """Whether the tagger sees ``name`` as a personal name at ``position``."""
        return self._tagged_as(position, PERSON) == name


def _title_phrase(text: str, title_start: int, title_end: int) -> tuple[str, str | None]:
    """The whole title before a name (区委常委、宣传部部长) and the body it names, if any (天衡智能集团)."""
    start = title_start
    while start > 0 and title_start - start < MAX_TITLE_PHRASE and not PHRASE_DELIMITER.match(text[start - 1]):
        start -= 1
    context = text[start:title_start]
    breaks = [match.end() for match in _phrase_break_pattern().finditer(context)]
    if breaks:
        context = context[breaks[-1]:]
    parts = (context + text[title_start:title_end]).split(LIST_SEPARATOR)
    kept = [parts[-1]]
    for part in reversed(parts[:-1]):
        if not _title_at_end_pattern().search(part):  # 市委常委吕志远 ends with a name: another person's
            break
        kept.insert(0, part)
    title = LIST_SEPARATOR.join(part for part in kept if part)
    titles = list(_title_pattern().finditer(kept[0]))
    body = kept[0][:titles[-1].start()] if titles else ""  # 市人大常委会副主任: the body ends at the last title
    while body.endswith(TITLE_JOINER) and len(titles) > 1:  # 董事长兼总经理: the body ends before the first
        titles.pop()
        body = kept[0][:titles[-1].start()]
    if len(body) < 2 or _generic_body_pattern().match(body):
        return title, None
    named = organizations_by_rules(body)
    return title, named[-1] if named else body


def _add(people: dict[str, Person], name: str, title: str | None, organization: str | None) -> None:
    known = people.get(name)
    if known is None:
        people[name] = Person(name=name, title=title or None, organization=organization)
    elif known.organization is None and organization:
        known.organization = organization


def _people_after_titles(reader: NameReader, people: dict[str, Person]) -> None:
    text = reader.text
    for match in _title_pattern().finditer(text):
        name = reader.read(match.end())
        if not name:
            continue
        title, organization = _title_phrase(text, match.start(), match.end())
        _add(people, name, title, organization)
        position = match.end() + len(name)
        # A list of names sharing the title: 区领导俞刚、王路新、王伟伦.
        while text[position:position + 1] == LIST_SEPARATOR:
            listed = reader.read(position + 1)
            if not listed:
                break
            _add(people, listed, title, organization)
            position += 1 + len(listed)


def _people_before_titles(reader: NameReader, people: dict[str, Person]) -> None:
    text = reader.text
    for match in _title_after_name_pattern().finditer(text):
        for length in (3, 2):
            start = match.start() - length
            name = text[max(start, 0):match.start()]
            if start < 0 or not is_plausible_name(name):
                continue
            at_phrase_start = start == 0 or bool(PHRASE_DELIMITER.match(text[start - 1]))
            tagged = reader.is_tagged(start, name)
            if (at_phrase_start or tagged) and (length == 3 or tagged or name in people):
                _add(people, name, match.group(0), None)
                break


@cache
def _closed_list_pattern() -> re.Pattern[str]:
    return re.compile("|".join(DATA["people_list_closers"]))


def _people_in_closed_lists(reader: NameReader, people: dict[str, Person]) -> None:
    """Names listed without a title but closed as people (何一、李二、张三等8人): each one the tagger's person."""
    for closer in _closed_list_pattern().finditer(reader.text):
        end = closer.start()
        listed: list[str] = []
        while (token := reader.analysis.ending_at(end)) and token.tag == PERSON:
            if not is_plausible_name(token.word, confirmed=True):
                break
            listed.insert(0, token.word)
            if reader.text[token.start - 1:token.start] != LIST_SEPARATOR:
                break
            end = token.start - 1
        for name in listed:
            _add(people, name, None, None)


def _without_fragments(people: dict[str, Person]) -> list[Person]:
    """Drop a name that is the start of a longer name found too (谭立 beside 谭立和)."""
    names = list(people)
    return [person for name, person in people.items()
            if not any(other != name and other.startswith(name) for other in names)]


def find_people(text: str) -> list[Person]:
    """Every titled person of ``text`` once, in order of first appearance."""
    reader = NameReader(text)
    people: dict[str, Person] = {}
    _people_after_titles(reader, people)
    _people_before_titles(reader, people)
    _people_in_closed_lists(reader, people)
    return sorted(_without_fragments(people), key=lambda person: text.find(person.name))
