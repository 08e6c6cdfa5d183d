"""Start-up of a warm `kaesong convert AMOUNT` as a ratio to `python3 -c pass`, side by side in one
run (issue 23's budget: 12x). Usage: python bench/convert_startup.py [--runs N]"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import kaesong_exe, median_ms, user_env, warm

BUDGET = 12.0
COMMANDS = [["convert", "9.78 billion won"], ["convert", "$8.64 million", "--rate", "source"],
            ["convert", "97억 8천만 원", "--date", "2018-10-24"], ["convert", "thirty-five dollars twelve"]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    exe, env = kaesong_exe(), user_env()
    warm(exe, COMMANDS, env)
    base = median_ms([sys.executable, "-c", "pass"], args.runs, env)
    print(f"python3 -c pass: {base:.1f} ms (median of {args.runs})")
    failed = 0
    for command in COMMANDS:
        ms = median_ms([exe, *command], args.runs, env)
        ratio = ms / base
        failed += ratio > BUDGET
        print(f"kaesong {' '.join(command):<48} {ms:7.1f} ms {ratio:5.2f}x  (budget {BUDGET}x) "
              f"{'met' if ratio <= BUDGET else 'OVER'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
