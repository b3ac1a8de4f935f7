"""Page slugs from a title's pinyin stay the same after pypinyin is let go of and imported again."""

from __future__ import annotations

import gc
import sys

from generator.contracts.slugs import pinyin_slug, release_pinyin


def test_a_slug_is_the_same_after_pypinyin_is_released() -> None:
    words = ["长春", "经开区", "赴", "深圳", "招商"]
    before = pinyin_slug(words, "a.txt")
    assert before.startswith("changchun-jingkaiqu-fu-shenzhen-")
    dictionary = sys.modules["pypinyin.phrases_dict"].phrases_dict
    assert len(dictionary) > 10_000  # the phrase dictionary, loaded
    release_pinyin()
    gc.collect()
    assert not [name for name in sys.modules if name.startswith("pypinyin")]
    assert sys.getrefcount(dictionary) == 2  # this test's name for it, and the call's: nothing else holds it
    assert pinyin_slug(words, "a.txt") == before  # imported afresh on demand
    assert sys.modules["pypinyin.phrases_dict"].phrases_dict is not dictionary
