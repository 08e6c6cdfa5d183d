"""How well `kaesong ask` answers: top-1 and top-3 accuracy on the answerable questions of
bench/questions.json, and precision and recall of "no answer" (the unanswerable questions), for
lexical ranking alone, meaning alone and the two fused, on the development and held-out splits.

Usage: python bench/ask_eval.py [--data FILE] [--features] [--misses]
  --features  print each question's best-statement features (to calibrate the no-answer floors)
  --misses    print the questions each method gets wrong
  --no-floors rank only: measure the ranking without the no-answer decision
"""

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=None)
    parser.add_argument("--features", action="store_true")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--no-floors", action="store_true", help="rank only: never say 'no answer'")
    parser.add_argument("--fit", action="store_true", help="search the fusion weights on the dev half, print the best")
    args = parser.parse_args()

    from kaesong_cli.answer import ask as core

    if args.no_floors:
        core.MEANING_FLOOR = core.WORDS_FLOOR = -1.0
    from kaesong_cli.answer.meaning import Model, similarities, statement_vectors
    from kaesong_cli.commands import Session

    questions = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))["questions"]
    index = Session(args.data).index
    model = Model()
    vectors = statement_vectors(index, model)
    ids = [st["id"] for st in index.statements()]

    def fused(q):
        return [a.statement["id"] for a in core.answer(index, q, 3, model, vectors).answers]

    def lexical(q):
        return [a.statement["id"] for a in core.answer(index, q, 3).answers]

    def meaning(q):
        sims = similarities(vectors, model.embed([q])[0])
        top = sims.argsort()[::-1][:3]
        return [ids[i] for i in top] if sims[top[0]] >= core.MEANING_FLOOR else []

    if args.fit:
        return fit(core, index, model, vectors, [q for q in questions if q["answers"]])
    methods = {"lexical": lexical, "meaning": meaning, "fused": fused}
    if args.features:
        for item in questions:
            result = core.answer(index, item["question"], 1, model, vectors)
            why = result.answers[0].why if result.answers else {}
            raw = _best_features(core, index, item["question"], model, vectors)
            print(f"{'A' if item['answers'] else 'U'} {item['split']:<8} meaning={raw[0]:.3f} words={raw[1]:.2f} "
                  f"{'answered' if why else 'NONE':<8} {item['question']}")
    print(f"{'method':<8} {'split':<9} {'top-1':>6} {'top-3':>6} {'no-answer precision':>20} {'recall':>7}")
    failed = 0
    for name, method in methods.items():
        for split in ("dev", "held-out", "all"):
            chosen = [q for q in questions if split == "all" or q["split"] == split]
            top1 = top3 = answerable = none_right = none_said = none_true = 0
            misses = []
            for item in chosen:
                got = method(item["question"])
                if item["answers"]:
                    answerable += 1
                    top1 += bool(got) and got[0] in item["answers"]
                    hit = any(g in item["answers"] for g in got[:3])
                    top3 += hit
                    if not hit:
                        misses.append((item["question"], got[:3]))
                else:
                    none_true += 1
                    if got:
                        misses.append((item["question"], got[:3]))
                if not got:
                    none_said += 1
                    none_right += not item["answers"]
            precision = none_right / none_said if none_said else 1.0
            recall = none_right / none_true if none_true else 1.0
            print(f"{name:<8} {split:<9} {top1 / answerable:6.1%} {top3 / answerable:6.1%} {precision:20.1%} {recall:7.1%}")
            if name == "fused" and split == "all":
                failed = top3 / answerable < 0.9 or recall < 1.0
            if args.misses and split == "all":
                for q, got in misses:
                    print(f"    miss: {q!r} -> {got}")
    return 1 if failed else 0


def fit(core, index, model, vectors, answerable) -> int:
    """Grid search of the fusion weights: the best top-3 on the dev half (then top-1), printed
    with what the same weights give on the held-out half, which plays no part in the choice."""
    import itertools

    found = {q["question"]: core.candidates(index, core.read(index, q["question"]), model, vectors) for q in answerable}

    def accuracy(weights, split):
        chosen = [q for q in answerable if q["split"] == split]
        top1 = top3 = 0
        for q in chosen:
            order = [c.statement["id"] for _, c in core.ranked(found[q["question"]], weights)[:3]]
            top1 += bool(order) and order[0] in q["answers"]
            top3 += any(i in q["answers"] for i in order)
        return top3 / len(chosen), top1 / len(chosen)

    grid = {"rrf_k": [3, 10, 30, 60], "lexical": [0.5, 0.75, 1.0], "meaning": [1.0, 1.5, 2.0],
            "entity": [0.0, 0.3, 0.6], "shape": [0.0, 0.3, 0.6, 1.0], "speaker": [0.0, 0.5, 1.0, 2.0]}
    results = []
    for values in itertools.product(*grid.values()):
        weights = dict(zip(grid, values, strict=True))
        results.append((accuracy(weights, "dev"), weights))
    results.sort(key=lambda r: r[0], reverse=True)
    print(f"now:  dev top-3/top-1 {accuracy(core.WEIGHTS, 'dev')}  held-out {accuracy(core.WEIGHTS, 'held-out')}")
    for (top3, top1), weights in results[:8]:
        print(f"dev top-3 {top3:.1%} top-1 {top1:.1%}  held-out {accuracy(weights, 'held-out')}  {weights}")
    return 0


def _best_features(core, index, question, model, vectors):
    """(best meaning similarity, share of words held by the best fused statement) before the floors."""
    order = core.ranked(core.candidates(index, core.read(index, question), model, vectors))
    if not order:
        return 0.0, 0.0
    best = order[0][1]
    return best.similarity or 0.0, best.words_held


if __name__ == "__main__":
    sys.exit(main())
