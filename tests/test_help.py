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
