"""`kaesong ask QUESTION`: the best answers to a question in the reader's own words, each with the
evidence beside it."""

from __future__ import annotations

from ..errors import NotFound, UsageError, excerpt
from ..output import Column, Table, View
from . import Session
from .columns import CITED, disputed_under

MAX_QUESTION = 10_000  # characters; a question longer than this is not a question

# One answer a line (plain, csv): rank, the answer, who said it, its date, its citation, the cited
# words as evidence, then the statement's id and kind and the score.
COLUMNS = [Column("rank", "#"), Column("answer", "Answer"),
           Column("caveat", "Caveat", under="answer", template="⚑ {}", style="bold"), disputed_under("answer"),
           Column("speaker", "Said by"), Column("date.display", "Date"), CITED,
           Column("evidence", "Evidence", under="answer", template="Evidence: {}", style="italic"),
           Column("id", "Statement", in_table=False), Column("kind", "Kind", in_table=False),
           Column("score", "Score", in_table=False)]


def ask(session: Session, *, fmt: str, question: str, limit: int = 3, evidence: bool = False) -> View:
    from ..answer import ask as core
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
        missing = NotFound(f"the fact base holds no answer to {excerpt(question)}; "
                           "'kaesong search WORDS' lists every fact that holds your words")
        missing.empty = {"question": question, "method": result.method, "answers": []}
        raise missing
    rows, answers = [], []
    for rank, a in enumerate(result.answers, start=1):
        st = a.statement
        cited_words = cited(index, st, question)
        rows.append({"rank": rank, "answer": st["sentence"], "caveat": st.get("caveat"), "disputed": st.get("disputed"),
                     "speaker": st.get("speaker_name"), "date": st.get("date"), "cited": st["cited"],
                     "evidence": summary(cited_words, whole=evidence), "id": st["id"], "kind": st["kind"],
                     "score": a.score})
        answers.append({"rank": rank, "score": a.score, "why": a.why, "statement": st, "evidence": cited_words})
    q = result.question
    data = {"question": question, "method": result.method, "words": q.words, "entities": q.entities,
            "shapes": sorted(q.shapes), "considered": result.considered, "answers": answers}
    return View(Table(COLUMNS, rows, title=f"Answers: {question}"), data, notes)


def _meaning(session: Session, index):
    """The meaning model and the statement vectors, or (None, None, a note saying why not)."""
    from ..answer.meaning import Model, Unavailable, statement_vectors

    try:
        model = Model()
        return model, statement_vectors(index, model, session.progress), []
    except Unavailable as exc:
        return None, None, [f"ranking by meaning is unavailable ({exc}): answering from the words alone"]
    finally:
        if session.progress is not None:
            session.progress.close()
