"""Industries the article is about, canonical names from the sector taxonomy, most prominent first. First cut."""

from __future__ import annotations

FIRST_CUT_TAXONOMY = {
    "生物医药": ["生物医药", "医药", "医疗器械"],
    "新能源": ["新能源", "光伏", "储能"],
    "电子信息": ["电子信息", "光电信息", "芯片", "半导体"],
    "食品": ["食品"],
    "文旅": ["旅游", "文旅"],
}


def rank_sectors(text: str) -> list[str]:
    """Sectors whose words occur, by number of mentions (a first cut)."""
    counts = {name: sum(text.count(word) for word in words) for name, words in FIRST_CUT_TAXONOMY.items()}
    return [name for name, count in sorted(counts.items(), key=lambda item: -item[1]) if count]
