"""The main event's date: the phrase as written (6月14日至16日, 一季度), the ISO date as precise as known, and the
year, taken from the event phrase, the event's own name, the publication date, clear evidence (“十三五”开局之年)
or the years the story speaks of, never guessed. Word lists and patterns live in ``data/dates.yaml``."""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass

from generator.contracts.article import ArticleText
from generator.extract.figures.numerals import (
    CHINESE_NUMERAL,
    DIGITS,
    parse_chinese_numeral,
    parse_number,
    to_halfwidth,
)
from generator.extract.patterns import alternation, load_data, sentence_around
from generator.text.chars import HAN, HAN_BASIC
from generator.text.dates import calendar_date, iso_date

DATES = load_data("dates.yaml")

YEAR = r"(?<![\dA-Za-z@._/\\-])(?:19|20)\d\d(?!\d)"
FULL_DATE = re.compile(rf"(?P<year>{YEAR})\s*[-/.年]\s*(?P<month>\d{{1,2}})\s*[-/.月]\s*(?P<day>\d{{1,2}})日?")
PUBLICATION_LABEL = re.compile(rf"(?:{alternation(DATES['publication_labels'])})\s*[:：]?\s*$")
HEADER_WORD = re.compile(alternation(DATES["header_words"]))
HEADER_SENTENCE = re.compile(r"[，,。；;！？!?]")
TIME_OF_DAY = alternation(DATES["times_of_day"])
RANGE = alternation(DATES["range_separators"])
# Dates in Chinese numerals (二〇二三年十月二十五日): the year digit by digit, month and day as numbers.
CHINESE_YEAR = DATES["chinese_numeral_dates"]["year"]
CHINESE_MONTH = rf"(?<![{''.join(DIGITS)}十]){DATES['chinese_numeral_dates']['month']}"
CHINESE_DAY = DATES["chinese_numeral_dates"]["day"]
MONTH_DAY = re.compile(
    rf"(?:(?P<year>{YEAR}|{CHINESE_YEAR})年|今年)?(?<!\d)(?P<month>\d{{1,2}}|{CHINESE_MONTH})月"
    rf"(?P<day>\d{{1,2}}|{CHINESE_DAY})日"
    rf"(?:(?:{RANGE})(?:\d{{1,2}}月)?\d{{1,2}}日)?(?:{TIME_OF_DAY})?"
)
DAY_ONLY = re.compile(
    rf"(?:^|(?<=[，,。；;：:\s（()）》”\"于在]))(?P<day>\d{{1,2}})日(?:{TIME_OF_DAY}|(?=[，,在于举召开]))", re.MULTILINE
)
MONTH = re.compile(
    rf"(?:(?P<year>{YEAR})年|今年)?(?<![\d\-—–~～至到])(?P<month>\d{{1,2}})月"
    rf"(?:{alternation(DATES['month_suffixes'])})?(?![\d日])"
)
RELATIVE_DAY = re.compile(rf"(?P<word>{alternation(DATES['relative_days'])})(?:{TIME_OF_DAY})?")
VAGUE_RECENT = re.compile(alternation(DATES["vague_recent"]))
PERIOD = re.compile("|".join(DATES["periods"]))
SINCE = re.compile(alternation(DATES["since_phrases"]))
DATELINE_MARKS = tuple(DATES["dateline_marks"])
CUTOFF_WORDS = tuple(DATES["cutoff_words"])
YEAR_MENTION = re.compile(rf"(?P<year>{YEAR})(?P<nian>年(?!代))?")
YEAR_RANGE_BEFORE = re.compile(rf"\d\s*(?:{RANGE})\s*$")
YEAR_RANGE_AFTER = re.compile(rf"^年?\s*(?:{RANGE})\s*\d")
BARE_YEAR_FOLLOWER = re.compile(rf" ?[{HAN_BASIC}“\"「《（(‘](?<![{DATES['count_words']}])")
MENTION_TAIL = re.compile(r"[^，,。；;！？!?、\n]{0,16}")  # the rest of the clause, for the evidence
PASSING_BEFORE = tuple(DATES["passing_before"])
PASSING_AFTER = tuple(DATES["passing_after"])
PLAN_MILESTONE = re.compile(
    rf"[“\"「『]?(?P<plan>{alternation(DATES['plan_periods'])})[”\"」』]?(?:规划)?的?"
    rf"(?P<milestone>{alternation(DATES['plan_milestones'])})"
)
ANNIVERSARY = re.compile(
    rf"(?P<event>{alternation(DATES['anniversaries'])})(?P<years>\d{{1,3}}|{CHINESE_NUMERAL})周年"
)

