"""Industries the article is about: canonical names from the sector taxonomy (data/sectors.yaml), most prominent
first, where a mention in the title counts more than one in the lead, and one in the lead more than in the body."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generator.extract.patterns import inside_word, load_data

TAXONOMY = load_data("sectors.yaml")
CONTEXT_WINDOW = 4  # characters after a weak term in which an industry word must start
MAX_TITLE_LENGTH = 40
CLAUSE = re.compile(r"[^，。；！？,;!?\n]+")
MAX_EVIDENCE = 40  # characters of the clause around a mention kept as its evidence


@dataclass(frozen=True)
class SectorTerm:
    """A word of the taxonomy: the sectors it means (none for an ignored word) and whether it needs context."""

    sectors: tuple[str, ...]
    weak: bool = False


@cache
def _terms() -> dict[str, SectorTerm]:
    terms: dict[str, SectorTerm] = {word: SectorTerm(()) for word in TAXONOMY["ignored_terms"]}
    for sector in TAXONOMY["sectors"]:
        for word in sector["terms"]:
            known = terms.get(word, SectorTerm(()))
            terms[word] = SectorTerm(known.sectors + (sector["name"],))
        for word in sector.get("weak_terms", []):
            terms.setdefault(word, SectorTerm((sector["name"],), weak=True))
    return terms


@cache
def _term_pattern() -> re.Pattern[str]:
    # Longest first, so the alternation takes 新能源汽车 before 新能源 at the same place.
    return re.compile("|".join(re.escape(word) for word in sorted(_terms(), key=len, reverse=True)))


@cache
def _context_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in TAXONOMY["industry_context"])
    return re.compile(f"[^，。；！？,;\\s]{{0,{CONTEXT_WINDOW - 1}}}?(?:{words}|、)")


def sector_slugs() -> dict[str, str]:
    """Canonical sector name → ASCII slug, for the sector pages' URLs."""
    return {sector["name"]: sector["slug"] for sector in TAXONOMY["sectors"]}


def _in_industry_context(text: str, start: int, end: int) -> bool:
    """A weak term names an industry when an industry word follows it or it stands in a list."""
    return text[start - 1:start] == "、" or bool(_context_pattern().match(text, end))


LINK = re.compile(r"\[(?:[^\[\]\n]|\[[^\[\]\n]{0,80}\]){0,200}\]\(https?://[^)\s]{0,500}\)?")
CLAUSE_END = "，。；！？,;!?\n"
NAME_END = CLAUSE_END + "、（）()“”\u3000 "
REFUSAL_END = CLAUSE_END + "\u3000 "
MAX_ASSOCIATION_NAME = 12  # characters before 协会/商会… taken as the association's name


@cache
def _not_the_story_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    excluded = TAXONOMY["not_the_story"]
    refusing = "|".join(re.escape(word) for word in excluded["refusing_words"])
    endings = "|".join(re.escape(word) for word in excluded["association_endings"])
    return re.compile(refusing), re.compile(endings)


def _refusal_lifted(text: str, start: int, clause_start: int) -> bool:
    """不限制, 取消…限制: the refusing word is negated right before it or lifted earlier in its clause."""
    words = TAXONOMY["not_the_story"]
    return (text[max(0, start - 2):start].endswith(tuple(words["refusal_negated_before"]))
            or any(word in text[clause_start:start] for word in words["refusal_lifted_in_clause"]))


def _masked(text: str) -> str:
    """``text`` with the spans whose sector words say nothing of the story's industries blanked out, every other
    character in place: the text of a link (a related story), a clause that rules industries out (限制小水泥、
    普通房地产开发项目), the name of an association or chamber (X服务贸易协会). Each is found in one pass."""
    refusing, endings = _not_the_story_words()
    reach = TAXONOMY["not_the_story"]["refusal_reach"]
    spans = [match.span() for match in LINK.finditer(text)]
    blanked_to = 0
    for match in refusing.finditer(text):
        start, end = match.start(), match.end()
        if start < blanked_to:
            continue  # in the clause just blanked
        floor, ceiling = max(0, start - reach), min(len(text), end + reach)
        while start > floor and text[start - 1] not in REFUSAL_END:
            start -= 1
        while end < ceiling and text[end] not in CLAUSE_END:  # what is turned away follows the word
            end += 1
        if _refusal_lifted(text, match.start(), start):
            continue  # an industry let in, not turned away
        spans.append((start, end))
        blanked_to = end
    for match in endings.finditer(text):
        if inside_word(text, match.start(), match.end(), TAXONOMY["not_the_story"]["association_false_contexts"]):
            continue  # 招商会, 总会计师, 学会了
        start = match.start()
        while start > max(0, match.start() - MAX_ASSOCIATION_NAME) and text[start - 1] not in NAME_END:
            start -= 1
        spans.append((start, match.end()))
    if not spans:
        return text
    characters = list(text)
    for start, end in spans:
        characters[start:end] = "\u3000" * (end - start)
    return "".join(characters)


def sector_mentions(text: str) -> list[tuple[str, int]]:
    """Every sector mention in ``text`` as (canonical sector, position), in reading order."""
    mentions: list[tuple[str, int]] = []
    terms = _terms()
    text = _masked(text)
    for match in _term_pattern().finditer(text):
        term = terms[match.group(0)]
        if term.weak and not _in_industry_context(text, match.start(), match.end()):
            continue
        mentions.extend((sector, match.start()) for sector in term.sectors)
    return mentions


def _weighted_parts(text: str) -> list[tuple[str, int]]:
    """``text`` cut into title, lead and the rest, each with the weight of a mention there.

    A short first paragraph without a full stop is the title (``full_text`` starts with the headline).
    """
    weights = TAXONOMY["weights"]
    first, _, rest = text.partition("\n\n")
    if rest and len(first) <= MAX_TITLE_LENGTH and "。" not in first:
        lead, _, rest = rest.partition("\n\n")
        return [(first, weights["title"]), (lead, weights["lead"]), (rest, weights["body"])]
    return [(first, weights["lead"]), (rest, weights["body"])]


def rank_sectors(text: str) -> list[str]:
    """Sectors of ``text`` by weighted mentions, most prominent first; ties keep the order of first mention."""
    scores: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    offset = 0
    for part, weight in _weighted_parts(text):
        for sector, position in sector_mentions(part):
            scores[sector] = scores.get(sector, 0) + weight
            first_seen.setdefault(sector, offset + position)
        offset += len(part) + 2
    return sorted(scores, key=lambda sector: (-scores[sector], first_seen[sector]))


def _clause_around(text: str, position: int) -> str:
    """The clause of ``text`` holding ``position``, cut to the characters nearest the mention when long."""
    for clause in CLAUSE.finditer(text):
        if clause.start() <= position < clause.end():
            start = max(clause.start(), min(position - MAX_EVIDENCE // 2, clause.end() - MAX_EVIDENCE))
            return text[start:min(clause.end(), start + MAX_EVIDENCE)].strip()
    return ""


def sector_evidence(text: str, sectors: list[str]) -> dict[str, str]:
    """For each of ``sectors``, the clause of ``text`` where it is first named (`涵盖光伏、储能等产业`)."""
    evidence: dict[str, str] = {}
    for sector, position in sector_mentions(text):
        if sector in sectors and sector not in evidence:
            evidence[sector] = _clause_around(text, position)
    return evidence
