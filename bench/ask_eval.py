"""How well `kaesong ask` answers fresh questions: five folds of bench/questions.json split by fact
(every wording of one fact in one fold), every weight, floor and rule fitted on four folds and
scored on the fifth, for all five; beside a meaning-only baseline on the same folds.

Scoring (for both methods):
  top-1   an expected string appears in the direct answer's typed value or display text
          (the baseline has no direct answer: its first fact's whole text is taken instead)
  top-3   an expected string appears in one of the first three facts (sentence, value, display)
  no-answer precision  declined questions that the record cannot answer / all declined
  no-answer recall     unanswerable questions declined / all unanswerable
Strings are compared normalised: case, spaces, thousands separators, and scale words
('9.78 billion won' = '9780000000 won', '$8.64 million' = '8640000').

Weights are learnt as a ranker (--method listwise, the default: a softmax over each training
question's candidates, its right ones' likelihood maximised); --method search is the random search
of weights used before, kept for comparison. The floor is swept on the training folds either way.

Usage: python bench/ask_eval.py [--data FILE] [--misses] [--samples N] [--method listwise|search]
                                [--rule NAME=on|off] [--questions FILE]
Prints per-fold and mean figures, the parameters fitted on all five folds (those ask.py ships),
and each rule's held-out effect (a rule is kept only if the held-out mean rises with it).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).parent
FOLDS = 5


def fold_of(fact: str) -> int:
    return zlib.crc32(fact.encode("utf-8")) % FOLDS


# --pool: bench/questions.json with the other sets written apart from the rules; bench/holdout10 is
# left out, kept unread as the last check of what is fitted here (README, "ask"; holdout6, holdout7
# and then holdout9 were that set until each had been scored for the last time, then joined the pool)
POOL = ["fresh", "test", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8",
        "holdout9"]


def pooled(questions: list[dict]) -> list[dict]:
    """The main set and the POOL sets in one list, each question's fact replaced by its group: the
    questions of one fact in any set, joined where they share a fact name within a set or an expected
    answer across sets (so no fold tests a fact whose other wordings it was fitted on)."""
    out = [dict(q, set="questions") for q in questions]
    for name in POOL:
        out += [dict(q, set=name) for q in json.loads((HERE / name / "questions.json").read_text(encoding="utf-8"))]
    parent = list(range(len(out)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, q in enumerate(out):
        keys = [f"fact:{q['set']}:{q['fact']}"] + [f"answer:{norm(e)}" for e in q.get("expected") or [] if len(norm(e)) >= 4]
        for key in keys:
            if key in first:
                parent[root(i)] = root(first[key])
            else:
                first[key] = i
    for i, q in enumerate(out):
        q["fact"] = f"group-{root(i)}"
    return out


_SCALE = {"billion": 10**9, "bn": 10**9, "million": 10**6, "thousand": 10**3}


def norm(text: str) -> str:
    t = text.casefold().replace("\u2009", " ").replace("\xa0", " ")
    t = re.sub(r"(?<=\d),(?=\d{3}\b)", "", t)
    t = re.sub(r"\$\s*(?=\d)", "", t)

    def scaled(m):
        value = float(m.group(1)) * _SCALE[m.group(2)]
        return str(round(value))

    t = re.sub(r"(\d+(?:\.\d+)?)\s*(billion|bn|million|thousand)\b", scaled, t)
    t = re.sub(r"\b(us dollars|dollars|dollar|usd|krw)\b", "", t)
    return re.sub(r"\s+", " ", t).strip()


def hit(expected: list[str], text: str) -> bool:
    """An expected string in the text, both normalised; a bare decimal ('7.95') also as the number
    the text writes before its scale word ('7.95 billion won'), never inside another ('17.8' is
    not in '17.78')."""
    raw, text = text.casefold(), norm(text)
    if any(norm(e) and norm(e) in text for e in expected):
        return True
    decimals = [e.replace(",", "") for e in expected if re.fullmatch(r"\d[\d,]*\.\d+", e.strip())]
    raw = re.sub(r"(?<=\d),(?=\d{3}\b)", "", raw)
    return any(re.search(rf"(?<![\d.]){re.escape(e.strip())}(?![\d])", raw) for e in decimals)


def fact_text(st: dict, offer) -> str:
    parts = [st.get("sentence", ""), st.get("label", ""), str(st.get("value", "")),
             (st.get("date") or {}).get("value", "") or "", " · ".join(st.get("disputed") or [])]
    if offer is not None:
        parts += [offer.value, offer.display]
    return " · ".join(p for p in parts if p)


class Item:
    """One question with what fitting needs: its candidates' features, and which of them are right."""

    def __init__(self, q: dict, reading, found, flags: dict):
        self.q, self.reading, self.found, self.flags = q, reading, found, flags
        exp = q.get("expected") or []
        self.top1 = [hit(exp, f"{c.offer.value} {c.offer.display}") if c.offer else
                     hit(exp, _direct_text(c, reading)) for c in found]
        self.top3 = [hit(exp, fact_text(c.statement, c.offer)) for c in found]