# Ranks of the kinds of date phrase: the lowest rank names the main event, the earliest among equals.
EVENT_DAY, DAY_OF_MONTH, DATELINE, RELATIVE, RECENT, WHOLE_MONTH, PERIOD_OF_YEAR, SINCE_START, CUTOFF = range(9)


@dataclass
class DateFact:
    """What the date extractor found: ISO date, the phrase as written, the year, and how the year is known."""

    date: str | None = None
    date_text: str | None = None
    year: int | None = None
    evidence: str | None = None


@dataclass
class DatePhrase:
    """One phrase that dates something in the story, with what it says of the calendar."""

    text: str
    start: int
    rank: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    offset_days: int | None = None


@dataclass
class MetadataDate:
    """A date stated outside the story (the publication date of a page header or the cleaner's metadata, or the
    input's front matter), with the phrase it came from."""

    year: int
    month: int | None
    day: int | None
    phrase: str


def calendar_number(written: str) -> int:
    """A year, month or day as written: 2023, 10, 二〇二三 (digit by digit), 十月's 十, 二十五."""
    if written.isascii():
        return int(written)
    if len(written) == 4 and all(char in DIGITS for char in written.replace("○", "〇")):
        return int("".join(str(DIGITS[char]) for char in written.replace("○", "〇")))
    return parse_chinese_numeral(written) or 0


def read_metadata_date(value: object, phrase: str) -> MetadataDate | None:
    """A date from an ISO-like value (2021-9-8, 2021-09-08 11:28, 2015年06月04日, 2021-09, 2021)."""
    match = FULL_DATE.search(to_halfwidth(str(value)))
    if not match:
        year = re.fullmatch(r"\s*((?:19|20)\d\d)(?:-(\d{1,2}))?\s*", str(value))
        if not year:
            return None
        month = int(year.group(2)) if year.group(2) else None
        return MetadataDate(int(year.group(1)), month, None, phrase) if month is None or 1 <= month <= 12 else None
    year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
    return MetadataDate(year, month, day, phrase) if calendar_date(year, month, day) else None


def is_header(paragraph: str) -> bool:
    """A short page-header line dating the page (发布时间：2015年06月04日, 2009-11-13 00:00:00 作者：…)."""
    match = FULL_DATE.search(paragraph)
    if not match or len(paragraph) > DATES["header_max_length"]:
        return False
    rest = (paragraph[:match.start()] + paragraph[match.end():]).strip(" \t|:：-")
    # or only a column name beside the date (| 招商动态 |2017-02-27), no sentence
    column_only = len(HAN.findall(rest)) <= DATES["header_column_max_han"] and not HEADER_SENTENCE.search(rest)
    return bool(PUBLICATION_LABEL.search(paragraph[:match.start()]) or HEADER_WORD.search(paragraph) or column_only)


def split_headers(article: ArticleText) -> tuple[str, MetadataDate | None]:
    """The story without its page-header lines, and the publication date from metadata or those lines."""
    publication = None
    for key, label in DATES["publication_keys"].items():
        if article.found.get(key):
            publication = read_metadata_date(article.found[key], f"{label} {article.found[key]}")
            if publication:
                break
    story = []
    paragraphs = article.full_text.split("\n\n")
    index = 0
    in_header = True  # a stacked date is read only in the page's first lines, before the story's first sentence
    while index < len(paragraphs):
        in_header = in_header and index < DATES["stacked_date_window"] and "。" not in paragraphs[index]
        stacked, taken = _stacked_date(paragraphs, index) if in_header else (None, 0)
        if stacked:
            publication, index = publication or stacked, index + taken
            continue
        if is_header(paragraphs[index]):
            publication = publication or read_metadata_date(paragraphs[index], paragraphs[index].strip())
        else:
            story.append(paragraphs[index])
        index += 1
    return "\n\n".join(story), publication


STACKED_YEAR = re.compile(rf"\s*({YEAR})\s*")
STACKED_MONTH_DAY = re.compile(r"\s*(\d{1,2})\s*[-/]\s*(\d{1,2})\s*")
STACKED_TIME = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?\s*")


def _stacked_date(paragraphs: list[str], index: int) -> tuple[MetadataDate | None, int]:
    """A page header's date stacked a part a line from ``index`` on (2019 / 11/28 / 09:30, as mobile pages print
    it): the publication date and how many lines it takes, or (None, 0)."""
    year = STACKED_YEAR.fullmatch(paragraphs[index])
    month_day = STACKED_MONTH_DAY.fullmatch(paragraphs[index + 1]) if index + 1 < len(paragraphs) else None
    if not year or not month_day:
        return None, 0
    date = calendar_date(int(year.group(1)), int(month_day.group(1)), int(month_day.group(2)))
    if not date:
        return None, 0
    taken = 3 if index + 2 < len(paragraphs) and STACKED_TIME.fullmatch(paragraphs[index + 2]) else 2
    phrase = " ".join(paragraph.strip() for paragraph in paragraphs[index:index + taken])
    return MetadataDate(date.year, date.month, date.day, phrase), taken


