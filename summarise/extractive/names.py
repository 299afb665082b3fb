"""Name mentions in evidence: people, organisations and places, with roles where the text
gives one. Shared by the `who`, `where` and `reactions` extractors.

Capitalised word sequences are candidates; a gazetteer decides places, a first-name
dictionary and role words decide people, and everything else that recurs is an organisation or
group. Spelling variants and transliterations ("Yahya Rasool", "Yehia Rasool", "Jahja Rasul")
are merged on a consonant skeleton of the surname.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from ..evidence import EvidenceSet, SentenceRef
from ..segment import fold, stop_words
from .gazetteer import first_names, gazetteer

LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|outside|inside|into)\s+(?:the\s+)?$")
_NAME_TOKEN = r"(?:[A-Z][\w’'\-]*\w|[A-Z]\.(?:[A-Z]\.)+|[A-Z]\.(?=\s[A-Z])|[A-Z])"
_CONNECTOR = r"(?:of|the|for|al|bin|ibn|de|del|da|la|le|van|von|du|el|di|dos|y)"
_NAME_SPAN = re.compile(
    rf"(?<![\w’'])(?:al-|el-)?{_NAME_TOKEN}(?:(?:\s+|-)(?:(?:{_CONNECTOR})(?:\s+|-))?"
    rf"(?:[“\"][A-Z][\w’'\-]*\w(?:\s+[A-Z][\w’'\-]*\w){{0,2}}[”\"]\s+)?(?:al-|el-)?{_NAME_TOKEN})*"
)
ROLE_NOUNS = (
    "spokesman|spokeswoman|spokesperson|spokespeople|minister|president|vice president|"
    "secretary|commander|leader|chief|general|director|official|head|mayor|governor|"
    "ambassador|envoy|analyst|correspondent|reporter|editor|professor|king|queen|prince|"
    "pope|senator|chairman|chairwoman|chair|ceo|founder|lawyer|attorney|judge|prosecutor|"
    "premier|chancellor|lieutenant|colonel|captain|sergeant|officer|adviser|advisor|"
    "coordinator|representative|negotiator|inspector|superintendent|commissioner|"
    "cleric|mp|lawmaker|member|deputy|manager|rider|cyclist|driver|player|coach"
)
_ROLE_BEFORE = re.compile(
    rf"((?<![\w\-])(?:(?:[A-Z][\w’'.\-]*|of|the|for)\s+){{0,5}}(?:[a-z][\w\-]*\s+){{0,2}}"
    rf"(?:[A-Z][\w’'.]*-)*(?i:{ROLE_NOUNS})"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s*){{1,4}})?)\s*,?\s*$"
)
_ROLE_AFTER = re.compile(
    rf"^\s*,\s*((?:the\s+|a\s+|an\s+)?(?:[\w’'\-]+\s+){{0,4}}?(?:{ROLE_NOUNS})\b"
    rf"[^,.;:“\"()]{{0,80}}?)(?=\s*(?:[,.;:(]|\b(?:said|says|told|who|which|has|had|was|is)\b|$))",
    re.IGNORECASE,
)
# Capitalised words that are never names on their own.
# Calendar words open many capitalised runs ("Monday", "Feb."); at the end of a run they may be
# a surname ("Theresa May"), so only weekdays are trimmed there.
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_CALENDAR = _WEEKDAYS | frozenset(
    """
        january february march april may june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
_NOT_NAMES = frozenset(
    """
        mr mrs ms dr the a an in on at but this that these those however according photo read
        enlarge image source
        video update breaking exclusive analysis opinion editorial live comment news and or
        if when while as president minister secretary spokesman spokesperson official
        officials general chief
    """.split()
)
_ORG_WORDS = frozenset(
    """
        forces force army navy police ministry department council committee agency party
        group movement front organisation organization union coalition command brigade
        brigades guard guards government court parliament congress senate assembly
        university bank company corporation inc ltd corp institute observatory association
        federation league network service services office authority commission fund
        foundation agency militia hospital school church mosque embassy mission tribunal
    """.split()
)


# A role before a name is looked for in this many characters before it.
ROLE_WINDOW = 160


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    ref: SentenceRef
    start: int  # offset into the source's canonical text
    end: int
    role: str | None


