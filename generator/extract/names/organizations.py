"""Named companies, associations, funds and institutes (not government bodies), each once in its longest form.

Four kinds of evidence, all driven by data/organizations.yaml: a legal or institutional ending (巨星控股集团,
浙江吉林商会, 杭州长光产业技术研究院); a list the text closes as companies (鼎盛集团、宏远钴业、海川集团等一批龙头
企业); a brand-like name right before an executive's title or a product line (绿源农业总经理, 台湾元淳食品年产);
and the statistical tagger's organizations (lexical.py), which find brands with no ending at all (网易, 中通快递)
and are kept only past the same filters plus the tagger's own mistakes: outlets (某某日报), fairs (西博会), venues
(会展中心), party and state bodies (县委), regions (东盟, 桂粤) and people followed by their title.
A name starts after the last break word before its ending; generic phrases (友好商会, 两家集团) and government
bodies (商务部研究院, 市工商业联合会) are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from generator.extract.names.lexical import ORGANIZATION, PERSON, analyse
from generator.extract.names.segmenter import dictionary_tag
from generator.extract.patterns import alternation, inside_word, load_data
from generator.extract.places.gazetteer import load_gazetteer
from generator.text.chars import HAN_BASIC

DATA = load_data("organizations.yaml")
PEOPLE = load_data("people.yaml")
NAME_CHAR = re.compile(rf"[{HAN_BASIC}A-Za-z0-9]")
PLACE_IN_BRACKETS = re.compile(rf"[(（][{HAN_BASIC}]{{2,4}}[)）]$")
CLAUSE_END = "，。；：！？、,;:!?\n"
MAX_NAME = 24
MAX_LIST_ITEM = 12
MAX_ITEM_READ = 48  # characters read at the end of a list item: its name (≤ MAX_LIST_ITEM) and the words before
CLOSER_WINDOW = 10



@cache
def _suffix_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(DATA['suffixes'])})(?:[{HAN_BASIC}]{{2,8}}?分公司)?")


@cache
def _break_pattern() -> re.Pattern[str]:
    return re.compile("|".join([alternation(DATA["name_breaks"]), *DATA["name_break_patterns"]]))


@cache
def _list_pattern() -> re.Pattern[str]:
    ends, closers = alternation(DATA["list_ends"]), alternation(DATA["list_closers"])
    return re.compile(f"(?:{ends})[^{CLAUSE_END}]{{0,{CLOSER_WINDOW}}}?(?:{closers})")


@cache
def _context_pattern() -> re.Pattern[str]:
    return re.compile(alternation(DATA["organization_contexts"]))


@cache
def _listed_suffix_pattern() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(DATA['listed_suffixes'] + DATA['suffixes'])})$")


@cache
def _generic_pattern() -> re.Pattern[str]:
    words = alternation(DATA["generic_words"] + DATA["whole_name_generic_words"])
    return re.compile(f"^(?:{words})+$")


@cache
def _government_pattern() -> re.Pattern[str]:
    return re.compile(alternation(DATA["government_markers"]))


def _run_before(text: str, end: int, floor: int) -> int:
    """Where the name that ends at ``end`` may start: back over name characters and a bracketed place."""
    start = end
    while start > floor and end - start < MAX_NAME:
        if NAME_CHAR.match(text[start - 1]):
            start -= 1
            continue
        bracket = PLACE_IN_BRACKETS.search(text, max(floor, start - 6), start)
        if bracket and bracket.start() > floor:
            start = bracket.start()
            continue
        break
    return start


def _trim(name: str) -> str:
    """The name after the last break word, without leading noise or leading descriptive words."""
    breaks = [match.end() for match in _break_pattern().finditer(name)]
    if breaks:
        name = name[breaks[-1]:]
    while name[:1] in DATA["leading_noise"]:
        name = name[1:]
    return name


def _core(name: str) -> str:
    """The name without its ending (巨星控股集团 → 巨星控股)."""
    return _listed_suffix_pattern().sub("", name)


def _is_organization_name(name: str) -> bool:
    core = _core(name)
    return (len(core) >= 2 and not _generic_pattern().match(core) and not _government_pattern().search(name))


def _anonymized(text: str, start: int) -> bool:
    return text[start - 1:start] in DATA["anonymizers"]


def _false_suffix(text: str, start: int, end: int) -> bool:
    """The ending is part of another word (客商会见, 招商会)."""
    return inside_word(text, start, end, DATA["false_suffix_contexts"])


def _by_suffix(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    floor = 0
    for match in _suffix_pattern().finditer(text):
        if _false_suffix(text, match.start(), match.end()):
            continue
        start = _run_before(text, match.start(), floor)
        name = _trim(text[start:match.end()])
        plain = _without_descriptors(name)
        name = plain if _is_organization_name(plain) else name
        start = match.end() - len(name)
        if _is_organization_name(name) and not _anonymized(text, start):
            found.append((start, name))
            floor = match.end()
    return found


def _without_descriptors(item: str) -> str:
    """A list item without leading descriptions of two or more characters (上市公司特锐德 → 特锐德)."""
    words = sorted((word for word in DATA["generic_words"] if len(word) >= 2), key=len, reverse=True)
    stripped = True
    while stripped:
        stripped = False
        for word in words:
            if item.startswith(word) and len(item) > len(word):
                item, stripped = item[len(word):], True
    return item


def _clause_breaks(text: str) -> list[int]:
    """Positions of the characters that end a clause a list may run through (all but 、), in order."""
    breaks = set(CLAUSE_END.replace("、", ""))
    return [position for position, char in enumerate(text) if char in breaks]


@cache
def _industry_word() -> re.Pattern[str]:
    """One industry word: a sector term, an industry modifier or a product word, the longest first."""
    taxonomy = load_data("sectors.yaml")
    terms = [term for sector in taxonomy["sectors"] for term in sector["terms"] + sector.get("weak_terms", [])]
    words = sorted({*terms, *DATA["industry_modifiers"], *DATA["industry_words"]}, key=len, reverse=True)
    return re.compile(alternation(words))


def _is_industry(item: str) -> bool:
    """A list item made of industry words only (新型电子元器件, 通信产品, 建材), read word by word, the longest
    word first at each place: linear in the item, which is never longer than a name."""
    if not item or len(item) > MAX_LIST_ITEM:
        return False
    position = 0
    while position < len(item):
        word = _industry_word().match(item, position)
        if not word:
            return False
        position = word.end()
    return True


def _by_list(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    breaks = _clause_breaks(text)
    # Several closings in one clause share its items: each complete item is read once, from where the last
    # closing's final item began (that item may grow). Only an item's last characters can hold a name, so a
    # long item costs no more than a short one and a long clause costs its length, not its square.
    resume: dict[int, int] = {}
    for closing in _list_pattern().finditer(text):
        before = bisect_left(breaks, closing.start()) - 1
        clause_start = breaks[before] + 1 if before >= 0 else 0
        position = resume.get(clause_start, clause_start)
        items: list[tuple[int, str]] = []
        for item in text[position:closing.start()].split("、"):
            resume[clause_start] = position
            name = _without_descriptors(_trim(item[-MAX_ITEM_READ:]))
            items.append((position + len(item) - len(name), name))
            position += len(item) + 1
        industries = {name for _, name in items if _is_industry(name)}
        listed_industries = sum(1 for _, name in items if name in industries)
        everyday = DATA["industry_list_dictionary_tags"] if 2 * listed_industries >= len(items) else []
        found.extend((start, name) for start, name in items
                     if 2 <= len(name) <= MAX_LIST_ITEM and _is_organization_name(name) and not _is_place(name)
                     and name not in industries and dictionary_tag(name) not in everyday)
    return found


def _by_context(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for context in _context_pattern().finditer(text):
        start = _run_before(text, context.start(), 0)
        name = _trim(text[start:context.start()])
        if _suffix_pattern().search(name):  # a company with a legal ending is found by its ending
            continue
        if _listed_suffix_pattern().search(name) and _is_organization_name(name):
            found.append((context.start() - len(name), name))
    return found


def _longest_forms(found: list[tuple[int, str]]) -> list[str]:
    """Each organization once, in order of first mention, in its longest form (巨星控股集团, not 巨星集团)."""
    names = {name for _, name in found}
    # Indexed once, so that each name is checked in constant time against every longer one: the strings some
    # longer name contains, and for each prefix the length of the longest name starting with it.
    inside_longer: set[str] = set()
    longest_with_prefix: dict[str, int] = {}
    for other in names:
        inside_longer.update(other[start:end] for start in range(len(other))
                             for end in range(start + 1, len(other) + 1) if end - start < len(other))
        for end in range(len(other) + 1):
            longest_with_prefix[other[:end]] = max(longest_with_prefix.get(other[:end], 0), len(other))
    kept: list[str] = []
    kept_names: set[str] = set()
    for _, name in sorted(found):
        if name in kept_names:
            continue
        if name in inside_longer or longest_with_prefix.get(_core(name), 0) > len(name):
            continue
        kept.append(name)
        kept_names.add(name)
    return kept


@cache
def _tagger_rejects() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What the tagger calls an organization but the record does not: by the name, by what follows, by what
    comes before (a title: 书记马良 is a person), by shape."""
    rejects = DATA["tagger_rejects"]
    return (re.compile(f"(?:{alternation(rejects['endings'])})$"),
            re.compile(f"[{HAN_BASIC}]{{0,4}}?(?:{alternation(rejects['followed_by'])})"),
            re.compile(f"(?:{alternation(PEOPLE['titles'])})$"),
            re.compile("|".join(rejects["patterns"])))


