"""Repair GBK byte-misalignment mojibake, and mark for the reader what cannot be repaired.

A page stored in GBK loses one byte; the decoder then pairs each trail byte with the next lead byte and prints
rare characters (``?!睖刂萑A南`` for ``。”溫州華南``) until an ASCII byte that was really a trail byte puts it back
in step. The page's full-width punctuation was later folded to ASCII, so ``!`` may stand for ``！`` (A3 A1).
Repairing means putting the lost lead byte back in front of the garbled run and decoding again. The lost byte
itself is known only when the bytes allow one reading: a full-width punctuation mark, or a character that the
same article annotates with the same pinyin. Anything else is cut to the garbled span and marked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.contracts.cleaning import CleaningContext
from generator.normalize.data_files import character_ranks, load_yaml
from generator.normalize.pinyin import PINYIN_SYLLABLE
from generator.normalize.script import ScriptConverter
from generator.text.chars import HAN_EXTENDED
from generator.text.chars import HAN_OR_EXTENDED as HAN

UNREADABLE_MARKER = "〔乱码〕"

_SETTINGS = load_yaml("mojibake.yaml")
FOLDED_PUNCTUATION: dict[str, str] = _SETTINGS["folded_punctuation"]
LOST_PUNCTUATION: str = _SETTINGS["lost_punctuation"]
SEPARATING_PUNCTUATION: str = _SETTINGS["separating_punctuation"]
COMMON_RANK_LIMIT: int = _SETTINGS["common_rank_limit"]
MAX_RUN: int = _SETTINGS["max_run"]
MAX_LOOKBEHIND: int = _SETTINGS["max_lookbehind"]

PUNCTUATION_BYTES = [tuple(mark.encode("gbk")) for mark in LOST_PUNCTUATION]

# A lost byte shown as ``?`` glued to Chinese text (a real question mark is followed by space or end of line).
MARKED_LOSS = re.compile(r"(?:(?<=[^\x00-\x7f])|(?<=[,;:!])|(?<=^))\?(?=[^\s\d\x00-\x1f])", re.MULTILINE)
# A single ASCII letter between Chinese characters: where a misaligned run falls back in step.
RESYNC_LETTER = re.compile(rf"(?<=[{HAN_EXTENDED}])[A-Za-z](?=[{HAN_EXTENDED}])")
# ``?`` plus a stray annotation, then a trail byte read as ASCII, then that character's own pinyin annotation.
LOST_ANNOTATED = re.compile(
    rf"\?(?:{PINYIN_SYLLABLE}\))?([\x40-\x7e])(?=[(（]({PINYIN_SYLLABLE})[)）])"
)
# A garbled run between two lost bytes: the first ``?`` was a lead byte, the second a trail byte whose character's
# pinyin annotation follows (its opening bracket lost with it): ``?jié)摿Φ乃拗萁?jīng)`` for ``潛力的宿州經(jīng)``.
BRACKETED_RUN = re.compile(
    rf"\?(?:{PINYIN_SYLLABLE}\))?([^\x00-\x7f?\s（(]{{1,{_SETTINGS['max_run']}}})\?[(（]?({PINYIN_SYLLABLE})[)）]"
)
ANNOTATION = re.compile(rf"([{HAN_EXTENDED}])[(（]({PINYIN_SYLLABLE})[)）]")


@dataclass
class Repair:
    """Replace ``observed[start:end]`` with ``text``."""

    start: int
    end: int
    text: str


def gbk_readings(character: str) -> list[bytes]:
    """The GBK bytes ``character`` may have come from: folded ASCII punctuation may have been full-width."""
    readings = []
    if character in FOLDED_PUNCTUATION:
        readings.append(FOLDED_PUNCTUATION[character].encode("gbk"))
    try:
        readings.append(character.encode("gbk"))
    except UnicodeEncodeError:
        pass
    return readings


def decode_in_step(stream: bytes) -> tuple[str, bytes] | None:
    """Decode whole GBK characters from the front of ``stream``; return them and the unpaired rest, or None."""
    decoded: list[str] = []
    position = 0
    while position < len(stream):
        byte = stream[position]
        if byte < 0x80:
            decoded.append(chr(byte))
            position += 1
            continue
        if position + 1 == len(stream):
            break
        try:
            decoded.append(stream[position:position + 2].decode("gbk"))
        except UnicodeDecodeError:
            return None
        position += 2
    return "".join(decoded), stream[position:]


def _decode_pair(lead: int, trail: int) -> str | None:
    try:
        return bytes([lead, trail]).decode("gbk")
    except UnicodeDecodeError:
        return None


def punctuation_leads(observed: str) -> list[int]:
    """Lead bytes that, put before ``observed``, make its first byte the trail of a punctuation mark.

    Only a punctuation mark is ever restored from a lost byte alone, so only these leads are worth trying.
    """
    if not observed:
        return []
    first_bytes = {reading[0] for reading in gbk_readings(observed[0]) if reading}
    return sorted({lead for lead, trail in PUNCTUATION_BYTES if trail in first_bytes})


def realignments(lost_byte: int, observed: str) -> Iterator[tuple[str, int]]:
    """Every reading of ``lost_byte`` + the bytes of ``observed`` that falls back in step at a character boundary.

    Yields the decoded text and how many observed characters it covers.
    """
    pending: list[tuple[int, bytes, str]] = [(0, bytes([lost_byte]), "")]
    tried: set[tuple[int, bytes]] = set()  # folded marks fork the reading; a fork that meets another is not retried
    while pending:
        index, carry, decoded = pending.pop()
        if index >= min(len(observed), MAX_RUN) or (index, carry) in tried:
            continue
        tried.add((index, carry))
        for reading in gbk_readings(observed[index]):
            step = decode_in_step(carry + reading)
            if step is None:
                continue
            text, rest = step
            if not rest:
                yield decoded + text, index + 1
            else:
                pending.append((index + 1, rest, decoded + text))


class MojibakeRepairer:
    """Finds garbled runs in one article and decides, from the bytes alone, what each one was."""

    def __init__(self, text: str, converter: ScriptConverter) -> None:
        self.text = text
        self.converter = converter
        self.ranks = character_ranks()
        self.commonness: dict[str, bool] = {}
        self.annotated: dict[str, set[str]] = {}
        for character, syllable in ANNOTATION.findall(text):
            self.annotated.setdefault(syllable, set()).add(character)

    def is_common(self, character: str) -> bool:
        if character not in self.commonness:
            if HAN.match(character):
                rank = self.ranks.get(self.converter.convert(character), COMMON_RANK_LIMIT)
                self.commonness[character] = rank < COMMON_RANK_LIMIT
            else:
                self.commonness[character] = character in LOST_PUNCTUATION
        return self.commonness[character]

    def reads_as_chinese(self, text: str) -> bool:
        return bool(text) and all(self.is_common(character) for character in text)

    def fits_after(self, position: int, restored: str) -> bool:
        """A restored run starts with punctuation, and not a second separating mark after one already there."""
        if not restored or restored[0] not in LOST_PUNCTUATION:
            return False
        before = self.text[position - 1] if position else ""
        after_punctuation = bool(before) and (before in LOST_PUNCTUATION or before in FOLDED_PUNCTUATION)
        return not (after_punctuation and restored[0] in SEPARATING_PUNCTUATION)

    def repairs_after_marked_loss(self, position: int) -> Repair | None:
        """``?`` at ``position`` stands for the lost byte: realign what follows it."""
        observed = self.text[position + 1:position + 1 + MAX_RUN]
        best: tuple[int, str] | None = None
        for lost_byte in punctuation_leads(observed):
            for text, covered in realignments(lost_byte, observed):
                if self.fits_after(position, text) and self.reads_as_chinese(text):
                    if best is None or covered < best[0] or (covered == best[0] and text < best[1]):
                        best = (covered, text)
        if best is None:
            return None
        return Repair(position, position + 1 + best[0], best[1])

    def repair_before_letter(self, position: int) -> Repair | None:
        """A glued letter at ``position`` ends a run whose lost byte went unmarked: try the shortest run first."""
        for start in range(position - 1, max(-1, position - 1 - MAX_LOOKBEHIND), -1):
            if self.text[start].isspace() or self.text[start] < "\x80" and self.text[start] not in FOLDED_PUNCTUATION:
                return None
            observed = self.text[start:position + 1]
            for lost_byte in punctuation_leads(observed):
                for text, covered in realignments(lost_byte, observed):
                    if covered == len(observed) and self.fits_after(start, text) and self.reads_as_chinese(text):
                        return Repair(start, position + 1, text)
        return None

    def repair_annotated(self, match: re.Match[str]) -> Repair:
        """``?…)^(qū)``: the trail byte and the character's pinyin elsewhere in the article name the character."""
        trail = ord(match.group(1))
        annotated = self.annotated.get(match.group(2), set())
        candidates = {character for lead in range(0x81, 0xFF) if (character := _decode_pair(lead, trail)) in annotated}
        text = candidates.pop() if len(candidates) == 1 else UNREADABLE_MARKER
        return Repair(match.start(), match.end(), text)

    def characters_with_annotation(self, lead: int, syllable: str) -> set[str]:
        """Characters whose GBK lead byte is ``lead`` and that the article annotates with ``syllable``."""
        annotated = self.annotated.get(syllable, set())
        return {character for trail in range(0x40, 0xFF) if (character := _decode_pair(lead, trail)) in annotated}

    def repair_bracketed(self, match: re.Match[str]) -> Repair | None:
        """Realign the run between two lost bytes; the ends are restored only where the bytes allow one reading."""
        try:
            middle = match.group(1).encode("gbk")
        except UnicodeEncodeError:
            return None
        step = decode_in_step(middle[1:-1])
        if step is None or step[1] or not self.reads_as_chinese(step[0]):
            return None
        first = {
            character for lead in range(0x81, 0xFF)
            if (character := _decode_pair(lead, middle[0])) and character in LOST_PUNCTUATION
        }
        last = self.characters_with_annotation(middle[-1], match.group(2))
        opening = first.pop() if len(first) == 1 else UNREADABLE_MARKER
        closing = last.pop() if len(last) == 1 else UNREADABLE_MARKER
        return Repair(match.start(), match.end(), opening + step[0] + closing)

    def unreadable_span(self, position: int) -> Repair | None:
        """A ``?`` followed by uncommon characters: cut from it to the last of them, when that is close."""
        end = position + 1
        lookahead = position + 1
        while lookahead < len(self.text) and lookahead - end <= 2 and self.text[lookahead] not in "\n":
            character = self.text[lookahead]
            odd = character == "?" or character.isascii() and character.isalpha() or not self.is_common(character)
            if odd and not character.isspace():
                end = lookahead + 1
            lookahead += 1
        return Repair(position, end, UNREADABLE_MARKER) if end - position > 2 else None

    def find_repairs(self) -> list[Repair]:
        repairs: list[Repair] = [self.repair_annotated(match) for match in LOST_ANNOTATED.finditer(self.text)]
        for match in BRACKETED_RUN.finditer(self.text):
            found = self.repair_bracketed(match)
            if found and not any(repair.start < found.end and found.start < repair.end for repair in repairs):
                repairs.append(found)
        for match in MARKED_LOSS.finditer(self.text):
            if any(repair.start <= match.start() < repair.end for repair in repairs):
                continue
            found = self.repairs_after_marked_loss(match.start()) or self.unreadable_span(match.start())
            if found:
                repairs.append(found)
        for match in RESYNC_LETTER.finditer(self.text):
            if any(repair.start <= match.start() < repair.end for repair in repairs):
                continue
            found = self.repair_before_letter(match.start())
            if found:
                repairs.append(found)
        return sorted(repairs, key=lambda repair: repair.start)


def repair_mojibake(text: str, context: CleaningContext) -> tuple[str, int]:
    """Realign GBK runs where the bytes allow one reading; mark the rest ``〔乱码〕`` and warn."""
    repairs = MojibakeRepairer(text, context.converter).find_repairs()
    pieces: list[str] = []
    position = 0
    for repair in repairs:
        if repair.start < position:
            continue
        pieces.append(text[position:repair.start])
        pieces.append(repair.text)
        if UNREADABLE_MARKER in repair.text:
            context.warnings.append(
                f"garbled text (GBK mojibake) the bytes cannot repair, marked {UNREADABLE_MARKER}: "
                f"{text[repair.start:repair.end]}"
            )
        position = repair.end
    pieces.append(text[position:])
    return "".join(pieces), len(repairs)
