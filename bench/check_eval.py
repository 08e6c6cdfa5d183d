"""How well `kaesong check` judges claims written from the sources: bench/claims.json (written by
another person from the article and CONTEXT.md, committed as written before any tuning).

Prints, on the bundled fact base:
  * accuracy per gold verdict and overall, with the default parameters (provenance/check.py);
  * confidently wrong verdicts: supported <-> contradicted, or a judged verdict (supported,
    contradicted, mixed, disputed) for a claim the record does not hold; and, listed apart, a
    claim with a wrong part called supported (gold mixed or contradicted, judged supported);
  * held-out figures: the claims split into five folds by their `fact` key (every wording of one
    fact in one fold); the subject floor and margin fitted on four folds (best accuracy, then
    fewest confidently wrong) and scored on the fifth, for each fold; beside a simple baseline
    fitted the same way (the most common verdict of the four folds).

Usage: python bench/check_eval.py [--wrong] [--quick] [--claims FILE]
       python bench/check_eval.py --startup
  --wrong    list every claim judged wrongly
  --quick    leave out the held-out folds
  --claims   another set of claims: bench/fresh/claims.json was written by a second helper from the
             article and CONTEXT.md alone, after the rules above were written, and is not tuned on
  --startup  only time `kaesong check CLAIM` warm against `python3 -c pass` (ratios in one run;
             budget 12x, issue 23)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
GOLD = {"supported": "supported", "contradicted": "contradicted", "mixed": "mixed", "disputed": "disputed",
        "not-in-record": "not in the record", "cannot-judge": "cannot judge",
        "not in the record": "not in the record", "cannot judge": "cannot judge"}
JUDGED = {"supported", "contradicted", "mixed", "disputed"}
FLOORS = (0.05, 0.1, 0.15)
MARGINS = (0.0, 0.02, 0.05)
SURES = (0.05, 0.1, 0.15)
STARTUP_BUDGET = 12.0


def confidently_wrong(gold: str, got: str) -> bool:
    return {gold, got} == {"supported", "contradicted"} or (gold == "not in the record" and got in JUDGED)


def wrong_part_supported(gold: str, got: str) -> bool:
    return gold in ("mixed",) and got == "supported"


def judge_all(index, claims: list[dict], floor=None, margin=None, sure=None) -> list[str]:
    from kaesong_cli.errors import UsageError
    from kaesong_cli.provenance.check import check

    out = []
    for c in claims:
        try:
            out.append(check(index, c["claim"], floor, margin, sure).verdict)
        except UsageError:
            out.append("refused")
    return out


def score(claims: list[dict], got: list[str]) -> tuple[int, int]:
    right = sum(GOLD[c["verdict"]] == g for c, g in zip(claims, got, strict=True))
    bad = sum(confidently_wrong(GOLD[c["verdict"]], g) for c, g in zip(claims, got, strict=True))
    return right, bad


def folds(claims: list[dict], k: int = 5) -> list[list[int]]:
    """Claim indices in k folds by fact: facts sorted by name, dealt round-robin by size."""
    by_fact: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        by_fact[c["fact"]].append(i)
    out: list[list[int]] = [[] for _ in range(k)]
    for fact in sorted(by_fact, key=lambda f: (-len(by_fact[f]), f)):
        min(out, key=len).extend(by_fact[fact])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wrong", action="store_true")
    parser.add_argument("--startup", action="store_true")
    parser.add_argument("--quick", action="store_true", help="skip the held-out folds")
    parser.add_argument("--claims", default=str(HERE / "claims.json"),
                        help="the set of claims (bench/fresh/claims.json: a second set, never tuned on)")
    args = parser.parse_args()
    if args.startup:
        return startup()
    from kaesong_cli.commands import Session

    path = Path(args.claims)
    claims = json.loads(path.read_text(encoding="utf-8"))
    index = Session(None).index
    got = judge_all(index, claims)
    per: dict[str, Counter] = defaultdict(Counter)
    for c, g in zip(claims, got, strict=True):
        per[GOLD[c["verdict"]]][g] += 1
    shown = path.resolve().relative_to(HERE.parent) if path.resolve().is_relative_to(HERE.parent) else path
    print(f"{shown}: {len(claims)} claims, {len({c['fact'] for c in claims})} facts\n")
    print(f"{'gold verdict':<20}{'claims':>7}{'right':>7}{'accuracy':>10}   judged instead")
    for verdict in dict.fromkeys(GOLD.values()):
        counts = per[verdict]
        n = sum(counts.values())
        right = counts[verdict]
        instead = ", ".join(f"{k} {v}" for k, v in counts.most_common() if k != verdict)
        print(f"{verdict:<20}{n:>7}{right:>7}{right / n:>10.1%}   {instead}")
    right, bad = score(claims, got)
    print(f"{'overall':<20}{len(claims):>7}{right:>7}{right / len(claims):>10.1%}")
    print(f"confidently wrong: {bad}")
    for c, g in zip(claims, got, strict=True):
        if confidently_wrong(GOLD[c["verdict"]], g):
            print(f"  {c['id']} gold {GOLD[c['verdict']]}, judged {g}: {c['claim']}")
    partly = [(c, g) for c, g in zip(claims, got, strict=True) if wrong_part_supported(GOLD[c["verdict"]], g)]
    print(f"mixed claims judged supported (a wrong part missed): {len(partly)}")
    for c, _g in partly:
        print(f"  {c['id']}: {c['claim']}")

    if not args.quick:
        held_out(index, claims)
    if args.wrong:
        print("\nwrong verdicts:")
        for c, g in zip(claims, got, strict=True):
            if GOLD[c["verdict"]] != g:
                print(f"  {c['id']} [{c['fact']}] gold {GOLD[c['verdict']]}, judged {g}: {c['claim']}")
    return 0


def held_out(index, claims: list[dict]) -> None:
    print("\nheld out, five folds by fact (floor, margin and sure fitted on the other four folds):")
    grid = {(f, m, u): judge_all(index, claims, f, m, u) for f in FLOORS for m in MARGINS for u in SURES}
    split = folds(claims)
    total_right = total_bad = total_base = 0
    for k, test in enumerate(split):
        train = [i for j, fold in enumerate(split) if j != k for i in fold]

        def fit(params, train=train):
            right, bad = score([claims[i] for i in train], [grid[params][i] for i in train])
            return (right - 5 * bad, -bad)

        best = max(grid, key=fit)
        test_claims = [claims[i] for i in test]
        right, bad = score(test_claims, [grid[best][i] for i in test])
        majority = Counter(GOLD[claims[i]["verdict"]] for i in train).most_common(1)[0][0]
        base = sum(GOLD[c["verdict"]] == majority for c in test_claims)
        total_right, total_bad, total_base = total_right + right, total_bad + bad, total_base + base
        print(f"  fold {k + 1}: {len(test):>3} claims  floor {best[0]}, margin {best[1]}, sure {best[2]}: "
              f"{right / len(test):6.1%} right, {bad} confidently wrong   baseline ({majority}): {base / len(test):6.1%}")
    print(f"  all folds: {total_right / len(claims):.1%} right, {total_bad} confidently wrong;"
          f" baseline {total_base / len(claims):.1%}")


CLAIMS = ["The renovation cost 9.78 billion won", "The office opened in 2018 and was blown up in 2019",
          "Kim Yo-jong is Kim Jong-un's sister"]


def startup() -> int:
    from common import kaesong_exe, median_ms, user_env, warm

    exe, env = kaesong_exe(), user_env()
    commands = [["check", claim] for claim in CLAIMS]
    warm(exe, commands, env)
    base = median_ms([sys.executable, "-c", "pass"], 21, env)
    print(f"python3 -c pass: {base:.1f} ms (median of 21)")
    over = 0
    for command in commands:
        ratio = median_ms([exe, *command], 21, env) / base
        over += ratio > STARTUP_BUDGET
        print(f"kaesong check {command[1]!r:<55} {ratio:5.2f}x  (budget {STARTUP_BUDGET}x) "
              f"{'met' if ratio <= STARTUP_BUDGET else 'OVER'}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