def _is_place(name: str) -> bool:
    """A place (深圳) or a trip to one (吉林行)."""
    gazetteer, trip = load_gazetteer(), DATA["tagger_rejects"]["trip_marker"]
    return bool(gazetteer.lookup(name) or (name.endswith(trip) and gazetteer.lookup(name[:-len(trip)])))


def _tagged_organization(text: str, start: int, name: str) -> bool:
    ending, continued, after_title, shape = _tagger_rejects()
    end = start + len(name)
    return (_is_organization_name(name) and not _anonymized(text, start) and not ending.search(name)
            and not continued.match(text, end) and not after_title.search(text, max(0, start - 8), start)
            and not shape.search(name) and not _is_place(name)
            and dictionary_tag(name) not in DATA["tagger_rejects"]["dictionary_tags"])


def _by_tagger(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    analysis = analyse(text)
    people = {token.word for token in analysis.tagged(PERSON)}  # 马良 read as a person elsewhere is one
    for token in analysis.tagged(ORGANIZATION):
        name = _trim(token.word)
        start = token.end - len(name)
        if name not in people and _tagged_organization(text, start, name):
            found.append((start, name))
    return found


def organizations_by_rules(text: str) -> list[str]:
    """The named organizations of a short phrase (a title's body), by the hand rules alone."""
    return _longest_forms(_by_suffix(text) + _by_list(text) + _by_context(text))


def find_organizations(text: str) -> list[str]:
    """Every named organization of ``text`` once, in order of first mention. Where the tagger's name overlaps one
    the rules found, the rules' boundaries win (the tagger glues two companies written together into one)."""
    by_rules = _by_suffix(text) + _by_list(text) + _by_context(text)
    taken = [(start, start + len(name)) for start, name in by_rules]
    by_tagger = [(start, name) for start, name in _by_tagger(text)
                 if not any(start < end and begin < start + len(name) for begin, end in taken)]
    return _longest_forms(by_rules + by_tagger)