def _direct_text(c, reading) -> str:
    from kaesong_cli.answer.answers import direct

    d = direct(c.statement, c.offer, reading)
    return f"{d.value} {d.display}"


def prepare(core, index, model, vectors, questions) -> list[Item]:
    from kaesong_cli.reader import read

    items = []
    for q in questions:
        reading = read(q["question"], index)
        found = core.candidates(index, reading, model, vectors)
        items.append(Item(q, reading, found, {}))
    return items


def evaluate(core, items, weights, floor, rules) -> dict:
    """Figures for these items with these parameters, through ask's own decision (core.decide)."""
    from kaesong_cli.answer.answers import direct

    if "unknown_share" in weights:
        core.UNKNOWN_SHARE = weights["unknown_share"]
    top1 = top3 = answerable = none_right = none_said = none_true = wrong = 0
    misses = []
    for it in items:
        result = core.decide(it.reading, it.found, 3, weights, floor, rules)
        if INDEX is not None:  # what `kaesong ask` does after deciding: a question whose subject did not do the act
            result = core.premised(INDEX, it.q["question"], result)
        wrong += bool(result.answers)
        exp = it.q.get("expected") or []
        if it.q["answerable"]:
            answerable += 1
            if result.answers:
                a = result.answers[0]
                d = direct(a.statement, a.offer, it.reading)
                ok1 = hit(exp, f"{d.value} {d.display}")
                ok3 = any(hit(exp, fact_text(x.statement, x.offer)) for x in result.answers[:3]) or ok1
                top1 += ok1
                top3 += ok3
                wrong -= ok1
                if not ok1:
                    misses.append((it.q, d.display, [x.statement["id"] for x in result.answers]))
            else:
                misses.append((it.q, f"DECLINED ({result.declined})", []))
        else:
            none_true += 1
            if result.answers:
                misses.append((it.q, direct(result.answers[0].statement, result.answers[0].offer, it.reading).display, []))
        if not result.answers:
            none_said += 1
            none_right += not it.q["answerable"]
    return {"top1": top1 / max(answerable, 1), "top3": top3 / max(answerable, 1),
            "precision": none_right / none_said if none_said else 1.0,
            "recall": none_right / none_true if none_true else 1.0, "misses": misses, "wrong": wrong,
            "score": (top1 + none_right - wrong) / max(len(items), 1)}


def objective(core, items, weights, floor, rules) -> float:
    """What fitting maximises: right first answers and right declines count 1, a wrong first answer
    (to a question the record answers otherwise, or cannot answer) counts -1, a decline of an
    answerable question 0; over all questions. A confident wrong answer is worse than none."""
    r = evaluate(core, items, weights, floor, rules)
    return r["score"]


FLOORS = [x / 20 for x in range(-200, 201)]  # learnt scores may be negative: -10 to 10


SHARES = [0.34, 0.5, 0.67, 1.0]


def fit(core, items, rules, samples: int, seed: int) -> tuple[dict, float]:
    """The share of unknown subject words that declines (UNKNOWN_SHARE), then the weights and floor."""
    best = None
    shares = SHARES if rules.get("unknown_words", True) else [core.UNKNOWN_SHARE]
    for share in shares:
        core.UNKNOWN_SHARE = share
        weights, floor = _fit(core, items, rules, samples, seed)
        score = float(_sweep(items, weights, rules, core)[FLOORS.index(floor)])
        if best is None or score > best[0]:
            best = (score, weights, floor, share)
    core.UNKNOWN_SHARE = best[3]
    return {**best[1], "unknown_share": best[3]}, best[2]


METHOD = "listwise"  # or "search"; main() runs both and reports each
INDEX = None  # the index evaluate() checks premises against (set by main)