def date_phrases(story: str) -> list[DatePhrase]:
    """Every phrase of ``story`` that dates something, ranked by how surely it is the main event's date."""
    phrases: list[DatePhrase] = []
    for match in MONTH_DAY.finditer(story):
        after, before = story[match.end():match.end() + 1], story[max(0, match.start() - 2):match.start()]
        rank = DATELINE if after in DATELINE_MARKS else CUTOFF if before.endswith(CUTOFF_WORDS) else EVENT_DAY
        year = calendar_number(match["year"]) if match["year"] else None
        phrases.append(DatePhrase(match.group(0), match.start(), rank, year, calendar_number(match["month"]),
                                  calendar_number(match["day"])))
    for match in DAY_ONLY.finditer(story):
        phrases.append(DatePhrase(match.group(0), match.start(), DAY_OF_MONTH, day=int(match["day"])))
    for match in RELATIVE_DAY.finditer(story):
        phrases.append(DatePhrase(match.group(0), match.start(), RELATIVE,
                                  offset_days=DATES["relative_days"][match["word"]]))
    for match in VAGUE_RECENT.finditer(story):
        phrases.append(DatePhrase(match.group(0), match.start(), RECENT))
    for match in MONTH.finditer(story):
        year = int(match["year"]) if match["year"] else None
        phrases.append(DatePhrase(match.group(0), match.start(), WHOLE_MONTH, year, int(match["month"])))
    for match in PERIOD.finditer(story):
        phrases.append(DatePhrase(match.group(0), match.start(), PERIOD_OF_YEAR))
    for match in SINCE.finditer(story):
        phrases.append(DatePhrase(match.group(0), match.start(), SINCE_START))
    return [phrase for phrase in phrases
            if (phrase.month is None or 1 <= phrase.month <= 12) and (phrase.day is None or 1 <= phrase.day <= 31)]


def story_years(text: str) -> list[tuple[int, str]]:
    """Years the text speaks of as its own (2024年年初, 2013黑龙江…活动), with the mention; not years in
    passing (早在2003年就…上市), targets (到2025年), ranges (2021—2025年), counts (2024家) or codes."""
    years = []
    for match in YEAR_MENTION.finditer(text):
        before, after = text[max(0, match.start() - 4):match.start()], text[match.end():]
        if not match["nian"] and not BARE_YEAR_FOLLOWER.match(after):
            continue
        if YEAR_RANGE_BEFORE.search(before) or YEAR_RANGE_AFTER.match(text[match.end("year"):]):
            continue
        if before.endswith(PASSING_BEFORE) or after.startswith(PASSING_AFTER):
            continue
        if int(match["year"]) > datetime.date.today().year:  # a target (2035远景目标), never the story's year
            continue
        years.append((int(match["year"]), match.group(0) + MENTION_TAIL.match(after).group(0)))
    return years


def evidence_year(text: str) -> tuple[int, str] | None:
    """A year stated by a plan milestone (“十三五”开局之年 → 2016) or an anniversary (建党100周年 → 2021)."""
    milestone = PLAN_MILESTONE.search(text)
    if milestone:
        plan_start = DATES["plan_periods"][milestone["plan"]]
        return plan_start + DATES["plan_milestones"][milestone["milestone"]], milestone.group(0)
    anniversary = ANNIVERSARY.search(text)
    if anniversary:
        years = parse_number(anniversary["years"])
        if years is not None:
            return DATES["anniversaries"][anniversary["event"]] + int(years), anniversary.group(0)
    return None


def year_at_publication(phrase: DatePhrase | None, publication: MetadataDate) -> int:
    """The event's year from the publication date: the year before when its month-day comes later in the year
    than the publication's (a 12月28日 event reported on 2024-01-03 is of 2023)."""
    if phrase is None or phrase.month is None or publication.month is None:
        return publication.year
    event_day, published_day = (phrase.month, phrase.day or 0), (publication.month, publication.day or 31)
    return publication.year - 1 if event_day > published_day else publication.year


