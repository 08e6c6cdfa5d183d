"""The shared reader of sentences (reader/): answer types, subjects, Korean particles, endings and
question words, periods and dating clauses, unknown names, and the glossary."""

import json
import tomllib

import pytest

from kaesong_cli.reader import TYPES, read

from .conftest import ROOT


@pytest.fixture(scope="module")
def index():
    from kaesong_cli.commands import Session

    return Session(None).index


@pytest.mark.parametrize(("question", "kind"), [
    ("when was the office blown up", "date"), ("What time did KCNA say the blast came?", "time"),
    ("how much did the renovation cost", "amount"), ("how many South Koreans came home", "count"),
    ("how often did the two sides call", "count"), ("who blew up the office?", "person"),
    ("Which body signed off on the spending?", "person"), ("where was the office", "place"),
    ("on which floor did the North's staff work", "place"), ("why was Pyongyang angry", "reason"),
    ("what made Pyongyang furious?", "reason"), ("what did Kim Yo-jong call the office", "quotation"),
    ("what did NK News say the renovation cost", "amount"), ("tell me about the leaflets", None),
    # keywords without a question word: a cue word sets the type; with one, the cue word alone does not
    ("demolition day of week", "date"), ("opening ceremony start time", "time"),
    ("liaison office staff numbers each side", "count"), ("What happened on the day the office was demolished?", None),
])
def test_answer_types_from_english_wording(question, kind):
    assert read(question).answer_type == kind
    assert kind is None or kind in TYPES


@pytest.mark.parametrize(("question", "kind"), [
    # the noun a which/what phrase asks about, a few words on
    ("Which South Korean president agreed with Kim Jong-un to set up the office?", "person"),
    ("Inside what larger site did the liaison office building stand?", "place"),
    ("What headline did KCNA give its 17 June follow-up?", "description"),
    ("Which member of the North's ruling family predicted the office's ruin?", "person"),
    ("At what times did the two sides phone each other?", "time"), ("How much extra was approved?", "amount"),
    ("how much time passed between the opening and the blast?", "count"),
    # misspelt question and cue words, written in lower case
    ("wat day was the liason ofice destroyed", "date"), ("what tiem did the office blow up", "time"),
    ("wich flor did the north korean staff use", "place"), ("wen was the building bilt", "date"),
    ("폭파 소식을 보도한 북한 관영 매체는 어디입니까?", "person"), ("김여정은 김정은과 어떤 관계입니까?", "relation"),
])
def test_the_type_read_from_a_noun_a_misspelling_or_a_korean_body(index, question, kind):
    assert read(question, index).answer_type == kind


def test_a_respelt_cue_word_is_no_subject_word_and_a_capitalised_name_is_not_respelt(index):
    assert read("what tiem did the office blow up", index).subject == ["office", "blow"]
    reading = read("Kim Tim visited Kaesong", index, claim=True)
    assert reading.answer_type is None and "tim" in reading.words


@pytest.mark.parametrize(("question", "kind"), [
    ("연락사무소는 언제 폭파됐나?", "date"), ("개소식은 몇 시에 시작했나요?", "time"), ("보수 비용은 얼마였습니까?", "amount"),
    ("누가 사무소를 폭파했니?", "person"), ("왜 북한은 화가 났습니까?", "reason"), ("사무소는 어디에 있었나?", "place"),
    ("직원은 몇 명이었나?", "count"), ("소장 회의는 얼마나 자주 열렸나?", "count"),
])
def test_korean_question_words_set_the_type(question, kind):
    reading = read(question)
    assert reading.lang == "ko" and reading.answer_type == kind


@pytest.mark.parametrize("question", ["문재인은 누구인가?", "문재인이 누구입니까?", "문재인의 직책은?", "문재인에게 물었나?",
                                      "문재인을 아나?"])
def test_particles_and_endings_do_not_hide_a_name(index, question):
    assert read(question, index).entities[:1] == ["moon-jae-in"]


def test_who_is_a_named_entity_asks_for_its_description(index):
    assert read("문재인은 누구인가?", index).answer_type == "description"
    assert read("who is Moon Jae-in", index).answer_type == "description"
    assert read("Ri Son-gwon's title", index).answer_type == "description"


def test_the_glossary_lets_korean_find_english_words(index):
    reading = read("연락사무소는 언제 폭파됐나?", index)
    assert "liaison-office" in reading.entities or "office" in reading.words
    assert {"blow", "demolish"} <= set(reading.words)
    assert {"renovation", "cost"} <= set(read("보수 비용은 얼마였습니까?", index).words)


def test_the_glossary_maps_a_readers_words_to_the_records(index):
    reading = read("Which body signed off on the spending?", index)
    assert {"approve", "budget"} <= set(reading.expanded)
    assert "call" in read("How often did the two sides phone each other?", index).expanded


