"""Build a real MkDocs site from any corpus folder, for tests and the benchmark.

A throw-away project is laid out beside the corpus: the repository's mkdocs.yml (pointing at the corpus and the
repository's templates), its hand-written docs, and nothing generated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from generator.render import GENERATED_ROOTS

REPO = Path(__file__).resolve().parents[1]
MKDOCS = Path(sys.executable).with_name("mkdocs")


def yaml_scalar(text: str) -> str:
    """``text`` as a one-line YAML scalar."""
    return yaml.safe_dump(text, width=1_000_000).splitlines()[0]


def make_project(root: Path, corpus: Path, templates: Path = REPO / "templates") -> Path:
    """Lay out a project under ``root`` that builds ``corpus`` with ``templates``; return its mkdocs.yml."""
    root.mkdir(parents=True, exist_ok=True)
    docs = root / "docs"
    if docs.exists():
        shutil.rmtree(docs)
    shutil.copytree(REPO / "docs", docs, ignore=shutil.ignore_patterns(*GENERATED_ROOTS))
    config_text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    for option, path in (("articles", corpus.resolve()), ("templates", templates.resolve())):
        config_text = config_text.replace(f"      {option}: {option}\n", f"      {option}: {yaml_scalar(str(path))}\n")
    config = root / "mkdocs.yml"
    config.write_text(config_text, encoding="utf-8")
    return config


def mkdocs_build(config: Path, strict: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the real ``mkdocs build`` on ``config`` into ``site/`` beside it; raise with its output on failure."""
    command = [str(MKDOCS), "build", "--quiet", "-f", str(config), "-d", str(config.parent / "site")]
    if strict:
        command.append("--strict")
    result = subprocess.run(command, capture_output=True, text=True, cwd=config.parent,
                            env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    if result.returncode != 0:
        raise AssertionError(f"mkdocs build failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def build_site(root: Path, corpus: Path, strict: bool = True) -> Path:
    """Build ``corpus`` into a site under ``root``; return the site folder."""
    config = make_project(root, corpus)
    mkdocs_build(config, strict=strict)
    return config.parent / "site"