def month_of_day(phrase: DatePhrase, reference: DatePhrase | MetadataDate | None) -> None:
    """Give a day-of-month phrase (27日) the month of the dateline or publication it follows: that month when
    the day is not later than the reference day, else the month before (its year follows from the month)."""
    if reference is None or reference.month is None or reference.day is None or phrase.day is None:
        return
    phrase.month = reference.month if phrase.day <= reference.day else reference.month - 1 or 12


def resolve_year(phrase: DatePhrase | None, story: str, publication: MetadataDate | None,
                 ) -> tuple[int | None, str | None]:
    """The event's year and the phrase it came from, surest source first: the phrase's own year; for a phrase
    with a month, the publication date; a year in the phrase's sentence (2024宿州经开区产业推介会) but not a
    reporting year (2022年度); the publication date; evidence; the years the story speaks of."""
    if phrase and phrase.year:
        return phrase.year, phrase.text
    if phrase and phrase.month and publication:
        return year_at_publication(phrase, publication), publication.phrase
    if phrase:
        in_sentence = [(year, mention) for year, mention in story_years(sentence_around(story, phrase.start))
                       if not mention.startswith(f"{year}{DATES['reporting_year_suffix']}")]
        if in_sentence:
            return in_sentence[0]
    if publication:
        return year_at_publication(phrase, publication), publication.phrase
    evidence = evidence_year(story)
    if evidence:
        return evidence
    mentioned = story_years(story)
    if not mentioned:
        return None, None
    counts = Counter(year for year, _ in mentioned)
    year = max(counts, key=lambda candidate: (counts[candidate], candidate))
    mention = next(mention for candidate, mention in mentioned if candidate == year)
    if _reviews_the_year_before(phrase, story, mentioned):
        return year + 1, f"{mention}（回顾上一年）"
    return year, mention


def _reviews_the_year_before(phrase: DatePhrase | None, story: str, mentioned: list[tuple[int, str]]) -> bool:
    """The one year the story gives opens reviews of it (2024年，…; 2025年全区…增速达22%), none a plan (将, 力争),
    and its event is early in a year: the story is of the year after."""
    if phrase is None or phrase.month is None or phrase.month > DATES["review_until_month"]:
        return False
    years = {year for year, _ in mentioned}
    if len(years) != 1:  # 2023年，全市签约…；2024年，全市将力争…: a review and a plan, not a review alone
        return False
    (year,) = years
    reviews = tuple(DATES["review_year_after"])
    plans = tuple(DATES["plan_words"])
    for match in YEAR_MENTION.finditer(story):
        if int(match["year"]) != year:
            continue
        clause_end = min((end for end in (story.find(mark, match.end()) for mark in "。；;！？\n") if end >= 0),
                         default=len(story))
        if not story.startswith(reviews, match.end("year")) or any(
                word in story[match.end():clause_end] for word in plans):
            return False
    return True


def event_date(phrase: DatePhrase | None, year: int, publication: MetadataDate | None) -> str:
    """The ISO date as precise as the phrase and the year make it known."""
    if phrase and phrase.offset_days is not None and publication and publication.day:
        published = calendar_date(publication.year, publication.month, publication.day)
        if published:
            return (published + datetime.timedelta(days=phrase.offset_days)).isoformat()
    if phrase and phrase.month and phrase.day and calendar_date(year, phrase.month, phrase.day):
        return iso_date(year, phrase.month, phrase.day)
    return iso_date(year, phrase.month if phrase else None)


def find_date(article: ArticleText) -> DateFact:
    """The main event's date phrase, ISO date and year; a date given in the input's front matter wins."""
    story, publication = split_headers(article)
    phrases = date_phrases(story)
    phrase = min(phrases, key=lambda candidate: (candidate.rank, candidate.start)) if phrases else None
    if phrase and phrase.rank == DAY_OF_MONTH:
        datelines = [candidate for candidate in phrases if candidate.rank == DATELINE]
        month_of_day(phrase, datelines[0] if datelines else publication)
    fact = DateFact(date_text=phrase.text if phrase else None)
    given = article.given.get("date")
    if given:
        given_date = read_metadata_date(given, "")
        if given_date:
            fact.year = given_date.year
            fact.date = event_date(DatePhrase("", 0, EVENT_DAY, month=given_date.month, day=given_date.day),
                                 given_date.year, None)
            fact.evidence = f"给定日期 {given}"
            return fact
    year, source = resolve_year(phrase, story, publication)
    if year is None:
        return fact
    fact.date = event_date(phrase, year, publication)
    fact.year = year = int(fact.date[:4])  # 昨天 on 1 January is of the year before
    fact.evidence = source if not phrase or source == phrase.text else f"{phrase.text} | {source} → {year}"
    return fact
