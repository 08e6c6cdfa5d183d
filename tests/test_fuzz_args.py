"""Issue 7: random argument lists for every command never end in a traceback, an exit code other
than 0/1/2, or a silent failure."""

from hypothesis import given
from hypothesis import strategies as st

from kaesong_cli._argspec import SPEC

from .fuzz import FUZZ, RAW_CONTROL, assert_well_behaved, run_main

COMMANDS = sorted(SPEC["commands"])
OPTIONS = sorted({opt for params in [SPEC["global"], *SPEC["commands"].values()] for p in params
                  for opt in p["opts"] + p["secondary"] if opt.startswith("-")})
VALUES = ["", "-", "--", "0", "-1", "1e400", "NaN", "99999999999999999999999", "2020", "2020-06", "2020-02-30",
          "2020-06-16T14:50", "json", "table", "timelinejs", "dot", "quote", "KRW", "USD", "source", "market",
          "9.78 billion won", "97억 8천만 원", "$8.64 million", "liaison-office", "김여정", "leaf*", '"completely',
          "NEAR(", "AND", "*", "park.", "[bold red]x[/]", "\x1b[31m", "\x00", "\u202e", "a" * 3000, "--help"]
token = st.one_of(st.sampled_from(OPTIONS), st.sampled_from(VALUES), st.sampled_from(COMMANDS),
                  st.text(max_size=30), st.integers(-10**30, 10**30).map(str),
                  st.sampled_from(OPTIONS).flatmap(lambda o: st.sampled_from(VALUES).map(lambda v: f"{o}={v}")))


@FUZZ
@given(command=st.sampled_from([*COMMANDS, None]), before=st.lists(token, max_size=3),
       after=st.lists(token, max_size=6))
def test_random_arguments_never_break_kaesong(command, before, after):
    if "--install-completion" in before + after:  # would write to the user's shell files
        return
    argv = [*before, *([command] if command else []), *after]
    code, out, err = run_main(argv)
    assert_well_behaved(code, out, err, argv)
    if "--help" not in argv and "-h" not in argv and "--show-completion" not in argv:
        assert not RAW_CONTROL.search(out), (argv, repr(out[:200]))


def _value(param):
    if param["type"] == "choice":
        return st.one_of(st.sampled_from(param["choices"]), st.sampled_from(VALUES))
    if param["type"] == "integer":
        return st.one_of(st.integers(-5, 10**6).map(str), st.sampled_from(VALUES))
    return st.one_of(st.sampled_from(VALUES), st.text(max_size=40))


@st.composite
def well_formed(draw):
    """A command with a random selection of its own options and arguments, values odd or hostile."""
    command = draw(st.sampled_from(COMMANDS))
    params = SPEC["commands"][command]
    argv = [command]
    options = [p for p in params if p["kind"] == "option"]
    for p in draw(st.lists(st.sampled_from(options), max_size=4)) if options else []:
        argv += [p["opts"][0]] if p["flag"] else [p["opts"][0], draw(_value(p))]
    positional = [draw(_value(p)) for p in params if p["kind"] == "argument" and (p["required"] or draw(st.booleans()))]
    if positional:
        argv += ["--", *positional]  # values may start with '-'
    if draw(st.booleans()):
        argv = ["--no-color", *argv]
    return argv


@FUZZ
@given(argv=well_formed())
def test_well_formed_commands_with_odd_values_never_break_kaesong(argv):
    code, out, err = run_main(argv)
    assert_well_behaved(code, out, err, argv)
    assert not RAW_CONTROL.search(out), (argv, repr(out[:200]))