def test_the_glossary_ships_in_the_wheel_and_loads():
    from kaesong_cli.reader import glossary

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert shipped["data/glossary.json"] == "kaesong_cli/data/glossary.json"
    data = json.loads((ROOT / "data" / "glossary.json").read_text(encoding="utf-8"))
    assert data["korean"]["폭파"].split()[:2] == ["blow", "up"] and "cost" in data["korean"]["비용"]
    assert glossary.gloss_korean("폭파됐나") == tuple(data["korean"]["폭파"].split())


def test_periods_and_dating_clauses():
    assert read("Why did the office shut down in January 2020?").period == ("2020-01", "2020-01")
    assert read("what did it cost in 2019").period == ("2019", "2019")
    assert read("2018년 운영비는 얼마였나?").period == ("2018", "2018")
    assert read("2020년 1월에 무슨 일이 있었나?").period == ("2020-01", "2020-01")
    clause = read("How many South Koreans were working there when it closed?")
    assert clause.answer_type == "count" and clause.during == "it closed"
    assert read("when did it close").during is None


def test_subject_speaker_and_relations(index):
    reading = read("what did Kim Jong-un's sister call the office?", index)
    assert reading.speaker == "kim-yo-jong" and "sister" in reading.subject
    assert read("how much did the renovation cost", index).subject == ["renovation"]
    assert read("who was the North's co-head", index).entities == ["north-korea"]


def test_unknown_names_and_words(index):
    assert read("did Elvis ever visit Kaesong?", index).unknown == ["Elvis"]
    # a capitalised first word, a month or a number word is not an unknown name
    assert read("Describe the office in June", index).unknown == []
    assert read("Twice a day?", index).unknown == []
    assert "designed" in read("who designed the building?", index).unknown_words
    assert read("What did the White House say about the demolition?", index).names == ["White House"]


@pytest.mark.parametrize("text", ["", "   ", "?" * 50, "\x00\x1b[31m", "[bold]x[/bold]", "x" * 20_000, "'; DROP TABLE x; --",
                                  "김", "1", "NEAR(office"])
def test_any_text_reads_without_error(index, text):
    reading = read(text, index)
    assert reading.text is not None and reading.answer_type in (*TYPES, None)


def test_korean_values_with_their_units_and_approximating_words_are_not_subject_words():
    from kaesong_cli.commands import Session
    from kaesong_cli.reader import read

    index = Session(None).index
    r = read("남측 인원 58명이 2020년 1월 30일 귀환했다", index)
    assert not [w for w in r.unknown_words if w[:1].isdigit()] and not [w for w in r.subject if w[:1].isdigit()]
    assert "around" not in read("around 100 people attended the ceremony", index).subject


def test_korean_verbs_of_being_and_readers_synonyms_are_not_unknown_words():
    from kaesong_cli.commands import Session
    from kaesong_cli.reader import read

    index = Session(None).index
    assert read("남북공동연락사무소는 어디에 있었나요?", index).unknown_words == []
    r = read("what northern border town hosted the bureau", index)
    assert "bureau" in r.subject and not {"bureau", "northern", "town"} & set(r.unknown_words)
    assert "office" in r.expanded


def test_a_korean_compound_of_glossary_words_is_read_as_its_parts_not_cut_at_the_first(index):
    r = read("3차 남북정상회담은 2018년 9월 평양에서 열렸다", index)
    assert {"inter-korean", "summit"} <= set(r.subject) and not r.unknown_words
    # a word of which two syllables or more are not in the glossary stays unknown
    assert "국방예산" in read("보수 비용은 국방예산에서 나왔다", index).unknown_words


def test_a_phrasal_verb_of_renovating_reads_as_renovating():
    from kaesong_cli.reader import read

    assert "renovating" in read("South Korea spent nearly 10 billion won doing up that office").words
    assert "renovating" in read("how much did Seoul spend sprucing up the building?").words
    assert "renovating" not in read("the office was blown up on 16 June").words
    assert "renovating" not in read("did up to 58 South Koreans go home?").words


@pytest.mark.parametrize(("question", "span"), [
    ("How many days after the Panmunjom Declaration did the office open?",
     ("days", "the Panmunjom Declaration", "the office open")),
    ("how many days passed between the lines being cut and the demolition", ("days", "the lines being cut", "the demolition")),
    ("How many days separated the bureau's inauguration from its detonation?",
     ("days", "the bureau's inauguration", "its detonation")),
    ("how long had the office been open when North Korea blew it up", ("days", "the office been open", "North Korea blew it up")),
    ("how many years between the building's completion and its reopening",
     ("years", "the building's completion", "its reopening")),
    ("연락사무소는 문을 연 지 얼마 만에 폭파됐나요?", ("days", "개소", "연락사무소는 폭파됐나요")),
    ("판문점 선언 후 며칠 만에 연락사무소가 문을 열었나요?", ("days", "판문점 선언", "연락사무소가 개소")),
    ("When did the office open?", None),
    ("How many days did the office stay open each week?", None),
])
def test_a_question_of_how_long_between_two_things_is_read_into_its_two_phrases(question, span):
    from kaesong_cli.reader import read

    reading = read(question)
    assert reading.span == span
    if span:
        assert reading.answer_type == "count" and reading.during is None