@dataclass
class Entity:
    """A person, organisation or place, with every mention and spelling."""

    kind: str  # person | organisation | place
    names: dict[str, int] = field(default_factory=dict)  # spelling -> mentions
    mentions: list[Mention] = field(default_factory=list)
    roles: dict[str, int] = field(default_factory=dict)
    place_kind: str | None = None

    @property
    def name(self) -> str:
        """The fullest common spelling: most words first, then most mentions."""
        return max(
            self.names, key=lambda name: (len(name.split()) > 1, self.names[name], len(name))
        )

    @property
    def aliases(self) -> list[str]:
        main = self.name
        return sorted(
            (name for name in self.names if name != main and len(name.split()) > 1),
            key=lambda name: -self.names[name],
        )

    @property
    def role(self) -> str | None:
        """The role given most often, the most specific (longest) among equals."""
        if not self.roles or self.kind != "person":
            return None
        counts: dict[str, int] = {}
        for role, count in self.roles.items():
            counts[role.lower()] = counts.get(role.lower(), 0) + count
        best = max(counts, key=lambda role: (counts[role], len(role)))
        return next(role for role in self.roles if role.lower() == best)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.names[mention.text] = self.names.get(mention.text, 0) + 1
        if mention.role:
            self.roles[mention.role] = self.roles.get(mention.role, 0) + 1


def skeleton(name: str) -> str:
    """A consonant skeleton that survives transliteration: Yahya/Yehia/Jahja -> 'y',
    Rasool/Rasul -> 'rsl', Mobilization/Mobilisation -> 'mblstn'."""
    ascii_name = "".join(
        ch for ch in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(ch)
    )
    ascii_name = re.sub(r"^(?:al|el)[-\s]", "", ascii_name)
    ascii_name = (
        ascii_name.replace("j", "y").replace("z", "s").replace("ph", "f").replace("ck", "k")
    )
    letters = re.sub(r"[^a-z]", "", ascii_name)
    if not letters:
        return ""
    head, tail = letters[0], re.sub(r"[aeiouyhw]", "", letters[1:])
    return head + re.sub(r"(.)\1+", r"\1", tail)


def find_mentions(evidence: EvidenceSet) -> Iterator[Mention]:
    """Every capitalised name span in every evidence sentence (roles attached)."""
    for item in evidence.items:
        for ref in item.members:
            yield from _sentence_mentions(ref)


def _sentence_mentions(ref: SentenceRef) -> Iterator[Mention]:
    for match in _NAME_SPAN.finditer(ref.text):
        tokens = [
            (token.group(0), match.start() + token.start())
            for token in re.finditer(r"\S+", match.group(0))
        ]
        for part in _split_span(tokens):
            begin = part[0][1]
            last_text, last_begin = part[-1]
            end = last_begin + len(last_text)
            text = ref.text[begin:end]
            role = _role(ref.text, begin, end)
            yield Mention(text, ref, ref.start + begin, ref.start + end, role)


def _split_span(tokens: list[tuple[str, int]]) -> Iterator[list[tuple[str, int]]]:
    """Cut a capitalised run into names: at possessives ("Al Jazeera's Shihab Rattansi"), at
    hyphenated modifiers ("US-led"), past leading titles and demonyms ("Iraqi Prime Minister
    Mohammed al-Sudani" -> "Mohammed al-Sudani")."""
    stops = stop_words()
    part: list[tuple[str, int]] = []
    for position, (token, begin) in enumerate(tokens):
        possessive = re.search(r"[’']s$", token)
        following = tokens[position + 1][0] if position + 1 < len(tokens) else ""
        if possessive and fold(following) in FACILITY_WORDS:
            possessive = None  # "King's Cross" is one name
        if possessive:
            token = token[: possessive.start()]
        if _is_modifier(token):
            yield from _trim(part, stops)
            part = []
            continue
        if token == "of" and part and is_person_name(" ".join(t for t, _ in part)):
            yield from _trim(part, stops)  # "Alexander Vinokourov of Kazakhstan": two names
            part = []
            continue
        part.append((token, begin))
        if possessive:
            yield from _trim(part, stops)
            part = []
    yield from _trim(part, stops)


def _is_modifier(token: str) -> bool:
    """'US-led', 'Iran-backed', 'Jordan-Syrian': hyphenated modifiers, not names."""
    if "-" not in token or re.match(r"(?:al|el|bin|ibn)-", token, re.I):
        return False
    pieces = token.split("-")
    return any(
        not piece[:1].isupper() or is_demonym(piece) or gazetteer().lookup(piece) is not None
        for piece in pieces
    )


