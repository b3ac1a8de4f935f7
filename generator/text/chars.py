"""Character classes of Chinese text, named once: use the class a rule means rather than writing a range.

Each constant is a regex character-class body (no brackets), so it can go inside a larger class.
"""

from __future__ import annotations

import re

# The CJK Unified Ideographs block: every character of ordinary modern Chinese text.
HAN_BASIC = "\u4e00-\u9fff"
# Plus Extension A (rare characters, some in names and mojibake repairs).
HAN_EXTENDED = "\u3400-\u4dbf\u4e00-\u9fff"
# Every ideograph: plus the compatibility block and the supplementary planes (what a decoder may meet).
HAN_ANY = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"

HAN = re.compile(f"[{HAN_BASIC}]")
HAN_OR_EXTENDED = re.compile(f"[{HAN_EXTENDED}]")
# Spaces between two Han characters (a scraper's or typesetter's, never the author's).
HAN_SPACE_HAN = re.compile(f"(?<=[{HAN_BASIC}])[ \u3000]+(?=[{HAN_BASIC}])")


def han_count(text: str, pattern: re.Pattern[str] = HAN) -> int:
    """How many Han characters ``text`` holds."""
    return sum(1 for _ in pattern.finditer(text))
