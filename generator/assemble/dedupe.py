"""Find republished copies of the same story: identical or near-identical text after cleaning.

Texts are compared as sets of character 5-grams with punctuation and spaces removed, so layout, punctuation
and script differences do not count. Candidate pairs come from a MinHash-style sketch (the smallest few
shingle hashes of each text): only texts whose sketches share several values are compared.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

SHINGLE = 5
SKETCH_SIZE = 24
# Texts are compared only when their sketches share this many values: a phrase common to many articles
# makes them share one, copies of one story share most.
MIN_SHARED_SKETCH = 6
# ... and each text only with the few whose sketches are closest, so time stays linear in the corpus.
MAX_COMPARED = 16
# A sketch value shared by many texts (a stock phrase of the genre) counts only its latest holders: without this
# bound every text would count every earlier one, and time would grow with the square of the corpus. Copies of
# one story are joined as they come, so the latest holders still lead to the kept one.
RECENT_HOLDERS = 64
# Two texts are one story when their 5-gram sets overlap this much (Jaccard) ...
SAME_STORY_SIMILARITY = 0.8
# ... or when the shorter is almost wholly inside the longer and not much shorter (a copy with a footer added).
CONTAINED_SHARE = 0.9
CONTAINED_MIN_LENGTH_RATIO = 0.6
NOT_TEXT = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Duplicate:
    """Text ``index`` is a copy of text ``kept`` (indexes into the list compared)."""

    index: int
    kept: int
    similarity: float


def comparable_text(text: str) -> str:
    """The text without spaces, punctuation or symbols."""
    return NOT_TEXT.sub("", text)


def shingles(text: str) -> np.ndarray:
    """Hashes of the character 5-grams of a comparable text (the whole text when shorter), sorted and distinct.

    Kept as 32-bit integers in an array, 4 bytes a shingle: as a set of Python ints the shingles of 10,000
    articles took over a gigabyte, all held at once while duplicates are sought.
    """
    grams = {text[i : i + SHINGLE] for i in range(max(len(text) - SHINGLE + 1, 1))}
    hashes = np.fromiter((zlib.crc32(gram.encode()) for gram in grams), dtype=np.uint32, count=len(grams))
    return np.unique(hashes)  # crc32: deterministic across runs, unlike hash()


def similarity(first: np.ndarray, second: np.ndarray) -> float:
    """How much two shingle sets say they are the same story: Jaccard, or containment of the shorter."""
    if not first.size or not second.size:
        return 0.0
    common = np.intersect1d(first, second, assume_unique=True).size
    jaccard = common / (first.size + second.size - common)  # the union's size, without building the union
    shorter, longer = sorted((first.size, second.size))
    if shorter / longer >= CONTAINED_MIN_LENGTH_RATIO and common / shorter >= CONTAINED_SHARE:
        return max(jaccard, common / shorter)
    return jaccard


def is_same_story(score: float, first: np.ndarray, second: np.ndarray) -> bool:
    shorter, longer = sorted((first.size, second.size))
    contained = shorter / longer >= CONTAINED_MIN_LENGTH_RATIO and score >= CONTAINED_SHARE
    return score >= SAME_STORY_SIMILARITY or contained


@dataclass(frozen=True)
class TextPrint:
    """What duplicate detection needs of one text: a digest of its comparable text and its shingles. Made with
    the article (in its worker, kept in the article cache), so a rebuild compares without re-reading texts."""

    digest: str
    shingles: np.ndarray


def text_print(text: str) -> TextPrint:
    comparable = comparable_text(text)
    return TextPrint(hashlib.sha1(comparable.encode()).hexdigest(), shingles(comparable))


def find_duplicates(texts: list[str]) -> list[Duplicate]:
    """Each text that repeats an earlier story, with the text it is merged into: the first of its copies."""
    return duplicates_among([text_print(text) for text in texts])


def duplicates_among(prints: list[TextPrint]) -> list[Duplicate]:
    """``find_duplicates`` of texts given by their prints."""
    sets = [printed.shingles for printed in prints]
    exact: dict[str, int] = {}
    buckets: dict[int, list[int]] = defaultdict(list)
    parent = list(range(len(prints)))
    scores: dict[int, float] = {}

    def root(index: int) -> int:
        while parent[index] != index:
            index = parent[index]
        return index

    def join(index: int, other: int, score: float) -> None:
        first, second = root(index), root(other)
        if first != second:
            parent[max(first, second)] = min(first, second)
            scores[index] = max(scores.get(index, 0.0), score)
            scores[other] = max(scores.get(other, 0.0), score)

    for index, printed in enumerate(prints):
        digest = printed.digest
        if digest in exact:
            join(index, exact[digest], 1.0)
            continue
        exact[digest] = index
        sketch = sets[index][:SKETCH_SIZE].tolist()  # the smallest hashes: the set is sorted
        shared: Counter[int] = Counter()
        for value in sketch:
            shared.update(buckets[value][-RECENT_HOLDERS:])
            buckets[value].append(index)
        needed = min(MIN_SHARED_SKETCH, len(sketch))
        closest = sorted(other for other, count in shared.most_common(MAX_COMPARED) if count >= needed)
        for other in closest:
            if root(other) == root(index):
                continue
            score = similarity(sets[index], sets[other])
            if is_same_story(score, sets[index], sets[other]):
                join(index, other, score)

    stories: dict[int, list[int]] = defaultdict(list)
    for index in range(len(prints)):
        stories[root(index)].append(index)
    duplicates: list[Duplicate] = []
    for members in stories.values():
        if len(members) < 2:
            continue
        kept = min(members)
        duplicates.extend(Duplicate(member, kept, round(scores.get(member, 1.0), 3)) for member in members[1:])
    return sorted(duplicates, key=lambda duplicate: duplicate.index)
