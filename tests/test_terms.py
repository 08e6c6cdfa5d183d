"""Issue 23: one vocabulary across commands. The kinds search prints are the kinds --kind takes; an
empty value is an error everywhere (never a silent "all"); an empty period is said as such."""

import json

import pytest

from .conftest import kaesong


@pytest.mark.parametrize("kind", ["entity", "attribute", "relation", "quote", "event", "figure", "source", "paragraph"])
def test_every_kind_search_prints_is_a_kind_it_takes(kind):
    everything = json.loads(kaesong("search", "office", "--limit", "10000", "--format", "json").stdout)
    printed = {hit["kind"] for hit in everything}
    result = kaesong("search", "office", "--kind", kind, "--limit", "10000", "--format", "json")
    assert result.exit_code == 0, result.output
    kinds = {hit["kind"] for hit in json.loads(result.stdout)}
    within = {"entity": {"entity", "attribute", "relation"}, "source": {"source", "paragraph"}}.get(kind, {kind})
    assert kinds and kinds <= within and kinds <= printed
    assert {hit["id"] for hit in json.loads(result.stdout)} <= {hit["id"] for hit in everything}


def test_the_kinds_printed_are_all_accepted():
    printed = {hit["kind"] for hit in json.loads(kaesong("search", "office", "--limit", "10000", "--format", "json").stdout)}
    for kind in printed:
        assert kaesong("search", "office", "--kind", kind).exit_code == 0, kind


@pytest.mark.parametrize("args, named", [
    (["quotes", "--speaker", ""], "--speaker"),
    (["disputes", "--entity", ""], "--entity"),
    (["timeline", "--since", ""], "--since"),
    (["timeline", "--until", "  "], "--until"),
    (["search", "leaflets", "--speaker", ""], "--speaker"),
    (["convert", "1 won", "--to", ""], "--to"),
    (["sources", ""], "SOURCE"),
    (["sources", "article", ""], "PARAGRAPHS"),
    (["validate", ""], "FILE"),
    (["--data", "", "timeline"], "--data"),
    (["timeline", "--data", ""], "--data"),
])
def test_an_empty_value_is_an_error_not_all(args, named):
    result = kaesong(*args)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"kaesong: {named} is empty: give "), result.stderr


def test_nothing_in_a_period_is_said_as_such():
    empty = kaesong("disputes", "--since", "2030")
    assert empty.exit_code == 1
    assert "nothing in that period" in empty.stderr and "agree" not in empty.stderr
    some = kaesong("disputes", "--since", "2023")  # events then, but no dispute about them
    assert some.exit_code == 1 and "the sources agree" in some.stderr


@pytest.mark.parametrize("typed", ["²", "٣", "1_0", "+5", " "])
@pytest.mark.parametrize("command", [["search", "leaflets"], ["ask", "who blew it up?"]])
def test_limit_is_read_as_every_number_is(command, typed):
    """The same parser as paragraphs and KAESONG_MAX_BYTES, on Typer's path and the fast path alike."""
    from .conftest import run_installed

    for result in (kaesong(*command, "--limit", typed), run_installed(*command, "--limit", typed)):
        stderr = result.stderr
        code = getattr(result, "exit_code", getattr(result, "returncode", None))
        assert code == 2 and "--limit" in stderr and "Traceback" not in stderr, stderr


@pytest.mark.parametrize("typed", ["٢٠٢٠", "２０２０", "2020-0٦"])
def test_dates_are_typed_with_ascii_digits(typed):
    result = kaesong("timeline", "--since", typed)
    assert result.exit_code == 2 and "is not a date of the form YYYY" in result.stderr
