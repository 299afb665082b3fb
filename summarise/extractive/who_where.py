"""`who` and `where`: people, organisations and places, ranked by how much the story is about
them (independent sources that name them, and how central those sentences are), not by raw
counts of capitalised words."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from ..evidence import EvidenceSet, SentenceRef
from ..schema import Actor, Place
from ..segment import fold
from .common import cite, dateline
from .gazetteer import gazetteer, nationality_words
from .names import (
    MASTHEAD_WORDS,
    ORGANISATION_HEADS,
    SITE_HEADS,
    STORM_WORDS,
    THE_BEFORE,
    Entity,
    Mention,
)

MAX_ACTORS = 12
MAX_PLACES = 8
# How much a place or an actor counts that the reports name only where they tell an earlier
# event ("a tanker exploded at Majiya in Jigawa State in October 2024").
BACKGROUND_WEIGHT = 0.05
STYLE_TITLES = frozenset(
    {"prince", "princess", "king", "queen", "pope", "emir", "sheikh", "sultan", "crown prince"}
)
LOCATIVE = re.compile(
    r"\b(?:in|at|on|near|outside|across|around|from|into|inside|on the outskirts of|"
    r"in the heart of|the capital of|capital)\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:(?:north|south|east|west)(?:ern)?\s+|"
    r"(?:north|south)-?(?:east|west)(?:ern)?\s+|central\s+|downtown\s+)?$",
    re.IGNORECASE,
)
_SUBPLACE_KINDS = (
    r"neighbou?rhood|district|quarter|suburb|province|governorate|county|camp|village|town|"
    r"municipality|prefecture"
)
_SUBPLACE = re.compile(
    # not a possessive: "Ferrandi's camp" is his side, not a camp
    rf"\b(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w’'\-]*(?<![’']s)\s){{1,3}})(?P<kind>{_SUBPLACE_KINDS})\b"
    # "the Spanish town of Belagua", "the French town Compiègne": the name comes after
    r"(?P<after>\s+(?:of\s+)?[A-Z][\w’'\-]+)?"
)

# Words that open a sentence capitalised and name nothing: "Our village", "This district",
# "Neighbouring Khairpur district". (Not "My" nor "That": My Lai, That Phanom, That Luang.)
_DETERMINERS = frozenset(
    "our your their his her its this these those every each any no some another other one "
    "both which what whose neighbouring neighboring nearby".split()
)


def salience(evidence: EvidenceSet) -> dict[tuple[str, int], float]:
    """Each sentence's evidence score, scaled to 0..1 (the best sentence is 1)."""
    best = max((item.score for item in evidence.items), default=0.0) or 1.0
    return {
        (ref.source_id, ref.start): item.score / best
        for item in evidence.items
        for ref in item.members
    }


def _one_per_source(
    mentions: Iterable[Mention], weight: dict[tuple[str, int], float], prefer_role: bool = False
) -> list[SentenceRef]:
    best: dict[str, tuple[tuple[bool, float], SentenceRef]] = {}
    for mention in mentions:
        ref = mention.ref
        key = (prefer_role and mention.role is not None, weight.get((ref.source_id, ref.start), 0))
        if ref.source_id not in best or key > best[ref.source_id][0]:
            best[ref.source_id] = (key, ref)
    return [ref for _, ref in best.values()]


# News agencies carry the story ("the army said, according to Reuters"); they are not among
# those who act in it. (A broadcaster whose programme is the story, like SBS's, is kept.)
WIRE_SERVICES = frozenset(
    {
        "reuters", "ap", "associated press", "afp", "agence france-presse",
        "agence france presse", "xinhua", "dpa", "kyodo", "yonhap", "interfax", "tass",
        "ria novosti", "ani", "pti", "ians", "upi", "efe", "ansa", "bernama", "anadolu",
    }
)  # fmt: skip


# A vessel or craft named right after the word for it: "the cargo ship Arta Star", "the ferry
# MV Nyerere", "the tanker Hellas".
_VESSEL_BEFORE = re.compile(
    r"\b(?:ship|vessel|tanker|freighter|ferry|boat|trawler|yacht|liner|barge|tug|frigate|"
    r"destroyer|submarine|warship|aircraft|airliner|helicopter|plane|jet)\s+$",
    re.IGNORECASE,
)
# A vessel named before the word for it, or by what only a vessel does: "the Hableany tour
# boat", "the Gyöngyvirág sightseeing boat", "the Hableany sank".
_VESSEL_AFTER = re.compile(
    r"^\s+(?:(?:[a-z\-]+\s+)?(?:ship|vessel|tanker|freighter|ferry|boat|trawler|yacht|"
    r"liner|barge|tug)(?!\s+(?:parade|company|operator|port|terminal|service|line|strike))\b"
    # what only a vessel does, with nothing done to an object: not "Al Ahly sank Zamalek"
    r"|(?:sank|capsized|ran\s+aground)(?=\s*(?:[,.;]|$|near|off|in|on|at|after|within|when|"
    r"while|as|and)))"
)
# Words of a sea, a lake or a coast, never of a vessel: "the Black Sea grain ship".
_FEATURES = frozenset("sea lake river ocean gulf bay strait channel canal coast island".split())
# Where a place is written and a vessel is not: "sailed on in the Nile", "near the Danube".
_IN_IT = re.compile(r"\b(?:in|near|along|across|off|into|up|down|over|onto)\s+(?:the\s+)?$", re.I)
# "the" right before a mention: a vessel is "the Hableany", not "Lake Kivu" or "Carnival".
# A ship's name by its prefix: "MV Nyerere", "HMS Cornwall", "USS Cole".
# ("MS" and "SS" are also initials: "MS Dhoni", "SS Rajamouli".)
_VESSEL_PREFIX = re.compile(r"(?:MV|M/V|MT|HMS|USS|INS|RMS|HMAS|HMCS)\s+[A-Z]")
# A name that speaks: "Ramon Cruz said", "Ramon Cruz, the boat's owner, told".
_SPEAKS_AFTER = re.compile(r"^\s*(?:,[^,.]{0,80},\s*)?(?:said|says|told|added|denied)\b")


