"""The money reader against the project's suite of written amounts (tests/money_suite.py): how many
it reads right, how many it refuses, how many it reads wrong (a different number or currency than
the writer meant, or any number where the text holds no single amount). Wrong must be 0.

Usage: python bench/money_suite.py [--show refused|wrong|right] [--origin NAME]"""

import argparse
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from money_suite import CASES  # noqa: E402

from kaesong_cli.errors import UsageError  # noqa: E402
from kaesong_cli.money import read_amount  # noqa: E402


def outcome(text: str, truth: str | None) -> tuple[str, str]:
    """('right' | 'refused' | 'wrong', what the reader said)."""
    try:
        reading = read_amount(text)
    except UsageError as refusal:
        return "refused", str(refusal)
    got = f"{reading.amount.value} {reading.amount.currency}"
    if truth is not None:
        value, currency = truth.split()
        if reading.amount.value == Decimal(value) and reading.amount.currency == currency:
            return "right", got
    return "wrong", got


def main() -> int:
    import signal

    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends quietly
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", choices=["right", "refused", "wrong"], help="list the cases with this outcome")
    parser.add_argument("--origin", help="only the cases of this origin (issue, price-parser, korean, news...)")
    args = parser.parse_args()
    cases = [c for c in CASES if not args.origin or c[2] == args.origin]
    totals, by_origin = Counter(), {}
    for text, truth, origin in cases:
        result, said = outcome(text, truth)
        totals[result] += 1
        by_origin.setdefault(origin, Counter())[result] += 1
        if args.show == result:
            print(f"{result:8} {text!r} -> {said}" + (f"   (meant {truth})" if truth else "   (no single amount)"))
    print(f"{'origin':<14}{'cases':>6}{'read right':>12}{'refused':>9}{'wrong':>7}")
    for origin, counts in by_origin.items():
        print(f"{origin:<14}{sum(counts.values()):>6}{counts['right']:>12}{counts['refused']:>9}{counts['wrong']:>7}")
    print(f"{'all':<14}{len(cases):>6}{totals['right']:>12}{totals['refused']:>9}{totals['wrong']:>7}")
    no_single = sum(1 for c in cases if c[1] is None)
    print(f"({no_single} of the cases hold no single won or dollar amount: for them, refused is the right answer)")
    return 1 if totals["wrong"] else 0


if __name__ == "__main__":
    sys.exit(main())
