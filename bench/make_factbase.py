"""Write a valid synthetic fact base of a given size, for measuring kaesong at scale.

    python bench/make_factbase.py --events 100000 --out big.json

Deterministic (the same arguments give the same bytes). Dates spread from 1950 to 2025 at every
precision; text is built from the vocabulary of inter-Korean reporting; entities, quotations,
figures and sources grow in proportion to the events (1/20, 1/5, 1/10, 1/100).
"""

import argparse
import json
import random
import sys

PLACES = ["Kaesong", "Panmunjom", "Pyongyang", "Seoul", "Sinuiju", "Wonsan", "Incheon", "Busan", "Hamhung",
          "Chongjin", "Nampo", "Haeju", "Paju", "Gimpo", "Goseong", "Mount Kumgang", "Dorasan", "Cheorwon"]
BODIES = ["Ministry", "Committee", "Council", "Agency", "Fund", "Office", "Command", "Commission", "Bureau",
          "Association", "Institute", "Foundation"]
TOPICS = ["Unification", "Cooperation", "Exchange", "Reconciliation", "Trade", "Defence", "Tourism", "Rail",
          "Energy", "Health", "Family Reunion", "Fisheries", "Forestry", "Culture", "Sports"]
GIVEN = ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Su-bin", "Jun-seo", "Ye-jin", "Hyun-woo", "Eun-ji",
         "Sung-ho", "Mi-kyung", "Young-soo", "Jae-won", "Chul-soo", "Hye-jin", "Dong-hyun", "Kyung-hee"]
FAMILY = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin"]
HANGUL_FAMILY = {"Kim": "김", "Lee": "이", "Park": "박", "Choi": "최", "Jung": "정", "Kang": "강", "Cho": "조",
                 "Yoon": "윤", "Jang": "장", "Lim": "임", "Han": "한", "Oh": "오", "Seo": "서", "Shin": "신"}
VERBS = ["opens", "closes", "suspends", "resumes", "announces", "rejects", "proposes", "signs", "warns of",
         "inspects", "funds", "postpones", "hosts talks on", "cuts", "restores", "reviews", "approves"]
OBJECTS = ["a liaison channel", "the border crossing", "a joint project", "the industrial zone", "a rail link",
           "a family reunion programme", "the hotline", "a tourism route", "an aid shipment", "a fisheries accord",
           "a cultural exchange", "the military talks", "a road connection", "a trade office", "a health programme"]
REASONS = ["after leaflets were sent across the border", "citing security concerns", "amid a diplomatic thaw",
           "following a summit", "over a budget dispute", "because of an epidemic", "after a military drill",
           "under pressure from Washington", "to mark an anniversary", "after months of negotiation"]
WORDS = ["cooperation", "tension", "dialogue", "sanctions", "reunification", "negotiation", "ceasefire",
         "provocation", "delegation", "summit", "agreement", "inspection", "shipment", "hotline", "leaflets"]


def build(events: int, seed: int = 2020) -> dict:
    rng = random.Random(seed)
    n_sources = max(1, events // 100)
    n_entities = max(2, events // 20)
    sources = [{"id": f"source-{i}", "role": "primary" if i == 0 else "context", "kind": "news-report",
                "title": f"{rng.choice(PLACES)} report {i} on {rng.choice(TOPICS).lower()}",
                "publisher": rng.choice(["Yonhap", "KBS", "Hankyoreh", "NK News", "Reuters", "AP"]),
                "paragraphs": 40} for i in range(n_sources)]

    def cite():
        return [{"source": f"source-{rng.randrange(n_sources)}", "paragraphs": sorted({rng.randint(1, 40), rng.randint(1, 40)})}]

    def date():
        year = rng.randint(1950, 2025)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        form = rng.random()
        if form < 0.05:
            return {"value": f"{year}"}
        if form < 0.15:
            return {"value": f"{year}-{month:02d}"}
        if form < 0.85:
            return {"value": f"{year}-{month:02d}-{day:02d}"}
        return {"value": f"{year}-{month:02d}-{day:02d}T{rng.randint(0, 23):02d}:{rng.choice([0, 15, 30, 45]):02d}",
                "tz": "KST"}

    entities, names = [], []
    for i in range(n_entities):
        if i % 3 == 0:
            family = rng.choice(FAMILY)
            name = f"{family} {rng.choice(GIVEN)}"
            entity = {"kind": "person", "name": name, "hangul": HANGUL_FAMILY[family] + "씨",
                      "description": f"Official who worked on {rng.choice(TOPICS).lower()} between the two Koreas."}
        else:
            name = f"{rng.choice(PLACES)} {rng.choice(TOPICS)} {rng.choice(BODIES)}"
            entity = {"kind": "organization", "name": name,
                      "description": f"Body dealing with {rng.choice(TOPICS).lower()} from {rng.choice(PLACES)}."}
        entity.update({"id": f"entity-{i}", "aliases": [f"{name} ({i})"], "citations": cite()})
        entities.append(entity)
        names.append(name)
    for entity in entities:
        entity["relations"] = [{"type": rng.choice(["part-of", "works-with", "funded-by", "located-in"]),
                                "target": f"entity-{rng.randrange(n_entities)}", "citations": cite()}
                               for _ in range(2)]
        entity["attributes"] = [{"name": "founded", "value": str(rng.randint(1950, 2020)), "citations": cite()}]

    event_list = []
    for i in range(events):
        who = rng.randrange(n_entities)
        title = f"{names[who]} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
        summary = (f"{title} in {rng.choice(PLACES)} {rng.choice(REASONS)}; observers spoke of "
                   f"{rng.choice(WORDS)} and {rng.choice(WORDS)}.")
        event_list.append({"id": f"event-{i}", "date": date(), "title": title[:200], "summary": summary,
                           "entities": sorted({f"entity-{who}", f"entity-{rng.randrange(n_entities)}"}),
                           "citations": cite()})
    quotes = [{"id": f"quote-{i}", "text": f"We will not accept {rng.choice(OBJECTS)} {rng.choice(REASONS)}",
               "speaker": f"entity-{rng.randrange(0, n_entities, 3)}", "date": date(),
               "about": [f"entity-{rng.randrange(n_entities)}"], "context": f"Said about {rng.choice(WORDS)}.",
               "citations": cite()} for i in range(events // 5)]
    figures = []
    for i in range(events // 10):
        won = rng.randint(1, 99_999) * 10**6
        figure = {"id": f"figure-{i}", "amount": str(won), "currency": "KRW", "stated": f"{won / 1e9:g} billion won",
                  "date": date(), "paid_for": f"Spending on {rng.choice(OBJECTS)}.",
                  "entities": [f"entity-{rng.randrange(n_entities)}"], "citations": cite()}
        if i % 4 == 0:
            usd = round(won / rng.uniform(900, 1400))
            figure["paired"] = {"amount": str(usd), "currency": "USD", "stated": f"${usd / 1e6:g} million"}
        figures.append(figure)
    return {"format": "kaesong-factbase/1", "title": f"Synthetic dossier of {events} events",
            "description": "Generated by bench/make_factbase.py for measuring kaesong at scale.",
            "sources": sources, "entities": entities, "events": event_list, "quotes": quotes, "figures": figures}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--out", required=True, help="file to write ('-' for stdout)")
    parser.add_argument("--seed", type=int, default=2020)
    args = parser.parse_args()
    if args.events < 1:
        parser.error("--events must be at least 1")
    text = json.dumps(build(args.events, args.seed), ensure_ascii=False)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