# A place named as where a body sits, not where anything happened: "the Indian Embassy in
# Thimphu", "hearings in Thimphu" (not a hospital: the injured are taken to one nearby).
_WHERE_A_BODY_IS = re.compile(
    r"\b(?:embass(?:y|ies)|consulates?|high\s+commission|headquarters|ministr(?:y|ies)|"
    r"hearings?|parliament|courts?|newsroom|studios?)\b"
    r"(?:\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|\s*\([^()]{1,20}\))?\s+(?:in|at)\s+$",
    re.I,
)


# What happens at the body itself: "a bomb exploded outside the embassy in Kabul", "set fire
# to the Indian High Commission in Dhaka".
_AT_THE_BODY = re.compile(
    r"\b(?:at|outside|inside|near|into|on|attacked|stormed|targeted|bombed|hit|fire\s+to|"
    r"damage\s+to|attacks?\s+on)\s+"
    r"(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}?$",
    re.I,
)


def _a_body_s_seat(before: str) -> bool:
    """Whether the words before a place name it as where a body sits (`_WHERE_A_BODY_IS`),
    not where something happened at that body."""
    body = _WHERE_A_BODY_IS.search(before)
    if body is None:
        return False
    at = _AT_THE_BODY.search(before[: body.start()])
    # ("officials at the home ministry in Kathmandu": the people there, not an event)
    return at is None or _PEOPLE_OF_A_BODY.search(before[: at.start()]) is not None


_PEOPLE_OF_A_BODY = re.compile(
    r"\b(?:officials?|staff|diplomats?|workers?|employees?|spokes(?:man|woman|person)|sources|"
    r"officers?|envoys?|ambassadors?|lawyers?|judges?)\s+$",
    re.I,
)


def _in_dateline(mention: Mention) -> bool:
    """Whether a mention is in the dateline its sentence opens with, not in its brackets: the
    country a translated agency puts after the town ("Sydney (Australia), 20 Nov (EFE).- ")
    says where the agency's office is, not a place of the story."""
    filed = dateline(mention.ref.text)
    at = mention.start - mention.ref.start
    if filed is None or at >= filed.end():
        return False
    return not _IN_BRACKETS.search(mention.ref.text[:at])


_IN_BRACKETS = re.compile(r"\([^)]*$")


def _a_newspaper(name: str) -> bool:
    words = name.lower().split()
    return len(words) >= 2 and words[-1] in MASTHEAD_WORDS


def _a_model_of_a_machine(entity: Entity) -> bool:
    """Whether a name is a machine's make and model: it ends in a model code ("Caldera C-190",
    "Airbus A320"), after a name ("G-20" alone is a group)."""
    return _A_MODEL_CODE.search(entity.name) is not None


# A model code after a make: letters and a number joined ("C-190", "A320", "F-16").
_A_MODEL_CODE = re.compile(r"\s(?:[A-Z]{1,3}-\d{2,4}|[A-Z]{1,2}\d{3,4})[A-Za-z]?$")


def _told_as_a_news_agency(entity: Entity) -> bool:
    """Whether a body is called a news agency where it is named and only carries the story:
    "told the private DHA news agency", "according to the Demiroren news agency, DHA" (not
    one that acts or speaks itself, "Mezopotamya demanded his release", nor one whose staff
    the story is of, "a reporter for the Mezopotamya news agency")."""
    return (
        any(
            _NEWS_AGENCY_AFTER.match(mention.around(0, 20)[1])
            or _NEWS_AGENCY_BEFORE.search(mention.around(20)[0])
            for mention in entity.mentions
        )
        and not any(_ACTS_AFTER.match(mention.around(0, 100)[1]) for mention in entity.mentions)
        and not any(_ITS_STAFF_BEFORE.search(mention.around(60)[0]) for mention in entity.mentions)
    )


