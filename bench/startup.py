"""Start-up of reading commands as a ratio to `python3 -c pass` (issue 6's budgets), side by side
in one run. Usage: python bench/startup.py [--runs N]   (uses the `kaesong` beside this Python)."""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

COMMANDS = [["timeline"], ["entity", "liaison-office"], ["search", "leaflets"]]
BUDGET = {"piped": 6.0, "table": 9.0}


def median_ms(cmd: list[str], runs: int, env: dict) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    exe = str(Path(sys.executable).parent / "kaesong")
    if not os.path.exists(exe):
        exe = shutil.which("kaesong") or sys.exit("bench: kaesong is not installed")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as a user runs it
    for command in COMMANDS:  # warm up: bytecode and the index cache
        subprocess.run([exe, *command], capture_output=True, env=env, check=False)
    base = median_ms([sys.executable, "-c", "pass"], args.runs, env)
    print(f"python3 -c pass: {base:.1f} ms (median of {args.runs})")
    failed = 0
    for command in COMMANDS:
        for mode, extra in (("piped", []), ("table", ["--format", "table"])):
            ratio = median_ms([exe, *command, *extra], args.runs, env) / base
            ok = ratio <= BUDGET[mode]
            failed += not ok
            print(f"kaesong {' '.join(command):<24} {mode:<6} {ratio:5.2f}x  (budget {BUDGET[mode]}x) "
                  f"{'met' if ok else 'OVER'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
