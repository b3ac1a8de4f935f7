"""Letting go of the extractors' models after the articles step: the memory comes back, the facts do not change."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.assemble.pipeline import outcome_from_bytes
from generator.extract import release_models
from generator.extract.names import lexical, segmenter

ARTICLE = """宁波市北仑区赴深圳举办数字经济招商推介会

11月3日，宁波市北仑区在深圳举办数字经济专场招商推介会，区委书记陈立新出席并致辞。
活动现场签约项目12个，总投资86.5亿元，涉及集成电路、新能源汽车零部件和智能制造等领域。
深圳华腾微电子有限公司董事长黄凯表示，将把华东区域总部落户北仑。
""".encode()


def test_an_article_extracts_the_same_after_the_models_are_released() -> None:
    before = outcome_from_bytes(ARTICLE, "beilun.txt").record
    release_models()
    assert lexical._model.cache_info().currsize == 0 and segmenter._dictionary_tags.cache_info().currsize == 0
    after = outcome_from_bytes(ARTICLE, "beilun.txt").record
    assert before is not None and after is not None
    assert after.json_record() == before.json_record()
    assert "陈立新" in [person.name for person in after.people]
    assert lexical._model.cache_info().currsize == 1  # loaded again on demand


MEASURE_RELEASE = """
import ctypes, gc, sys
from pathlib import Path
from generator.assemble.pipeline import outcome_from_bytes
from generator.extract import release_models

def resident_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

outcome_from_bytes(sys.stdin.buffer.read(), "beilun.txt")  # everything loaded
gc.collect()
ctypes.CDLL(None).malloc_trim(0)
loaded = resident_mb()
release_models()
ctypes.CDLL(None).malloc_trim(0)
print(loaded - resident_mb())
"""


def test_releasing_the_models_gives_back_their_memory() -> None:
    # In a process of its own: in the test run's long-lived process, what the heap can give back depends on
    # everything the tests before it allocated.
    result = subprocess.run([sys.executable, "-c", MEASURE_RELEASE], input=ARTICLE, capture_output=True,
                            check=True, cwd=Path(__file__).resolve().parents[1])
    assert float(result.stdout) > 100  # MB: the LAC model, jieba's dictionary and the segmenter's tables