_NEWS_AGENCY_AFTER = re.compile(r"^\s+news\s+agency\b", re.I)
_NEWS_AGENCY_BEFORE = re.compile(r"\bnews\s+agency,?\s+$", re.I)
# A verb after a body's name (an aside, adverbs and auxiliaries passed over), other than one
# of carrying a story: "Mezopotamya later said", "BelaPAN confirmed" (not "DHA reported").
_ACTS_AFTER = re.compile(
    r"^\s*(?:,[^,.]{0,80},\s*)?(?:(?:\w+ly|also|later|then|has|have|had|again)\s+)*"
    r"(?!(?:news|reported|reports|quoted|quotes|cited|cites|carried|carries|published|"
    r"publishes)\b)"
    r"[a-z]+(?:ed|s)\b"
)
# A body named as the one its people work for: "a reporter for the Mezopotamya news agency",
# "journalists working for the Palestinian news agency WAFA".
_ITS_STAFF_BEFORE = re.compile(
    r"\b(?:for|of|at|from)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:news\s+agency,?\s+)?$", re.I
)


# A product named right after the word for it: "the dengue vaccine Dengvaxia", "the drug
# Zolgensma", "the banking app Nubank".
_PRODUCT_BEFORE = re.compile(
    r"\b(?:vaccines?|drugs?|medicines?|medications?|pills?|apps?|software|pesticides?|"
    r"herbicides?|insecticides?|fertili[sz]ers?|brand|formula)\s+$",
    re.IGNORECASE,
)


def _a_product(entity: Entity) -> bool:
    """A name no gazetteer knows, written right after the word for a product somewhere ("the
    dengue vaccine Dengvaxia") and nowhere where a place is written ("in Dengvaxia")."""
    return (
        gazetteer().lookup(entity.name) is None
        and any(
            _PRODUCT_BEFORE.search(mention.around(20)[0])
            and _NAMED_ALONE_AFTER.match(mention.around(0, 20)[1])
            for mention in entity.mentions
        )
        and not any(
            _IN_IT.search(mention.around(16)[0]) or _in_dateline(mention)
            for mention in entity.mentions
        )
    )


# What follows a product's name written after its kind, where the name stands alone (not "the
# drugs Kyotera's health centres lacked", "the fertiliser Tagum farmers bought", "the drugs
# Bududa has received": a relative clause whose subject the place opens).
_NAMED_ALONE_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$|(?:which|that|in|on|at|for|from|after|before|or|to|by|with)\b)"
)


def _a_vessel(entity: Entity) -> bool:
    """A name written right after the word for a vessel ("the cargo ship Arta Star") or with a
    ship's prefix ("MV Nyerere") that never speaks ("the owner of the boat Ramon Cruz said": a
    person)."""
    return (
        _VESSEL_PREFIX.match(entity.name) is not None
        or any(_VESSEL_BEFORE.search(mention.around(20)[0]) for mention in entity.mentions)
        or (
            # "the Hableany tour boat", "the Hableany sank": a name that is no known place
            # nor a body ("the China Coast Guard vessel", "the Staten Island ferry")
            gazetteer().lookup(entity.name) is None
            and not set(entity.name.lower().split()) & (ORGANISATION_HEADS | _FEATURES)
            and not any(_IN_IT.search(mention.around(16)[0]) for mention in entity.mentions)
            and any(
                THE_BEFORE.search(mention.around(8)[0])
                and _VESSEL_AFTER.match(mention.around(0, 40)[1])
                for mention in entity.mentions
            )
        )
    ) and not any(_SPEAKS_AFTER.match(mention.around(0, 100)[1]) for mention in entity.mentions)


