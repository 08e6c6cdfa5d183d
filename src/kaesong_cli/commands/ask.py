"""`kaesong ask QUESTION`: the answer to a question in the reader's own words, as a direct answer
line made from a fact's typed fields, then the facts that support it, each with its evidence."""

from __future__ import annotations

from ..errors import NotFound, UsageError, excerpt
from ..output import Column, Table, View
from . import Session
from .columns import CITED, disputed_under

MAX_QUESTION = 10_000  # characters; a question longer than this is not a question

# The first line (rank 'answer') is the direct answer; then one fact a line: rank, the fact, who
# said it, its date, its citation, the cited words as evidence, then the fact's id and kind and score.
COLUMNS = [Column("rank", "#"), Column("answer", "Answer"),
           Column("caveat", "Caveat", under="answer", template="⚑ {}", style="bold"), disputed_under("answer"),
           Column("speaker", "Said by"), Column("date.display", "Date"), CITED,
           Column("evidence_text", "Evidence", under="answer", template="Evidence: {}", style="italic"),
           Column("id", "Statement", in_table=False), Column("kind", "Kind", in_table=False),
           Column("score", "Score", in_table=False)]


def ask(session: Session, *, fmt: str, question: str, limit: int = 3, evidence: bool = False) -> View:
    from ..answer import ask as core
    from ..answer.answers import direct
    from ..answer.evidence import evidence as cited
    from ..answer.evidence import summary

    if not question.strip():
        raise UsageError("ask a question, e.g. kaesong ask 'who blew up the liaison office?'")
    if len(question) > MAX_QUESTION:
        raise UsageError(f"a question of {len(question):,} characters is too long (at most {MAX_QUESTION:,})")
    if limit < 1:
        raise UsageError("--limit must be at least 1")
    index = session.index
    model, vectors, notes = _meaning(session, index)
    result = core.answer(index, question, limit, model, vectors)
    if not result.answers:
        raise _declined(question, result)
    first = result.answers[0]
    line = direct(first.statement, first.offer, result.reading)
    st = first.statement
    rows = [{"rank": "answer", "answer": line.display, "caveat": st.get("caveat"), "disputed": None,
             "speaker": st.get("speaker_name"), "date": st.get("date"), "cited": st["cited"], "evidence_text": None,
             "id": st["id"], "kind": line.type, "score": first.score}]
    answers = []
    for rank, a in enumerate(result.answers, start=1):
        st = a.statement
        cited_words = cited(index, st, question)
        text = summary(cited_words, whole=evidence)
        rows.append({"rank": rank, "answer": st["sentence"], "caveat": st.get("caveat"), "disputed": st.get("disputed"),
                     "speaker": st.get("speaker_name"), "date": st.get("date"), "cited": st["cited"],
                     "evidence_text": text, "id": st["id"], "kind": st["kind"], "score": a.score})
        item = {"rank": rank, "score": a.score, "why": a.why, "statement": st, "evidence_text": text}
        if evidence:
            item["evidence"] = cited_words
        answers.append(item)
    r = result.reading
    data = {"question": question, "answer": line.as_dict(), "method": result.method, "reading": _reading(r),
            "considered": result.considered, "answers": answers}
    return View(Table(COLUMNS, rows, title=f"Answers: {question}"), data, notes)


def _reading(r) -> dict:
    return {"type": r.answer_type, "lang": r.lang, "subject": r.subject, "entities": r.entities,
            "period": list(r.period) if r.period else None, "during": r.during, "during_rel": r.during_rel,
            "speaker": r.speaker, "side": r.side}


def _declined(question: str, result) -> NotFound:
    """'The record does not say …. It holds: …' on stderr, exit 1 (JSON: the same, as data)."""
    r = result.reading
    asked = question.strip().rstrip("?？.! ")
    if r.lang == "en" and asked[:1].isupper() and not asked[1:2].isupper():
        asked = asked[0].lower() + asked[1:]
    what = {"unknown_name": f"anything about {', '.join(r.unknown)}" if r.unknown else None}.get(result.declined or "")
    message = f"The record does not say {what or excerpt(asked, 120, quote=False) if r.lang == 'en' else ''}".rstrip()
    if r.lang != "en" and not what:
        message = f"The record does not say: {excerpt(asked, 120, quote=False)}"
    holds = [_held(st) for st in result.near[:3]]
    if result.declined == "premise" and result.why:  # 'When did South Korea blow up the office?'
        message += f": {result.why}"
    message += "." + (f" It holds: {'; '.join(holds)}." if holds else " It holds nothing near it.")
    missing = NotFound(message)
    missing.empty = {"question": question, "answer": None, "method": result.method, "reading": _reading(r),
                     "declined": result.declined, "why": result.why or None, "holds": [st["id"] for st in result.near[:3]],
                     "answers": []}
    return missing


def _held(st: dict) -> str:
    date = (st.get("date") or {}).get("display")
    label = st.get("label") or st["sentence"]
    return f"{excerpt(label, 90, quote=False)}" + (f" ({date})" if date and date not in label else "") + f" [{st['id']}]"


def _meaning(session: Session, index):
    """The meaning model and the statement vectors, or (None, None, a note saying why not)."""
    from ..answer.meaning import Model, Unavailable, fast, statement_vectors

    try:
        quick = fast(index, session.progress)
        if quick is not None:
            return quick, quick.vectors(), []
        model = Model()
        return model, statement_vectors(index, model, session.progress), []
    except Unavailable as exc:
        return None, None, [f"ranking by meaning is unavailable ({exc}): answering from the words alone"]
    finally:
        if session.progress is not None:
            session.progress.close()
