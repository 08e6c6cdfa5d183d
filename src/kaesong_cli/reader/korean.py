"""Korean questions and claims: particles and endings that must not hide a name, and question words
that set the answer's type.

A Korean word is a stem followed by particles (은/는/이/가/을/를/의/에서/에게…) and, on verbs, endings
(-나, -니까, -습니까, -인가…). The reader never needs a full analysis: it takes the longest known
name or glossary entry a word starts with ('문재인은' -> 문재인; '폭파됐나' -> 폭파), and strips the
particles and endings listed here otherwise."""

from __future__ import annotations

import re

HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
# The words for the two sides that are not names of the base (북한 is North Korea's own Hangul name)
SIDES = {"남한": "south-korea", "남측": "south-korea", "북측": "north-korea", "북한": "north-korea"}

# Longest first: '에서는' before '에서' before '에'.
PARTICLES = sorted("""은 는 이 가 을 를 의 에 에서 에게 에게서 한테 께서 께 으로 로 와
과 도 만 부터 까지 에서는 에는 이나 나 이란 란 이라는 라는 으로는
로는 처럼 보다 이랑 랑 하고 에서도 에도 이다 다 인가 인가요 인지
이었나 였나 이었습니까 였습니까 입니까 이었니 였니 이야 야 이에요 예요
이죠 죠""".split(), key=len, reverse=True)
ENDINGS = sorted("""나 니 니까 습니까 ㅂ니까 나요 까 까요 가요 죠 지 냐 느냐 는가 은가
던가 었나 았나 였나 했나 했니 했습니까 했나요 됐나 됐니 됐습니까
되었나 되었습니까 되었나요 됐나요 했어 했어요 했죠 됐어 됐어요 인가
인가요 인지 입니까 이었나 이었나요 였나요 하였나 하였습니까 되었는가
했는가 됐는가 하나 합니까 했을까 됐을까 었습니까 았습니까 였습니까 었어
았어 였어 었죠 았죠 는지 은지 을까 ㄹ까 했다 됐다 였다 이다 다 하다
되다 된 한 했던 됐던 하는 되는""".split(), key=len, reverse=True)

# Stems of verbs of being, having and doing, and bound nouns: they say nothing of a subject
# ('어디에 있었나요': where was it), so they are neither subject words nor unknown words.
STOP = frozenset("""있 있었 있나 있는 없 없었 하 했 한 할 되 됐 되었 된 될 이었 였 이 그 것 수 때 중 및 등 관련 대해 대한
무엇이 무엇을 어떤 맡 맡았 맡은 맡아 지냈 지낸 관계 명 가운데 나온 나왔 나온지 실질적 실질적으로 실제 실제로
함 함께 입""".split())

# Korean question words and the type of answer each asks for (see types.py). 얼마나 자주 (how
# often) is a count, 몇 시 (what hour) a time: read before the single words.
QUESTION_PHRASES = [("얼마나 자주", "count"), ("몇 번", "count"), ("몇 시", "time"), ("몇시", "time"),
                    ("몇 년", "date"), ("몇년", "date"), ("몇 월", "date"), ("며칠", "date"), ("무슨 요일", "date"),
                    ("어느 기관", "person"), ("어떤 관계", "relation"), ("무슨 관계", "relation"), ("어떤 기관", "person"),
                    ("어느 나라", "person"), ("무엇 때문", "reason"), ("이유", "reason"), ("원인", "reason"),
                    ("까닭", "reason"),
                    ("뭐라고", "quotation"), ("어떻게 불렀", "quotation"), ("라고 불렀", "quotation"),
                    ("어떻게 묘사", "quotation"), ("무엇이라고", "quotation"), ("라고 했", "quotation"), ("라고 말", "quotation")]
QUESTION_WORDS = {"언제": "date", "누가": "person", "누구": "person", "누구의": "person", "얼마": "amount",
                  "얼마나": "amount", "왜": "reason", "어디": "place", "어디서": "place", "어디에": "place",
                  "몇": "count", "무엇": None, "뭐": None, "무슨": None, "어떤": None, "어느": None, "어떻게": None}