def extract_who(
    evidence: EvidenceSet,
    entities: list[Entity],
    weight: dict[tuple[str, int], float],
    earlier: AbstractSet[tuple[str, int]] = frozenset(),
) -> list[Actor]:
    """Those who act in the event, the most reported first. One named only where a report
    tells an earlier event (`earlier`: source id, sentence position; "In October 2020 the
    Tokyo Stock Exchange halted trading for a full day") is listed only when room is left."""
    scored: list[tuple[float, Entity, list[Mention]]] = []
    places = [entity.name for entity in entities if entity.kind == "place"]
    placed = _places_written(evidence)
    body_names = {name for e in entities if e.kind == "organisation" for name in e.names}
    for entity in entities:
        if entity.kind == "person" and _opens_a_body_s_name(entity, body_names):
            continue  # "Compania Electrica" of "Compania Electrica del Litoral (CELIT)"
        if entity.kind == "place" or entity.name.lower() in WIRE_SERVICES:
            continue
        if entity.kind == "person" and entity.role is None and _the_end_of_a_place(entity, places):
            continue  # "Centrum" of "Brokopondo Centrum"
        if entity.kind != "person" and _a_model_of_a_machine(entity):
            continue  # "a Caldera C-190 carrying 176 passengers": a machine's make and
            # model, no one who acts
        if entity.kind == "organisation" and (
            _a_newspaper(entity.name) or _told_as_a_news_agency(entity)
        ):
            continue  # "the Zhambyl Courier reported", "told the private DHA news agency":
            # it carries the story
        if entity.kind == "organisation" and _named_as_a_place(entity, placed):
            continue  # "a reef in the Yasawa Group": where, not who
        if _a_place_by_its_mentions(entity, placed):
            continue  # "his home in Nueva Aurora", "along Camino La Polvora": where, not who
        if _a_vessel(entity):
            continue  # "the cargo ship Arta Star": what the story is about, not one who acts
        if _a_nationality_qualifying(entity):
            continue  # "Kazakh police", "Kazakh media", tagged a body: whose, not who
        if entity.role is None and any(
            _STORM_BEFORE.search(mention.around(12)[0]) for mention in entity.mentions
        ):
            continue  # "storm Freddy", "Cyclone Idai": the weather, not one who acts
        mentions = entity.mentions
        if entity.kind == "person":
            # "the Auezov district", "the Auezov District Court": a place named after the
            # writer Mukhtar Auezov, no mention of him
            mentions = [
                m
                for m in mentions
                if " " in m.text or not _NAMES_A_PLACE_AFTER.match(m.around(0, 40)[1])
            ]
            if not mentions:
                continue
        elif (
            entity.kind == "organisation"
            and entity.name in placed
            and all(_NAMES_A_PLACE_AFTER.match(m.around(0, 40)[1]) for m in mentions)
        ):
            continue  # "the Kisat bridge", tagged a body, of "the Kisat River": a bridge named
            # after its river, no one who acts (not "Namboole stadium management said")
        sources = [mention.ref.source_id for mention in mentions]
        independent = evidence.independent_count(sources)
        if independent < 2 and len(mentions) < 2 and entity.role is None:
            continue
        centrality = sum(
            weight.get((ref.source_id, ref.start), 0.0)
            for ref in {mention.ref for mention in mentions}
        )
        score = 2.0 * independent + centrality + (1.0 if entity.role else 0.0)
        score += 0.5 if entity.kind == "person" else 0.0
        if all((m.ref.source_id, m.ref.position) in earlier for m in mentions):
            score *= BACKGROUND_WEIGHT
        scored.append((score, entity, mentions))
    scored.sort(key=lambda scored_entity: -scored_entity[0])
    actors: list[Actor] = []
    for _, entity, mentions in scored[:MAX_ACTORS]:
        refs = _one_per_source(mentions, weight, prefer_role=True)
        name, role = _styled(entity.name, entity.role)
        actors.append(Actor(name=name, aliases=entity.aliases, role=role, citations=cite(refs)))
    return actors


# The word that names a storm right before its name: "after storm Tora".
_STORM_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(STORM_WORDS))})\s+$", re.I)


# A kind of place right after a person's surname: the place is named after them ("the Auezov
# district", "Mandela Square", "Kennedy Airport"), which is no mention of the person.
_NAMES_A_PLACE_AFTER = re.compile(
    r"\s+(?:district|street|avenue|road|square|boulevard|quarter|neighbou?rhood|province|"
    r"region|county|airport|bridge|park|stadium|university)\b"
    # (not "Kimani road contractors", "Kimani district officials": his contractors)
    r"(?!\s+(?!has|is|was|says|lies|remains)[a-z]+s\b)",
    re.I,
)


def _a_nationality_qualifying(entity: Entity) -> bool:
    """Whether a one-word "body" or "person" is a nationality that every mention sets before
    a common noun ("Kazakh police", "Kazakh media"): whose the police are, not one who acts."""
    words = entity.name.split()
    return (
        entity.kind in {"organisation", "person"}
        and len(words) == 1
        and words[0] in nationality_words()
        and all(re.match(r"\s+[a-z]", m.around(0, 12)[1]) for m in entity.mentions)
    )


# The share of a body's mentions that must name where something is for it to be a place the
# recogniser took for an organisation ("off Fiji's Yasawa islands", "in the Yasawa Group").
PLACE_LIKE_SHARE = 0.6


def _named_as_a_place(entity: Entity, placed: AbstractSet[str]) -> bool:
    """Whether an "organisation" is a place the recogniser read as a body: most of its mentions
    say where ("ran aground in the Yasawa Group", "a reef off the Yasawa islands"), and its
    name does not end on a body's word, or does but opens on a place ("Yasawa", which the
    cluster also writes "the Yasawa islands": `placed`). A court or a department named where a
    hearing was or a call went stays: "at the High Court" is a body's seat."""
    told = [m for m in entity.mentions if not _in_dateline(m)]
    where = sum(bool(_WHERE_BEFORE.search(m.around(40)[0])) for m in told)
    if len(told) < 2 or where < PLACE_LIKE_SHARE * len(told):
        return False
    words = entity.name.split()
    body = next(
        (i for i, word in enumerate(words) if fold(word) in ORGANISATION_HEADS | SITE_HEADS),
        None,
    )
    if body is None:
        return True
    opening = " ".join(words[:body])  # ("Department of Civil Protection": no place before it)
    return bool(opening) and (opening in placed or gazetteer().lookup(opening) is not None)