def _fit(core, items, rules, samples: int, seed: int) -> tuple[dict, float]:
    if METHOD == "listwise":
        return _fit_listwise(core, items, rules)
    return _fit_search(core, items, rules, samples, seed)


def _fit_listwise(core, items, rules, steps: int = 600, l2: float = 0.01) -> tuple[dict, float]:
    """Weights learnt as a ranker: a softmax over each training question's candidates (those its
    period keeps), the likelihood of its right candidates maximised (Adam, L2 penalty), questions
    with no right candidate left out; then the floor swept on the same training items."""
    import numpy as np

    st = _stack(items, core)
    keep = ~st.outside if {**core.RULES, **rules}["period"] else np.ones(len(st.g), dtype=bool)
    right = st.top1 & keep
    has_right = np.bincount(st.g, weights=right.astype(float), minlength=st.n) > 0
    use = keep & has_right[st.g]
    F, g, y = st.F[use], st.g[use], right[use]
    w = np.zeros(F.shape[1])
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    n_groups = max(int(has_right.sum()), 1)
    for step in range(1, steps + 1):
        s = F @ w
        top = np.full(st.n, -np.inf)
        np.maximum.at(top, g, s)
        e = np.exp(s - top[g])
        p = e / np.bincount(g, weights=e, minlength=st.n)[g]
        er = np.where(y, e, 0.0)
        q = er / np.maximum(np.bincount(g, weights=er, minlength=st.n)[g], 1e-300)
        grad = F.T @ (p - q) / n_groups + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.05 * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    weights = {k: round(float(x), 4) for k, x in zip(core.FEATURES, w, strict=True)}
    scores = _sweep(items, weights, rules, core)
    return weights, FLOORS[int(scores.argmax())]


def _fit_search(core, items, rules, samples: int, seed: int) -> tuple[dict, float]:
    """Random search of the weights (the floor swept for each) on these (training) items: the
    parameters that maximise objective(); ties keep the earlier (all weights 1.0 come first)."""
    rng = random.Random(seed)
    grid = [0.0, 0.25, 0.5, 1.0, 2.0, 4.0]
    candidates = [dict.fromkeys(core.FEATURES, 1.0)] + [{k: rng.choice(grid) for k in core.FEATURES} for _ in range(samples)]
    best = (-1.0, None, None)
    for weights in candidates:
        scores = _sweep(items, weights, rules, core)
        i = int(scores.argmax())
        if scores[i] > best[0]:
            best = (float(scores[i]), weights, FLOORS[i])
    # then each weight in turn, nudged while the objective rises
    weights, floor, score = dict(best[1]), best[2], best[0]
    for _ in range(1):
        for k in core.FEATURES:
            for value in grid:
                trial = {**weights, k: value}
                scores = _sweep(items, trial, rules, core)
                i = int(scores.argmax())
                if scores[i] > score:
                    weights, floor, score = trial, FLOORS[i], float(scores[i])
    return weights, floor


class _Stack:
    """Every candidate of a list of items in one matrix, so a weight vector is scored in one go."""

    def __init__(self, items, core):
        import numpy as np

        rows, groups = [], []
        for g, it in enumerate(items):
            for c in it.found:
                rows.append([c.features.get(k, 0.0) for k in core.FEATURES])
                groups.append(g)
        self.n = len(items)
        self.F = np.array(rows, dtype=np.float64).reshape(len(rows), len(core.FEATURES))
        self.g = np.array(groups, dtype=np.int64)
        self.tie = np.array([c.sn * 1e-9 for it in items for c in it.found])
        self.top1 = np.array([t for it in items for t in it.top1], dtype=bool)
        self.typed = np.array([c.features.get("type", 0.0) > 0 for it in items for c in it.found], dtype=bool)
        self.outside = np.array([bool(c.features.get("outside")) for it in items for c in it.found], dtype=bool)
        self.has_type = np.array([it.reading.answer_type is not None for it in items], dtype=bool)
        self.needs_type = np.array([it.reading.answer_type in core.TYPED for it in items], dtype=bool)
        self.answerable = np.array([bool(it.q["answerable"]) for it in items], dtype=bool)
        named = []
        for it in items:
            c = core.described(it.reading, it.found)
            named.append(it.found.index(c) if c is not None else -1)
        offsets = np.concatenate([[0], np.cumsum([len(it.found) for it in items])[:-1]]).astype(np.int64)
        self.named = np.array([offsets[g] + i if i >= 0 else -1 for g, i in enumerate(named)], dtype=np.int64)


