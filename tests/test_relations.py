"""Issue 20: a relation reads as an English sentence, from a template per kind of relation and
the subject's grammatical number, with 'the' where the name takes it."""

import json

import pytest

from .conftest import BUNDLED, kaesong, minimal

# One relation of every kind the bundled base holds, as search shows it.
EXPECTED = {
    "located-in": ("kaesong-industrial-complex#located-in:kaesong", "The Kaesong Industrial Complex is located in Kaesong"),
    "funded-by": ("liaison-office#funded-by:cooperation-fund",
                  "The Inter-Korean Joint Liaison Office was funded by the Inter-Korean Cooperation Fund"),
    "created-by": ("liaison-office#created-by:panmunjom-declaration",
                   "The Inter-Korean Joint Liaison Office was created by the Panmunjom Declaration"),
    "operated-by": ("liaison-office#operated-by:ministry-of-unification",
                    "The Inter-Korean Joint Liaison Office was operated by the Ministry of Unification"),
    "destroyed-by": ("liaison-office#destroyed-by:north-korea",
                     "The Inter-Korean Joint Liaison Office was destroyed by North Korea"),
    "predecessor-of": ("consultation-office#predecessor-of:liaison-office",
                       "The Inter-Korean Economic Cooperation Consultation Office was the predecessor of the Inter-Korean "
                       "Joint Liaison Office"),
    "neighbour-of": ("support-center#neighbour-of:liaison-office",
                     "The Kaesong Industrial Complex Support Center stands next to the Inter-Korean Joint Liaison Office"),
    "leader-of": ("kim-jong-un#leader-of:north-korea", "Kim Jong-un is the leader of North Korea"),
    "signed": ("moon-jae-in#signed:panmunjom-declaration", "Moon Jae-in signed the Panmunjom Declaration"),
    "sister-of": ("kim-yo-jong#sister-of:kim-jong-un", "Kim Yo-jong is the sister of Kim Jong-un"),
    "threatened": ("kim-yo-jong#threatened:liaison-office", "Kim Yo-jong threatened the Inter-Korean Joint Liaison Office"),
    "president-of": ("moon-jae-in#president-of:south-korea", "Moon Jae-in was the president of South Korea"),
    "co-head-of": ("chun-hae-sung#co-head-of:liaison-office",
                   "Chun Hae-sung was a co-head of the Inter-Korean Joint Liaison Office"),
    "unification-minister-of": ("cho-myoung-gyon#unification-minister-of:south-korea",
                                "Cho Myoung-gyon was Unification Minister of South Korea"),
    "official-of": ("ri-son-gwon#official-of:north-korea", "Ri Son-gwon was an official of North Korea"),
    "secretary-general-of": ("kim-chang-su#secretary-general-of:liaison-office",
                             "Kim Chang-su was the secretary-general of the Inter-Korean Joint Liaison Office"),
    "part-of": ("ministry-of-unification#part-of:south-korea", "The Ministry of Unification is part of South Korea"),
    "state-media-of": ("kcna#state-media-of:north-korea",
                       "The Korean Central News Agency is the state news agency of North Korea"),
    "spending-approved-by": ("cooperation-fund#spending-approved-by:exchange-council",
                             "The Inter-Korean Cooperation Fund has its spending approved by the Council for the Promotion of "
                             "Inter-Korean Exchanges and Cooperation"),
    "opposes": ("defectors#opposes:north-korea", "North Korean defectors oppose North Korea"),
}


def relation_titles(name: str, data=None) -> dict[str, str]:
    args = ["search", name, "--kind", "entity", "--limit", "200", "--format", "json"] + (["--data", data] if data else [])
    result = kaesong(*args)
    assert result.exit_code == 0, result.output
    return {hit["id"]: hit["title"] for hit in json.loads(result.stdout) if hit["kind"] == "relation"}


def test_every_kind_of_relation_in_the_base_has_its_sentence():
    base = json.loads(BUNDLED.read_text(encoding="utf-8"))
    kinds = {r["type"] for e in base["entities"] for r in e.get("relations", [])}
    assert kinds == set(EXPECTED)  # a new kind of relation needs a template, and a line here


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_relation_sentence(kind):
    sid, sentence = EXPECTED[kind]
    base = json.loads(BUNDLED.read_text(encoding="utf-8"))
    subject = next(e for e in base["entities"] if e["id"] == sid.split("#")[0])
    assert relation_titles(subject["name"])[sid] == sentence


def entity(id, name, kind, **extra):
    return {"id": id, "kind": kind, "name": name, "description": "Someone.", "citations": [{"source": "src"}], **extra}


def test_number_article_and_a_kind_without_a_template(write):
    people = entity("activists", "Activists", "group", number="plural",
                    relations=[{"type": "opposes", "target": "board", "citations": [{"source": "src"}]},
                               {"type": "member-of", "target": "league", "citations": [{"source": "src"}]},
                               {"type": "located-in", "target": "hague", "citations": [{"source": "src"}]}])
    data = write(minimal(entities=[people, entity("board", "Board of Trade", "organization"),
                                   entity("league", "League", "organization", article=""),
                                   entity("hague", "The Hague", "place", article="the")]))
    titles = relation_titles("Activists", data)
    assert titles["activists#opposes:board"] == "Activists oppose the Board of Trade"
    assert titles["activists#member-of:league"] == "Activists: member of League"  # no template: its own words
    assert titles["activists#located-in:hague"] == "Activists are located in The Hague"  # 'the' not doubled