_WHERE_BEFORE = re.compile(
    r"\b(?:in|at|off|near|across|around|inside|outside|along|beside|alongside)\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?$"
)


def _opens_a_body_s_name(entity: Entity, body_names: AbstractSet[str]) -> bool:
    """Whether every mention of a "person" opens an organisation's name, its sentence going on
    with the rest of it: "Compania Electrica" of "Compania Electrica del Litoral (CELIT)"."""
    return bool(entity.mentions) and all(
        any(
            name.startswith(m.text + " ")
            and m.around(0, len(name))[1].startswith(name[len(m.text) :])
            for name in body_names
        )
        for m in entity.mentions
    )


def _a_place_by_its_mentions(entity: Entity, placed: AbstractSet[str]) -> bool:
    """Whether a "person" with no role, or an "organisation" whose name has no body's word, is
    a place the recogniser read as a name: at least half its mentions, and two of a body's,
    say where ("his home in Nueva Aurora", "along Camino La Polvora", "the hills of Forestal
    and Nueva Aurora", "residents of El Olivar"), or the cluster writes it with a kind of place
    after it ("the Rodelillo district"); and none speaks or owns ("Jorge Salinas said",
    '"...," said Jorge Salinas', "in Smith's view", "in Torres' car"). (Not a country that
    acts: "China and the United States opposed ...".)"""
    if entity.kind == "person" and entity.role is not None:
        return False
    if entity.kind == "organisation" and set(map(fold, entity.name.split())) & (
        ORGANISATION_HEADS | SITE_HEADS
    ):
        return False
    if entity.kind not in {"person", "organisation"}:
        return False
    told = [m for m in entity.mentions if not _in_dateline(m)]
    if not told or any(
        _SPEAKS_AFTER.match(m.around(0, 100)[1])
        or _SAID_BEFORE.search(m.around(40)[0])
        or re.match(r"[’']", m.around(0, 2)[1])
        for m in told
    ):
        return False
    where = sum(_says_where(m.around(60)[0], placed) for m in told)
    if 2 * where < len(told):
        return entity.kind == "organisation" and entity.name in placed
    return where >= (1 if entity.kind == "person" else 2) or entity.name in placed


# Words right before a name that say it is where something is: "in", "along", "residents of",
# also for a name listed after them ("the hills of Forestal and Nueva Aurora").
_SAYS_WHERE_RIGHT_BEFORE = re.compile(
    r"\b(?:(?:in|near|along)|(?:parts?|streets?|residents?|inhabitants|people|hills?|towns?|cities|"
    r"communities|hamlets?|settlements?|"
    r"outskirts|cent(?:re|er)|edge|suburbs?|neighbou?rhoods?|districts?|sectors?|villages?)"
    r"\s+of)\s+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+|\s+and\s+))*$"
)
# "between Maca and " right before a name: the name paired with the one before it.
_BETWEEN_ONE_AND = re.compile(
    r"\bbetween\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+and\s+$"
)


def _says_where(before: str, placed: AbstractSet[str]) -> bool:
    """Whether the words right before a name say it is where something is."""
    return bool(_SAYS_WHERE_RIGHT_BEFORE.search(before)) or _beside_a_place(before, placed)


def _beside_a_place(before: str, placed: AbstractSet[str]) -> bool:
    """Whether a name is the second of "between X and Y" where X is a place the cluster writes
    as one ("between Maca and Pinchollo", "Maca district"): a place too (not "talks between
    Ruto and Odinga", "a match between Al Ahly and Zamalek"; nor "a phone call between Obama
    and Medvedev", though a gazetteer knows a town called Obama)."""
    paired = _BETWEEN_ONE_AND.search(before)
    return paired is not None and paired.group(1) in placed


# A verb of saying right before a name: '"...," said Jorge Salinas'.
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|according\s+to)\s+$")
# A name the cluster writes as a place by the word after it: "the Yasawa islands".
_PLACED_BY_ITS_KIND = re.compile(
    r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
    # ("the Lesozavod residential district")
    r"(?:(?:residential|industrial|commercial|business|historic|old|central)\s+)?(?:islands?|archipelago|atoll|district|province|"
    r"region|county|valley|river|coast|peninsula|mountains|hills|neighbou?rhood|sector|suburb)\b"
)


def _places_written(evidence: EvidenceSet) -> frozenset[str]:
    """Names the cluster writes with a kind of place after them (`_PLACED_BY_ITS_KIND`)."""
    return frozenset(
        match.group(1)
        for article in evidence.articles
        for match in _PLACED_BY_ITS_KIND.finditer(article.text)
    )


