"""Shared pieces of the property tests: how many examples, and running `kaesong` in-process."""

import contextlib
import io
import os
import re

from hypothesis import HealthCheck, settings

from kaesong_cli.__main__ import main

# A few hundred examples per property in CI; KAESONG_FUZZ_EXAMPLES=5000 for a longer hunt.
EXAMPLES = int(os.environ.get("KAESONG_FUZZ_EXAMPLES", "300"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=os.environ.get("KAESONG_FUZZ_RANDOM") != "1",
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def run_main(argv: list[str]) -> tuple[int, str, str]:
    """`kaesong ARGV` in this process (fast path or Typer, as the real script would choose)."""
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    return int(code), out.getvalue(), err.getvalue()


def assert_well_behaved(code: int, out: str, err: str, what) -> None:
    assert code in (0, 1, 2), (what, code, err)
    assert "Traceback" not in out + err, (what, err)
    assert "internal error" not in err, (what, err)
    if code == 2:
        assert err.strip(), (what, "exit 2 without a message")
    assert not RAW_CONTROL.search(err), (what, repr(err))
