"""Issue 11: statements, kaesong ask (lexical, meaning, fused), the no-answer path, the model
missing, hostile questions and every output format."""

import csv
import io
import json

import numpy as np
import pytest

from kaesong_cli.answer import meaning

from .conftest import event, kaesong, minimal


def ask(*args):
    result = kaesong("ask", *args, "--format", "json")
    return result, (json.loads(result.stdout) if result.stdout.strip() else None)


def ids(doc):
    return [a["statement"]["id"] for a in doc["answers"]]


def test_statements_at_the_grain_a_reader_asks_about():
    from kaesong_cli.commands import Session

    statements = {st["id"]: st for st in Session(None).index.statements()}
    calls = statements["liaison-office#daily-calls"]
    assert calls["sentence"] == "Inter-Korean Joint Liaison Office — daily calls: twice a day, at 9:00 and 17:00 KST"
    assert calls["kind"] == "attribute" and calls["cited"] == "article ¶12; context: inquirer-yonhap-2020-06"
    relation = statements["liaison-office#destroyed-by:north-korea"]
    assert relation["sentence"] == "The Inter-Korean Joint Liaison Office was destroyed by North Korea"
    quote = statements["kim-yo-jong-useless"]
    assert quote["speaker_name"] == "Kim Yo-jong" and quote["date"]["value"] == "2020-06-13"
    assert statements["article:14"]["sentence"].startswith("Last weekend, Kim Yo-jong")
    assert statements["article:14"]["citations"] == [{"source": "article", "paragraphs": [14]}]
    assert {st["kind"] for st in statements.values()} == {"entity", "attribute", "relation", "quote", "event", "figure",
                                                         "source", "paragraph"}


def test_the_furious_question_gets_the_leaflets_with_paragraph_13_as_evidence():
    result, doc = ask("what made Pyongyang furious?")
    assert result.exit_code == 0, result.output
    first = doc["answers"][0]
    assert "leaflets" in first["statement"]["sentence"]
    assert {"source": "article", "paragraph": 13} in [{k: e[k] for k in ("source", "paragraph")} for e in first["evidence"]]
    cited = next(e for e in first["evidence"] if e["paragraph"] == 13)
    assert cited["sentence"].startswith("Pyongyang’s anger comes from defectors spreading leaflets")
    assert doc["method"] == "lexical+meaning" and doc["entities"] == ["north-korea"]
    assert {"lexical_rank", "meaning_rank", "meaning", "words_held", "hints"} <= set(first["why"])


def test_who_demolished_it_answers_north_korea():
    _, doc = ask("who demolished it?")
    assert "North Korea" in doc["answers"][0]["statement"]["sentence"]


def test_the_sister_question_answers_useless_with_her_name():
    _, doc = ask("what did Kim Jong-un's sister call the office?")
    first = doc["answers"][0]["statement"]
    assert first["id"] == "kim-yo-jong-useless" and first["speaker_name"] == "Kim Yo-jong"
    assert "kim-yo-jong" in doc["entities"]  # 'X's sister' followed through the sister-of relation
    plain = kaesong("ask", "what did Kim Jong-un's sister call the office?", "--limit", "1").stdout
    fields = plain.rstrip("\n").split("\t")
    assert fields[0] == "1" and "“useless”" in fields[1] and fields[4] == "Kim Yo-jong"


@pytest.mark.parametrize("question", ["what is the capital of France?", "Elvis visited Kaesong in 1977",
                                      "who wrote Hamlet"])
def test_a_question_the_base_cannot_answer_prints_nothing_and_exits_1(question):
    result = kaesong("ask", question)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "kaesong search" in result.stderr
    as_json = kaesong("ask", question, "--format", "json")
    assert as_json.exit_code == 1 and json.loads(as_json.stdout)["answers"] == []


