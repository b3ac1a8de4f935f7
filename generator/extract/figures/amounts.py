"""Sums of money: every amount as written, with its qualifier, currency and value in yuan, and the story's
headline total of signed or planned investment. Patterns and word lists live in ``data/money.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.contracts.article import Amount
from generator.extract.figures.numerals import CHINESE_NUMERAL, NUMERAL, parse_number, to_halfwidth
from generator.extract.patterns import alternation, in_tally, load_data, sentence_has
from generator.text.chars import HAN

MONEY = load_data("money.yaml")
UNITS: dict[str, float] = MONEY["units"]
CURRENCIES: dict[str, str] = MONEY["currencies"]
QUALIFIERS_BEFORE: dict[str, str] = MONEY["qualifiers_before"]
QUALIFIERS_AFTER: dict[str, str] = MONEY["qualifiers_after"]
QUALIFIERS_INSIDE: dict[str, str] = MONEY["qualifiers_inside"]
RANGE_QUALIFIER = "以上"


# No digit, numeral or vague quantifier (数十亿, 上百亿) right before the number.
NUMBER_START = r"(?<![\d.A-Za-z数几上零〇一二两三四五六七八九十百千万亿])"
# 千亿, 百亿: a magnitude, an amount only when qualified after a lead (总投资超千亿元).
BARE_MAGNITUDE_WORD = re.compile("[百千]")
BARE_MAGNITUDE = f"{BARE_MAGNITUDE_WORD.pattern}(?=[万亿])"
AMOUNT = re.compile(
    rf"(?P<before>{alternation(QUALIFIERS_BEFORE)})?(?P<rmb>人民币)?"
    rf"(?:{NUMBER_START}(?P<low>{NUMERAL})(?P<low_unit>{alternation(UNITS)})?(?:{alternation(CURRENCIES)})?"
    rf"\s*(?:{alternation(MONEY['range_separators'])})\s*)?"
    rf"{NUMBER_START}(?P<number>{NUMERAL}|{BARE_MAGNITUDE})(?P<inside>{alternation(QUALIFIERS_INSIDE)})?"
    rf"(?:\s?(?P<unit>{alternation(UNITS)}))?(?P<inside_after_unit>{alternation(QUALIFIERS_INSIDE)})?"
    rf"(?P<currency>{alternation(CURRENCIES)}|{re.escape(MONEY['magnitude_class_suffix'])})?"
    r"(?P<note>[（(][^（）()\n\d]{0,12}[)）])?"  # (人民币，下同)
    rf"(?P<after>{alternation(QUALIFIERS_AFTER)})?"
)
TOTAL_LEAD = (rf"(?:{alternation(MONEY['lead_prefixes'])})?(?:{alternation(MONEY['total_heads'])})"
              rf"|{alternation(MONEY['total_alone'])}")
CONNECTOR = rf"(?:{alternation(MONEY['lead_connectors'])})?\s?"
LEAD = re.compile(rf"(?:{TOTAL_LEAD}|{alternation(MONEY['other_leads'])}){CONNECTOR}$")
IS_TOTAL = re.compile(rf"(?:{TOTAL_LEAD}){CONNECTOR}$")
LEAD_WINDOW = 16
PRICE_WINDOW = 4
SIZE_CLASS_WINDOW = 40
SAME_TOTAL_TOLERANCE = 0.1
CHINESE_ONLY = re.compile(CHINESE_NUMERAL)
SIZE_CLASS = re.compile(MONEY["size_class_pattern"])
SIZE_CLASS_BEFORE = re.compile(MONEY["size_class_before_pattern"])
SHARE_AFTER_CLASS = re.compile(MONEY["size_class_pattern"] + MONEY["share_after_class"])
BREAKDOWN_MARKERS = tuple(MONEY["breakdown_markers"])
SENTENCE_MARKS = "。！？!?\n"
CLASS_CHAIN_GAP = 24  # characters from one size class to the next in the same breakdown
SIGNING = re.compile(alternation(MONEY["signing_words"]))


@dataclass
class FoundAmount:
    """An amount with where it stands in the text and the lead phrase written before it."""

    amount: Amount
    start: int
    end: int
    lead: str


def is_money(match: re.Match[str], text: str, lead: str) -> bool:
    """Whether a numeral-and-unit match is a sum of money rather than a count, a price or another word."""
    unit, currency = match["unit"], match["currency"]
    for numeral in (match["number"], match["low"]):
        if numeral and CHINESE_ONLY.fullmatch(numeral) and not unit:
            return False  # 三元, 六大: a Chinese numeral is money only with 万 or 亿
    if BARE_MAGNITUDE_WORD.fullmatch(match["number"]) and not (match["before"] and lead):
        return False
    following = text[match.end():match.end() + 1]
    if currency is None:
        bare = (unit in MONEY["units_without_currency"] and lead
                and (not HAN.match(following) or following in MONEY["bare_amount_followers"]))
        if not bare:
            return False
    elif currency == MONEY["magnitude_class_suffix"]:
        if unit not in MONEY["magnitude_class_units"] or CHINESE_ONLY.fullmatch(match["number"]):
            return False
    elif currency == "元" and not unit and following in MONEY["not_currency_after_yuan"]:
        return False
    before = text[max(0, match.start() - PRICE_WINDOW):match.start()]
    if any(marker in before for marker in MONEY["price_markers_before"]):
        return False
    return following not in MONEY["price_markers_after"]


def amount_from_match(match: re.Match[str], written: str) -> Amount | None:
    """The amount of a money match, ``written`` being its text with its lead as the article writes it."""
    number = parse_number(match["number"])
    if number is None:
        return None
    multiplier = UNITS.get(match["unit"] or "", 1.0)
    value = number * multiplier
    qualifier = next((table[word] for table, word in ((QUALIFIERS_BEFORE, match["before"]),
                                                      (QUALIFIERS_INSIDE, match["inside"]),
                                                      (QUALIFIERS_INSIDE, match["inside_after_unit"]),
                                                      (QUALIFIERS_AFTER, match["after"])) if word), None)
    if match["low"]:
        low = parse_number(match["low"])
        if low is None:
            return None
        value = low * (UNITS[match["low_unit"]] if match["low_unit"] else multiplier)
        qualifier = RANGE_QUALIFIER
    currency = CURRENCIES.get(match["currency"] or "元", MONEY["yuan_currency"])
    if match["rmb"]:
        currency = MONEY["yuan_currency"]
    yuan = round(value, 2) if currency == MONEY["yuan_currency"] else None
    return Amount(text=written, yuan=yuan, qualifier=qualifier, currency=currency)


def scan_amounts(text: str) -> list[FoundAmount]:
    """Every sum of money in ``text`` in order, with its lead phrase (总投资, 签约总额…) in its text as written."""
    written, text = text, to_halfwidth(text)
    found: list[FoundAmount] = []
    for match in AMOUNT.finditer(text):
        lead_match = LEAD.search(text[max(0, match.start() - LEAD_WINDOW):match.start()])
        lead = lead_match.group(0) if lead_match else ""
        if not is_money(match, text, lead):
            continue
        start = match.start() - len(lead)
        amount = amount_from_match(match, written[start:match.end()].strip())
        if amount is None:
            continue
        found.append(FoundAmount(amount=amount, start=start, end=match.end(), lead=lead))
    return found


def is_size_class(text: str, found: FoundAmount) -> bool:
    """Whether ``found`` bounds a class of a tally (10亿元以上项目4个, 其中6个项目的投资额超过2亿元)."""
    return bool(SIZE_CLASS.match(to_halfwidth(text[found.end:found.end + SIZE_CLASS_WINDOW]))
                or SIZE_CLASS_BEFORE.search(to_halfwidth(text[max(0, found.start - SIZE_CLASS_WINDOW):found.start])))


def is_breakdown_class(text: str, found: FoundAmount, follows_class: bool) -> bool:
    """Whether ``found`` is a size class breaking a signing down (其中10亿元以上项目4个, 5000万元以上项目83个，占…,
    or one more class right after such a one): the bound of a class, not a sum of money of its own. A tally
    of classes on its own (截至目前，完成1亿元以上项目5个) keeps its figures."""
    if not is_size_class(text, found):
        return False
    sentence_start = max(text.rfind(mark, 0, found.start) for mark in SENTENCE_MARKS) + 1
    after = to_halfwidth(text[found.end:found.end + SIZE_CLASS_WINDOW])
    size_class = SIZE_CLASS.match(after)
    around = text[sentence_start:found.start] + (size_class.group(0) if size_class else "")
    return (follows_class or any(marker in around for marker in BREAKDOWN_MARKERS)
            or bool(SHARE_AFTER_CLASS.match(after)))


def find_amounts(text: str) -> list[Amount]:
    """Every sum of money in ``text``, as written, once per distinct text; not the bounds of the size classes
    a signing is broken down into."""
    amounts: dict[str, Amount] = {}
    class_end = -CLASS_CHAIN_GAP - 1
    for found in scan_amounts(text):
        if is_breakdown_class(text, found, follows_class=found.start - class_end <= CLASS_CHAIN_GAP):
            class_end = found.end
            continue
        amounts.setdefault(found.amount.text, found.amount)
    return list(amounts.values())


def headline_investment(text: str, amounts: list[Amount]) -> tuple[float | None, str | None]:
    """The story's total of signed or planned investment: the first total (总投资, 签约总额…) in a sentence
    about signing, else the first total at all; never a period's tally, a size class or a tax or output
    figure. Only amounts in ``amounts`` count."""
    kept = {amount.text for amount in amounts}
    totals = [found for found in scan_amounts(text)
              if found.amount.text in kept and found.amount.yuan is not None and IS_TOTAL.fullmatch(found.lead)
              and not is_size_class(text, found)
              and not in_tally(text, found.start)]
    candidates = [found.amount for found in totals if sentence_has(SIGNING, text, found.start)] or [
        found.amount for found in totals]
    if not candidates:
        return None, None
    chosen, approximate = candidates[0], candidates[0].yuan or 0.0
    if chosen.qualifier:  # a headline's 近150亿元 gives way to the body's exact 149.9亿元
        exact = [amount for amount in candidates[1:] if amount.qualifier is None
                 and abs((amount.yuan or 0.0) - approximate) <= SAME_TOTAL_TOLERANCE * approximate]
        chosen = exact[0] if exact else chosen
    return chosen.yuan, chosen.text
