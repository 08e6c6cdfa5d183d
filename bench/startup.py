"""Start-up of reading commands as a ratio to `python3 -c pass` (issue 6's budgets), side by side
in one run. Usage: python bench/startup.py [--runs N]   (uses the `kaesong` beside this Python)."""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import kaesong_exe, median_ms, user_env, warm

COMMANDS = [["timeline"], ["entity", "liaison-office"], ["search", "leaflets"]]
BUDGET = {"piped": 6.0, "table": 9.0}
ASK = ["ask", "what made Pyongyang furious?"]  # meaning from the pieces kept beside the index (issue 18)
ASK_BUDGET = 15.0



def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    exe, env = kaesong_exe(), user_env()
    warm(exe, [*COMMANDS, ASK], env)
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
    ratio = median_ms([exe, *ASK], max(5, args.runs // 3), env) / base
    ok = ratio <= ASK_BUDGET
    failed += not ok
    print(f"kaesong {' '.join(ASK[:1]):<24} piped  {ratio:5.2f}x  (budget {ASK_BUDGET}x) {'met' if ok else 'OVER'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