def stem(word: str, known: set[str] | None = None) -> str:
    """A Korean word without its particles and endings: the longest known stem it starts with
    (a name, a glossary entry), else the word with one particle or ending taken off."""
    if known:
        for size in range(len(word), 1, -1):
            if word[:size] in known:
                rest = word[size:]
                if not any(rest.startswith(k) for k in known if len(k) >= 2):
                    return word[:size]
                break  # '남북정상회담은': a compound of known words, kept whole without its particle
    for suffix in PARTICLES + ENDINGS:
        if len(word) > len(suffix) and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


# '어느 도시에 있었습니까' (in which city), '어떤 기금에서 나왔나요' (from which fund): the noun after
# 어느/어떤/무슨 says the type, as a which/what noun does in English (types.py, _HEADS)
_PLACE_NOUNS = "도시|지역|곳|장소|건물|마을|구역|동네|공단|단지|공업지구"
_WHICH_NOUN = [("place", re.compile(rf"(어느|어떤|무슨)\s*({_PLACE_NOUNS})")),
               ("person", re.compile(r"(어느|어떤|무슨)\s*(기금|단체|위원회|협의회|매체|통신사|부처|정부|조직|언론|방송)")),
               ("relation", re.compile(r"(어느|어떤|무슨)\s*(선언|합의|협정|문서|조약)"))]  # '어떤 선언에 따른 것'

_BODY_WHERE = re.compile(r"(매체|기구|기관|단체|언론|방송|부처|위원회|협의회|통신사|정부|회의)\S*\s+(어디|어느 곳|무엇|누구)")
# '피해를 입은 인근 건물은 무엇입니까': a place asked by its noun, as 'which building' is
_PLACE_WHAT = re.compile(rf"({_PLACE_NOUNS})(?:은|는|이|가)\s+(무엇|어디)")


# Phrases whose words would each read wrong ('문을 연 날짜': the day it opened, not a door and a year)
_IDIOMS = [(re.compile(r"문을\s*(?:열|연|여)"), "개소"), (re.compile(r"문을\s*닫"), "폐쇄"),
           (re.compile(r"(?<![가-힣])(첫|두|세|네)\s+번째"), r"\1번째"),  # '세 번째 정상회담': the third
           (re.compile(r"(?<![\d제])([1-4])\s*차(?=\s)"), lambda m: "첫두세네"[int(m.group(1)) - 1] + "번째")]  # '3차 회담'
# '1월 말', '6월 초': the end or start of a month, read as the month (reader._period)
_PART_OF_MONTH = re.compile(r"(\d{1,2}\s*월)\s*(?:말|초|중순|하순|상순|말경|초순)(?=\s|$|[^가-힣])")


def idioms(text: str) -> str:
    """The text with the phrases above put as one word the glossary knows."""
    for pattern, word in _IDIOMS:
        text = pattern.sub(word, text)
    return _PART_OF_MONTH.sub(r"\1", text)


def question_type(text: str) -> tuple[str | None, bool]:
    """(the answer type the Korean question words ask for or None, whether any question word occurs)."""
    for phrase, kind in QUESTION_PHRASES:
        if phrase in text:
            return kind, True
    for kind, pattern in _WHICH_NOUN:
        if pattern.search(text):
            return kind, True
    if _BODY_WHERE.search(text):  # '보도한 매체는 어디입니까': which body, not which place
        return "person", True
    if _PLACE_WHAT.search(text):
        return "place", True
    found = False
    for word in re.findall(r"\S+", text):
        bare = re.sub(r"[?.!,]+$", "", word)
        for qw in sorted(QUESTION_WORDS, key=len, reverse=True):
            if bare.startswith(qw):
                found = True
                if QUESTION_WORDS[qw]:
                    return QUESTION_WORDS[qw], True
                break
    return None, found


def is_korean(text: str) -> bool:
    return bool(HANGUL.search(text))