def _the_end_of_a_place(entity: Entity, places: list[str]) -> bool:
    """Whether every mention of a name comes right after a place's name ("Centrum" of
    "Brokopondo Centrum"), or its first word ends one ("Phodrang Dzongdag" of "Wangdue
    Phodrang Dzongdag (district governor)"): the end of a longer place's name the parse split,
    or a place and a title, no one who acts (a person's full name holds its first word:
    "Victoria Beckham" is one name). A dateline's mention is a place's anyway, and a mention of
    its last words alone tells nothing of it."""
    known = set(places)
    first = entity.name.split()[0]

    def after_a_place(mentions: list[Mention], extra: list[str]) -> bool:
        for mention in mentions:
            words = _NAME_WORDS_RIGHT_BEFORE.search(mention.around(40)[0])
            if words is None:
                return False
            named = words.group(0).split()
            if not any(
                (place := " ".join(named[-size:] + extra)) in known
                or gazetteer().lookup(place) is not None
                for size in (1, 2)
                if size <= len(named)
            ):
                return False
        return bool(mentions)

    # (its full mentions: "Dzongdag Pema Lhendup said" is the title's alone)
    full = [m for m in entity.mentions if not _in_dateline(m) and m.text.split()[:1] == [first]]
    return after_a_place(entity.mentions, []) or after_a_place(full, [first])


_NAME_WORDS_RIGHT_BEFORE = re.compile(r"(?:\b[A-Z][\w’'\-]+\s){1,2}$")
_NAME_WORDS_RIGHT_AFTER = re.compile(r"\s[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?")


def _the_end_of_anothers_name(entity: Entity, names: AbstractSet[str]) -> bool:
    """Whether every mention of a place ends the name of a person or body the cluster names
    ("Ditta" of "Allah Ditta, 71, a guest who died at home"): the recogniser's cut."""

    return bool(entity.mentions) and all(
        _ends_a_name(mention, entity.name, names) for mention in entity.mentions
    )


def _ends_a_name(mention: Mention, name: str, names: AbstractSet[str]) -> bool:
    """Whether the capitalised words right before a mention and its name make one of `names`."""
    words = _NAME_WORDS_RIGHT_BEFORE.search(mention.around(40)[0])
    before = words.group(0).split() if words is not None else []
    return any(f"{' '.join(before[-size:])} {name}" in names for size in range(1, len(before) + 1))


def _cut_from_a_place(entity: Entity, placed: AbstractSet[str]) -> bool:
    """Whether every mention of a place goes on into, or ends, a longer name the cluster writes
    as a place ("Palazu" of "polling stations in Tomis Nord and Palazu Mare", where a report
    writes "the Palazu Mare neighbourhood"; "Nord" of "Tomis Nord"): a part of that name, which
    the recogniser cut, not a place of its own (not "Hague" of "The Hague", which no report
    writes so: the place itself)."""
    told = [m for m in entity.mentions if not _in_dateline(m)]

    def a_part(mention: Mention) -> bool:
        words_after = _NAME_WORDS_RIGHT_AFTER.match(mention.around(0, 40)[1])
        after_words = words_after.group(0).split() if words_after is not None else []
        return any(
            f"{entity.name} {' '.join(after_words[:size])}" in placed
            for size in range(1, len(after_words) + 1)
        ) or _ends_a_name(mention, entity.name, placed)

    return bool(told) and all(a_part(mention) for mention in told)


def _styled(name: str, role: str | None) -> tuple[str, str | None]:
    """ "Prince Charles", not "Charles" in the role of a prince: one known by a single name
    and a title of rank is named with both. A role is shown without its article."""
    if role and " " not in name and role.lower() in STYLE_TITLES:
        return f"{role} {name}", None
    if role:  # "the president of the IOC" is shown as "president of the IOC"
        role = re.sub(r"^(?:the|a|an)\s+(?=\S)", "", role) or None
    return name, role


