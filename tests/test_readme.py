"""Issue 23: the README is checked. Every example in it runs, as a user would type it in a shell:

* in ```console blocks, each `$ command` runs in bash (pipes, jq and cut included) and what it prints
  (stderr, then stdout, as a terminal shows them when the notes come first) must be the lines the
  README shows beneath it; a line `…` alone ends what is shown (the rest is elided);
* every `kaesong …` in backticks that is a whole command (no placeholder such as NAME or [FILE])
  runs and succeeds.

The examples are read from README.md itself, so a section added or rewritten is checked as it is.
Installing (```sh blocks, `pip install …`) is not run: it needs the network.
"""

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import BUNDLED, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
NOT_RUN = ("pip install",)  # needs the network
NEEDS_A_TERMINAL = ("kaesong browse", "kaesong --install-completion")  # full-screen; changes the user's shell


def console_examples() -> list[tuple[str, list[str]]]:
    """(command, the lines shown beneath it) for every `$ ` line of every ```console block."""
    examples = []
    for block in re.findall(r"^```console\n(.*?)^```", README, re.M | re.S):
        current = None
        for line in block.splitlines():
            if line.startswith("$ "):
                current = (line[2:], [])
                examples.append(current)
            elif current is not None:
                current[1].append(line)
    return examples


def inline_examples() -> list[str]:
    """Whole commands in backticks: not a synopsis with placeholders (`kaesong entity [NAME]`), nor
    a command's bare name where it needs an argument (`kaesong search`, naming the command)."""
    from kaesong_cli._argspec import SPEC

    spans = sorted(set(re.findall(r"`(kaesong [^`]*)`", README)))
    out = []
    for span in spans:
        words = span.split()
        needs = [p for p in SPEC["commands"].get(words[1], []) if p["kind"] == "argument" and p["required"]]
        if re.search(r"\b[A-Z]{3,}\b|\[|…", span) or span.startswith(NEEDS_A_TERMINAL) or (len(words) == 2 and needs):
            continue
        out.append(span)
    return out


@pytest.fixture
def shell(tmp_path):
    """bash in a fresh folder, with this venv's kaesong first on PATH and its own index cache."""
    shutil.copy(BUNDLED, tmp_path / "my-dossier.json")
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "KAESONG_DATA", "NO_COLOR", "FORCE_COLOR")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["KAESONG_CACHE_DIR"] = str(tmp_path / "cache")

    def run(command: str) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", "-c", f"set -o pipefail; {command}"], cwd=tmp_path, env=env, text=True,
                              capture_output=True, timeout=300)
    return run


def test_the_readme_has_examples_to_check():
    assert len(console_examples()) >= 10 and len(inline_examples()) >= 10


@pytest.mark.parametrize("command, shown", console_examples(), ids=lambda x: x if isinstance(x, str) else "")
def test_every_console_example_prints_what_the_readme_shows(shell, command, shown):
    if command.startswith(NOT_RUN):
        pytest.skip("installing needs the network")
    if re.search(r"(^|\|\s*)jq\b", command) and not shutil.which("jq"):
        pytest.skip("jq is not installed here (the README's jq examples need it)")
    result = shell(command)
    assert result.returncode in (0, 1), (command, result.stderr)  # 1: an example of "nothing found"
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    printed = [line.rstrip() for line in (result.stderr + result.stdout).splitlines()]
    expected = [line.rstrip() for line in shown]
    if "…" in expected:  # the README shows the beginning only
        expected = expected[:expected.index("…")]
        printed = printed[:len(expected)]
    assert printed == expected, command


@pytest.mark.parametrize("command", inline_examples())
def test_every_inline_example_runs(shell, command):
    kaesong_part = re.split(r"\s[|>]\s", command)[0]  # what kaesong runs; the shell does pipes and redirections
    assert shlex.split(kaesong_part)[0] == "kaesong"
    result = shell(kaesong_part)
    assert result.returncode == 0, (command, result.stderr)
    assert result.stdout.strip(), command
