"""Issue 5: ranked, forgiving full-text search and the quotations."""

import json

import pytest

from kaesong_cli.answer.search import KINDS

from .conftest import event, kaesong, minimal


def hits(*args, data=None):
    pre = ["--data", data] if data else []
    result = kaesong(*pre, "search", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_leaflets_shows_why_pyongyang_was_angry():
    found = hits("leaflets")
    assert {h["id"] for h in found} >= {"defectors", "first-threat"}
    defectors = next(h for h in found if h["id"] == "defectors")
    assert "Pyongyang's anger" in defectors["snippet"] or "leaflets" in defectors["snippet"]
    assert defectors["cited"] == "article ¶13"


def test_stemming():
    assert {h["id"] for h in hits("leaflet")} == {h["id"] for h in hits("leaflets")}


def test_phrase_finds_her_warning_first():
    found = hits('"completely collapse"')
    assert found[0]["id"] == "kim-yo-jong-collapse" and found[0]["kind"] == "quote"
    assert found[0]["date"]["value"] == "2020-06-13"


def test_prefix():
    assert "defectors" in {h["id"] for h in hits("leaf*")}
    assert "renovation-cost" in {h["id"] for h in hits("renovat*")}


@pytest.mark.parametrize("query, expected", [("개성", "kaesong"), ("개성공단", "kaesong-industrial-complex"),
                                             ("김여정", "kim-yo-jong"), ("교추협", "exchange-council")])
def test_hangul(query, expected):
    assert expected in {h["id"] for h in hits(query)}


def test_filters():
    assert {h["kind"] for h in hits("liaison", "--kind", "quote", "--limit", "50")} == {"quote"}
    assert {h["kind"] for h in hits("liaison", "--kind", "event", "--limit", "50")} == {"event"}
    by_kim = hits("collapse", "--speaker", "Kim Yo-jong")
    assert [h["id"] for h in by_kim] == ["kim-yo-jong-collapse", "kim-yo-jong-useless"]
    in_2020 = hits("office", "--since", "2020", "--until", "2020-06", "--limit", "50")
    assert in_2020 and all("2020" <= h["date"]["value"] < "2020-07" for h in in_2020)
    assert len(hits("office", "--limit", "2")) == 2
    assert kaesong("search", "office", "--limit", "0").exit_code == 2


def test_typo_fallback_says_so():
    result = kaesong("search", "leaflts")
    assert result.exit_code == 0, result.output
    assert "no hits for leaflts; showing leaflets" in result.stderr
    assert "defectors" in result.stdout


def test_nothing_found_exits_1():
    result = kaesong("search", "xylophone")
    assert result.exit_code == 1 and "no hits for xylophone" in result.stderr and result.stdout == ""


def test_ranking_on_a_small_fixture(write):
    base = minimal(events=[
        event("mention", "2001", title="A meeting", summary="The budget came up once."),
        event("title-hit", "2002", title="Budget approved", summary="A budget, the budget, the whole budget."),
        event("none", "2003", title="Nothing", summary="Nothing relevant."),
    ])
    assert [h["id"] for h in hits("budget", data=write(base))] == ["title-hit", "mention"]


def test_highlighting_in_json_plain_and_table(monkeypatch):
    found = hits('"completely collapse"')[0]
    start, end = found["highlights"][0]
    assert found["snippet"][start:end] == "completely collapse"
    plain = kaesong("search", "leaflets").stdout  # the text as it is: no ** inserted (issue 10)
    assert "leaflets" in plain and "*" not in plain
    monkeypatch.setenv("FORCE_COLOR", "1")
    table = kaesong("search", "leaflets", "--format", "table").stdout
    assert "\x1b[1;33mleaflets" in table


@pytest.mark.parametrize("query", ['"', 'unbalanced "quote', "AND", "leaflets AND", "NEAR(", "-", "park.", "OR NOT",
                                   "col:umn", "^start", "a'b"])
def test_awkward_queries_never_break(query):
    result = kaesong("search", query)
    assert result.exit_code in (0, 1, 2), result.output
    assert "Traceback" not in result.output and "fts5" not in result.output.lower()
    if result.exit_code == 2:
        assert "nothing to search for" in result.stderr


def test_lone_star_is_a_usage_error():
    result = kaesong("search", "*")
    assert result.exit_code == 2 and "nothing to search for" in result.stderr


def test_quotes():
    result = kaesong("quotes", "--format", "json")
    assert result.exit_code == 0
    quotes = json.loads(result.stdout)
    assert next(q["id"] for q in quotes) == "mou-round-the-clock"
    kim = json.loads(kaesong("quotes", "--speaker", "김여정", "--format", "json").stdout)
    assert [q["text"] for q in kim] == ["useless", "completely collapse"]
    assert kaesong("quotes", "--speaker", "kaesong").exit_code == 1


@pytest.mark.parametrize("events", [None, 600], ids=["bundled", "synthetic"])
def test_one_word_ranking_from_the_impact_table_equals_fts5_bm25(events, tmp_path, monkeypatch):
    """One plain word is ranked from the precomputed impact table; it must give exactly what
    FTS5's own bm25() gives, for every word the fact base holds."""
    import subprocess
    import sys

    from kaesong_cli.commands import Session

    from .conftest import ROOT

    data = None
    if events:
        data = str(tmp_path / "synthetic.json")
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_factbase.py"), "--events", str(events),
                        "--out", data], check=True, timeout=120)
    index = Session(data).index
    words = [w for (w,) in index.conn.execute("SELECT word FROM vocab WHERE token IS NOT NULL")]
    assert len(words) > 100
    speaker = index.conn.execute("SELECT entity FROM links WHERE role = 'speaker' LIMIT 1").fetchone()[0]
    filters = [(KINDS, None, None, None), (("event",), None, None, None), (("quote", "figure"), None, None, None),
               (KINDS, "2000", "2019~", None), (("quote",), None, None, speaker)]
    for word in words:
        match = f'"{word}"'
        for kinds, since, until, by in filters:
            from_impacts = index.full_text(match, kinds, since, until, by, 15, word=word)
            from_fts = index.full_text(match, kinds, since, until, by, 15)
            assert [h["doc"]["id"] for h in from_impacts] == [h["doc"]["id"] for h in from_fts], (word, kinds, by)
            assert [h["snippet"] for h in from_impacts] == [h["snippet"] for h in from_fts], word