_STACKS: dict = {}


def _stack(items, core) -> _Stack:
    key = id(items)
    if key not in _STACKS or _STACKS[key][0] is not items:
        _STACKS[key] = (items, _Stack(items, core))
    return _STACKS[key][1]


def _sweep(items, weights, rules, core):
    """objective() for every floor of FLOORS at once, computed from the features (as core.decide does)."""
    import numpy as np

    rules = {**core.RULES, **rules}
    if "unknown_share" in weights:
        core.UNKNOWN_SHARE = weights["unknown_share"]
    st = _stack(items, core)
    memo_key = (core.UNKNOWN_SHARE, tuple(sorted(rules.items())))
    static = np.array([it.__dict__.setdefault("_static", {}).get(memo_key) for it in items], dtype=object)
    for i, it in enumerate(items):
        if static[i] is None:
            it._static[memo_key] = static[i] = core.declines(
                it.reading, it.found, [], {**rules, "period": False, "type_required": False}) is not None
    static = static.astype(bool)
    w = np.array([weights.get(k, 0.0) for k in core.FEATURES])
    score = st.F @ w - st.tie
    keep = ~st.outside if rules["period"] else np.ones(len(score), dtype=bool)
    boost = 1e6 * (st.typed & st.has_type[st.g]) if rules["typed_first"] else 0.0
    key = np.where(keep, score + boost, -np.inf)
    order = np.lexsort((-key, st.g))
    g_sorted = st.g[order]
    starts = np.searchsorted(g_sorted, np.arange(st.n))
    counts = np.bincount(st.g, minlength=st.n)
    rank = np.arange(len(order)) - starts[g_sorted]
    any_kept = np.bincount(st.g, weights=keep.astype(float), minlength=st.n) > 0
    first = order[np.minimum(starts, max(len(order) - 1, 0))] if len(order) else np.zeros(st.n, dtype=np.int64)
    valid = (counts > 0) & any_kept
    best = np.where(valid, score[first] if len(order) else 0.0, -1e9)
    ok = valid & (st.top1[first] if len(order) else False)
    declined = static | ~valid
    if rules["type_required"]:
        top3_typed = np.bincount(g_sorted[(rank < 3)], weights=(st.typed & keep)[order][rank < 3].astype(float),
                                 minlength=st.n) > 0
        declined |= st.needs_type & ~top3_typed
    answered = (~declined)[:, None] & (best[:, None] >= np.array(FLOORS)[None, :])
    if rules.get("named_description"):
        has = (st.named >= 0) & (keep[np.maximum(st.named, 0)] if len(keep) else False)
        ok = np.where(has, st.top1[np.maximum(st.named, 0)] if len(st.top1) else False, ok)
        answered = np.where(has[:, None], ~np.bool_(static)[:, None] & ~(st.needs_type & False)[:, None], answered)
    a = st.answerable[:, None]
    right = (answered & ok[:, None] & a).sum(axis=0) + (~answered & ~a).sum(axis=0)
    wrong = (answered & ~(ok[:, None] & a)).sum(axis=0)
    return (right - wrong) / max(st.n, 1)


def baseline(index, model, vectors, questions):
    """Meaning alone: facts ranked by cosine similarity with the question; a floor on the best
    similarity, fitted on the training folds, says no answer."""
    from kaesong_cli.answer.ask import FACTS
    from kaesong_cli.answer.meaning import similarities, similarities_fast

    statements = index.statements()
    facts = [i for i, st in enumerate(statements) if st["kind"] in FACTS]
    out = []
    for q in questions:
        question = model.embed([q["question"]])[0]
        sims = similarities_fast(vectors, question) if isinstance(vectors, list) else similarities(vectors, question)
        ranked = sorted(facts, key=lambda i: -float(sims[i]))[:3]
        exp = q.get("expected") or []
        texts = [fact_text(statements[i], None) for i in ranked]
        out.append({"q": q, "best": float(sims[ranked[0]]), "top1": hit(exp, texts[0]),
                    "top3": any(hit(exp, t) for t in texts)})
    return out


def baseline_figures(rows, floor) -> dict:
    answerable = [r for r in rows if r["q"]["answerable"]]
    unanswerable = [r for r in rows if not r["q"]["answerable"]]
    said = [r for r in rows if r["best"] < floor]
    return {"top1": sum(r["top1"] and r["best"] >= floor for r in answerable) / max(len(answerable), 1),
            "top3": sum(r["top3"] and r["best"] >= floor for r in answerable) / max(len(answerable), 1),
            "precision": sum(not r["q"]["answerable"] for r in said) / len(said) if said else 1.0,
            "recall": sum(r["best"] < floor for r in unanswerable) / len(unanswerable) if unanswerable else 1.0}