def _trim(part: list[tuple[str, int]], stops: frozenset[str]) -> Iterator[list[tuple[str, int]]]:
    def droppable(token: str) -> bool:
        folded = fold(token)
        return (
            folded in stops
            or folded in _NOT_NAMES
            or folded in _TITLE_WORDS
            or (folded.rstrip(".") in _CALENDAR and not (len(part) > 1 and folded in first_names()))
        )

    part = _past_titles(part)
    while part and (droppable(part[0][0]) or (is_demonym(part[0][0]) and _titled(part[1:]))):
        part = part[1:]
    while part and (fold(part[-1][0]) in stops | _NOT_NAMES | _WEEKDAYS):
        part = part[:-1]
    if part:
        yield part


def _past_titles(part: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Start at a person's given name when titles or a country come before it:
    "Secretary of State Antony Blinken", "Prime Minister of the United Kingdom Tony Blair",
    "Under-Secretary-General for Humanitarian Affairs Jan Egeland"."""
    names = first_names()
    for index in range(1, len(part) - 1):
        if fold(part[index][0]).strip('“”"') not in names:
            continue
        before = [fold(piece) for token, _ in part[:index] for piece in token.split("-")]
        prefix = " ".join(token for token, _ in part[:index])
        if any(word in _TITLE_WORDS for word in before) or _ends_with_place(prefix):
            return part[index:]
    return part


def _ends_with_place(text: str) -> bool:
    words = text.split()
    return any(gazetteer().lookup(" ".join(words[-n:])) for n in (1, 2, 3) if len(words) >= n)


def _titled(rest: list[tuple[str, int]]) -> bool:
    """Whether what follows a demonym is a title or a person ("Iraqi Prime Minister ...")."""
    if not rest:
        return True
    folded = fold(rest[0][0])
    return folded in _TITLE_WORDS or folded in first_names()


def is_demonym(token: str) -> bool:
    """'Iraqi', 'Syrian', 'Lebanese', 'Americans': adjectives of a country, not actors."""
    if fold(token) in _IRREGULAR_DEMONYMS:
        return True
    folded = fold(token).rstrip("s")
    if len(folded) < 4 or not token[:1].isupper():
        return False
    return any(
        folded.startswith(stem) and folded[len(stem) :] in _DEMONYM_ENDINGS
        for stem in _country_stems(folded[:3])
    )


_IRREGULAR_DEMONYMS = frozenset(
    """
        british english scottish welsh irish french dutch swiss greek thai lebanese yemeni
        saudi emirati filipino pakistani bangladeshi afghan kurdish arab arabic jewish
        muslim christian european african asian western eastern northern southern
        palestinian palestinians israeli israelis iranian iranians turkish danish swedish
        finnish norwegian polish spanish portuguese chinese japanese vietnamese burmese
        nepalese sudanese somali malian
    """.split()
)
# Names of things that are sites, not actors or cities: "Tavistock Square", "Piccadilly Line".
FACILITY_WORDS = frozenset(
    """
        square street road avenue lane line station underground tube airport bridge park
        hall tower building stadium arena market bazaar base airbase camp prison
        mosque church temple cathedral palace museum port harbour harbor beach river lake
        mountain valley highway motorway route checkpoint crossing junction gate plaza
    """.split()
)
# Names of seas, coasts and other regions: "Indian Ocean", "Persian Gulf", "Gaza Strip".
REGION_WORDS = frozenset(
    "ocean sea gulf bay strait channel coast island islands peninsula desert strip basin".split()
)
_NOT_ACTOR_HEADS = frozenset(
    """
        act bill law treaty accord convention resolution protocol charter directive
    """.split()
)
_NON_ACTOR_ACRONYMS = frozenset(
    """
        bst gmt utc est edt pst pdt cet cest cctv tv dna gdp am pm ap ok id pc uk us eu un
    """.split()
)
_DEMONYM_ENDINGS = frozenset({"i", "ian", "an", "ese", "ish", "ean", "n", "ic", "ine", "ien", "li"})
_TITLE_WORDS = frozenset(
    """
        col gen maj lt sgt spc capt cpl pvt adm cmdr prof rev sen rep gov pres supt insp
        secretary state prime minister foreign defence defense interior finance home justice
        president vice deputy chief general army military armed police spokesman
        spokesperson spokeswoman commander leader head king queen prince sheikh senator
        governor mayor ambassador minister's supreme ayatollah sir lord lady dame pope
        cardinal bishop imam colonel major lieutenant captain sergeant admiral marshal
        brigadier judge justice
    """.split()
)


@lru_cache(maxsize=4096)
def _country_stems(prefix: str) -> tuple[str, ...]:
    """Stems of country names starting with `prefix` (Syria -> 'syri', Iran -> 'iran')."""
    stems = []
    for name in gazetteer().countries:
        folded = fold(name)
        if " " in folded or not folded.startswith(prefix):
            continue
        stems.append(folded.rstrip("aeiouy") if len(folded) > 4 else folded)
        stems.append(folded)
    return tuple(stems)


def _role(sentence: str, begin: int, end: int) -> str | None:
    after = _ROLE_AFTER.match(sentence[end:])
    if after and _plausible_role(after.group(1)):
        return after.group(1).strip().rstrip(",")
    before = _ROLE_BEFORE.search(sentence[max(0, begin - ROLE_WINDOW) : begin])
    if before:
        role = re.sub(r"^(?:the|a|an|and)\s+", "", before.group(1).strip().rstrip(","), flags=re.I)
        if len(role.split()) <= 10 and _plausible_role(role):
            return role
    return None


def _plausible_role(role: str) -> bool:
    """Not a list of people ("London Mayor Boris Johnson and ...") nor a clause ("laid by")."""
    words = role.split()
    if " and " in f" {role} " or re.search(
        r"\b(?:by|was|were|is|has|had|who|which|said|says|told)\b", role
    ):
        return False
    names = first_names()
    return not any(
        fold(first) in names and second[:1].isupper() and first[:1].isupper()
        for first, second in pairwise(words)
    )


def is_person_name(text: str) -> bool:
    tokens = [token for token in text.replace("-", " ").split() if token[:1].isupper()]
    if len(tokens) < 2 or len(tokens) > 5:
        return False
    if any(fold(token) in _ORG_WORDS for token in tokens):
        return False
    given = fold(tokens[0]).strip('“”"')
    if given in {"al", "el"} or is_demonym(tokens[0]) or gazetteer().lookup(tokens[0]):
        return False
    return given in first_names()


def collect_entities(evidence: EvidenceSet) -> list[Entity]:
    """Group mentions into people, organisations and places."""
    places = gazetteer()
    lowercase_words = _lowercase_vocabulary(evidence)
    people: dict[tuple[str, ...], Entity] = {}  # name skeleton -> person
    others: dict[tuple[str, str], Entity] = {}
    singles: list[Mention] = []
    unknown: list[Mention] = []  # several words, not a place, no known first name
    town_or_surname: list[Mention] = []
    for mention in find_mentions(evidence):
        words = mention.text.split()
        if fold(words[-1]) in _NOT_ACTOR_HEADS:
            continue
        if len(words) > 1 and fold(words[-1]) in FACILITY_WORDS | REGION_WORDS:
            kind = "site" if fold(words[-1]) in FACILITY_WORDS else "region"
            entity = others.setdefault(("place", mention.text), Entity("place", place_kind=kind))
            entity.add(mention)
            continue
        if (
            len(words) == 1
            and mention.text.isupper()
            and fold(mention.text) in _NON_ACTOR_ACRONYMS
            and places.lookup(mention.text) is None
        ):
            continue  # "BST", "CCTV": not actors
        place = places.lookup(mention.text)
        if place is not None and len(words) == 1 and place[1].startswith("city"):
            town_or_surname.append(mention)  # "Carey": a town, or Mike Carey? decided below
            continue
        if place is not None:
            entity = others.setdefault(("place", place[0]), Entity("place", place_kind=place[1]))
            entity.add(mention)
            continue
        if is_person_name(mention.text):
            people.setdefault(name_key(mention.text), Entity("person")).add(mention)
            continue
        if len(mention.text.split()) == 1:
            singles.append(mention)
            continue
        unknown.append(mention)

    named_mid_sentence = {m.text for m in singles if m.start != m.ref.start}
    persons = _merge_people(people)
    by_surname: dict[str, list[Entity]] = {}
    for person in persons:
        by_surname.setdefault(name_key(person.name)[-1], []).append(person)
    for mention in unknown:
        key_words = name_key(mention.text)
        namesakes = [
            person
            for person in by_surname.get(key_words[-1] if key_words else "", [])
            if name_key(person.name)[0] == key_words[0]
        ]
        if namesakes and not _looks_like_org(mention.text):
            namesakes[0].add(mention)  # "Jahja Rasul" -> Yahya Rasool (J/Y, u/oo alike)
            continue
        key_text = " ".join(
            key
            for word, key in zip(mention.text.split(), key_words, strict=False)
            if not is_demonym(word)
        ) or " ".join(key_words)
        others.setdefault(("organisation", key_text), Entity("organisation")).add(mention)
    by_given: dict[str, list[Entity]] = {}
    for person in persons:
        by_given.setdefault(name_key(person.name)[0], []).append(person)
    single_places: dict[str, list[Mention]] = {}
    for mention in town_or_surname:
        bearer = _namesake(by_surname, mention.text)
        if bearer is not None:
            bearer.add(mention)
            continue
        found = places.lookup(mention.text)
        name, kind = (found[0], found[1]) if found else (mention.text, "")
        others.setdefault(("place", name), Entity("place", place_kind=kind or None)).add(mention)
    for mention in singles:
        key = skeleton(mention.text)
        namesake = _namesake(by_surname, mention.text)
        if namesake is not None:  # "Rasool said" -> Yahya Rasool
            namesake.add(mention)
            continue
        if len(by_given.get(key, [])) == 1 and fold(mention.text) in first_names():
            by_given[key][0].add(mention)  # "Hasib" -> Hasib Hussain, the only Hasib
            continue
        offset = mention.start - mention.ref.start
        if LOCATIVE_BEFORE.search(mention.ref.text[max(0, offset - 30) : offset]):
            single_places.setdefault(mention.text, []).append(mention)
            continue
        opens_sentence = mention.start == mention.ref.start
        if opens_sentence and mention.text not in named_mid_sentence:
            continue  # "Talks", "Claiming": capitalised only because they open the sentence
        if (
            fold(mention.text) in lowercase_words
            or is_demonym(mention.text)
            or fold(mention.text) in _TITLE_WORDS
        ):
            continue  # "Talks", "Destruction": capitalised only at the start of a sentence
        others.setdefault(("organisation", key), Entity("organisation")).add(mention)
    for name, mentions in single_places.items():  # "from Beeston": a place the gazetteer lacks
        organisation = others.pop(("organisation", skeleton(name)), None)
        if organisation is not None and len(organisation.mentions) > len(mentions):
            others[("organisation", skeleton(name))] = organisation
            entity = organisation
        else:
            entity = others.setdefault(("place", name), Entity("place", place_kind=None))
            mentions = mentions + (organisation.mentions if organisation else [])
        for mention in mentions:
            entity.add(mention)
    return persons + list(others.values())


def _namesake(by_surname: dict[str, list[Entity]], word: str) -> Entity | None:
    """The person a lone surname stands for: one spelt exactly so, else the most mentioned of
    those whose surname sounds alike (skeletons can collide: Carey / Curry)."""
    candidates = by_surname.get(skeleton(word), [])
    exact = [p for p in candidates if any(fold(n.split()[-1]) == fold(word) for n in p.names)]
    pool = exact or candidates
    return max(pool, key=lambda person: len(person.mentions)) if pool else None


def name_key(name: str) -> tuple[str, ...]:
    """Skeletons of a name's words, quotes and particles left out."""
    words = re.sub(r"[“”\"]", " ", name).replace("-", " ").split()
    keys = [skeleton(word) for word in words if fold(word) not in {"al", "el", "bin", "ibn"}]
    return tuple(key for key in keys if key)


def _merge_people(people: dict[tuple[str, ...], Entity]) -> list[Entity]:
    """Merge people whose shorter name is contained in a longer one with the same surname
    ("Abu Bakir al-Saadi" into "Wissam Mohammed “Abu Bakr” al-Saadi")."""
    keys = sorted(people, key=len, reverse=True)
    merged: dict[tuple[str, ...], Entity] = {}
    for key in keys:
        target = next(
            (
                longer
                for longer in merged
                if longer[-1] == key[-1] and set(key[:-1]) <= set(longer[:-1])
            ),
            None,
        )
        if target is None:
            merged[key] = people[key]
            continue
        for mention in people[key].mentions:
            merged[target].add(mention)
    return list(merged.values())


def _looks_like_org(text: str) -> bool:
    return any(fold(token) in _ORG_WORDS for token in text.split())


def _lowercase_vocabulary(evidence: EvidenceSet) -> frozenset[str]:
    """Words the cluster also writes in lower case: such words are not names."""
    vocabulary: set[str] = set()
    for article in evidence.articles:
        vocabulary.update(re.findall(r"(?<![\w.])[a-z][a-z’'\-]+", article.text))
    return frozenset(vocabulary)
