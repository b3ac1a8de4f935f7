"""The publishing workflow: valid against the GitHub Actions schema, clean under zizmor, and doing the right steps."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from tests.sitebuild import REPO

WORKFLOW = REPO / ".github" / "workflows" / "publish.yml"
BIN = Path(sys.executable).parent


def load_workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as True
    return data


def test_workflow_matches_the_github_actions_schema() -> None:
    result = subprocess.run(
        [str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_has_no_zizmor_findings() -> None:
    result = subprocess.run(
        [str(BIN / "zizmor"), "--offline", "--config", str(REPO / ".github" / "zizmor.yml"), str(WORKFLOW)],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_builds_with_make_site_and_deploys_to_pages_on_push_to_main() -> None:
    workflow = load_workflow()
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["concurrency"]["group"]
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    uses = [step.get("uses", "").split("@")[0] for step in build["steps"]]
    runs = [step.get("run", "") for step in build["steps"]]
    assert "actions/setup-python" in uses
    assert "make site" in runs
    assert uses.index("actions/configure-pages") < runs.index("make site") < uses.index("actions/upload-pages-artifact")
    make_site = build["steps"][runs.index("make site")]
    assert make_site["env"]["SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"  # fills sitemap and feed links
    upload = next(step for step in build["steps"] if step.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"
    assert deploy["needs"] == "build"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"


def test_ci_script_runs_make_test() -> None:
    script = (REPO / ".ci" / "run").read_text("utf-8")
    assert "make test" in script.splitlines()[-1]
