"""The package's seams: the import-linter contracts hold, no module imports itself round a cycle, and every
module imports on its own (a cycle hidden by import order shows up as an ImportError here)."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

REPO = Path(__file__).resolve().parents[1]
MODULES = sorted(grimp.build_graph("generator").modules)


def test_import_linter_contracts_are_kept() -> None:
    run = subprocess.run([str(Path(sys.executable).parent / "lint-imports"), "--no-cache"], cwd=REPO,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


def test_a_wrong_import_breaks_the_contract(tmp_path: Path) -> None:
    """The contract can fail: a copy of the package where reading imports rendering is refused."""
    copy = tmp_path / "repo"
    copy.mkdir()
    subprocess.run(["cp", "-r", str(REPO / "generator"), str(REPO / "pyproject.toml"), str(copy)], check=True)
    decode = copy / "generator" / "read" / "decode.py"
    decode.write_text(decode.read_text(encoding="utf-8") + "\nfrom generator.render import formatting  # noqa\n",
                      encoding="utf-8")
    run = subprocess.run([str(Path(sys.executable).parent / "lint-imports"), "--no-cache"], cwd=copy,
                         capture_output=True, text=True, timeout=300, env={"PYTHONPATH": str(copy), "PATH": ""})
    assert run.returncode != 0
    assert "generator.read is not allowed to import generator.render" in run.stdout


def stage_of(module: str) -> str:
    """``generator.extract.places.region`` → ``generator.extract``: the stage (or shared package) it belongs to."""
    return ".".join(module.split(".")[:2])


def stage_imports(graph: grimp.ImportGraph) -> dict[str, set[str]]:
    """Which stages each stage imports, from every module's direct imports."""
    edges: dict[str, set[str]] = {}
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            if stage_of(imported) != stage_of(module):
                edges.setdefault(stage_of(module), set()).add(stage_of(imported))
    return edges


def cycle_in(edges: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph as a list of nodes, or None when it has none (depth-first search)."""
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> list[str] | None:
        if node in path:
            return path[path.index(node):] + [node]
        if node in done:
            return None
        for following in sorted(edges.get(node, ())):
            found = visit(following, path + [node])
            if found:
                return found
        done.add(node)
        return None

    for node in sorted(edges):
        found = visit(node, [])
        if found:
            return found
    return None


def test_cycle_finder_sees_a_cycle() -> None:
    assert cycle_in({"render": {"build"}, "build": {"render", "read"}}) == ["build", "render", "build"]
    assert cycle_in({"render": {"extract"}, "extract": {"read"}}) is None


def test_no_import_cycle_between_stages() -> None:
    assert cycle_in(stage_imports(grimp.build_graph("generator"))) is None


@pytest.mark.parametrize("module", MODULES)
def test_module_imports_on_its_own(module: str) -> None:
    """Imported first, with no other module of the package loaded before it."""
    loaded = {name: sys.modules.pop(name) for name in list(sys.modules) if name.split(".")[0] == "generator"}
    try:
        importlib.import_module(module)
    finally:
        for name in [name for name in sys.modules if name.split(".")[0] == "generator"]:
            del sys.modules[name]
        sys.modules.update(loaded)
