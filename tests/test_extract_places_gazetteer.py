"""The gazetteer data file: how tools/build_gazetteer.py turns the package's adcodes table into it, and what the
committed file holds."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from generator.extract.places.gazetteer import load_gazetteer

ROOT = Path(__file__).resolve().parent.parent


def build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "tools" / "build_gazetteer.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_drops_placeholders_taiwan_districts_and_non_divisions(tmp_path: Path) -> None:
    table = tmp_path / "adcodes.csv"
    table.write_text(
        "adcode,name,longitude,latitude\n"
        "220000000000,吉林省,125.3,43.9\n"
        "220100000000,长春市,125.3,43.8\n"
        "220101000000,市辖区,,\n"
        "220104000000,朝阳区,125.2,43.8\n"
        "710000000000,台湾省,121.5,25.0\n"
        "710100000000,台北市,,\n"
        "710101000000,北投区,,\n"
        "820010000000,澳门特别行政区直辖,,\n"
        "990000000000,苏鲁交界,,\n",
        encoding="utf-8",
    )
    rows = build_script().read_divisions(table)
    assert rows == [
        ("220000", "吉林省"),
        ("220100", "长春市"),
        ("220104", "朝阳区"),
        ("710000", "台湾省"),
        ("710100", "台北市"),
    ]


def test_the_committed_file_names_every_province_and_recent_divisions() -> None:
    gazetteer = load_gazetteer()
    provinces = {unit.name for unit in gazetteer.by_code.values() if unit.level == "province"}
    assert len(provinces) == 34
    assert {"新疆维吾尔自治区", "香港特别行政区", "台湾省", "海南省"} <= provinces
    # Divisions created after 2018: 深圳光明区 (2018), 邢台信都区 (2020), 邹平市 (2018).
    assert {"光明区", "信都区", "邹平市"} <= gazetteer.official_names