def search_json(*args):
    result = kaesong("search", *args, "--format", "json")
    return result, (json.loads(result.stdout) if result.stdout.strip() else [])


def test_statements_rank_the_most_specific_fact_first():
    _, hits = search_json("calls")
    assert hits[0]["id"] == "liaison-office#daily-calls" and hits[0]["kind"] == "attribute"


def test_plain_fields_hold_the_text_as_it_is():
    for line in kaesong("search", "fund").stdout.splitlines():
        assert "**" not in line.split("\t")[5]


def test_quotation_hits_name_the_speaker():
    _, hits = search_json("collapse", "--kind", "quote")
    assert hits[0]["speaker"] == "Kim Yo-jong"
    plain = kaesong("search", "collapse").stdout
    assert any(line.split("\t")[4] == "Kim Yo-jong" for line in plain.splitlines())


def test_a_hyphenated_word_is_one_run_and_stop_words_are_never_highlighted_alone():
    _, hits = search_json("round-the-clock")
    assert "mou-round-the-clock" in [h["id"] for h in hits[:2]]
    for hit in hits:
        for start, end in hit["highlights"]:
            assert hit["snippet"][start:end].lower() not in ("the", "of", "and")
    _, with_stop_words = search_json("the leaflets of the defectors")
    assert with_stop_words and all(h["snippet"][a:b].lower() not in ("the", "of")
                                   for h in with_stop_words for a, b in h["highlights"])


@pytest.mark.parametrize("typed, never", [("phone", "one"), ("dust", "just")])
def test_the_typo_fallback_never_lands_on_a_stop_word_or_a_much_shorter_word(typed, never):
    result = kaesong("search", typed)
    assert f"showing {never}" not in result.stderr


def test_a_stemmed_word_does_not_match_inside_a_name():
    _, hits = search_json("sued")
    assert all("jon-jong-su" not in h["id"] for h in hits)


def test_source_titles_are_searchable():
    _, hits = search_json("coronavirus")
    titled = {"source:yonhap-2020-01-30", "source:yonhap-2020-01-30-return", "source:hankyoreh-926434"}
    assert hits[0]["id"] in titled
    _, only_sources = search_json("coronavirus", "--kind", "source")
    assert {h["id"] for h in only_sources} == titled and {h["kind"] for h in only_sources} == {"source"}