def extract_where(
    evidence: EvidenceSet,
    entities: list[Entity],
    weight: dict[tuple[str, int], float],
    earlier: AbstractSet[tuple[str, int]] = frozenset(),
    elsewhere: AbstractSet[tuple[str, int]] = frozenset(),
) -> list[Place]:
    """Places, the event's own location first, at the finest granularity the sources give.
    A place named only where a report tells an earlier event (`earlier`: source id, sentence
    position) is listed only when room is left (it may be the event's own site: "The plant, in
    Pashamylaram, began production in 2019"); named only where reports tell another incident
    (`elsewhere`: its toll, "a leak at a pool in Alzira in 2023 left 14 treated"), it is where
    that happened, and not listed."""
    scored: list[tuple[float, Entity]] = []
    # names the cluster writes as places, by a kind of place after them or as places of their own
    placed = _places_written(evidence) | {e.name for e in entities if e.kind == "place"}
    others = {name for e in entities if e.kind != "place" for name in e.names}
    for entity in entities:
        if entity.kind != "place" or _a_vessel(entity) or _a_product(entity):
            continue  # "the river cruise ship Aurelia Solveig", "the vaccine Dengvaxia": no place
        if _the_end_of_anothers_name(entity, others):
            continue  # "Ditta" of "Allah Ditta's son": the end of a man's name
        if _cut_from_a_place(entity, placed):
            continue  # "Palazu" of "the Palazu Mare neighbourhood", "Nord" of "the Tomis Nord
            # district": a name the recogniser cut in two
        score = 0.0
        locative_mentions = 0
        capital = (entity.place_kind or "").startswith("capital of")
        # (a dateline is where a report was filed, whatever its sentence tells)
        own = [
            m
            for m in entity.mentions
            if (m.ref.source_id, m.ref.position) not in earlier or _in_dateline(m)
        ]
        for mention in own or entity.mentions:
            before, _ = mention.around(60)
            in_dateline = _in_dateline(mention)
            # A dateline is where the report was filed: a place of the story ("TEXAS, US -" for a
            # court martial), unless it is a capital, where wires keep their bureaus ("LIMA
            # (Reuters) -" for a quake in Ica).
            locative = (bool(LOCATIVE.search(before)) and not _a_body_s_seat(before)) or (
                in_dateline and not capital
            )
            locative_mentions += locative or in_dateline
            score += (1.0 if locative else 0.25) * (
                0.2 + weight.get((mention.ref.source_id, mention.ref.start), 0.0)
            )
        independent = evidence.independent_count([m.ref.source_id for m in entity.mentions])
        if locative_mentions == 0 and independent < 2:
            continue
        if all((m.ref.source_id, m.ref.position) in elsewhere for m in entity.mentions):
            continue  # "a leak at a pool in Alzira in 2023": where another incident happened
        told_before_only = BACKGROUND_WEIGHT if not own else 1.0
        scored.append((told_before_only * score * math.log(1 + independent), entity))
    scored.sort(key=lambda pair: -pair[0])
    if len(scored) >= 2 and scored[0][1].place_kind == "country":
        country = scored[0][1].name
        for index, (score, entity) in enumerate(scored[1:], start=1):
            if (entity.place_kind or "").endswith(country) and score >= 0.4 * scored[0][0]:
                scored.insert(0, scored.pop(index))  # the city where it happened, then its country
                break

    scored = _sites_after_their_towns(scored)
    places: list[Place] = []
    subplaces = _subplaces(evidence)
    listed = {entity.name for _, entity in scored[:MAX_PLACES]}
    levels = {entity.name: _level(entity.place_kind) for _, entity in scored[:MAX_PLACES]}
    parents = {
        name: _parent(
            name,
            refs,
            {
                parent
                for parent in listed
                if levels[parent] > max(_level(kind), CITY_LEVEL)
                or _written_within(name, kind, parent, refs)
            },
        )
        for name, (kind, refs) in subplaces.items()
    }
    for _, entity in scored[:MAX_PLACES]:
        refs = _one_per_source(entity.mentions, weight)
        places.append(Place(name=entity.name, detail=entity.place_kind, citations=cite(refs)))
        for name, (kind, sub_refs) in list(subplaces.items()):
            if fold(name) == fold(entity.name):  # "Palpa province": Palpa itself, a province
                parent = parents[name]
                # (the sources' "a district of Istanbul" over a gazetteer's "city, Turkey";
                # not "district of Portugal" over "city, Portugal")
                if (
                    parent
                    and levels.get(parent, CITY_LEVEL) <= CITY_LEVEL
                    and _named_as_a_part(name, kind, parent, sub_refs)
                ):
                    places[-1].detail = f"{kind} of {parent}"
                else:
                    places[-1].detail = places[-1].detail or (
                        f"{kind} of {parent}" if parent else kind
                    )
                del subplaces[name]
            elif (
                fold(name) not in {fold(other) for other in listed} and parents[name] == entity.name
            ):
                places.append(
                    Place(name=name, detail=f"{kind} of {entity.name}", citations=cite(sub_refs))
                )
                del subplaces[name]
    for name, (kind, sub_refs) in subplaces.items():
        places.append(Place(name=name, detail=kind, citations=cite(sub_refs)))
    return places


# How large a kind of place is: a district belongs to a larger place, never to a town.
_LEVELS = {
    **dict.fromkeys(("neighbourhood", "quarter", "suburb", "camp", "village"), 1),
    **dict.fromkeys(("town", "municipality"), 2),
    **dict.fromkeys(("district", "county", "prefecture"), 4),
    **dict.fromkeys(("province", "governorate", "US state"), 5),
    "country": 10,
}
CITY_LEVEL = 3  # a city, and a place of unknown kind


def _level(kind: str | None) -> int:
    kind = kind or ""
    return _LEVELS.get(kind, _LEVELS.get(kind.split(",")[0], CITY_LEVEL))


# The best-ranked places whose sites ("Pokhara Airport", "Beijing National Stadium") are
# listed with them.
SITE_TOWNS = 3


