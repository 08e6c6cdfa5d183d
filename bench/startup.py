"""Start-up of reading commands as a ratio to `python3 -c pass`, side by side in one run (issue 23's
budgets: a table at most 6x, piped at most 3x; convert and check, warm, at most 12x).
Usage: python bench/startup.py [--runs N]   (uses the `kaesong` beside this Python)."""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import kaesong_exe, median_ms, user_env, warm

COMMANDS = [["timeline"], ["entity", "liaison-office"], ["entity"], ["search", "leaflets"], ["quotes"],
            ["sources"]]
BUDGET = {"piped": 3.0, "table": 6.0}
HEAVIER = [["convert", "9.78 billion won", "--rate", "source"], ["check", "The office was blown up on 17 June 2020"]]
HEAVIER_BUDGET = 12.0  # they read amounts and claims: their own budget (issue 23)
ASK = ["ask", "what made Pyongyang furious?"]  # meaning from the pieces kept beside the index (issue 18)
ASK_BUDGET = 15.0



def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    exe, env = kaesong_exe(), user_env()
    warm(exe, [*COMMANDS, *HEAVIER, ASK], env)
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
    for command in HEAVIER:
        ratio = median_ms([exe, *command], args.runs, env) / base
        ok = ratio <= HEAVIER_BUDGET
        failed += not ok
        print(f"kaesong {' '.join(command[:1]):<24} piped  {ratio:5.2f}x  (budget {HEAVIER_BUDGET}x) "
              f"{'met' if ok else 'OVER'}")
    ratio = median_ms([exe, *ASK], max(5, args.runs // 3), env) / base
    ok = ratio <= ASK_BUDGET
    failed += not ok
    print(f"kaesong {' '.join(ASK[:1]):<24} piped  {ratio:5.2f}x  (budget {ASK_BUDGET}x) {'met' if ok else 'OVER'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
