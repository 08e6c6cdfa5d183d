"""The fast path must be an exact shortcut: its spec is the Typer app's, and it answers as Typer does."""

import pytest

from kaesong_cli import fastpath
from kaesong_cli._argspec import SPEC

from .conftest import kaesong, run_installed


def test_spec_is_generated_from_the_typer_app():
    assert fastpath.spec_from_typer() == SPEC, (
        "src/kaesong_cli/_argspec.py is stale: run `python -m kaesong_cli.fastpath` to regenerate it")


@pytest.mark.parametrize("argv", [
    ["timeline"], ["timeline", "--since", "2020", "--until=2020-06"], ["timeline", "--entity", "kim-yo-jong"],
    ["timeline", "--chart"], ["entity", "liaison-office"], ["entity"], ["search", "leaflets"],
    ["search", "leaf*", "--kind", "EVENT", "--limit", "3"], ["quotes", "--speaker", "김여정"], ["sources"],
    ["--no-color", "timeline", "-f", "csv"], ["graph", "--format", "mermaid"], ["entity", "--", "the President"],
    ["convert", "9.78 billion won", "--rate", "source"], ["search", "xylophone"], ["entity", "Kim Yo-jung"],
    ["timeline", "--since", "June"],
])
def test_fast_path_answers_exactly_as_typer(argv):
    call = fastpath.parse(argv)
    assert call is not None, argv
    fast = run_installed(*argv)
    slow = kaesong(*argv)
    assert (fast.returncode, fast.stdout, fast.stderr) == (slow.exit_code, slow.stdout, slow.stderr), argv


@pytest.mark.parametrize("argv", [
    [], ["--help"], ["timeline", "--help"], ["--version"], ["timeline", "--frobnicate"], ["search"],
    ["search", "a", "b"], ["search", "x", "--limit", "zero"], ["search", "x", "--limit", "0"],
    ["timeline", "--format", "yaml"], ["timeline", "--since"], ["nonsense"], ["validate"], ["schema"],
    ["--install-completion"], ["timeline", "-fjson"], ["timeline", "--chart=yes"],
])
def test_anything_else_goes_to_typer(argv):
    if argv and argv[0] in ("validate", "schema"):
        assert fastpath.parse(argv) is not None  # simple forms of these are fine too
    else:
        assert fastpath.parse(argv) is None, argv


def test_completion_requests_go_to_typer(monkeypatch):
    monkeypatch.setenv("_KAESONG_COMPLETE", "complete_bash")
    assert fastpath.parse(["timeline"]) is None
