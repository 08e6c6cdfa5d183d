"""Issue 10: every example in every --help runs, as a user would type it."""

import itertools
import re
import shlex
import shutil

import pytest
import typer.main
from rich.cells import cell_len

from kaesong_cli.cli import app

from .conftest import BUNDLED, kaesong, run_installed


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
    if words[1] == "browse":  # a full-screen app: run it headless, with the example's options
        run_browse_headless(words[2:])
        return
    result = kaesong(*words[1:])
    assert result.exit_code == 0, (line, result.output)
    assert result.stdout.strip(), line


def run_browse_headless(options: list[str]) -> None:
    import asyncio

    from kaesong_cli.commands import Session
    from kaesong_cli.tui.app import KaesongApp

    theme = options[options.index("--theme") + 1] if "--theme" in options else "dark"

    async def main():
        browser = KaesongApp(Session(None).index, theme=theme)
        async with browser.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert browser.page.kind == "timeline" and browser.page.rows
            assert browser.theme == f"textual-{theme}"
            await pilot.press("q")

    asyncio.run(main())


def test_the_top_level_help_has_an_example_of_every_command():
    group = typer.main.get_command(app)
    shown = {shlex.split(line)[1] for line in re.findall(r"^\s*\$ (.+)$", group.epilog, re.M)}
    assert shown == set(group.commands)


@pytest.mark.parametrize("width", [60, 80, 100])
@pytest.mark.parametrize("command", ["convert", "ask", "check", "browse", "export", "disputes", "search"])
def test_help_flows_and_is_never_cut(command, width):
    """Help is measured in terminal cells (Hangul is two wide): no line is cut with an ellipsis, and
    a docstring's paragraphs flow rather than keeping the source's line breaks."""
    result = run_installed(command, "--help", env={"COLUMNS": str(width)})
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert not [line for line in lines if "…" in line], command
    assert max(cell_len(line) for line in lines) <= width
    prose = [line.strip() if not line.startswith(("│", "╭", "╰")) else "" for line in lines]
    # a hard-wrapped line stops short although the next line's first word would have fitted
    for line, after in itertools.pairwise(prose):
        if not line or not after or line.startswith(("Usage", "$", "Examples")) or after.startswith("$"):
            continue
        assert cell_len(line) + 1 + cell_len(after.split()[0]) > width - 2, (command, line, after)


def test_usage_names_the_arguments():
    usage = run_installed("export", "--help").stdout
    assert "Usage: kaesong export [OPTIONS] {KIND} {FILE}" in usage and ":<sqlite>" not in usage