def test_limit_and_every_format():
    _, doc = ask("when did the office open", "--limit", "5")
    assert len(doc["answers"]) == 5 and [a["rank"] for a in doc["answers"]] == [1, 2, 3, 4, 5]
    scores = [a["score"] for a in doc["answers"]]
    assert scores == sorted(scores, reverse=True)
    plain = kaesong("ask", "when did the office open").stdout.splitlines()
    assert len(plain) == 3 and all(len(line.split("\t")) == 11 for line in plain)
    rows = list(csv.reader(io.StringIO(kaesong("ask", "when did the office open", "--format", "csv").stdout)))
    assert rows[0][:3] == ["rank", "answer", "caveat"] and len({len(r) for r in rows}) == 1 and len(rows) == 4
    table = kaesong("ask", "when did the office open", "--format", "table").stdout
    assert "Evidence: article ¶2" in " ".join(table.split()) or "Evidence:" in table
    markdown = kaesong("ask", "when did the office open", "--format", "markdown").stdout
    assert markdown.startswith("| # | Answer |")


def test_a_caveat_travels_with_an_answered_quotation():
    _, doc = ask("what did KCNA say about the blast", "--limit", "5")
    kcna = next(a for a in doc["answers"] if a["statement"]["id"] == "kcna-explosion")
    assert kcna["statement"]["caveat"].startswith("re-translated")


def test_without_the_model_ask_answers_lexically_and_says_so_once(monkeypatch):
    def missing():
        raise meaning.Unavailable("the wordllama package is not installed")

    monkeypatch.setattr(meaning, "_package_dir", missing)
    result = kaesong("ask", "when did North Korea cut the lines", "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["method"] == "lexical" and doc["answers"][0]["statement"]["id"] == "lines-cut"
    assert result.stderr.count("ranking by meaning is unavailable") == 1


def test_our_embedding_is_wordllamas():
    from pathlib import Path

    from safetensors import safe_open
    from wordllama import WordLlama
    from wordllama.inference import WordLlamaInference

    folder = Path(meaning._package_dir())
    tokenizer = WordLlama.load_tokenizer(folder / "tokenizers" / "l2_supercat_tokenizer_config.json")
    with safe_open(str(folder / "weights" / "l2_supercat_256.safetensors"), framework="np") as f:
        table = f.get_tensor("embedding.weight")
    texts = ["what made Pyongyang furious?", "North Korea blows up the liaison office", "김여정"]
    theirs = WordLlamaInference(table, tokenizer).embed(texts, norm=True)
    assert np.allclose(meaning.Model().embed(texts), theirs, atol=1e-6)


def test_statement_vectors_are_kept_beside_the_index_and_reused():
    from kaesong_cli.commands import Session

    index = Session(None).index
    model = meaning.Model()
    first = meaning.statement_vectors(index, model)
    stored = index.path + ".vectors.npy"
    assert first.shape == (index.statement_count(), 256)
    again = meaning.statement_vectors(index, model)
    assert isinstance(again, np.memmap) and np.array_equal(np.asarray(again), np.asarray(first))
    with open(stored, "wb") as f:
        f.write(b"not a numpy file")
    rebuilt = meaning.statement_vectors(index, model)  # a corrupt file is computed again
    assert np.array_equal(np.asarray(rebuilt), np.asarray(first))


HOSTILE = ["[bold red]who[/bold red] [link=http://x]blew[/link] it up?", "who \x1b[31mblew\x1b[0m up the \x00office\u202e?",
           "the of and a to", "개성", "김여정은 무엇을 말했나?", "?" * 50, "who " * 2500, "'; DROP TABLE statements; --",
           '"unbalanced', "NEAR(office", "x" * 10_000]


@pytest.mark.parametrize("question", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_questions_never_break(question):
    result = kaesong("ask", question)
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output and "\x1b" not in result.stdout and "\x00" not in result.stdout
    assert len(result.stderr) < 600


def test_questions_too_long_or_empty_are_bad_usage():
    assert kaesong("ask", "x" * 10_001).exit_code == 2
    assert kaesong("ask", "   ").exit_code == 2


def test_a_fact_base_of_ones_own(write):
    base = minimal(events=[event("launch", "2021-03-01", title="Rocket launched", summary="A rocket went up from the pad.")])
    result = kaesong("--data", write(base), "ask", "when did the rocket go up?", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["answers"][0]["statement"]["id"] == "launch"
