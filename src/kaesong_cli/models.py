"""The fact-base contract as pydantic models, and the cross-checks a schema cannot express.

Imported only to validate a fact base (when the derived index is built, by `kaesong validate`
and by `kaesong schema`): reading commands work from the index and never import this module.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from .dates import TIME_ZONES, PartialDate

FORMAT = "kaesong-factbase/1"
MAX_AMOUNT = Decimal(10) ** 18  # a quintillion won is absurd; it also keeps Decimal maths exact

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$"),
               Field(description="A stable slug: lower-case ASCII letters, digits and hyphens")]
Text = Annotated[str, StringConstraints(min_length=1, max_length=5000)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Paragraph = Annotated[int, Field(ge=1, le=100_000)]


def _to_decimal(value: object) -> object:
    if isinstance(value, bool):
        return value  # left for the strict Decimal check to reject
    if isinstance(value, (int, float, str)):
        try:
            return Decimal(str(value).strip())
        except InvalidOperation:
            raise ValueError(f"{value!r} is not a number") from None
    return value


def _positive_finite(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise ValueError("an amount must be a finite number")
    if value <= 0:
        raise ValueError("an amount must be positive")
    if value >= MAX_AMOUNT:
        raise ValueError("an amount must be below 10^18")
    return value


Amount = Annotated[Decimal, BeforeValidator(_to_decimal), AfterValidator(_positive_finite),
                   Field(description="A positive number, preferably written as a string of digits")]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Citation(Model):
    source: Id
    paragraphs: list[Paragraph] = Field(default_factory=list, description="Paragraph numbers in the source")


Citations = Annotated[list[Citation], Field(min_length=1)]


class DateSpec(Model):
    value: str = Field(description="YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM; its form is its precision")
    tz: Literal["KST", "UTC"] | None = Field(None, description="Time zone of a date with a time")
    stated: Text | None = Field(None, description="The words the source used for this date")
    resolved: Text | None = Field(None, description="How those words were resolved to the value")

    def parsed(self) -> PartialDate:
        return PartialDate.parse(self.value)

    def model_post_init(self, _context: object) -> None:
        date = self.parsed()  # raises ValueError naming what is impossible
        if self.tz and date.hour is None:
            raise ValueError("a time zone needs a time (YYYY-MM-DDTHH:MM)")
        assert self.tz is None or self.tz in TIME_ZONES


class Source(Model):
    id: Id
    role: Literal["primary", "context"] = "context"
    kind: Literal["news-article", "news-report", "press-release", "statement", "document", "book", "dataset", "other"]
    title: Text
    author: Name | None = None
    publisher: Name | None = None
    published: DateSpec | None = None
    paragraphs: int = Field(0, ge=0, le=100_000, description="How many numbered paragraphs the source has (0: not held)")
    text: list[Annotated[str, StringConstraints(min_length=1, max_length=20_000)]] | None = Field(
        None, description="The source's text, paragraph by paragraph (paragraph 1 first), exactly as written")
    location: Text | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$", max_length=2000)] | None = Field(
        None, description="The source's address on the web, where it has one")
    note: Text | None = None


class Derivation(Model):
    """How a value the cited text does not state in so many words was arrived at. `kaesong validate`
    accepts such a value only with its derivation, and checks a sum or a conversion by arithmetic."""

    value: Name = Field(description="The value derived, as the support check names it: a date or time "
                                    "('2018-09-14', '14:49'), an amount in digits ('8640000'), a count ('4') or a name")
    how: Literal["sum", "conversion", "context"] = Field(
        description="sum: of the figures in `of`; conversion: of the one figure in `of` at `rate` won per dollar; "
                    "context: from the context sources in `sources`, which the fact cites")
    of: list[Id] = Field(default_factory=list, description="The figures summed or converted")
    rate: Amount | None = Field(None, description="For a conversion: won per US dollar")
    sources: list[Id] = Field(default_factory=list, description="For context: the cited sources that give the value")
    note: Text | None = None


Derived = Annotated[list[Derivation], Field(default_factory=list, description=(
    "Values of this fact that its cited text does not state as written, each with how it was derived. A date's "
    "'stated' words with its 'resolved' explanation already declare a relative date resolved."))]


class Attribute(Model):
    name: Name
    value: Text
    citations: Citations
    note: Text | None = None
    derived: Derived


class Relation(Model):
    type: Id
    target: Id
    citations: Citations
    note: Text | None = None
    derived: Derived


EntityKind = Literal["person", "organization", "office", "place", "building", "fund", "media",
                     "country", "group", "agreement"]


class Entity(Model):
    id: Id
    kind: EntityKind
    name: Name
    hangul: Name | None = None
    aliases: list[Name] = Field(default_factory=list)
    description: Text
    wikidata: Annotated[str, StringConstraints(pattern=r"^Q[1-9]\d*$")] | None = None
    citations: Citations
    attributes: list[Attribute] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    note: Text | None = None
    number: Literal["singular", "plural"] = Field("singular", description="The name's grammatical number, for the "
                                                                          "sentences made from relations")
    article: Literal["the", ""] | None = Field(None, description="Whether the name takes 'the' in a sentence; by "
                                                                 "default organisations, offices, buildings, funds, "
                                                                 "media and agreements do")
    derived: Derived


class Event(Model):
    id: Id
    date: DateSpec
    end: DateSpec | None = None
    title: Name
    summary: Text
    entities: list[Id] = Field(default_factory=list)
    caused_by: list[Id] = Field(default_factory=list)
    citations: Citations
    note: Text | None = None
    derived: Derived


class Quote(Model):
    id: Id
    text: Text = Field(description="The words, verbatim")
    speaker: Id
    date: DateSpec
    about: list[Id] = Field(default_factory=list)
    context: Text
    citations: Citations
    caveat: Name | None = Field(None, description="A short warning that travels with the words wherever they are shown "
                                                  "(e.g. 're-translated by the article')")
    note: Text | None = None
    derived: Derived


class Money(Model):
    amount: Amount
    currency: Literal["KRW", "USD"]
    stated: Name = Field(description="The figure as the source wrote it")


class Figure(Money):
    id: Id
    paired: Money | None = Field(None, description="The other currency's figure, where the source gives one")
    date: DateSpec
    paid_for: Text
    part_of: Id | None = None
    entities: list[Id] = Field(default_factory=list)
    citations: Citations
    note: Text | None = None
    derived: Derived


class ClaimValue(Model):
    value: Text = Field(description="The value as the source gives it: '14:49 KST', '$8.63 million', a wording")
    date: DateSpec | None = Field(None, description="The value as a date or time, where it is one")
    amount: Money | None = Field(None, description="The value as an amount, where it is one")
    rank: Literal["preferred", "normal", "deprecated"] = Field(
        "normal", description="Wikidata's ranks: the value the base prefers, another, or one known to be wrong")
    reason: Text | None = Field(None, description="Why this rank (required for deprecated)")
    by: Name | None = Field(None, description="Who gives the value, where it is not the cited sources' publishers: "
                                              "'KCNA', 'the Ministry of Unification'")
    citations: Citations
    derived: Derived


class Claim(Model):
    """One fact on which the sources differ: every value they give, each with its sources and a rank."""

    id: Id
    about: Id = Field(description="The record the fact belongs to: an event, entity, quotation or figure")
    property: Name = Field(description="What the values are of: 'time of the blast', 'renovation cost in dollars'")
    values: Annotated[list[ClaimValue], Field(min_length=2)]
    note: Text | None = None


class FactBase(Model):
    format: Literal["kaesong-factbase/1"]
    title: Text
    description: Text | None = None
    sources: Annotated[list[Source], Field(min_length=1)]
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list, description="Facts on which the sources differ")


COLLECTIONS = ("sources", "entities", "events", "quotes", "figures", "claims")


def cross_check(base: FactBase) -> list[tuple[str, str]]:
    """Problems a schema cannot see, each as (JSON path, reason): duplicate ids, unknown
    references, citations of paragraphs a source does not have, an end before its start."""
    problems: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    for collection in COLLECTIONS:
        for i, item in enumerate(getattr(base, collection)):
            path = f"{collection}[{i}].id"
            if item.id in seen:
                problems.append((path, f"duplicate id {item.id!r} (first used at {seen[item.id]})"))
            else:
                seen[item.id] = path
    sources = {s.id: s for s in base.sources}
    entities = {e.id for e in base.entities}
    events = {e.id for e in base.events}
    figures = {f.id for f in base.figures}

    def refs(path: str, ids: list[str] | str | None, known: set[str], what: str) -> None:
        for j, ref in enumerate([ids] if isinstance(ids, str) else ids or []):
            where = path if isinstance(ids, str) else f"{path}[{j}]"
            if ref not in known:
                problems.append((where, f"unknown {what} {ref!r}"))

    def cites(path: str, citations: list[Citation]) -> None:
        for j, c in enumerate(citations):
            source = sources.get(c.source)
            if source is None:
                problems.append((f"{path}[{j}].source", f"unknown source {c.source!r}"))
                continue
            for k, n in enumerate(c.paragraphs):
                if n > source.paragraphs:
                    held = f"has {source.paragraphs} paragraphs" if source.paragraphs else "has no numbered paragraphs"
                    problems.append((f"{path}[{j}].paragraphs[{k}]", f"paragraph {n}: source {c.source!r} {held}"))

    for i, source in enumerate(base.sources):
        if source.text is not None and len(source.text) != source.paragraphs:
            problems.append((f"sources[{i}].paragraphs", f"says {source.paragraphs} paragraphs, but its text has "
                                                         f"{len(source.text)}"))
    for i, e in enumerate(base.entities):
        p = f"entities[{i}]"
        cites(f"{p}.citations", e.citations)
        for j, a in enumerate(e.attributes):
            cites(f"{p}.attributes[{j}].citations", a.citations)
        for j, r in enumerate(e.relations):
            refs(f"{p}.relations[{j}].target", r.target, entities, "entity")
            cites(f"{p}.relations[{j}].citations", r.citations)
    for i, ev in enumerate(base.events):
        p = f"events[{i}]"
        refs(f"{p}.entities", ev.entities, entities, "entity")
        refs(f"{p}.caused_by", ev.caused_by, events, "event")
        cites(f"{p}.citations", ev.citations)
        if ev.end and ev.end.value < ev.date.value:
            problems.append((f"{p}.end", f"ends ({ev.end.value}) before it starts ({ev.date.value})"))
    for i, q in enumerate(base.quotes):
        p = f"quotes[{i}]"
        refs(f"{p}.speaker", q.speaker, entities, "entity")
        refs(f"{p}.about", q.about, entities, "entity")
        cites(f"{p}.citations", q.citations)
        problems += verbatim(p, q, sources)
    for i, f in enumerate(base.figures):
        p = f"figures[{i}]"
        refs(f"{p}.entities", f.entities, entities, "entity")
        refs(f"{p}.part_of", f.part_of, figures, "figure")
        cites(f"{p}.citations", f.citations)
        if f.paired and f.paired.currency == f.currency:
            problems.append((f"{p}.paired.currency", "the paired figure must be in the other currency"))
    records = {item.id for c in ("entities", "events", "quotes", "figures") for item in getattr(base, c)}
    for i, claim in enumerate(base.claims):
        p = f"claims[{i}]"
        refs(f"{p}.about", claim.about, records, "record")
        if not any(v.rank == "preferred" for v in claim.values):
            problems.append((f"{p}.values", "one value must be preferred (the one every view shows first)"))
        for j, v in enumerate(claim.values):
            cites(f"{p}.values[{j}].citations", v.citations)
            if v.rank == "deprecated" and not v.reason:
                problems.append((f"{p}.values[{j}].reason", "a deprecated value needs a reason"))
    return problems


from .quoting import normalise_quotation  # noqa: E402 (here for validate; check reads it without pydantic)


def verbatim(path: str, quote: Quote, sources: dict[str, Source]) -> list[tuple[str, str]]:
    """A quotation must stand word for word in a paragraph it cites, for every cited source whose
    text the fact base holds (in any paragraph, when the citation names none)."""
    problems = []
    words = normalise_quotation(quote.text)
    for j, c in enumerate(quote.citations):
        source = sources.get(c.source)
        if source is None or source.text is None or any(n > len(source.text) for n in c.paragraphs):
            continue  # an unknown source or paragraph is reported by cites()
        held = [source.text[n - 1] for n in c.paragraphs] if c.paragraphs else source.text
        if not any(words in normalise_quotation(paragraph) for paragraph in held):
            where = f"paragraph {', '.join(map(str, c.paragraphs))}" if c.paragraphs else "its text"
            problems.append((f"{path}.citations[{j}]", f"the quotation is not word for word in {where} of {c.source!r}"))
    return problems


def json_schema() -> dict:
    schema = FactBase.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "kaesong fact base"
    return schema
