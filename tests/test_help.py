"""Issue 10: every example in every --help runs, as a user would type it."""

import re
import shlex
import shutil

import pytest
import typer.main

from kaesong_cli.cli import app

from .conftest import BUNDLED, kaesong


def help_examples() -> list[str]:
    group = typer.main.get_command(app)
    epilogs = [group.epilog] + [command.epilog for command in group.commands.values()]
    return [line for epilog in epilogs if epilog for line in re.findall(r"^\s*\$ (.+)$", epilog, re.M)]


def test_every_command_has_examples():
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert command.epilog and "$ kaesong" in command.epilog, name


@pytest.mark.parametrize("line", help_examples())
def test_every_help_example_runs(line, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(BUNDLED, tmp_path / "my-dossier.json")  # the user's own file that the validate examples name
    command = re.split(r"\s[|>]\s", line)[0]  # what kaesong runs; pipes and redirections are the shell's
    words = shlex.split(command)
    assert words[0] == "kaesong"
    result = kaesong(*words[1:])
    assert result.exit_code == 0, (line, result.output)
    assert result.stdout.strip(), line