def baseline_fit(rows) -> float:
    best = (-1.0, 0.0)
    for floor in [x / 100 for x in range(0, 80)]:
        answered = [r for r in rows if r["best"] >= floor]
        right = sum(r["top1"] and r["q"]["answerable"] for r in answered) + \
            sum(not r["q"]["answerable"] for r in rows if r["best"] < floor)
        score = right - (len(answered) - sum(r["top1"] and r["q"]["answerable"] for r in answered))  # as ask's fit
        if score > best[0]:
            best = (score, floor)
    return best[1]


def crossval(core, items, rules, samples) -> list[dict]:
    out = []
    for k in range(FOLDS):
        train = [it for it in items if fold_of(it.q["fact"]) != k]
        test = [it for it in items if fold_of(it.q["fact"]) == k]
        weights, floor = fit(core, train, rules, samples, seed=k)
        figures = evaluate(core, test, weights, floor, rules)
        figures.update(weights=weights, floor=floor, n=len(test))
        out.append(figures)
    return out


def mean(rows, key) -> float:
    return sum(r[key] for r in rows) / len(rows)


def shipped_on(core, index, model, vectors, fitting: list[dict], path: Path, misses: bool) -> int:
    """The parameters ask.py ships (fitted on all of bench/questions.json) scored on another set,
    which nothing was fitted on; beside the meaning-only baseline, its floor fitted on bench/questions.json."""
    questions = json.loads(path.read_text(encoding="utf-8"))
    items = prepare(core, index, model, vectors, questions)
    weights = {**core.WEIGHTS, "unknown_share": core.UNKNOWN_SHARE}
    r = evaluate(core, items, weights, core.FLOOR, dict(core.RULES))
    b = baseline_figures(baseline(index, model, vectors, questions), baseline_fit(baseline(index, model, vectors, fitting)))
    n = len(questions)
    print(f"{path}: {n} questions ({sum(q['answerable'] for q in questions)} answerable), "
          f"{len({q['fact'] for q in questions})} facts; what ask.py ships, nothing fitted on this set\n")
    print(f"{'':<9} {'top-1':>6} {'top-3':>6} {'no-ans P':>8} {'no-ans R':>8}")
    print(f"{'ask':<9} {r['top1']:6.1%} {r['top3']:6.1%} {r['precision']:8.1%} {r['recall']:8.1%}")
    print(f"{'meaning':<9} {b['top1']:6.1%} {b['top3']:6.1%} {b['precision']:8.1%} {b['recall']:8.1%}")
    print(f"score (right answers and right declines +1, wrong answers -1): {r['score']:.1%}; "
          f"answered wrong: {r['wrong']} of {n} questions")
    if misses:
        for q, got, ids in r["misses"]:
            print(f"  miss [{q['answer_type']}/{q['style']}] {q['question']!r} -> {got!r} {ids[:3]}  want {q['expected'][:2]}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=None)
    parser.add_argument("--misses", action="store_true", help="print the held-out misses")
    parser.add_argument("--samples", type=int, default=150, help="random weight vectors tried per fold")
    parser.add_argument("--no-rules", action="store_true", help="skip the rule-by-rule ablation")
    parser.add_argument("--pool", action="store_true", help="fit and score on bench/questions.json with the sets of "
                        "POOL (all but bench/holdout10), five folds by fact group across sets")
    parser.add_argument("--method", choices=["listwise", "search"], default="listwise",
                        help="how weights are fitted: a softmax ranker (listwise) or random search (search)")
    parser.add_argument("--questions", default=None, metavar="FILE",
                        help="score what ask.py ships (no fitting) on another set: bench/fresh/questions.json, "
                             "bench/test/questions.json; the baseline's floor is fitted on bench/questions.json")
    parser.add_argument("--rule", action="append", default=[], metavar="NAME=on|off",
                        help="run with a rule of ask.RULES switched on or off (repeatable)")
    args = parser.parse_args()
    global METHOD
    METHOD = args.method

    from kaesong_cli.answer import ask as core
    from kaesong_cli.answer.meaning import Model, fast, statement_vectors
    from kaesong_cli.commands import Session

    questions = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    if args.pool:
        questions = pooled(questions)
    index = Session(args.data).index
    global INDEX
    INDEX = index
    model = fast(index)  # what `kaesong ask` uses on a base of this size
    if model is not None:
        vectors = model.vectors()
    else:
        model = Model()
        vectors = statement_vectors(index, model)
    if args.questions:
        return shipped_on(core, index, model, vectors, questions, Path(args.questions), args.misses)
    items = prepare(core, index, model, vectors, questions)
    rules = dict(core.RULES)
    for setting in args.rule:
        name, _, value = setting.partition("=")
        if name not in rules or value not in ("on", "off"):
            parser.error(f"--rule {setting!r}: expected one of {', '.join(rules)} =on or =off")
        rules[name] = value == "on"
    print(f"{len(questions)} questions ({sum(q['answerable'] for q in questions)} answerable), "
          f"{len({q['fact'] for q in questions})} facts, {FOLDS} folds by fact; {args.samples} weight vectors a fold")

    folds = crossval(core, items, rules, args.samples)
    ablation = []
    if not args.no_rules:
        def held_out(runs, chosen):
            return sum(objective(core, [it for it in items if fold_of(it.q["fact"]) == k], r["weights"], r["floor"], chosen)
                       for k, r in enumerate(runs)) / FOLDS

        shipped = held_out(folds, rules)
        for name in core.RULES:
            flipped = {**rules, name: not rules[name]}
            runs = crossval(core, items, flipped, args.samples)
            on, off = (shipped, held_out(runs, flipped)) if rules[name] else (held_out(runs, flipped), shipped)
            ablation.append((name, rules[name], on, off, mean(runs, "top1"), mean(runs, "recall")))
    rows = baseline(index, model, vectors, questions)
    print()
    print(f"{'fold':<5} {'n':>4}  {'top-1':>6} {'top-3':>6} {'no-ans P':>8} {'no-ans R':>8}   "
          f"{'meaning-only: top-1':>19} {'top-3':>6} {'no-ans P':>8} {'no-ans R':>8}")
    base_rows = []
    for k, f in enumerate(folds):
        train = [r for r in rows if fold_of(r["q"]["fact"]) != k]
        test = [r for r in rows if fold_of(r["q"]["fact"]) == k]
        b = baseline_figures(test, baseline_fit(train))
        base_rows.append(b)
        print(f"{k + 1:<5} {f['n']:>4}  {f['top1']:6.1%} {f['top3']:6.1%} {f['precision']:8.1%} {f['recall']:8.1%}   "
              f"{b['top1']:19.1%} {b['top3']:6.1%} {b['precision']:8.1%} {b['recall']:8.1%}")
    print(f"{'mean':<5} {sum(f['n'] for f in folds):>4}  {mean(folds, 'top1'):6.1%} {mean(folds, 'top3'):6.1%} "
          f"{mean(folds, 'precision'):8.1%} {mean(folds, 'recall'):8.1%}   {mean(base_rows, 'top1'):19.1%} "
          f"{mean(base_rows, 'top3'):6.1%} {mean(base_rows, 'precision'):8.1%} {mean(base_rows, 'recall'):8.1%}")
    print(f"held-out mean score (right answers and right declines +1, wrong answers -1): {mean(folds, 'score'):.1%}"
          f"; answered wrong: {sum(f['wrong'] for f in folds)} of {sum(f['n'] for f in folds)} questions")
    if ablation:
        print("\nrules: held-out mean score (right answers and declines +1, wrong answers -1, a share), with / without")
        for name, was_on, on, off, top1, recall in ablation:
            verdict = ("kept" if on > off else "KEEP? it does not raise the mean") if was_on else \
                ("dropped" if on <= off else "DROPPED? it raises the mean")
            print(f"  {name:<14} {on:6.1%} / {off:6.1%}  (flipped: top-1 {top1:.1%}, no-answer recall {recall:.1%})  {verdict}")
    weights, floor = fit(core, items, rules, args.samples, seed=FOLDS)
    print(f"\nfitted on all five folds (what ask.py ships): FLOOR = {floor}\nWEIGHTS = {weights}")
    if args.misses:
        for f in folds:
            for q, got, ids in f["misses"]:
                print(f"  miss [{q['answer_type']}/{q['style']}] {q['question']!r} -> {got!r} {ids[:3]}  "
                      f"want {q['expected'][:2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