def _sites_after_their_towns(scored: list[tuple[float, Entity]]) -> list[tuple[float, Entity]]:
    """The ranking with each site named after one of the first places (a town and its
    airport, a city and its stadium) right after that place: the finest granularity the
    sources give, which the site's own few mentions would leave off the list."""
    ordered = list(scored)
    for _, town in scored[:SITE_TOWNS]:
        sites = [
            pair
            for pair in ordered
            if pair[1].place_kind == "site"
            and pair[1] is not town
            and re.search(rf"(?<!\w){re.escape(town.name)}(?!\w)", pair[1].name)
        ]
        for pair in sites:
            ordered.remove(pair)
            ordered.insert(ordered.index(next(p for p in ordered if p[1] is town)) + 1, pair)
    return ordered


def _written_within(name: str, kind: str, parent: str, refs: list[SentenceRef]) -> bool:
    """Whether a sentence writes the place as the parent's: "Uttar Pradesh's Gorakhpur
    district", "the Kambia district of Sierra Leone", "Kambia district, Sierra Leone"."""
    owner, place = re.escape(parent), re.escape(name)
    pattern = re.compile(
        rf"{owner}[’']s?\s+(?:\w+\s+)?{place}\b|{place}\s+{kind}\s*(?:,|\bin\b|\bof\b)\s*"
        rf"(?:the\s+)?(?:\w+\s+)?{owner}\b",
        re.IGNORECASE,
    )
    return any(pattern.search(ref.text) for ref in refs)


def _named_as_a_part(name: str, kind: str, parent: str, refs: list[SentenceRef]) -> bool:
    """Whether a sentence names the place as a part of the parent in so many words: "Istanbul's
    Arnavutköy district", "the Arnavutköy district of Istanbul" (not "the Gebze district,
    outside Istanbul")."""
    owner, place = re.escape(parent), re.escape(name)
    pattern = re.compile(
        rf"{owner}[’']s?\s+(?:\w+\s+)?{place}\b|{place}\s+{kind}\s+(?:of|in)\s+(?:the\s+)?{owner}\b",
        re.IGNORECASE,
    )
    return any(pattern.search(ref.text) for ref in refs)


def _parent(name: str, refs: list[SentenceRef], larger: set[str]) -> str | None:
    """The larger listed place written nearest a district's name in the sentences that name
    it: "the Forécariah prefecture in neighbouring Guinea" is Guinea's, though the sentence
    opens with Sierra Leone."""
    distances: dict[str, int] = {}
    for ref in refs:
        at = ref.text.find(name)
        written = [
            (found.start(), found.end(), place)
            for place in larger - {name}
            for found in re.finditer(rf"(?<!\w){re.escape(place)}(?!\w)", ref.text)
        ]
        for start, end, place in written:
            if at <= start < at + len(name):
                continue  # "Morona" inside "Morona Santiago"
            if any(a <= start and end <= b and (a, b) != (start, end) for a, b, _ in written):
                continue  # "Sudan" inside "South Sudan"
            gap = abs(start - at)
            distances[place] = min(distances.get(place, gap), gap)
    return min(distances, key=lambda place: distances[place]) if distances else None


# A kind of place with an indefinite article says what the place is like, not its name.
_INDEFINITE_BEFORE = re.compile(r"\ban?\s+$", re.I)


def _subplaces(evidence: EvidenceSet) -> dict[str, tuple[str, list[SentenceRef]]]:
    """Neighbourhoods, districts, provinces: "the Mashtal neighbourhood"."""
    found: dict[str, tuple[str, list[SentenceRef]]] = {}
    for item in evidence.ranked():
        for ref in item.members:
            for match in _SUBPLACE.finditer(ref.text):
                name = re.sub(r"^.*[’']s\s+", "", match.group("name").strip())
                kind = match.group("kind").lower().replace("neighborhood", "neighbourhood")
                if name.lower() in {"the", "a"} or match.group("after"):
                    continue  # the named place after the kind word is found as a place itself
                if name.split()[0].lower() in _DETERMINERS:
                    # '"Our village roads are not built for this"': no name; "Its Guet Ndar
                    # district": the name after the word
                    name = name.split(maxsplit=1)[1] if len(name.split()) > 1 else ""
                    if not name:
                        continue
                if _INDEFINITE_BEFORE.search(ref.text[: match.start("name")]) or _nationality(
                    ref.text, match.start("name"), match.end("name")
                ):
                    continue  # "a Spanish town", "a Dungan village": no name
                # ("Petrasiunai" and "Petrašiūnai" are one district)
                name = next((known for known in found if fold(known) == fold(name)), name)
                entry = found.setdefault(name, (kind, []))
                if all(existing.source_id != ref.source_id for existing in entry[1]):
                    entry[1].append(ref)
    return found


def _nationality(sentence: str, begin: int, end: int) -> bool:
    """Whether these words are a nationality or group ("Spanish"): a language named like its
    country ("the western Slovak town", which the recogniser reads as a place), or what the
    recogniser reads as a group."""
    from ..nlp import parse  # deferred: spaCy loads on the first brief that needs it

    if sentence[begin:end].strip() in nationality_words():
        return True
    doc = parse([sentence])[0]
    return any(
        entity.label_ == "NORP" and entity.start_char < end and begin < entity.end_char
        for entity in doc.ents
    )
