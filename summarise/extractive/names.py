"""Name mentions in evidence: people, organisations and places, with roles where the text
gives one. Shared by the `who`, `where` and `reactions` extractors.

Names and their kinds come from spaCy's trained entity recogniser (`summarise.nlp`), run on the
sentences of the best-ranked evidence items only. A name's kind is the vote of all its mentions,
so one mislabelled sentence does not turn a soldier into a city. Spelling variants and
transliterations ("Yahya Rasool", "Yehia Rasool", "Jahja Rasul") are merged on a consonant
skeleton; a lone surname joins the person who bears it; a shorter place name joins the longer
one it starts ("Guantanamo" into "Guantanamo Bay"). The gazetteer gives a place its kind
(country, capital, city of ...), never decides that a name is a place.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from ..dates import MONTHS, WEEKDAYS
from ..evidence import EvidenceSet, SentenceRef
from ..segment import RARE_IN_ENGLISH_ZIPF, fold, quote_spans
from .common import dateline
from .gazetteer import first_names, gazetteer, nationality_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# spaCy's labels -> our kinds. A name headed by an organisation word ("West Yorkshire Police",
# "Ministry of Defence") is an organisation whatever the label of one sentence says. NORP
# (nationalities, religious and political groups) is mostly adjectives ("Iranian", "British")
# and is not an actor on its own.
KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place"}
# Sentences of this many best-ranked evidence items are parsed (the NLP runs where it pays).
MAX_PARSED_ITEMS = 250
MAX_PARSED_MEMBERS = 1
# Words a role never starts with: they lead a list or a clause to the name.
_NOT_ROLE_OPENERS = frozenset(
    "including include includes such like with without among amongst against and or but as".split()
)
# Pronouns that open a clause, not a role: "He joins Captain Teodoro Alcantara" (not "IT chief").
_PRONOUNS_OPENING = frozenset("He She They We It he she they we it".split())
# A name right after "<title> of" belongs to the title ("Secretary of State").
_TITLE_OF = re.compile(
    r"\b(?:secretary|minister|ministers|commissioner|chancellor|director|head)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _an_office(word: str) -> bool:
    """A word that names an office held by one person ("Controller", "Registrar"), not a body
    ("Parliament", "NATO") nor a place."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and fold(word) not in ORGANISATION_HEADS
        and (_occupation(word.lower()) or word.lower().endswith("ar"))
        and gazetteer().lookup(word) is None
    )


# The rest of a title joined by "and", a name after it: "(Controller) and Accountant-General
# Abena".
_AND_A_TITLE = re.compile(
    r"\s+and\s+(?:[A-Z][\w\-]*-General|Chief|Deputy|Acting|Secretary|Director)\s+[A-Z]"
)
# A role before a name is looked for in this many characters before it.
ROLE_WINDOW = 160
ROLE_NOUNS = (
    "spokesman|spokeswoman|spokesperson|spokespeople|minister|president|vice president|"
    "secretary|commander|leader|chief|general|director|official|head|mayor|governor|"
    "ambassador|envoy|analyst|correspondent|reporter|editor|professor|king|queen|prince|"
    "pope|senator|chairman|chairwoman|chair|ceo|founder|lawyer|attorney|judge|prosecutor|"
    "premier|chancellor|lieutenant|colonel|captain|sergeant|officer|adviser|advisor|"
    "coordinator|representative|negotiator|inspector|superintendent|commissioner|"
    "cleric|mp|lawmaker|member|deputy|manager|rider|cyclist|driver|player|coach|chairperson|"
    "executive|lecturer|scientist|researcher|economist|expert|steward|organiser|organizer|"
    # offices and trades a brief names people by: "Ward councillor X", "X, owner of ..."
    # ("imam" is not: "the Imam Ali shrine" is no person Ali)
    "councillor|councilor|owner|engineer|doctor|surgeon|nurse|paramedic|bishop|archbishop|"
    "pastor|priest|principal|headteacher|headmaster|activist|campaigner|administrator|"
    # a ship's or a harbour's master (not "Master Sergeant", "master plan", "Master Kong")
    r"(?:salvage|harbou?r|station|dock|port|ship['’]s|launch['’]s|vessel['’]s|vessel)\s+master"
)
# A word that opens a clause before a role: "After opposition MP X read out", "When police chief
# X arrived", "as interior minister X said", "their finding that the driver, X, had been"
# ("Once" and "As" only before a word in lower case).
_OPENS_A_CLAUSE = re.compile(
    r"^(?:(?:[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Ss]ince|[Uu]ntil)\s+|"
    r"(?:[Oo]nce|[Aa]s)\s+(?=[a-z])|"
    # ("said Tuesday that the driver, X", "asked whether the captain, X")
    r".*\b(?:that|whether|because|if|although)\s+(?=(?:the|a|an)\s))"
)
# Words that lead to a role and are not part of it: "(handed) to the Mayor of London", "(in the)
# presence of Prince Charles", "According to prosecutor". Taken off only when a role noun
# follows.
_LEADS_TO_ROLE = re.compile(
    rf"^(?:(?i:according)\s+|[a-z][\w\-]*\s+)*?(?:of|to|by|for|from|with|in|at|on)\s+(?:the\s+)?"
    rf"(?=(?:[\w’'.\-]+\s+)*?(?i:{ROLE_NOUNS})\b)"
)
# What a ministry or a department is for, in a title that lists several: "Industry, Energy
# and Mining Minister", "Roads and Transport Cabinet Secretary" (not "Ruto, Museveni and
# Tanzanian President": people).
_PORTFOLIO_WORDS = (
    r"(?:Industry|Energy|Mining|Mines|Trade|Commerce|Transport|Roads|Health|Education|Finance|"
    r"Economy|Foreign|Affairs|Interior|Justice|Defen[cs]e|Agriculture|Fisheries|Environment|"
    r"Tourism|Culture|Sports?|Labou?r|Employment|Housing|Planning|Infrastructure|"
    r"Communications?|Information|Technology|Science|Research|Water|Power|Works|Security|"
    r"Home|Development|Women|Children|Youth|Family|Social|Welfare|Lands?|Resources|Petroleum|"
    r"Oil|Gas|Climate|Digital|Innovation|Investment|Budget|Treasury|Public|Local|Government|"
    r"Veterans|Immigration|Citizenship|Aviation|Maritime|Forestry|Wildlife|Heritage|Arts)"
)
# "Green Economy (and Environment Minister)": a portfolio of two words ("Green" only before
# another: "Sam Green and Finance Minister X" is two people).
_TWO_PORTFOLIO_WORDS = rf"(?:Green\s+)?{_PORTFOLIO_WORDS}(?:\s+{_PORTFOLIO_WORDS})?"
# Small words inside names of people and places: "Viña del Mar", "Ludwig van Beethoven".
_NAME_PARTICLES = r"(?:de|del|della|da|das|do|dos|di|du|la|le|van|von|der|den)(?=\s+[A-Z])"
# Words after "for" that name a kind of body or a span of time, never a portfolio's second word.
_KINDS_OF_BODY_AFTER_FOR = (
    r"operators?|company|companies|firm|group|agency|airline|carrier|house|railway|party|"
    r"watchdog|charity|chain|union|bank|club|council|network|broadcaster|newspaper|station|"
    r"maker|producer|retailer|insurer|lender|giant|provider|developer|owner|regulator|"
    r"years?|months?|weeks?|days?|decades?"
)
# A portfolio in lower case after its office: "(commissioner) for trade, commerce and markets",
# "(minister) for health and social care", "(minister) for natural resources" (not
# "(spokesman) for the").
_LOWER_CASE_PORTFOLIO = (
    r"for\s+(?!(?:the|a|an|its|his|her|their|our)\b)[a-z]+"
    # (a second word that names no kind of body nor a span of time: not "(spokesman) for
    # airport operator (Isavia)", "for budget airline (Wizz Air)", "(director) for six years")
    rf"(?:\s+(?!(?:{_KINDS_OF_BODY_AFTER_FOR})\b)[a-z]+)?"
    r"(?:,\s+[a-z]+){0,3}"
    r"(?:,?\s+and\s+[a-z]+(?:\s+[a-z]+)?)?"
)
# Kinds of body written in lower case after the body's name: "Kazbegi municipality".
_BODY_KIND_AFTER_ITS_NAME = (
    r"(?:municipality|district|county|council|province|region|prefecture|city|town|village|"
    r"hospital|police|prison|port|airport|university)"
)
_ROLE_BEFORE = re.compile(
    # "Industry, Energy and" (Mining Minister)
    rf"((?<![\w\-’'])(?:(?:{_PORTFOLIO_WORDS},\s+)*{_TWO_PORTFOLIO_WORDS}\s+and\s+)?"
    # (a place's name with its particles: "Viña del Mar's mayor")
    rf"(?:(?:[A-Z][\w’'.\-]*|of|the|for|{_NAME_PARTICLES})\s+){{0,5}}"
    rf"(?:[a-z][\w\-]*(?:[’']s)?\s+){{0,2}}"
    rf"(?:[A-Z][\w’'.]*-)*(?i:{ROLE_NOUNS})"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s*|{_NAME_PARTICLES}\s+){{1,5}}"
    # (a kind of body after its name: "The mayor of Kazbegi municipality, Revaz Sujashvili")
    rf"(?:{_BODY_KIND_AFTER_ITS_NAME}\s*)?"
    # (or a portfolio in lower case: "commissioner for trade, commerce and markets")
    rf"|\s+{_LOWER_CASE_PORTFOLIO})?)\s*,?\s*$"
)
_ROLE_AFTER = re.compile(
    rf"^\s*,\s*((?:the\s+|a\s+|an\s+)?(?:[\w’'\-]+\s+){{0,4}}?(?:{ROLE_NOUNS})\b"
    rf"[^,.;:“\"()]{{0,80}}?)(?=\s*(?:[,.;:(]|\b(?:said|says|told|who|whose|which|has|had|was|is)\b|$))",
    re.IGNORECASE,
)
# Capitalised words that are never names on their own.
# Calendar words open many capitalised runs ("Monday", "Feb."); at the end of a run they may be
# a surname ("Theresa May"), so only weekdays are trimmed there.
# Words that title a name and are not part of it ("Army Spc. Charles Graner", "Gen. Miller"),
# honorifics of other languages in English copy too ("Ato Melese Abera", "Alhaji Musa").
TITLE_WORDS = frozenset(
    """
        mr mrs ms miss dr col gen maj lt sgt spc capt cpl pvt adm cmdr prof rev sen rep gov
        pres supt insp sir lord lady dame president vice deputy prime minister secretary
        general colonel major lieutenant captain sergeant private specialist corporal admiral
        commander chief judge justice mayor governor senator ambassador king queen prince
        princess sheikh ayatollah pope cardinal bishop archbishop imam brigadier marshal staff army
        consul envoy spokesman spokeswoman spokesperson officer official superintendent
        commissioner inspector councillor councilor councilwoman councilman cllr
        ato alhaji alhaja haji hajji shri smt bapak herr frau monsieur madame mme
        senor senora mister mp hon honourable honorable
    """.split()
)
# Titles only a person bears: a name after one is a person's whatever the model labels it
# ("Mr Ogembo said", "Dr Nyabuto", "Bobasi MP Zablon Ogembo": the small model often takes an
# unfamiliar name for an organisation).
PERSONAL_TITLES = frozenset(
    "mr mrs ms miss mister dr prof madam madame mme sir dame mp hon honourable honorable".split()
)


def is_title(word: str) -> bool:
    """A word that titles a name and is no name itself: "Spc.", "Superintendent",
    "Commissioner-General" (each part of it a title word), and any office written "-General"
    ("Accountant-General", "Auditor-General", "Solicitor-General")."""
    folded = fold(word).rstrip(".")
    parts = folded.split("-")
    return folded in TITLE_WORDS or (
        len(parts) > 1 and (parts[-1] == "general" or all(p in TITLE_WORDS for p in parts))
    )


ORGANISATION_HEADS = frozenset(
    """
        forces force army navy police ministry department council committee agency party
        group movement front organisation organization union coalition command brigade
        brigades guard guards government court parliament congress senate assembly
        university bank company corporation inc ltd corp institute observatory association
        federation league network service services office authority commission fund
        foundation agency militia embassy mission tribunal resources holdings industries
        securities investments insurance airlines airways systems technologies logistics
        shipping ventures directorate inspectorate secretariat regulator
    """.split()
)
# Words of a body's name before its end ("Vice Ministry of Sports", "Rosario Board of Trade"),
# that no person's name holds there ("Emma Board", a surname, is one at its end).
_BODY_WORDS_INSIDE = ORGANISATION_HEADS | frozenset({"board", "bureau"})
# Last words of newspaper names ("The Washington Post", "the Zhambyl Courier"; "The Australian"
# is caught as the subject of "reported").
MASTHEAD_WORDS = frozenset(
    "post times journal herald tribune gazette telegraph chronicle examiner courier press".split()
)
# Names of things that are sites, not actors: "Tavistock Square", "Piccadilly Line".
FACILITY_WORDS = frozenset(
    """
        square street road avenue lane line station underground tube airport bridge park
        hall tower building stadium arena market bazaar base airbase camp prison penitentiary
        hotel dam reservoir mine
        mosque church temple cathedral palace museum port harbour harbor beach river lake
        mountain valley highway motorway route checkpoint crossing junction gate plaza
        waterway canal cut pass gorge
    """.split()
)
# Site words that are surnames too: a site only when no given name comes first.
_SURNAME_SITES = frozenset({"cut", "pass", "gorge"})
# The ends of one-word names of squares and streets in languages that write them joined (as
# `fold` writes them: "Hauptstraße" is "hauptstrasse").
_SITE_ENDINGS = (
    "platz", "plein", "plads", "torget", "strasse", "gasse", "straat", "gatan",
    "park",  # "Aquapark", "Waterpark", "Lunapark": a park in one word
)  # fmt: skip
# Words of a natural feature written before its name: "Lake Issyk-Kul", "Mount Merapi".
# ("River" and "Gulf" begin a club, an airline and an actor's name as often: "River Plate",
# "Gulf Air", "River Phoenix")
_FEATURE_FIRST = frozenset({"lake", "mount", "mt", "mt.", "loch"})
# The same in the languages whose place names English news keeps as written: Welsh "Llyn
# Cefn Coch" (a lake), "Afon Ogwen" (a river); Malay and Indonesian "Danau Toba", "Gunung
# Semeru", "Sungai Klang"; and buildings named so in Welsh: "Ysgol Tryfan" (a school), "Neuadd
# Ogwen" (a hall), "Canolfan Brailsford" (a centre), "Ysbyty Gwynedd" (a hospital).
_FIRST_IN_ITS_OWN_LANGUAGE = frozenset(
    "llyn afon danau gunung sungai ysgol neuadd canolfan ysbyty".split()
)
# A saint's name, which opens names of towns, parishes, churches and streets, not of people:
# "the Sant Isidre sports centre", "Santa Cruz", "São Paulo", "St Helens".
_SAINT_FIRST = frozenset("san santa santo santi sant sao saint sainte st st. ste ste.".split())
_FEAST_WORDS = frozenset("day eve night week feast festival".split())
# What tells a saint's name as a place's: a kind of place after it ("the Sant Isidre municipal
# sports centre"), or "in", "at", "near" or "the parish of" before it (not "followers of Sant
# Rampal", "Vox leader Santi Abascal", "St Johnstone beat Celtic": a man, a club).
_SAINTS_PLACE_AFTER = re.compile(
    r"^\s+(?:[a-z\-]+\s+){0,2}(?:centre|center|pool|church|cathedral|basilica|parish|district|"
    r"neighbou?rhood|quarter|suburb|hospital|school|square|street|road|station|market|stadium|"
    r"park|village|town|municipality|island|valley|beach|port)\b"
)
_SAINTS_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|(?:parish|town|city|village|district|neighbou?rhood|suburb|municipality|"
    r"port|pool|centre|center)\s+of)\s+(?:the\s+)?$",
    re.I,
)


def _placed_as_a_saints_place(mention: Mention) -> bool:
    before, after = mention.around(40, 40)
    if re.match(r"^['’]s?\b", after):
        return False  # "St Mungo's", a charity named so
    return bool(_SAINTS_PLACE_AFTER.match(after) or _SAINTS_PLACE_BEFORE.search(before))


# Words of other languages that open a street's or a square's name: "Rua do Heroísmo", "rue de
# Rome", "Calle Mayor", "Jalan Sultan" (the small model calls many of them organisations).
_STREET_FIRST = frozenset(
    "rua rue calle avenida avenue paseo boulevard praça praca piazza plaza largo travessa carrer "
    "ulitsa ulica strada calea jalan thanon".split()
)
# Italian words that open a street's name and a firm's as often ("Via Costruzioni", "Via
# Rail"): a street only when some mention is placed ("on Via Duomo", "the corner of Via Po").
_STREET_FIRST_IF_PLACED = frozenset("via viale vicolo piazzale".split())
_PLACED_BEFORE = re.compile(
    r"\b(?:on|in|along|at|near|off|down|up|across|between|corner\s+of|end\s+of|stretch\s+of|"
    r"section\s+of|onto|from)\s+(?:the\s+)?$",
    re.I,
)
# The last words of a site's name: a site named after its town is not the town.
SITE_HEADS = FACILITY_WORDS | frozenset(
    "hospital clinic school college university centre center mall factory plant".split()
)
# Names of seas, coasts and other regions: "Indian Ocean", "Persian Gulf", "Gaza Strip".
REGION_WORDS = frozenset(
    "ocean sea gulf bay strait channel coast island islands peninsula desert strip basin".split()
)
# Heads that name a document or a thing, never an actor: "the Patriot Act", "Type 22 frigate".
_NOT_ACTOR_HEADS = frozenset(
    """
        act bill law treaty accord convention resolution protocol charter directive report
        roadmap plan agreement deal regulation regulations rules guidelines
        frigate ship vessel aircraft helicopter missile tank
    """.split()
)
# Heads that name an event, the story itself rather than one who acts in it: "the Tour",
# "Olympic Games", "United Nations Climate Change Conference", "Tour de France".
_EVENT_HEADS = frozenset(
    """
        tour games olympics cup championship championships conference summit festival marathon
        election elections referendum ceremony ceremonies relay prix
    """.split()
)
_NON_ACTOR_ACRONYMS = frozenset(
    "bst gmt utc est edt pst pdt cet cest cctv tv dna gdp am pm ap ok id pc icu".split()
)


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    ref: SentenceRef
    start: int  # offset into the source's canonical text
    end: int
    role: str | None

    def around(self, before: int, after: int = 0) -> tuple[str, str]:
        """Up to `before` characters of its sentence before the name and `after` after it."""
        offset = self.start - self.ref.start
        end = offset + len(self.text)
        return self.ref.text[max(0, offset - before) : offset], self.ref.text[end : end + after]


_YEAR_WORD = re.compile(r"\b(?:19|20)\d{2}\b")


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
        """The fullest common spelling: most words first, then most mentions. A person's name
        that another spelling goes on from is cut short ("Rajendra Man" of "Rajendra Man
        Pradhan": the recogniser often stops early), never the name shown."""

        def cut_short(name: str) -> bool:
            return self.kind == "person" and any(
                other.startswith(name + " ") and re.fullmatch(r"\s\w[\w’'\-.]*", other[len(name) :])
                for other in self.names
            )  # one word more: the surname

        cut = self._cut_at_a_hyphen()
        return max(
            self.names,
            key=lambda name: (
                name not in cut,  # "Jan Oosterhout" of "Dirk-Jan Oosterhout"
                not _YEAR_WORD.search(name),  # "Beijing 2008" is the Games, Beijing the place
                len(name.split()) > 1,
                not cut_short(name),
                not _AN_INITIAL.fullmatch(name.split()[0]),  # "Samvel", not "S. Arakelyan"
                self.names[name],
                len(name),
            ),
        )

    def _cut_at_a_hyphen(self) -> frozenset[str]:
        """Spellings only ever read as the end of a hyphenated name: "Jan Oosterhout" where each
        sentence writes "Dirk-Jan Oosterhout" (the recogniser splits at the hyphen; not "Claire
        Dubois", written on her own beside "Marie-Claire Dubois")."""
        cut: dict[str, bool] = {}
        for mention in self.mentions:
            before, _ = mention.around(1)
            cut[mention.text] = cut.get(mention.text, True) and before == "-"
        return frozenset(name for name, only_cut in cut.items() if only_cut)

    @property
    def aliases(self) -> list[str]:
        main, cut = self.name, self._cut_at_a_hyphen()
        return sorted(
            (
                name
                for name in self.names
                if name != main
                and (len(name.split()) > 1 or ACRONYM.fullmatch(name))
                and name not in cut
            ),
            key=lambda name: -self.names[name],
        )

    @property
    def role(self) -> str | None:
        """The role given most often, the most specific (longest) among equals; a bare rank
        ("Captain" of "Captain Ricardo Olmedo") only where no role says more ("the salvage
        master of the firm SalvaMar Litoral"). A role given in full counts the times its
        words were given short as well: "mayor of Kazbegi municipality" once and "Mayor"
        twice is the mayor of Kazbegi municipality."""
        if not self.roles or self.kind != "person":
            return None
        counts: dict[str, int] = {}
        for role, count in self.roles.items():
            counts[role.lower()] = counts.get(role.lower(), 0) + count
        given = {
            role: counts[role]
            + sum(counts[short] for short in counts if _the_role_in_full(short, role))
            for role in counts
        }
        best = max(
            counts,
            key=lambda role: (
                _A_RANK.fullmatch(role.strip() + " ") is None,
                given[role],
                len(role),
            ),
        )
        return next(role for role in self.roles if role.lower() == best)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.names[mention.text] = self.names.get(mention.text, 0) + 1
        if mention.role:
            self.roles[mention.role] = self.roles.get(mention.role, 0) + 1


# Words that make a role another office than the one they are joined to: "former vice
# president" is not the president, "deputy prime minister" not the prime minister.
_ANOTHER_OFFICE = frozenset(
    "former ex vice deputy assistant acting interim outgoing late retired then first second "
    "junior senior chief".split()
)


# A word that opens a body's name, as roles are given lower-cased here: not a day or a word of
# a clause.
_A_BODY_NAMED = re.compile(
    rf"(?!(?:{'|'.join(WEEKDAYS)}|last|on|the|a|an|and|adding|saying|said|says|when|where|"
    r"while|who|which|whose|as)$)[a-z][\w’'\-]*"
)


# A word of a clause read on into a role: "(the court) charged (lorry driver)".
_A_VERB_FORM = re.compile(r"[a-z]+(?:ed|ing)")


def _the_role_in_full(short: str, role: str) -> bool:
    """Whether `role` is `short` told with whose it is: "mayor of Kazbegi municipality" of
    "mayor", "Kazbegi mayor" of "mayor" (not "former vice president" of "president", "deputy
    prime minister" of "prime minister")."""
    words, whole = short.split(), role.split()
    if len(whole) <= len(words) or any(character.isdigit() for character in role):
        return False  # ("mayor of the town of about 6": a role read on into a figure)
    if whole[: len(words)] == words:
        return whole[len(words)] in {"of", "for", "at", "in"}
    if whole[-len(words) :] == words:
        # whose, by name or possessive: "Kinshasa police spokesman", "Bae's lawyer" (not
        # "adding that chief", "last friday emergencies minister", "president the professor")
        added = whole[: -len(words)]
        return not any(
            word.strip("-") in _ANOTHER_OFFICE
            or word.startswith("ex-")  # ("ex-army spokesman")
            or ROLE_WORD.fullmatch(word)
            or _A_VERB_FORM.fullmatch(word)  # ("... provincial court charged lorry driver")
            for word in added
        ) and (added[-1].endswith(("'s", "’s")) or _A_BODY_NAMED.fullmatch(added[0]) is not None)
    return False


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


# Labels the small model gives a person's name it does not know ("Burcu Ertan" a work of art).
_ODDLY_LABELLED = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def _two_or_three_plain_words(words: list[str]) -> bool:
    """Whether a name is two or three words, each capitalised and the rest lower case, as a
    person's name is written ("Burcu Ertan", "Ama Kaku"; not "NHS", "McDonald")."""
    return 2 <= len(words) <= 3 and all(word[:1].isupper() and word[1:].islower() for word in words)


def _a_person_with_a_role(span: Span, after: str) -> bool:
    """Whether a name the model gives no kind of actor is a person's: two or three capitalised
    words opening with a known given name, a role given right after ("Burcu Ertan, corporate
    communications director of Mavi Dalga Turizm, told AFP")."""
    words = span.text.split()
    return (
        span.label_ in _ODDLY_LABELLED
        and _two_or_three_plain_words(words)
        and fold(words[0]) in first_names()
        and _ROLE_AFTER.match(after) is not None
    )


def find_mentions(
    evidence: EvidenceSet, written: dict[str, str]
) -> Iterator[tuple[Mention, str, str]]:
    """Every name `_names_the_model_finds` gives, then a body's name written again where the
    model did not see it ("A ransomware gang calling itself BlackTide", unlabelled, after "A
    criminal group called BlackTide" labelled a body): one name keeps one sense in a story."""
    seen: dict[str, list[tuple[int, int]]] = defaultdict(list)
    kinds: dict[str, set[str]] = defaultdict(set)
    common = _lowercase_words(evidence)
    for mention, kind, use in _names_the_model_finds(evidence, written, common):
        seen[mention.ref.source_id].append((mention.start, mention.end))
        kinds[mention.text].add(kind)
        yield mention, kind, use
    # only a name the model never read as anything but a body ("Sandrivier", a river it once
    # took for one, is not spread)
    others = " | ".join(name for name in kinds if " " in name)
    bodies = {
        name
        for name, read in kinds.items()
        if read == {"organisation"}
        and " " not in name  # (not "Nkana Water Supply" of "... Supply and Sanitation Company")
        and _a_word_english_does_not_use(name)  # not "Polish", "Alpine"
        and not any(c.isdigit() for c in name)  # "NV417", a flight
        and gazetteer().lookup(name) is None
        # "Guayas", which it read as a body once and as the "Guayas River" elsewhere;
        # "Suryaprabha" of "Suryaprabha Chemicals"
        and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", others) is None
    }
    yield from _bodies_named_again(evidence, bodies, seen, common)


def _a_word_english_does_not_use(name: str) -> bool:
    """Whether a name holds a word rare in English ("BlackTide", "Rabobank", "Sao Vang"): such a
    name is the body's wherever it is written, where "British" or "Climate Change" may be an
    adjective or a topic."""
    from wordfreq import zipf_frequency  # deferred: its word lists load on the first call

    return any(
        zipf_frequency(word.lower(), "en") < RARE_IN_ENGLISH_ZIPF
        for word in re.findall(r"[A-Za-z]+", name)
    )


def _bodies_named_again(
    evidence: EvidenceSet,
    bodies: AbstractSet[str],
    seen: dict[str, list[tuple[int, int]]],
    common: frozenset[str],
) -> Iterator[tuple[Mention, str, str]]:
    """The names of `bodies` as written in the best-ranked items' sentences, outside every
    mention found, and not inside a longer name: a name of one word the cluster never writes in
    lower case, or of several ("Sao Vang Entertainment"), capitalised as the body's."""
    names = [
        name
        for name in bodies
        if name[:1].isupper() and (" " in name or (len(name) > 2 and name.lower() not in common))
    ]
    if not names:
        return
    pattern = _any_name_of(names, r"(?<![\w-])", r"(?![\w’'-])")
    for item in evidence.ranked()[:MAX_PARSED_ITEMS]:
        if item.is_heading:
            continue
        for ref in item.members:
            line = dateline(ref.text)  # "HANOI, Nov 17 (MBN) -": an agency, no one in the story
            for match in pattern.finditer(ref.text, line.end() if line is not None else 0):
                if _LONGER_NAME_AFTER.match(ref.text, match.end()) or _LONGER_NAME_BEFORE.search(
                    ref.text[: match.start()]
                ):
                    continue  # "Physics Part I", "Commissioner General of Examinations Nandana
                    # Gunasekera": a word of a longer name or a title
                start, end = ref.start + match.start(), ref.start + match.end()
                if not any(a < end and start < b for a, b in seen[ref.source_id]):
                    seen[ref.source_id].append((start, end))
                    mention = _mention(ref, match.start(), match.end(), "organisation")
                    yield mention, "organisation", ""


# A capitalised word (not the sentence's first) right before a name, or one or a figure right
# after it: the name is part of a longer one.
_LONGER_NAME_AFTER = re.compile(r"\s+(?:[A-Z][\w’'\-]*|[IVX]+\b|\d)")
_LONGER_NAME_BEFORE = re.compile(r"\S\s+[A-Z][\w’'\-]*\s+$")


def _any_name_of(names: Iterable[str], before: str, after: str) -> re.Pattern[str]:
    """One pattern for any of `names` as written (the longest first, so that "Sao Vang
    Entertainment" wins over "Sao Vang"), in group 1, between the `before` and `after`
    boundaries."""
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(f"{before}({alternatives}){after}")


def _names_the_model_finds(
    evidence: EvidenceSet, written: dict[str, str], common: frozenset[str]
) -> Iterator[tuple[Mention, str, str]]:
    """Every named entity spaCy finds in the best-ranked evidence items, with its kind and
    its use in the clause: "subject" (a country that acts: "Iran denied ..."), "modifier" (one
    word that qualifies a common noun: "the Olympic flame", "the Bush administration"),
    "territory" (one that names the region a body serves: "the Trøndelag police district"),
    "in" (one word after "in": "union secretary in Trøndelag"), "dateline" (the place a report
    is filed from) or "".

    Only the first MAX_PARSED_MEMBERS sentences of an item are parsed; the names found there are
    then looked for, as written, in its other sentences (wire copies of the same sentence)."""
    from ..nlp import parse  # deferred: spaCy loads on the first brief that needs it

    items = [item for item in evidence.ranked()[:MAX_PARSED_ITEMS] if not item.is_heading]
    parsed = {
        ref: None
        for item in items
        for ref in [m for m in item.members if _may_hold_a_name(m.text)][:MAX_PARSED_MEMBERS]
    }
    docs = dict(zip(parsed, parse([ref.text for ref in parsed]), strict=True))

    @cache
    def every_text() -> str:  # joined only when a name after initials asks for it
        return "\n".join(article.text for article in evidence.articles)

    @cache
    def written_alone(name: str, before: str) -> bool:
        return re.search(rf"(?<!{re.escape(before)} ){re.escape(name)}", every_text()) is not None

    things = _acronyms_of_things(written)
    spelled = frozenset(written.values())
    longest_first = sorted(spelled, key=len, reverse=True)  # (for `_spelled_on_from`)
    for item in items:
        found: dict[str, tuple[str, str]] = {}  # name as written -> kind, use
        for ref in item.members:
            if ref not in docs:
                continue
            filed = _dateline_place(ref)
            if filed is not None:
                found.setdefault(filed.text, ("place", ""))
                yield filed, "place", "dateline"
            line = dateline(ref.text)
            gone_on_to = 0  # where the last place read past its particle ended
            for span in _bodies_joined(docs[ref], spelled, longest_first):
                if filed is not None and span.start_char < filed.end - ref.start:
                    continue  # the dateline's place, already taken in the gazetteer's spelling
                if span.start_char < gone_on_to:
                    continue  # "Conde" of "Vila do Conde": in the place's name
                if (
                    line is not None
                    and span.start_char < line.end()
                    and span.label_ not in {"GPE", "LOC"}
                ):
                    continue  # the rest of a dateline is its country, a date and an agency
                    # ("Port Moresby, Feb 20 (EFE).-": no "Feb")
                kind = KINDS.get(span.label_)
                if kind is None and _a_person_with_a_role(span, ref.text[span.end_char :]):
                    kind = "person"  # "Burcu Ertan, corporate communications director of ...",
                    # tagged a work of art
                if kind == "place" and (body := _body_named_for_a_place(span)) is not None:
                    span, kind = body, "organisation"  # "Health New Zealand", "Transport Scotland"
                if kind == "organisation":
                    span = _without_common_words_before(span)  # "(The regional) council X"
                    if not len(span):
                        continue
                if kind == "person" and _named_for_a_monarch(span):
                    continue  # "CHR Mohammed V", "the Mohammed V regional hospital": a body
                if kind == "person" and any(t.text in _WHERE_WORDS for t in span[1:]):
                    continue  # "the Danube at Novi Sad", tagged a person: a place and where
                if kind == "place" and fold(span[-1].text) in _PERIOD_HEADS:
                    continue  # "the Middle Ages", "the Bronze Age": a time, not a place
                if (
                    kind in {"place", "organisation"} or span[0].text in nationality_words()
                ) and _a_nationality(span):
                    continue  # "tons of Ukrainian corn", tagged a place; "The Slovak fertiliser
                    # producer", tagged a body or a person: whose, not where nor who
                if (
                    kind == "person"
                    and _PLACE_WORDS_BEFORE.search(ref.text[: span.start_char])
                    # (not "the district of Mohan Kundariya, a ruling party MP")
                    and not _A_ROLE_OR_AGE_AFTER.match(ref.text, span.end_char)
                ):
                    kind = "place"  # "a bookshop in nearby Bakklandet", tagged a person
                elif kind == "place" and (named := _person_left_out(span)) is not None:
                    span, kind = named, "person"  # "was Per Ranheim, who has run", "Ranheim"
                    # tagged a place (a district of the same name), "Per" left out
                if _TITLE_OF.search(ref.text[: span.start_char]):
                    continue  # "Secretary of State", "Minister of Defence": part of a title
                titled_too = _AND_A_TITLE.match(ref.text[span.end_char :])
                if (
                    len(span) == 1
                    and titled_too
                    and _an_office(span.text)
                    and not THE_BEFORE.search(ref.text[: span.start_char])
                ):
                    continue  # "Controller" of "Controller and Accountant-General Abena
                    # Owusu-Darko": the first half of a person's title
                if kind != "person" and (titled := _after_a_personal_title(ref.text, span)):
                    span, kind = titled, "person"  # "Mr Ogembo", "Bobasi MP Zablon Ogembo"
                elif kind in {"organisation", "place"} and _a_person_of_an_age(span, ref.text):
                    kind = "person"  # "Ama Kaku, 46, said she had borrowed money", tagged a body
                    # or a place
                at = 1 if len(span) > 1 and _ARTICLE.fullmatch(span[0].text) else 0
                if (
                    kind == "organisation"
                    and len(span) in {at + 3, at + 4}
                    and ACRONYM.fullmatch(span[at].text)
                    and fold(span[at + 1].text) in first_names()
                    and span[at + 1].text[:1].isupper()
                    # not "BMO Harris Bank", "NHS Grace Hospital": a body's name goes on
                    and fold(span[-1].text) not in ORGANISATION_HEADS | SITE_HEADS
                    # nor a monarch a body is named after: "CHU Hassan II" (a hospital)
                    and not _REGNAL.fullmatch(span[-1].text)
                    # and the cluster writes the name alone too (never "Morgan Chase" of "JP
                    # Morgan Chase")
                    and written_alone(span[at + 1 :].text, span[at].text)
                ):
                    # "the head of the regional department of the MES Marat Abdykadyrov", "SP
                    # Yusuf Bakori": the body's initials or a rank's, then the person
                    span, kind = span[at + 1 :], "person"
                if kind == "organisation" and (
                    holder := a_person_after_the_body(span, written_alone)
                ):
                    # "Principal Secretary for Medical Services Dorcas Mbugua": the model ran
                    # the body of the title on into the person who holds it
                    span, kind = holder, "person"
                if (
                    kind == "organisation"
                    and (owned := _a_person_owned(span)) is not None
                    # (not "Sonatrach's Alain Mimoun plant": a site named for someone)
                    and not (
                        span.end < len(span.doc)
                        and span.doc[span.end].is_lower
                        and span.doc[span.end].pos_ == "NOUN"
                    )
                ):
                    span, kind = owned, "person"  # "Halcyon's Victor Sandoval": the company's man
                article = len(span) > 1 and _ARTICLE.fullmatch(span[0].text) is not None
                opening = fold(span[1 if article else 0].text)
                person = kind == "person" or (
                    kind == "organisation"
                    and _given_name(span[1 if article else 0].text)  # ("the" is one too)
                    and opening not in TITLE_WORDS  # "General's Office"
                )  # "Lucía Vélez Cordero" (labelled ORG) of "councillor Ana Lucía Vélez Cordero"
                if person:
                    start = _given_names_before(span, common)
                elif kind == "organisation":
                    start = _compounds_before(span)
                else:
                    start = _begun_before(ref.text, span.start_char)
                end = (
                    _surname_after(span, common)
                    if person
                    else _of_what_after(ref.text, span.end_char)
                    if kind == "organisation"
                    else _place_goes_on(ref.text, start, span.end_char)
                    if kind == "place"
                    else span.end_char
                )
                cleaned = _clean(ref.text, start, end, kind, common) if kind else None
                if kind is None or cleaned is None or span.text in things:
                    continue
                use = _use(span)
                begin, end = cleaned
                joined = _joined_by_a_place_particle(ref.text, begin, end)
                if joined != (begin, end):
                    (begin, end), kind = joined, "place"  # "Brandýs nad Orlicí"
                if kind == "place" and end > span.end_char:
                    gone_on_to = end
                found.setdefault(ref.text[begin:end], (kind, use))
                yield _mention(ref, begin, end, kind), kind, use
            for span in _names_after_a_title(docs[ref]) + _speakers_unlabelled(docs[ref]):
                found.setdefault(span.text, ("person", ""))
                yield _mention(ref, span.start_char, span.end_char, "person"), "person", ""
            for token in _acronyms_unlabelled(docs[ref]):
                if line is not None and token.idx < line.end():
                    continue  # "LUANG PRABANG — ...": the dateline's town in capitals
                use = _use(docs[ref][token.i : token.i + 1])
                found.setdefault(token.text, ("organisation", use))
                mention = _mention(ref, token.idx, token.idx + len(token), "organisation")
                yield mention, "organisation", use
        for ref in item.members:
            if ref in docs or not found:
                continue
            for name, (kind, use) in found.items():
                for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", ref.text):
                    yield _mention(ref, match.start(), match.end(), kind), kind, use


# A place's name going on past a lower-case particle the recogniser stopped at: "Vila | do
# Conde", "Ciudad | del Este", "Santa Cruz | de la Sierra", "Dar | es Salaam".
_PARTICLE_AND_NAME_AFTER = re.compile(
    r"\s+(?:de\s+(?:la|las|los)|do|da|dos|das|de|del|di|du|es)\s+[A-Z][\w’'\-]*(?![\w’'\-])"
)


# The particles that join the two halves of a place's name in languages other than English,
# no English word written between two capitalised ones: "Brandýs nad Orlicí", "Rožnov pod
# Radhoštěm", "Frankfurt am Main", "Newcastle upon Tyne".
_PLACE_PARTICLE = r"(?:nad|pod|am|an\s+der|upon)"
_A_PLACE_PARTICLE_BEFORE = re.compile(
    rf"(?<![\w’'\-])(?P<word>[^\W\d_][\w’'\-]*)\s+{_PLACE_PARTICLE}\s+$", re.I
)
_A_PLACE_PARTICLE_AFTER = re.compile(
    rf"\s+{_PLACE_PARTICLE}\s+(?P<word>[^\W\d_][\w’'\-]*)(?![\w’'\-])", re.I
)


def _joined_by_a_place_particle(text: str, start: int, end: int) -> tuple[int, int]:
    """Where a name runs when a place particle joins it to the capitalised word before or
    after it ("Orlicí" of "Ústí nad Orlicí", which the recogniser cut and called a body);
    (start, end) unchanged when none does."""
    before = _A_PLACE_PARTICLE_BEFORE.search(text[max(0, start - 60) : start])
    if before is not None and _a_capitalised_name_word(before.group("word")):
        start -= len(before.group(0))
    after = _A_PLACE_PARTICLE_AFTER.match(text, end)
    if after is not None and _a_capitalised_name_word(after.group("word")):
        end = after.end()
    return start, end


def _a_capitalised_name_word(word: str) -> bool:
    return word[:1].isupper() and word != "I" and word.lower() not in {"the", "a", "an"}


def _place_goes_on(text: str, start: int, end: int) -> int:
    """Where a place's name ends, past a particle and the capitalised word after it, when the
    gazetteer knows the longer name (not "Metalurgica | do Amial", a firm)."""
    after = _PARTICLE_AND_NAME_AFTER.match(text, end)
    if after is None or gazetteer().lookup(text[start : after.end()]) is None:
        return end
    return after.end()


def _after_a_personal_title(sentence: str, span: Span) -> Span | None:
    """The person's part of a span a title only a person bears opens or stands in, with
    capitalised names after it ("Mr Ogembo", "MP Zablon Ogembo", "Bobasi MP Ogembo": from the
    title on), or the span itself when such a title stands right before it ("said Dr
    Nyabuto"); None when there is none, or when the span names a body or a site ("the Dr.
    Soetomo General Hospital": named for a person)."""
    if fold(span[-1].text) in ORGANISATION_HEADS | SITE_HEADS:
        return None
    for at, token in enumerate(span[:-1]):
        name = span[at + 1 :]
        if (
            _a_personal_title(token.text)
            and all(t.text[:1].isupper() for t in name)
            and _an_unfamiliar_name(name.text)
        ):
            return span[at:]
        if (
            ROLE_WORD.fullmatch(token.text)
            and token.pos_ == "NOUN"
            and len(name) >= 2
            and all(t.text[:1].isupper() and t.is_alpha for t in name)
            and (fold(name[0].text) in first_names() or _an_unfamiliar_name(name.text))
        ):
            return name  # "ZCS spokesperson Mwila Nkandu", read as one body: the person
    before = re.search(r"(\S+)\s+$", sentence[: span.start_char])
    titled = before is not None and _a_personal_title(before.group(1))
    return span if titled and _an_unfamiliar_name(span.text) else None


def _a_personal_title(word: str) -> bool:
    """ "Mr", "Dr.", "Hon.", "MP" (in capitals only "MP": "DR Congo" is a country)."""
    folded = fold(word).rstrip(".")
    return folded in PERSONAL_TITLES and (folded == "mp" or not word.rstrip(".").isupper())


def _an_unfamiliar_name(name: str) -> bool:
    """Whether a word of the name is rare in English: the names the small model mislabels
    ("Ogembo", "Nyabuto"), not "MP Materials" or "Mr Price", a company's words."""
    from wordfreq import zipf_frequency  # deferred: its word lists load on the first call

    return any(zipf_frequency(word.lower(), "en") < RARE_IN_ENGLISH_ZIPF for word in name.split())


# Words that, right before a place's name, make a bigger place of it, not a body: "Northern
# Morocco", "Greater Manchester", "Mount Kenya".
_PLACE_MAKING = _FEATURE_FIRST | frozenset(
    """north south east west northern southern eastern western central upper lower greater
    inner outer new old rural coastal northeast northwest southeast southwest northeastern
    northwestern southeastern southwestern upstate downstate far metro metropolitan""".split()
)


def _named_for_a_monarch(span: Span) -> bool:
    """Whether a name with a regnal number is a body's, not a person's: after a body's
    initials ("CHR Mohammed V", "CHU Hassan II") or before the noun it names ("the Mohammed V
    regional hospital"); never with a title before it ("King Mohammed VI ordered").
    """
    doc = span.doc
    regnal = next((t for t in span[1:] if _REGNAL.fullmatch(t.text)), None)
    if regnal is None or (span.start > 0 and is_title(doc[span.start - 1].text)):
        return False
    if ACRONYM.fullmatch(span[0].text) and span[0].i < regnal.i - 1:
        return True
    after = doc[regnal.i + 1] if regnal.i + 1 < len(doc) else None
    return (
        after is not None
        and after.is_alpha
        and after.is_lower
        and after.pos_ in {"NOUN", "ADJ"}  # not "Charles III visited"
    )


def _a_nationality(span: Span) -> bool:
    """A one-word name the parse reads as an adjective ending as nationalities do ("Ukrainian
    corn", "Romanian grain", "Kenyan police"), or a language named like its country before a
    common noun ("the northern Kazakh city", the parse's compound): who or what it is of, not a
    place (the recogniser may take the noun in: "Kazakh city")."""
    first = span[0] if len(span) else None
    if (
        first is not None
        and first.dep_ in {"compound", "amod"}
        and first.text in nationality_words()
        and first.head.tag_ in {"NN", "NNS"}
        and all(t.is_lower for t in span[1:])
    ):
        return True
    (word,) = span if len(span) == 1 else (None,)
    return (
        word is not None
        and word.dep_ == "amod"
        # (a proper noun only by the surest endings: not "Mwembeshi" or "Kisii")
        and (_NATIONALITY_ENDING if word.pos_ == "ADJ" else _SURE_NATIONALITY).search(word.text)
        is not None
        and gazetteer().lookup(word.text) is None  # (not "Pakistan", "Yerevan": places)
    )


_NATIONALITY_ENDING = re.compile(r"(?:ian|ean|an|ese|ish|i|ic|ch)$")
_SURE_NATIONALITY = re.compile(r"(?:ian|ean|ese|ish)$")


def _body_named_for_a_place(span: Span) -> Span | None:
    """A place's name with capitalised words before it that the parse joins to it and the
    recogniser left out: a body named for the place ("Health New Zealand", "Transport
    Scotland", "Public Health England"), not a bigger place ("Northern Morocco")."""
    doc, start = span.doc, span.start
    while start > 0 and span.start - start < 3:
        word = doc[start - 1]
        if not (
            word.dep_ == "compound"
            and start <= word.head.i < span.end
            and word.pos_ in {"PROPN", "NOUN"}
            and word.is_alpha
            and word.text[:1].isupper()
            and not word.ent_type_
            and fold(word.text) not in _PLACE_MAKING | TITLE_WORDS
        ):
            break
        start -= 1
    if (
        start > 1
        and start < span.start
        and doc[start - 1].lower_ == "and"
        and doc[start - 2].text[:1].isupper()
        and doc[start - 2].is_alpha
    ):
        start -= 2  # "Fire and Emergency New Zealand"
    if start == span.start or gazetteer().lookup(doc[start : span.end].text) is not None:
        return None
    if start > 0 and (
        doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in {"of", "for", "without"}
    ):
        return None  # "Doctors Without Borders Sudan": part of a longer name
    return doc[start : span.end]


def _without_common_words_before(span: Span) -> Span:
    """An organisation's name without the lower-case words the recogniser began it on: "council
    Environment Canterbury" of "The regional council Environment Canterbury (ECan)"."""
    start = span.start
    while start < span.end and span.doc[start].is_lower and span.doc[start].is_alpha:
        if fold(span.doc[start].text) in _PARTICLES or _ARTICLE.fullmatch(span.doc[start].text):
            break  # "de", "al": part of a name; "the", read later
        start += 1
    return span.doc[start : span.end]


# Lower-case words that tell where and never join the words of a person's name (unlike "de",
# "van", "bin"): "the Danube at Novi Sad" is no person.
_WHERE_WORDS = frozenset({"at", "in", "near", "over", "on", "outside", "inside"})


# Last words of the names of periods, which the model may read as places: "the Middle Ages".
_PERIOD_HEADS = frozenset({"age", "ages", "era", "period", "dynasty", "century"})
# Words before a name that only a place takes: "in nearby Bakklandet", "in neighbouring X".
_PLACE_WORDS_BEFORE = re.compile(
    r"\b(?:in|to|from|near|at)\s+(?:the\s+)?(?:nearby|neighbouring|neighboring|downtown|"
    r"suburban|rural)\s+$"
    # "Indonesia's main island of Java", "the town of Kolarovo": a place named by what it is
    # (not "the home town of Jan Novak", "the private island of Richard Branson")
    r"|(?<!\bhome\s)(?<!\bnative\s)(?<!\bprivate\s)(?<!\bown\s)"
    r"\b(?:island|islands|province|region|district|city|town|village|county|municipality|"
    r"governorate|prefecture)\s+of\s+$",
    re.I,
)
# A person's role or age in apposition after a name: ", a ruling party MP", ", the Taoiseach".
_A_ROLE_OR_AGE_AFTER = re.compile(r",\s+(?:the|a|an|\d{1,3},)\s")
# An age set after a name: "Ama Kaku, 46, said".
_AN_AGE_AFTER = re.compile(r",\s+\d{1,3},\s")


def _a_person_of_an_age(span: Span, text: str) -> bool:
    """Whether a name the model calls a body or a place is a person's, an age set after it
    ("Ama Kaku, 46, said she had borrowed money"): two or three capitalised words, no body's
    head word."""
    words = span.text.split()
    return (
        _two_or_three_plain_words(words)
        and fold(words[-1]) not in ORGANISATION_HEADS | SITE_HEADS
        and _AN_AGE_AFTER.match(text, span.end_char) is not None
    )


def a_person_after_the_body(
    span: Span, written_alone: Callable[[str, str], bool] | None = None
) -> Span | None:
    """The person's name an organisation's span ends with: "Medical Services Dorcas Mbugua" (a
    body's head word, then a given name and a surname, which the cluster also writes without
    the body before it, where `written_alone` can tell); not "Services Grace Hospital", a
    body's name going on."""
    for cut in range(1, len(span) - 1):
        name = span[cut:]
        if (
            len(name) in {2, 3}
            and fold(span[cut - 1].text) in ORGANISATION_HEADS
            and fold(span[cut].text) in first_names()
            and all(token.text[:1].isupper() for token in name)
            and fold(span[-1].text) not in ORGANISATION_HEADS | SITE_HEADS
            and (written_alone is None or written_alone(name.text, span[cut - 1].text))
        ):
            return name
    return None


def _person_left_out(span: Span) -> Span | None:
    """A person's name the model read as a place and began after the given name: "Per" and
    "Ranheim" of "was Per Ranheim, who has run a bookshop" (a given name right before it, and
    "who" after it, or after an age: "Per Ranheim, 54, who")."""
    doc = span.doc
    after = doc.text[span.end_char :]
    if span.start < 1 or not _WHO_AFTER_A_NAME.match(after):
        return None
    given = doc[span.start - 1]
    if (
        given.ent_type_
        or not given.text[:1].isupper()
        or not _given_name(given.text)
        or given.is_sent_start  # (a sentence's first word is capitalised anyway)
    ):
        return None
    return doc[span.start - 1 : span.end]


# ", who" after a name, or ", 54, who": a person (no place takes "who").
_WHO_AFTER_A_NAME = re.compile(r",\s+(?:\d{1,3},\s+)?who\b")


# Capitalised words right before a name the model began on a lower-case particle.
_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'\-])(?:[A-Z][\w’'\-]*\s+){1,3}$")


# What a body is for or of, when the model stopped at its head: "the Permanent Committee" of
# "the Permanent Committee for the Defence of Human Rights".
_OF_WHAT_AFTER = re.compile(
    r"^\s+(?:for|of)\s+the\s+[A-Z][\w\-]*(?:\s+(?:(?:of|for|the)\s+)*[A-Z][\w\-]*)*(?![’'\w])"
)
_CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
# Heads of bodies named for what they do ("Committee for the Defence of ...", "Office for the
# Coordination of ..."); not "Bank", "Court" or "Party", whose "of" or "for" starts a phrase
# of the sentence ("the party of President ...", "the court for Monday's hearing").
_BODY_FOR_WHAT = frozenset(
    "committee commission office council centre center institute agency association "
    "federation foundation fund league union movement organisation organization authority "
    "board coalition alliance service".split()
)


def _of_what_after(sentence: str, end: int) -> int:
    """Where an organisation's name ends: after what it is for or of when the model's span
    ends on its head word ("Committee", "Office")."""
    words = sentence[:end].split()
    if not words or fold(words[-1]) not in _BODY_FOR_WHAT:
        return end
    after = _OF_WHAT_AFTER.match(sentence[end:])
    if (
        after is None
        or any(  # "for the Monday hearing", "of the President Ruto era"
            fold(word) in _CALENDAR_WORDS or is_title(word) or fold(word) in first_names()
            for word in after.group().split()[2:]
        )
    ):
        return end
    return end + after.end()


def _begun_before(sentence: str, start: int) -> int:
    """Where a name the model began on a particle ("del Pacifico" of "Provisiones del
    Pacifico", "de la Cruz") really begins: no name opens on a lower-case word."""
    if not sentence[start : start + 1].islower():
        return start
    before = _CAPITALISED_BEFORE.search(sentence[:start])
    return before.start() if before is not None else start


_ARTICLE = re.compile(r"the|a|an", re.I)
# Sites that news names by their first word alone, with "the": "the Litoral", "the Azteca".
# A site's word written after its name, in lower case: "the Villa Pagador stadium" (not the
# words of sites a body runs or owns: "the Shell station", "the Trump hotel", "a Hamas base",
# "the Deeper Life church", "the Safaricom tower").
_A_SITE_WORD_AFTER = re.compile(
    r"^\s+(?:stadium|arena|square|street|road|avenue|lane|bridge|market|bazaar|plaza|beach|"
    r"highway|motorway)\b"
)
_SITES_WRITTEN_SHORT = frozenset("penitentiary prison stadium arena".split())
THE_BEFORE = re.compile(r"\bthe\s+$", re.I)  # "the " right before a name


# A possessive "'s", which one spelling of a body's name has and another lacks
# ("Accountant-General's Department", "Accountant-General Department").
_POSSESSIVE_S = re.compile(r"['’]s\b")


def _bodies_joined(doc: Doc, spelled: frozenset[str], longest_first: Sequence[str]) -> list[Span]:
    """The doc's entities, two organisations joined by "and" taken as one when the cluster
    spells that whole out as an acronym's name ("Nkana Water Supply and Sanitation Company
    (NWSC)"): the model splits it in two; likewise a body's span that opens one of those names
    and stops short (`_spelled_on_from`, given them `longest_first`)."""
    from spacy.tokens import Span

    entities = list(doc.ents)
    bare = {_POSSESSIVE_S.sub("", name) for name in spelled}  # with or without "General's"
    joined: list[Span] = []
    index = 0
    while index < len(entities):
        first = entities[index]
        second = entities[index + 1] if index + 1 < len(entities) else None
        if (
            second is not None
            and first.label_ in {"ORG", "PERSON"}  # "Controller" of "the Controller and
            and second.label_ == "ORG"  # Accountant-General's Department", tagged a person
            and doc.text[first.end_char : second.start_char] == " and "
            and (
                _POSSESSIVE_S.sub("", doc.text[first.start_char : second.end_char]) in bare
                # the parse hangs the first's last word on the second's: "Punjab's Primary and
                # Secondary Healthcare Department" (not "Kenya Airways and Kenya Ports
                # Authority", two)
                or (
                    first[-1].dep_ in {"nmod", "amod", "compound"}
                    and second.start <= first[-1].head.i < second.end
                )
            )
        ):
            joined.append(Span(doc, first.start, second.end, label="ORG"))
            index += 2
            continue
        whole = _spelled_on_from(doc, first, longest_first) if first.label_ == "ORG" else None
        if whole is not None:
            # "Instituto da Mobilidade" and "Transportes" of "the Instituto da Mobilidade e dos
            # Transportes (IMT)", the second tagged a place; "the Instituto de Conservacao da
            # Natureza" of "... e das Florestas (ICNF)", the rest untagged
            joined.append(whole)
            while index < len(entities) and entities[index].start < whole.end:
                index += 1
            continue
        opener = _possessive_opener(doc, second) if second is not None else None
        if second is not None and opener is not None and first.start == opener:
            # "Archbishop" and "Palace Museum" of "the Archbishop's Palace Museum": one name
            joined.append(Span(doc, opener, second.end, label=second.label_))
            index += 2
            continue
        opener = _possessive_opener(doc, first)
        if opener is not None and not any(e.end > opener for e in joined):
            joined.append(Span(doc, opener, first.end, label=first.label_))
            index += 1
            continue
        opener = _and_opener(doc, first)
        if opener is not None:
            # "Research Hospital" of "the Antalya Training and Research Hospital": one name
            # (the model's piece before the "and", if any, is part of it)
            joined = [e for e in joined if e.end <= opener]
            joined.append(Span(doc, opener, first.end, label=first.label_))
            index += 1
            continue
        joined.append(first)
        index += 1
    return joined


def _spelled_on_from(doc: Doc, first: Span, longest_first: Sequence[str]) -> Span | None:
    """The whole of an acronym's spelled-out name (`_spelled_out`, the longest first) that a
    body's span opens and the model cut short, as one span, or None."""
    start = first.start + (1 if len(first) > 1 and first[0].lower_ == "the" else 0)
    begin = doc[start].idx
    for name in longest_first:
        if first.end_char - begin < len(name) and doc.text.startswith(name, begin):
            whole = doc.char_span(begin, begin + len(name), label="ORG")
            if whole is not None:
                return whole
    return None


# How many capitalised words a name may open with before its "and" ("Antalya Training and").
MAX_WORDS_BEFORE_AND = 3


def _and_opener(doc: Doc, name: Span) -> int | None:
    """Where a body's name starts when the model began it after an "and" between capitalised
    words ("Research Hospital" of "the Antalya Training and Research Hospital"): the first
    capitalised word's index, or None. The word before the "and" may be no name of its own
    ("Kenya Airways and Kenya Ports Authority" are two)."""
    start = name.start
    if name.label_ != "ORG" or fold(name[-1].text) not in SITE_HEADS | ORGANISATION_HEADS:
        return None
    if start < 2 or doc[start - 1].text != "and":
        return None
    before = doc[start - 2]
    if not before.is_title or before.ent_type_ in {"PERSON", "ORG", "GPE"}:
        return None
    opener = start - 2
    while (
        start - opener < MAX_WORDS_BEFORE_AND + 1
        and opener > 0
        and doc[opener - 1].is_title
        and not doc[opener - 1].is_sent_start
        and doc[opener - 1].ent_type_ not in {"PERSON", "ORG"}
    ):
        opener -= 1
    return opener


# Words whose possessive opens the name of a body or a site: "the Archbishop's Palace Museum",
# "King's College Hospital", "the Children's Hospital", "the People's Party".
_POSSESSIVE_OPENERS = TITLE_WORDS | frozenset({"children", "women", "people", "men"})


def _possessive_opener(doc: Doc, name: Span) -> int | None:
    """Where a body's or a site's name starts when a title word's possessive opens it and the
    model began it after the "'s" ("Palace Museum" of "the Archbishop's Palace Museum"): the
    title word's index, or None."""
    start = name.start
    if start < 2 or fold(name[-1].text) not in SITE_HEADS | ORGANISATION_HEADS:
        return None
    mark, word = doc[start - 1], doc[start - 2]
    if mark.text not in {"'s", "’s"} or word.whitespace_:
        return None
    if not word.text[:1].isupper() or fold(word.text) not in _POSSESSIVE_OPENERS:
        return None
    return word.i


# One role word, whole: "spokeswoman", "president", "Deputy".
ROLE_WORD = re.compile(rf"(?i:{ROLE_NOUNS})")


def _dateline_place(ref: SentenceRef) -> Mention | None:
    """The place of a dateline in capitals ("TEXAS, US – A court martial ..."), which the
    model, trained on running text, labels badly or not at all: the gazetteer's spelling of
    it, when the gazetteer knows it."""
    match = dateline(ref.text)
    group = "place" if match is not None and match.group("place") else "titled"
    if match is None or match.group(group) is None:
        return None
    begin, end = match.span(group)
    near = _NEAR_A_PLACE.match(match.group(group))
    if near is not None:  # "NEAR BAKHMUT, Ukraine": the place is Bakhmut
        begin += near.end()
    written = ref.text[begin:end]
    known = gazetteer().lookup(written.title())
    if known is None:
        # A town the gazetteer does not know, filed from a country it knows: "VILLA TUNARI,
        # Bolivia, March 10 (Reuters) -" (the model often calls such a town a person); not a
        # name opening with a given name ("KOFI MENSAH, Ghana"), which is a byline's
        country = re.match(r",\s*([A-Z][\w.'’\- ]{1,30}?)\s*(?:[,(\-–—]|$)", ref.text[end:])
        if country is None or (gazetteer().lookup(country.group(1)) or ("", ""))[1] != "country":
            return None
        if fold(written.split()[0]) in first_names():
            return None
        known = (written.title(), "", 0)
    return Mention(known[0], ref, ref.start + begin, ref.start + end, None)


# Words of a dateline before its place: "NEAR BAKHMUT", "OUTSIDE KYIV", "ABOARD USS NIMITZ".
_NEAR_A_PLACE = re.compile(r"(?:NEAR|OUTSIDE|ABOARD|ON BOARD|OFF|AT)\s+")


def _given_names_before(span: Span, common: frozenset[str] = frozenset()) -> int:
    """Where a person's name starts, counting proper nouns the recogniser left out right before
    it ("Kuen-hui" of "Kuen-hui Huang"): without them, the surname passes for another person's.
    Only a known given name or a hyphenated one is taken; a title, a role word, an
    organisation's head word or a word the cluster also writes in lower case is not.
    ("Humanitarian Affairs Jan Egeland": Affairs is no given name.)"""
    doc, start = span.doc, span.start
    while start > 0:
        first = start - 1
        while (
            first > 0
            and not doc[first - 1].whitespace_
            and "-" in (doc[first - 1].text, doc[first].text)
        ):
            first -= 1  # "Kuen-hui": one hyphenated word, three tokens
        word = doc[first:start]
        folded = fold(word.text).rstrip(".")
        if (
            not word.text[:1].isupper()
            or any(token.pos_ != "PROPN" for token in word if token.text != "-")
            or any(token.ent_type_ not in {"", "PERSON"} for token in word)
            or is_title(word.text)
            or folded in ORGANISATION_HEADS
            or ROLE_WORD.fullmatch(folded)
            or folded in common
            # ("Affairs" of "Humanitarian Affairs" is no given name)
            or not ("-" in folded or _given_name(word.text.rstrip(".")))
            or (first > 0 and doc[first - 1].lower_ in {"of", "for"})  # "Secretary of Defence"
        ):
            break
        start = first
    return doc[start].idx


def _compounds_before(span: Span) -> int:
    """Where an organisation's name starts, counting the capitalised words right before it
    that the parse makes part of it ("Attorney" of "the Attorney General's Office", which the
    recogniser labels "General's Office")."""
    doc, start = span.doc, span.start
    while start > 0:
        word = doc[start - 1]
        if not (
            word.pos_ == "PROPN"
            and word.is_alpha
            and word.text[:1].isupper()
            and not word.ent_type_
            and word.dep_ == "compound"
            and span.start <= word.head.i < span.end
        ):
            break
        start -= 1
    return doc[start].idx


def _surname_after(span: Span, common: frozenset[str] = frozenset()) -> int:
    """Where a person's name ends, counting the one proper noun the recogniser left out right
    after it when the name is a compound of it ("Luiz Fernando" of "Luiz Fernando Tavares
    said"): the parse makes that word the head of the name."""
    doc, end = span.doc, span.end
    if (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not span[-1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and not _AN_ADJECTIVE_OF_A_NAME.search(f"-{doc[end + 1].lower_}")  # "Netanyahu-era"
    ):  # "Moon Tae" of "Moon Tae-gyu": a hyphenated word is one word of the name
        return doc[end + 1].idx + len(doc[end + 1].text)
    if end >= len(doc) or not span[-1].whitespace_:
        return span.end_char
    word = doc[end]
    folded = fold(word.text).rstrip(".")
    alone = end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I"  # a one-word entity at most
    if (
        word.pos_ == "PROPN"
        and word.is_alpha
        and word.text[:1].isupper()
        and (not word.ent_type_ or (word.ent_type_ in {"ORG", "GPE", "NORP"} and alone))
        and span[-1].head.i == word.i
        and span[-1].dep_ in {"compound", "flat"}
        and folded not in TITLE_WORDS
        and folded not in ORGANISATION_HEADS
        and folded not in common
    ):
        return word.idx + len(word.text)
    return span.end_char


# Capitals that are no body: time zones, hours, units.
_NOT_BODIES = frozenset("GMT UTC BST CET CEST EST EDT PST PDT IST AM PM TV GDP CEO".split())


def _acronyms_unlabelled(doc: Doc) -> list[Token]:
    """Acronyms the model left unlabelled that act or are said to be a body: "Peru's weather
    service SENAMHI says", "(SENAMHI) reiterated", "an alert from SENAMHI" (the small model
    tags few acronyms it has not seen)."""
    return [
        token
        for token in doc
        if re.fullmatch(r"[A-Z]{3,8}", token.text)
        and not token.ent_type_
        and token.text not in _NOT_BODIES
        and (
            token.dep_ in {"nsubj", "nsubjpass", "appos"}
            or (token.dep_ == "pobj" and token.head.lower_ in {"from", "by", "of"})
        )
        and _rare_in_english(token.text)  # (last: it loads a word list) not "The SUV hit"
    ]


def _unlabelled_runs(doc: Doc) -> Iterator[tuple[Token, Span]]:
    """Each run of proper nouns the model labelled no entity, with its head: the head and the
    compounds right before it ("Melese Abera", "Iain Dunbar")."""
    labelled = {token.i for entity in doc.ents for token in entity}
    for head in doc:
        if head.pos_ != "PROPN" or head.i in labelled or head.dep_ in {"compound", "nmod"}:
            continue
        start = head.i
        while (
            start > 0
            and doc[start - 1].dep_ == "compound"
            and doc[start - 1].head.i == head.i
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].i not in labelled
        ):
            start -= 1
        yield head, doc[start : head.i + 1]


def _names_after_a_title(doc: Doc) -> list[Span]:
    """Names of two or three words the model left unlabelled right after a title: "State
    Minister of Agriculture Melese Abera told reporters" (the small model sees no person in a
    name it has not met). Each word is capitalised, no title and rare in English (not "Affairs
    Standing Committee")."""
    found = []
    for head, words in _unlabelled_runs(doc):
        start = words.start
        if not 2 <= len(words) <= 3 or any(
            not word.text[:1].isupper() or is_title(word.text) or "." in word.text for word in words
        ):
            continue
        titles = [
            child
            for child in head.children
            if child.dep_ in {"nmod", "compound"} and child.i < start and is_title(child.text)
        ]
        if not titles or max(t.i for t in titles[0].subtree) != start - 1:
            continue  # the title right before the name, its "of Agriculture" with it
        if all(_rare_in_english(word.text) for word in words) and not gazetteer().lookup(
            words.text
        ):
            found.append(words)
    return found


# Verbs a person unlabelled by the model speaks with: "Iain Dunbar ... said", "told".
_SPEAKING = frozenset(
    "say says said tell tells told add adds added warn warns warned insist insists insisted "
    "explain explains explained".split()
)


def named_like_a_person(words: Span) -> bool:
    """Whether a run of two or three proper nouns is written as a person's name: it opens on a
    known given name, is the whole run (after a title at most), is no place the gazetteer
    knows, nor a site or body ("Victoria Station", "Jordan Valley Authority"), nor a thing
    named as people are ("The Olivia Jean was towed back": a boat)."""
    start, doc = words.start, words.doc
    last = fold(words[-1].text)
    return not (
        not 2 <= len(words) <= 3
        or (start > 0 and doc[start - 1].lower_ in {"the", "a", "an"})
        or any(not w.is_alpha or not w.text[:1].isupper() or is_title(w.text) for w in words)
        or fold(words[0].text) not in first_names()
        # the whole run of proper nouns, after a title at most (not "Hisham Yusof" of the
        # "Datuk Kamal Hisham Yusof" the model labels in part)
        or (start > 0 and doc[start - 1].pos_ == "PROPN" and not is_title(doc[start - 1].text))
        or _a_big_city_first(words.text)  # ("London Heathrow")
        or last in FACILITY_WORDS | ORGANISATION_HEADS | REGION_WORDS
        or last in _BODY_WORDS_TOO  # a surname, not "Willow Care", "Hope Rescue"
        or gazetteer().lookup(words.text) is not None
    )


def _speakers_unlabelled(doc: Doc) -> list[Span]:
    """Names of two or three words the model left unlabelled that open on a known given name
    and speak or are given a role: "Iain Dunbar, Edinburgh Airport's chief operating officer,
    said ..." (the small model misses names in a long article). Not a place the gazetteer
    knows, nor a site or body ("Victoria Station", "Jordan Valley Authority")."""
    found = []
    for head, words in _unlabelled_runs(doc):
        if not named_like_a_person(words):
            continue
        speaks = head.dep_ == "nsubj" and head.head.lower_ in _SPEAKING
        has_a_role = any(
            child.dep_ == "appos" and ROLE_WORD.search(child.text) for child in head.children
        )
        if speaks or has_a_role:
            found.append(words)
    return found


# How common a word an acronym may be and still be read as a body's name (wordfreq's Zipf
# scale): "SUV" (3.6), "NGO" (3.4) and "ICU" (3.3) are things; "CEPA" (1.9), "BTB" (2.2)
# and "SENAMHI" (0) are bodies.
BODY_ACRONYM_MAX_ZIPF = 3.0


def _rare_in_english(acronym: str) -> bool:
    from wordfreq import zipf_frequency  # deferred: its word lists load on the first call

    return zipf_frequency(acronym.lower(), "en") < BODY_ACRONYM_MAX_ZIPF


# Words that end the names of charities, homes and services, never a surname's: "Willow Care",
# "Hope Rescue", "Autumn Lodge" (common surnames, "Price", "Gray", "Hunter", stay names).
_BODY_WORDS_TOO = frozenset(
    "care rescue aid relief lodge bowl homes living watch link works life support services "
    "line trust haven".split()
)


# Bodies named after the region they serve: "the Trøndelag police district", "the Kent police".
_TERRITORIAL_BODIES = frozenset(
    "police district county region province municipality prefecture governorate".split()
)


def _use(span: Span) -> str:
    from ..nlp import heads_a_dateline

    if heads_a_dateline(span.root):
        return ""  # "London, England — ...": where the report was filed
    if span.root.dep_ in {"nsubj", "nsubjpass", "agent"} and not _only_is(span.root.head):
        return "subject"
    head = span.root.head
    if (
        len(span) == 1
        and span.root.dep_ in {"amod", "compound"}
        and (head.pos_ == "NOUN" or is_title(head.text))
    ):
        if head.lower_ in _TERRITORIAL_BODIES:
            return "territory"  # "the Trøndelag police district": a region bodies are named by
        return "modifier"  # "the Olympic flame", "Defence Minister Raul Benavides"
    if len(span) == 1 and span.root.dep_ == "pobj" and head.lower_ == "in":
        return "in"  # "regional secretary in Trøndelag": where, if it is never more
    return ""


def _only_is(verb: Token) -> bool:
    """ "Zambia is Africa's second-biggest copper producer", "Mongolia has been here before": a
    subject of "is" says what or where it is, not what it did; a country acts ("Iran denied
    ...", "Zambia has faced criticism", "Bolivia is the first country to sever ties")."""
    if verb.lower_ in {"is", "are", "was", "were", "been", "be"} and not any(
        c.dep_ in {"attr", "acomp", "prep", "xcomp", "ccomp", "oprd", "dobj"} for c in verb.children
    ):
        return True  # "Mongolia has been here before": where it is, no act
    if verb.lower_ not in {"is", "are", "was", "were"} or verb.dep_ == "aux":
        return False
    attrs = [c for c in verb.children if c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"}]
    # "Iran is ready to talk", "Russia was behind the attack": no noun, a stance or an act
    return bool(attrs) and not any(t.pos_ in {"VERB", "AUX"} for c in attrs for t in c.subtree)


def _mention(ref: SentenceRef, begin: int, end: int, kind: str) -> Mention:
    role = _role(ref.text, begin, end) if kind == "person" else None
    return Mention(ref.text[begin:end], ref, ref.start + begin, ref.start + end, role)


# ("(ECan)", "(MoD)": some are written in mixed case)
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z]{2,8}|[A-Z][a-z]{0,3}[A-Z][A-Za-z]{0,4})s?\)")
# (with the one-letter "and" of Portuguese, Spanish, Italian: "Instituto da Mobilidade e dos
# Transportes (IMT)")
_WORDS_BEFORE = re.compile(r"(?:(?:[A-Za-z][a-z]+|[eyi])[\s-]){2,8}$")
# A body's initials, whole: "UCI", "CPIN".
ACRONYM = re.compile(r"[A-Z]{2,6}")


def _a_person_owned(span: Span) -> Span | None:
    """The person a body's possessive opens an organisation span with: "Halcyon's Victor
    Sandoval" (a given name and a surname after the "'s"; not "Halcyon's Victor Hall")."""
    for at, token in enumerate(span):
        if token.text in {"'s", "’s"} and 0 < at < len(span) - 2:
            person = span[at + 1 :]
            if (
                _given_name(person[0].text)
                and all(word.text[:1].isupper() for word in person)
                and fold(person[-1].text) not in ORGANISATION_HEADS | SITE_HEADS
            ):
                return person
            return None
    return None


def _given_name(word: str) -> bool:
    """Whether a word is a given name, not a body's initials that spell one ("CHU" of "CHU
    Hassan II", a hospital)."""
    return fold(word) in first_names() and not ACRONYM.fullmatch(word)


# A regnal number: "Hassan II", "Mohammed V", "John Paul II".
_REGNAL = re.compile(r"[IVX]{1,4}")
TRADES = (
    "Airlines", "Airline", "Airways", "Group", "Holdings", "Company", "Industries", "Motors",
    "Systems", "Technologies", "Solutions", "Shipping", "Events", "Eventos", "Entertainment",
    "Productions", "Promotions", "Services", "Logistics", "Ventures", "Engineering",
    "Construction", "Machinery", "Equipment", "Electronics", "Chemicals", "Pharmaceuticals",
    "Textiles", "Properties", "Trading", "Mining", "Foods", "Insurance", "Investments",
)  # fmt: skip
_LEGAL_FORM = re.compile(
    r",?\s+(?:Ltd|Limited|Inc|Incorporated|Corp|Corporation|Co|PLC|plc|LLC|AG|S\.?A|S\.L|GmbH|"
    r"N\.?V|S\.?p\.?A|Pty|Bhd|Tbk)\.?$"
    # the trade a company's name ends with, which reports often leave out ("Himal Sky Airlines")
    rf"|\s+(?:{'|'.join(TRADES)})$"
)


def _spelled_out(evidence: EvidenceSet) -> dict[str, str]:
    """Each acronym the cluster spells out, with the words it stands for, as written:
    "Union Cycliste Internationale (UCI)", "greenhouse gas (GHG)". Read from each "(ACRONYM)"
    back: a pattern run from every word of every article backtracks too long."""
    found: dict[str, str] = {}
    for article in evidence.articles:
        text = article.text
        for bracket in _BRACKETED_ACRONYM.finditer(text):
            acronym = bracket.group(1)
            if acronym in found:
                continue
            before = _WORDS_BEFORE.search(text[max(0, bracket.start() - 120) : bracket.start()])
            words = before.group(0).split() if before else []
            for size in range(1, len(words) + 1):
                spelled = words[-size:]
                if (
                    spelled[0][0].upper() == acronym[0]
                    and _in_order(acronym, "".join(spelled))
                    # with another language's one-letter "and", its capitals spell it whole
                    # (not "Aguas e Saneamento Basico" of "Agencia Nacional de Aguas e
                    # Saneamento Basico (ANA)")
                    and (
                        not any(len(w) == 1 for w in spelled)
                        or "".join(w[0] for w in spelled if w[0].isupper()) == acronym
                    )
                ):
                    found[acronym] = " ".join(spelled)
                    break
            else:
                window = text[max(0, bracket.start() - 120) : bracket.start()]
                translated = _TRANSLATED.search(window)
                name = translated.group(1).strip() if translated else ""
                if translated and _inside_another_body(window[: translated.start(1)]):
                    name = ""  # "the union representing staff at Swiss Federal Railways (SEV)":
                    # the acronym may be the whole phrase's
                owned = _OWNED_NAME.search(window)
                if name and sorted(_initials(name)) == sorted(acronym):
                    found[acronym] = name  # "National Electoral Council (CNE)"
                elif (
                    owned
                    and _initials(owned.group(1)) == acronym
                    and all(is_title(w) for w in re.findall(r"([\w\-]+)['’]s\b", owned.group(1)))
                ):
                    # "the Controller and Accountant-General's Department (CAGD)": a title's
                    # possessive inside the name, its initials the acronym's in order
                    found[acronym] = owned.group(1).strip()
                elif len(name.split()) >= 2 and _a_body_name(name):
                    # "the Polish Angling Association (PZW)", "Federal Office of Transport
                    # (BAV)": a body's name in English, its acronym in its own language
                    found[acronym] = re.sub(r"^The\s+", "", name)
        for known in _KNOWN_AS.finditer(text):  # "Swiss Federal Railways, known as SBB,"
            acronym, name = known.group("acronym"), re.sub(r"^The\s+", "", known.group("name"))
            if _inside_another_body(text[max(0, known.start() - 60) : known.start()]):
                continue  # "The transport union at Swiss Federal Railways, known as SEV"
            if (
                acronym not in found
                and len(name.split()) >= 2
                # ("known by its initials" says it is a body: "the National Public Health
                # Centre, known by its Lithuanian initials NVSC")
                and (_a_body_name(name) or known.group("initials") is not None)
            ):
                found[acronym] = name
    return found


# Words before a name that make it part of a longer one: "the union (representing staff) at
# Swiss Federal Railways".
_INSIDE_ANOTHER_NAME = re.compile(
    r"\b(?:at|of|for|from|with|in|by|to|under|representing|within)\s+(?:the\s+)?$", re.I
)


def _inside_another_body(before: str) -> bool:
    """Whether the words before a name make it part of a longer name of another body: "the
    union representing staff at" (not "a spokesman for the": the acronym after "National Guard
    of Niger" is still its own)."""
    found = _INSIDE_ANOTHER_NAME.search(before)
    if found is None:
        return False
    words = re.findall(r"[A-Za-z]+", before[: found.start()])[-4:]
    return any(fold(word) in ORGANISATION_HEADS for word in words)


# The words a body's name may end with, or end its head with before "of": "Agency",
# "Railways", "Airlines" ("Federal Office of Transport": "Office").
_BODY_NAME_ENDS = ORGANISATION_HEADS | {trade.lower() for trade in TRADES} | {"railways"}


def _a_body_name(name: str) -> bool:
    """Whether a name's head is a body's: "Federal Office of Transport", "Moroccan Association
    for Human Rights"."""
    head = re.split(r"\s+(?:of|for)\s+", name)[0].split()
    return bool(head) and fold(head[-1]) in _BODY_NAME_ENDS


# A body's name and the acronym it is known by, outside brackets: "Swiss Federal Railways,
# known as SBB," "the Federal Office of Transport, known by its German initials BAV".
_KNOWN_AS = re.compile(
    r"(?P<name>[A-Z][\w\-]+(?:\s+(?:(?:of|for|the|and)\s+)?[A-Z][\w\-]+)+)"
    r",\s+(?:which\s+is\s+|also\s+)?known\s+(?:as|by\s+(?:its|their)\s+(?:\w+\s+)?"
    r"(?P<initials>initials|acronym|abbreviation))\s+(?P<acronym>[A-Z]{2,8})\b"
)


# The capitalised name right before a bracketed acronym of another language, whose initials
# are the acronym's letters in another order: "Ecuador's National Electoral Council (CNE)".
# "National Guard of Niger (GNN)": a joining word may stand between any two of its words.
# Each word ends at a space or the end, so a run of capitals is read one way only.
# (a word of it may be a plural's possessive, "the Slovak Anglers' Union (SRZ)", "the
# Children's Fund", but not a country's: "Peru's Geophysical Institute (IGP)" is the
# institute; and a name never runs over a line's end)
_PLURAL_OWNER = (
    r"(?:(?<=s)['’]|(?:(?<=[Cc]hildren)|(?<=[Pp]eople)|(?<=[Ww]omen)|(?<=[Mm]en))['’]s)?"
)
_TRANSLATED = re.compile(
    rf"((?:[A-Z][\w\-]+{_PLURAL_OWNER}[^\S\n]+)"
    rf"(?:(?:(?:of|for|the|and)[^\S\n]+)?[A-Z][\w\-]+{_PLURAL_OWNER}(?:[^\S\n]+|$))+)$"
)

# The same, a word of it in the singular possessive, trusted only when the initials spell the
# acronym in order ("Peru's Geophysical Institute (IGP)" is the institute, not Peru's).
_OWNED_NAME = re.compile(
    r"((?:[A-Z][\w\-]+(?:['’]s)?[^\S\n]+)"
    r"(?:(?:(?:of|for|the|and)[^\S\n]+)?[A-Z][\w\-]+(?:['’]s)?(?:[^\S\n]+|$))+)$"
)


def _acronyms_of_things(written: dict[str, str]) -> frozenset[str]:
    """Acronyms the cluster spells out in lower case: "greenhouse gas (GHG)", "major emitters
    meeting (MEM)". What they stand for is a thing, not an actor; an acronym spelt out with
    capitals ("Intergovernmental Panel on Climate Change (IPCC)") is a name."""
    return frozenset(acronym for acronym, words in written.items() if words.islower())


def _initials(name: str) -> str:
    """The letters an acronym of `name` is made of: its capitalised words' first letters
    ("International Olympic Committee" -> IOC, "Federal Bureau of Investigation" -> FBI)."""
    return "".join(word[0] for word in re.split(r"[\s-]+", name) if word[:1].isupper())


def _merge_organisations(
    written: dict[str, str], entities: list[Entity], texts: dict[str, str]
) -> list[Entity]:
    """One organisation or place, however the cluster writes it: an acronym joins the name it
    stands for ("IOC", "International Olympic Committee"), by the cluster's own spelling-out
    ("Union Cycliste Internationale (UCI)") or by the initials of the name's capitalised words;
    a name with a place before it joins the name alone ("London Metropolitan Police"); a name
    written short joins the one full name its report gives (`texts`: each source's text)."""
    spelled = {acronym: name_key(words) for acronym, words in written.items()}
    # Indexes, not pairs: a cluster of a hundred reports has a thousand names.
    by_key: dict[tuple[str, tuple[str, ...]], Entity] = {}
    by_initials: dict[tuple[str, str], Entity] = {}
    for entity in entities:
        if entity.kind != "person":
            by_key.setdefault((entity.kind, name_key(entity.name)), entity)
            if len(entity.name.split()) > 1:
                by_initials.setdefault((entity.kind, _initials(entity.name)), entity)

    def stands_for(entity: Entity) -> Entity | None:
        acronym = entity.name.replace(".", "")
        if not ACRONYM.fullmatch(acronym) and acronym not in spelled:  # ("ECan")
            return None
        key = spelled.get(acronym)
        found = by_key.get((entity.kind, key)) if key else None
        return found or by_initials.get((entity.kind, acronym))

    acronym_of = {key: acronym for acronym, key in spelled.items()}

    def organisation(name: str) -> Entity | None:
        return by_key.get(("organisation", name_key(name)))

    def spelled_as(name: str) -> Entity | None:
        """The acronym the cluster spells out as this name: "Football Federation (FBF)"."""
        key = name_key(name)
        return (
            by_key.get(("organisation", name_key(acronym_of[key]))) if key in acronym_of else None
        )

    by_bare_name: dict[tuple[str, ...], Entity] = {}
    for entity in entities:
        legal = _LEGAL_FORM.search(entity.name) if entity.kind == "organisation" else None
        if legal and legal.end() == len(entity.name):
            by_bare_name.setdefault(name_key(entity.name[: legal.start()]), entity)

    def placed_before(entity: Entity) -> Entity | None:
        """ "London Metropolitan Police" (or "Cochabamba's", "Bolivian") is the "Metropolitan
        Police"; "Geophysical Institute
        of Peru" the "Geophysical Institute"; "Suryaprabha Chemicals Ltd" "Suryaprabha
        Chemicals"."""
        if entity.kind != "organisation":
            return None
        name, words = entity.name, entity.name.split()
        for cut in range(1, len(words) - 1):
            opening = " ".join(words[:cut])
            if gazetteer().lookup(opening):
                other = organisation(" ".join(words[cut:]))
                if other is not None:
                    return other
            elif cut == 1 and _OWN_TO_A_PLACE.fullmatch(opening):
                # "Cochabamba's Municipal Emergency Service" is the body told without the
                # place; "Bolivian Football Federation" the "Football Federation (FBF)" (only
                # an acronym's: a bare "Foreign Ministry" is as often another country's), where
                # no other place's body bears that name
                rest = " ".join(words[cut:])
                if _POSSESSIVE_S.search(opening):
                    place = gazetteer().lookup(_POSSESSIVE_S.sub("", opening))
                    other = organisation(rest) if place else None
                else:
                    other = spelled_as(rest)
                if other is not None and _one_places_body(other, words[cut:], entities):
                    return other
        head, of, tail = name.partition(" of ")
        if of and gazetteer().lookup(re.sub(r"^the\s+", "", tail)):
            return organisation(head)
        if len(words) >= 2 and fold(words[-1]) in ORGANISATION_HEADS:
            # "Finance Ministry" is the "Ministry of Finance", "Interior Ministry" the
            # "Ministry of the Interior"
            rest = " ".join(words[:-1])
            for turned in (f"{words[-1]} of {rest}", f"{words[-1]} of the {rest}"):
                other = organisation(turned)
                if other is not None and not _owned_apart(entity, other):
                    return other
        legal = _LEGAL_FORM.search(name)
        if legal and legal.end() == len(name):
            bare = name[: legal.start()]
            # "Luzon Highland Hydro Corp" and "... Corporation": one company, two legal forms
            return organisation(bare) or by_bare_name.get(name_key(bare))
        return None

    for entity in entities:
        # "UNFCCC", spelt out once after a title the name is not taken from: named in full.
        words = written.get(entity.name)
        if words and words[0].isupper() and stands_for(entity) is None:
            entity.names.setdefault(words, 0)
    into: dict[int, Entity] = {}  # id of a merged entity -> the one it joined

    by_opening: dict[tuple[str, ...], list[Entity]] = defaultdict(list)
    by_head: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities:
        key = name_key(entity.name)
        if entity.kind == "organisation" and len(key) > 1:
            by_opening[key[:-1]].append(entity)
            by_head[fold(entity.name.split()[-1])].append(entity)

    def named_for_short(entity: Entity) -> Entity | None:
        """The one body of the cluster whose full name a report gives before it writes it
        short: "Meridian Blue" of "Meridian Blue Voyages" (one word dropped from the end),
        "the navy" of "the Republic of Fiji Navy" (its head word alone)."""
        if entity.kind != "organisation":
            return None
        key = name_key(entity.name)
        if len(key) > 1:
            longer = by_opening.get(key, [])
        elif fold(entity.name) in ORGANISATION_HEADS:
            longer = by_head.get(fold(entity.name), [])
        else:
            return None
        # (a report that writes it short names it in full: the short form is that report's)
        sources = {m.ref.source_id for m in entity.mentions}
        longer = [
            other
            for other in longer
            if other is not entity and any(other.name in texts.get(s, "") for s in sources)
        ]
        return longer[0] if len(longer) == 1 else None

    for entity in entities:
        target = (
            None
            if entity.kind == "person"
            else stands_for(entity) or placed_before(entity) or named_for_short(entity)
        )
        while target is not None and id(target) in into:
            target = into[id(target)]
        if target is not None and target is not entity:
            into[id(entity)] = target
            for mention in entity.mentions:
                target.add(mention)
    return [entity for entity in entities if id(entity) not in into]


# Whose a body is, written beside it: "Lebanon's Health Ministry", "the state Department of
# Health", "the Interior Ministry in Gaza".
_BODY_OWNER_BEFORE = re.compile(
    r"(?:\b([A-Z][\w\-]+)['’]s|\b(city|state|federal|provincial|regional|county|municipal)"
    r"(?:['’]s)?)\s+$"
)
_BODY_OWNER_AFTER = re.compile(r"^\s+(?:in|of)\s+([A-Z][\w\-]+)")


def _owners(entity: Entity) -> set[str]:
    """Whose the body is, by each of its mentions: "lebanon", "state", "gaza"."""
    found = set()
    for mention in entity.mentions:
        before, after = mention.around(30, 30)
        for match in (_BODY_OWNER_BEFORE.search(before), _BODY_OWNER_AFTER.match(after)):
            if match is not None:
                found.add(fold(next(g for g in match.groups() if g)))
    return found


def _owned_apart(first: Entity, second: Entity) -> bool:
    """Whether two bodies of one name are different countries' or levels' ("Russia's Defence
    Ministry", "Britain's Ministry of Defence"; "the city's Health Department", "the state
    Department of Health")."""
    owners = _owners(first), _owners(second)
    return bool(owners[0] and owners[1] and not owners[0] & owners[1])


def _spelled_as_a_body(acronym: str, written: dict[str, str]) -> bool:
    """Whether the cluster spells the acronym out as a capitalised name of two words or more."""
    words = written.get(acronym.upper(), "").split()
    return len(words) >= 2 and all(
        w[:1].isupper() or w in {"of", "for", "and", "the"} for w in words
    )


def _in_order(letters: str, text: str) -> bool:
    """Whether `letters` appear in `text` in that order (case aside): GHG in "greenhousegas"."""
    rest = iter(text.lower())
    return all(letter in rest for letter in letters.lower())


def _lowercase_words(evidence: EvidenceSet) -> frozenset[str]:
    """Words the cluster also writes in lower case: common nouns, not the start of a name."""
    return frozenset(
        word
        for article in evidence.articles
        for word in re.findall(r"(?<![\w.’'-])[a-z][a-z’'-]+", article.text)
    )


def _may_hold_a_name(text: str) -> bool:
    """A capital letter after the first word: a sentence with no name is not parsed."""
    return re.search(r"\s[A-Z]", text) is not None


def _clean(
    sentence: str, begin: int, end: int, kind: str, common: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The name inside an entity span: no leading article, title or common noun ("the",
    "Army Spc.", "Filmmaker" where the cluster also writes "filmmaker"), no possessive; None
    when nothing name-like is left ("Ft", "BST", a lower-case phrase)."""
    words = list(re.finditer(r"\S+", sentence[begin:end]))
    while words and (
        _droppable_head(words[0].group(0), kind, rest=len(words) - 1)
        or (kind == "person" and len(words) > 2 and fold(words[0].group(0)) in common)
    ):
        words.pop(0)
    while words and (
        (words[-1].group(0)[:1].islower() and not _PARTICLE_JOINED.match(words[-1].group(0)))
        or not re.search(r"\w", words[-1].group(0))
    ):
        # a name never ends in a lower-case word ("Nabeel Hussain και", "Smith and") or a
        # bracket ("Civil Aviation Authority of Nepal ("); "el-Serafy" is a surname
        words.pop()
    if not words:
        return None
    begin, end = begin + words[0].start(), begin + words[-1].end()
    end = _quote_closed(sentence, begin, end)
    text = re.sub(r"[’']s$", "", sentence[begin:end]).rstrip(".,;:’'\"")
    if not text.endswith("”") or "“" not in text:
        text = text.rstrip("”")
    if "(" in text and ")" not in text[text.index("(") :]:
        text = text[: text.index("(")].rstrip()  # "KULLU (Himachal Pradesh): Police ..."
    end = begin + len(text)
    folded = fold(text)
    if (
        not re.search(r"[A-Z]", text)
        or _A_SUM.fullmatch(text)  # "R17.5" (million rand): the model may call it a name
        or len(re.sub(r"\W", "", text)) < 3
        or folded in _NON_ACTOR_ACRONYMS
        or folded in TITLE_WORDS
        or fold(text.split()[-1]) in _NOT_ACTOR_HEADS
        or _names_an_event(text)
        or _AN_ADJECTIVE_OF_A_NAME.search(text) is not None  # "Glasgow-based"
        or _A_DISEASE_AFTER.match(sentence, end) is not None  # "Legionnaires' disease"
        # "Army Spc.": a title, no name (but "Jasper Cardinal", "Larry King": a surname)
        or (is_title(text.split()[-1]) and not _a_first_name_before_it(text))
        or (" and " in text and gazetteer().lookup(text) is None and not _a_body_of_two(text))
        # "Hydropower is Bhutan's biggest export": one word capitalised only as the sentence
        # opens, that the cluster also writes in lower case, is a common noun (not "Police")
        or (
            begin == 0
            and " " not in text
            and folded in common
            and folded not in ORGANISATION_HEADS
            and gazetteer().lookup(text) is None
            and not _SPEAKS_AFTER.match(sentence[end:])  # "Amnesty said", "Shell said"
        )
    ):  # "Easter and Passover"
        return None
    return begin, end


# A name that names a germ or, as its possessive, a disease, with the word after it:
# "Legionella bacteria", "Marburg virus", "Legionnaires' disease", "Weil's disease" (an eponym
# or a germ, no one who acts; not "Stockholm syndrome", "Minamata disease", "Messi fever": a
# place or a person the thing is named after, who may be named so elsewhere).
_A_DISEASE_AFTER = re.compile(
    r"(?:\s+(?:bacteria|bacterium|bacillus|virus)\b|['’]s?\s+(?:disease|syndrome)\b)", re.I
)
# The names a cluster writes so, to be no one wherever else they stand ("tested for
# Legionella").
_A_GERMS_NAME = re.compile(r"\b((?-i:[A-Z])[\w\-]+)" + _A_DISEASE_AFTER.pattern, re.I)


# A name made an adjective by a participle joined to it: "Glasgow-based", "Iran-backed",
# "state-owned", "Kurdish-led", "Spanish-flagged": a word of description, no actor.
_AN_ADJECTIVE_OF_A_NAME = re.compile(
    r"-(?:based|backed|owned|run|led|born|made|bound|flagged|registered|funded|controlled|"
    r"operated|linked|allied|aligned|affiliated|sponsored|supported|headquartered|era|style|"
    r"type|like|esque)$"
)


def _a_first_name_before_it(text: str) -> bool:
    """Whether the last word of a name, a title that is a surname too, follows a first name:
    "Jasper Cardinal", "Larry King" (not "Isabela Governor": no one's surname)."""
    words = text.split()
    return (
        len(words) >= 2
        and fold(words[-1]) in _TITLES_AS_SURNAMES
        and fold(words[-2]) in first_names()
    )


# Title words that are family names too.
# (not "general": "Hamilton General" is a hospital)
_TITLES_AS_SURNAMES = frozenset(
    "cardinal king bishop marshal major judge prince pope chief captain admiral".split()
)


# (not "M23" nor "N12": a rebel group, a road)
_A_SUM = re.compile(
    r"(?:(?:[A-Z]{1,3}\$?|[$€£¥])\s?\d[\d,]*\.\d+|[$€£¥]\s?\d[\d.,]*)(?:\s?(?:m|bn|million|billion))?"
)


def _a_body_of_two(text: str) -> bool:
    """ "Ministry of Green Economy and Environment", "Department of Foreign Affairs and Trade":
    one body whose name joins two things after its head word ("Ministry of Health and Ministry
    of Finance" is two); "Antalya Training and Research Hospital": one whose head word ends it,
    the only one."""
    words = text.split()
    heads = ORGANISATION_HEADS | SITE_HEADS
    return (
        fold(words[0]) in ORGANISATION_HEADS
        and len(words) > 2
        and words[1] == "of"
        and not any(fold(word) in ORGANISATION_HEADS for word in words[2:])
    ) or (
        fold(words[-1]) in heads
        and words.count("and") == 1
        and not any(fold(word) in heads for word in words[:-1])
    )


# A surname or place name joined to its lower-case particle: "el-Serafy", "al-Namla",
# "d'Estaing", "bin-Talal". It opens with a small letter and is still a name ("pro-Russian" and
# "ex-Minister" are not).
_PARTICLE_JOINED = re.compile(
    r"(?:al|el|ul|ad|ed|as|ash|at|az|ar|an|bin|ibn|ben|bint|abu|abd|d|l|o|de|da|di|du|del|"
    r"la|le|mac|van|von|zu)[-’'][A-Z]"
)

# A name that goes on after a nickname in quotes: 'Wissam Mohammed “Abu Bakr” al-Saadi'.
_AFTER_NICKNAME = re.compile(r"[”\"]\s+(?:(?:al|el|bin|ibn|abu)[-\s])?[A-Z][\w’'\-]+")


def _quote_closed(sentence: str, begin: int, end: int) -> int:
    """Where a name that opens a quotation mark ends: after the closing mark and the name that
    follows it ("Wissam Mohammed “Abu Bakr” al-Saadi"), else before the mark."""
    text = sentence[begin:end]
    opened = max(text.rfind("“"), text.rfind('"') if text.count('"') % 2 else -1)
    if opened < 0 or ("“" in text and "”" in text[text.rfind("“") :]):
        return end
    after = _AFTER_NICKNAME.match(sentence, end)
    if after is not None:
        return after.end()
    return begin + len(text[:opened].rstrip())


def _names_an_event(text: str) -> bool:
    """ "Olympic Games", "the Tour", "Tour de France", "Battle of Britain"-shaped names, and
    named storms ("Storm Freddy", "Cyclone Idai": what happened, not one who acts in it)."""
    words = [fold(word) for word in text.split()]
    return (
        words[-1] in _EVENT_HEADS
        or (len(words) >= 3 and words[0] in _EVENT_HEADS and words[1] in {"de", "of", "du", "des"})
        or (len(words) >= 2 and words[0] in STORM_WORDS)
    )


# Words that name a storm before its name ("Cyclone Idai", "Tropical Storm Gert", "storm Tora").
STORM_WORDS = frozenset({"storm", "cyclone", "typhoon", "hurricane", "tropical"})


# How common in English an agent noun must be to be read as an occupation (wordfreq's Zipf
# scale: "filmmaker" 3.6, "singer" 4.5; a rare surname ending in -er is well below).
OCCUPATION_ZIPF = 3.5
# A common noun of what someone does ("Filmmaker Zhang Yimou", "Singer ..."): an agent noun.
AGENT_NOUN = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant|ent)")


def _droppable_head(word: str, kind: str, rest: int) -> bool:
    folded = fold(word).rstrip(".")
    if folded in {"the", "a", "an", "this", "that", "these", "those"}:
        return True
    if kind != "person" or rest == 0:
        return False
    return is_title(folded) or (rest >= 2 and _occupation(folded))


def _occupation(word: str) -> bool:
    """An English agent noun that is no given name, written before a full name: what the
    person does, not their name ("Filmmaker" of "Filmmaker Zhang Yimou")."""
    if not AGENT_NOUN.fullmatch(word) or word in first_names():
        return False
    from wordfreq import zipf_frequency  # deferred: its word lists load on the first call

    return zipf_frequency(word, "en") >= OCCUPATION_ZIPF


def _named_as(evidence: EvidenceSet, written: re.Pattern[str]) -> set[tuple[str, ...]]:
    """The names the cluster writes so (`written`'s first group), no known place, title nor
    article: a germ's name wherever else it stands ("tested for Legionella", `_A_GERMS_NAME`),
    a festival's ("during Navratri", `_A_FEASTS_NAME`; not "the Edinburgh festival")."""
    return {
        name_key(match.group(1))
        for item in evidence.items
        for ref in item.members
        for match in written.finditer(ref.text)
        if gazetteer().lookup(match.group(1)) is None  # (a place stays where it is named)
        and not is_title(match.group(1))
        and fold(match.group(1)) not in {"the", "a", "an", "this", "that"}
    }


# Where a name is told as a place: "on a road outside Appleby".
_PLACED_RIGHT_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|to)\s+$")
# A one-word name the cluster writes as a festival's: "the Navratri festival", "the Navratri
# fair" (a time of year, no actor, wherever else it stands: "during Navratri").
_A_FEAST_AFTER = re.compile(r"\s+(?:festival|fair|feast|carnival)\b", re.I)
_A_FEASTS_NAME = re.compile(r"\b((?-i:[A-Z])[\w\-]+)" + _A_FEAST_AFTER.pattern, re.I)


def collect_entities(evidence: EvidenceSet) -> list[Entity]:
    """Group mentions into people, organisations and places; a name's kind is the vote of its
    mentions."""
    groups: dict[tuple[str, ...], list[tuple[Mention, str]]] = {}
    acting: set[Mention] = set()  # places named as the one who acts ("Iran said", "Japan pledged")
    modifiers: set[Mention] = set()  # "the Olympic flame": a word used as an adjective
    located: set[Mention] = set()  # "in Trøndelag": a one-word name told as where
    territories: set[Mention] = set()  # "the Trøndelag police district": a region's name
    filed: set[tuple[str, ...]] = set()  # names of the places reports are filed from
    written = _spelled_out(evidence)  # "Union Cycliste Internationale (UCI)": read once
    for mention, kind, use in find_mentions(evidence, written):
        # an acronym the cluster spells out is keyed by all its letters: the skeletons of
        # "TWSE" and "TSA" are both "ts", and the two are the stock exchange and the brokers
        # ("Nato" as well as "NATO": one body, however the report capitalises it)
        spelled_out = mention.text.upper() in written and " " not in mention.text
        key = (mention.text.lower(),) if spelled_out else name_key(mention.text)
        if key:
            groups.setdefault(key, []).append((mention, kind))
            if use == "subject" and (kind == "place" or _an_institution(mention.text)):
                acting.add(mention)  # ("Bach Mai Hospital ... said", labelled a body)
            if use in {"modifier", "territory"}:
                modifiers.add(mention)
            if use == "territory":
                territories.add(mention)
            if use == "in":
                located.add(mention)
            if use == "dateline":
                filed.add(key)
    named = _country_named_in(evidence)
    people: dict[tuple[str, ...], Entity] = {}
    others: dict[tuple[str, ...], Entity] = {}
    singles: list[tuple[tuple[str, ...], list[tuple[Mention, str]]]] = []
    # "Dunav Autoput (DAP)": a name spelled out by an acronym is a body's, whatever the model
    # called its other mentions
    acronymed = {name_key(words) for words in written.values() if len(words.split()) >= 2}
    germs = _named_as(evidence, _A_GERMS_NAME)
    feasts = _named_as(evidence, _A_FEASTS_NAME)
    for key, found in groups.items():
        if key in germs and all(mention.role is None for mention, _ in found):
            continue  # "tested for Legionella", where "Legionella bacteria" says what it is
        if (
            key in feasts
            and key not in filed
            and not any(
                (kind == "place" or _PLACED_RIGHT_BEFORE.search(mention.around(12)[0]))
                and not _A_FEAST_AFTER.match(mention.around(0, 20)[1])
                for mention, kind in found
            )
        ):
            continue  # "during Navratri", where "the Navratri festival" says what it is (not
            # "the Wacken festival" of a village the model knows as a place elsewhere, nor the
            # Appleby fair "on a road outside Appleby")
        kind = "place" if key in filed else _vote(found)
        if kind == "person" and (
            key in acronymed
            or (
                len(key) == 1
                and _spelled_as_a_body(key[0], written)
                # (the acronym as written, not "Salim", whose skeleton is "slm" like SLM's)
                and all(mention.text.upper() == mention.text for mention, _ in found)
            )
        ):
            kind = "organisation"  # ("GSE chief Paata Sulaberidze": GSE, the state grid
            # operator Georgian State Electrosystem (GSE), is a body however often the model
            # reads it in a person's name)
        if kind == "person" and len(key) == 1:
            singles.append((key, found))  # a lone surname: whose? decided once people are known
            continue
        if kind == "organisation" and _only_a_modifier(found, modifiers):
            continue  # "its Synthesis report": a word of a thing's name, no one who acts
        if kind == "organisation" and _told_only_as_where(found, modifiers, located, territories):
            kind = "place"  # "the Trøndelag police district", "regional secretary in
            # Trøndelag": a region that names bodies, never one that acts
        entity = Entity(kind, place_kind=_place_kind(found, named) if kind == "place" else None)
        for mention, _ in found:
            # a role read only for what the model called a person: the vote may make one of a
            # name it called a place or a body ("Silvo Horvat, the shop steward at ...")
            entity.add(_with_its_role(mention) if kind == "person" else mention)
        (people if kind == "person" else others)[key] = entity
    _brands_into_companies(people, others)
    persons = _merge_people(people)
    by_surname: dict[str, list[Entity]] = {}
    for person in persons:
        for surname in _surnames(person.name):
            by_surname.setdefault(surname, []).append(person)
    for key, found in _spelt_apart(singles):
        bearer = _namesake(by_surname, found[0][0].text)
        if bearer is None and _told_only_as_where(found, modifiers, located, territories):
            region = Entity("place", place_kind=_place_kind(found, named))
            for mention, _ in found:  # "the Varnholm police district", "union secretary in
                region.add(mention)  # Varnholm", the first labelled a person: a region
            others[key] = region
            continue
        if bearer is None and all(mention in modifiers for mention, _ in found):
            continue  # "Olympic" in "the Olympic flame": no person of the cluster bears it
        place = gazetteer().lookup(found[0][0].text)
        if bearer is not None and place is not None:
            # "Jordan": the person after their full name in a report, the country elsewhere
            country = others.get(key) or Entity("place", place_kind=place[1])
            for mention, _ in found:
                bearers = _follows_full_name(mention, bearer) and not _told_as_a_place(
                    mention, labelled_a_place=True
                )
                (bearer if bearers else country).add(mention)
            if country.mentions:
                others[key] = country
            continue
        word = found[0][0].text
        given = any(person.name.split()[0] == word for person in persons)  # "Victoria said"
        if (
            bearer is None
            and place is not None
            and not given
            and key not in others
            and not any(_told_as_a_person(mention) for mention, _ in found)
        ):
            # "divert ships to Rotterdam": a lone word no one of the cluster bears as a name,
            # that the gazetteer knows as a place (news names a person in full first)
            town = Entity("place", place_kind=_place_kind(found, named))
            for mention, _ in found:
                town.add(mention)
            others[key] = town
            continue
        owner = None if bearer is not None or given else _longer_name_of(word, others)
        entity = bearer or owner or Entity("person")
        namesakes = _namesakes(by_surname, word) if bearer is not None else []
        alone = [mention for mention, _ in found]
        for mention in alone:
            (_named_in_full_before(mention, namesakes, alone) or entity).add(mention)
        if bearer is None and owner is None:
            persons.append(entity)
    # A name that ends a person's name ("Cardona", "De Boer") is that person, whatever its label.
    # Where the mentions outnumber the person's, those that follow the person's full name in the
    # same report are the person's (news names someone in full, then by surname: "Lt. Col.
    # Steven Lee Jordan ... Jordan will stand trial"); the others keep their label (the country).
    # A mention written as a place stays the place's ("Ha Nam province" beside the spokesman
    # Nguyen Ha Nam, "a 2023 accident in Thanh Hoa" beside the inspector Vu Thanh Hoa).
    for key in [
        k for k in others if k and (k[-1] in by_surname or _joined(others[k]) in by_surname)
    ]:
        bearer = _bearer_of(key, by_surname, _joined(others[key]))
        if bearer is None:
            continue
        entity = others.pop(key)
        all_theirs = len(bearer.mentions) >= len(entity.mentions) or _only_labelled_a_place(entity)
        rest = Entity(entity.kind, place_kind=entity.place_kind)
        for mention in entity.mentions:
            bearers = (all_theirs or _follows_full_name(mention, bearer)) and not _told_as_a_place(
                mention, labelled_a_place=entity.kind == "place"
            )
            (bearer if bearers else rest).add(mention)
        if rest.mentions:
            others[key] = rest
    for key in [k for k, e in others.items() if len(k) == 1 and e.kind != "person"]:
        company = _longer_name_of(others[key].name, others, frozenset({"organisation"}))
        if (
            company is not None
            and company is not others[key]
            and _LEGAL_FORM.search(company.name)  # a company ("Grafisur S.A."), not a council
            and gazetteer().lookup(others[key].name) is None
            # (not "PCG" of the "PCG Special Operations Group": an acronym stands for a name
            # of its own)
            and not ACRONYM.fullmatch(others[key].name)
            and (
                others[key].kind == "organisation"  # "Sankofa said", "Sankofa's contract"
                or not any(map(_after_a_preposition, others[key].mentions))  # "near Yauricocha"
            )
        ):
            for mention in others.pop(key).mentions:  # "the Grafisur contract": the company's
                company.add(mention)
    for key in [k for k, e in others.items() if len(k) == 1 and e.kind != "person"]:
        if key not in others:
            continue  # dropped as a mention inside a body's whole name, just below
        body = _longer_name_of(others[key].name, others, frozenset({"organisation"}))
        if (
            body is not None
            and body is not others[key]
            and gazetteer().lookup(others[key].name) is None
            and not ACRONYM.fullmatch(others[key].name)
            and _mostly_cut_from(others[key], body)
        ):
            short = others.pop(key)
            rest = Entity(short.kind, place_kind=short.place_kind)
            for mention in short.mentions:  # "the Prefectura said": the body's; "Roraima's
                # residents", "Roraima Governor" stay the state's
                if _cut_from(mention, body):  # the whole name, "Argentina" no place of its own
                    whole = replace(mention, text=body.name, end=mention.start + len(body.name))
                    body.add(whole)
                    _drop_mentions_inside(others, whole)
                else:
                    (body if _written_as_the_body(mention, body) else rest).add(mention)
            if rest.mentions:
                others[key] = rest
    for key in [k for k, e in others.items() if len(k) == 1]:
        site = _longer_name_of(others[key].name, others, frozenset({"place"}))
        if (  # "the Litoral", never "Litoral" alone: a site written short, not its town
            site is not None
            and _a_site_written_short(others[key], site)
            and all(THE_BEFORE.search(m.around(5)[0]) for m in others[key].mentions)
            and not any(_SPEAKS_AFTER.match(m.around(0, 40)[1]) for m in others[key].mentions)
        ):
            for mention in others.pop(key).mentions:  # "the Litoral": the Litoral Penitentiary
                site.add(mention)
    persons, others = _merge_given_names(persons, others)
    persons = _places_apart(persons, others, named)
    _add_unlabelled_surnames(evidence, persons, list(others.values()))
    texts = {article.id: article.text for article in evidence.articles}
    places = _merge_organisations(written, _merge_places(others), texts)
    return persons + places + _acting_places(places, acting)


def _a_site_written_short(short: Entity, site: Entity) -> bool:
    """Whether a lone name may be a site's written short, by the site's last word: a prison or
    a stadium ("the Litoral"), or a river where the name is told as water somewhere and is no
    country ("the Paraná" of the Paraná River, not its namesake town; not "the Gambia", "the
    Yukon's emergency office", "the Kasai, one of Congo's poorest regions", a tanker "the
    Benue")."""
    last = fold(site.name.split()[-1])
    if last in _SITES_WRITTEN_SHORT:
        return True
    return (
        last == "river"
        and (gazetteer().lookup(short.name) or ("", "country"))[1] != "country"
        and any(map(_told_as_water, short.mentions))
    )


# Words that tell a name is of water: "a stretch of the Parana", "the Parana's main channel".
_WATER_BEFORE = re.compile(
    r"\b(?:on|along|up|down|stretch\s+of|banks?\s+of|mouth\s+of|waters\s+of|level\s+of)\s+the\s+$",
    re.I,
)
_WATER_AFTER = re.compile(
    r"^(?:['’]s\s+(?:main\s+)?(?:channel|waters|banks?|level|mouth|course|flow|bed)|\s+river)\b"
)


def _told_as_water(mention: Mention) -> bool:
    before, after = mention.around(30, 30)
    return _WATER_BEFORE.search(before) is not None or _WATER_AFTER.match(after) is not None


def _mostly_cut_from(short: Entity, body: Entity) -> bool:
    """Whether most mentions of a lone word go on with the rest of a body's name: "the
    Prefectura | Naval Argentina", the model's label cut after the first word."""
    return 2 * sum(_cut_from(m, body) for m in short.mentions) >= len(short.mentions)


# A word that gives a body's country or town: "Bolivian", "Cochabamba's" (not "European",
# "Asian", "Christian", "Civilian": continents, faiths, kinds of people).
_OWN_TO_A_PLACE = re.compile(
    r"(?!(?:European|Asian|African|Arabian|Christian|Civilian|Historian|Librarian|"
    r"Parliamentarian|Veterinarian|Humanitarian|Egalitarian|Guardian)\b)"
    r"[A-Z][a-z]+(?:ian|ean|ese|ish)|[A-Z][\w\-]+['’]s"
)
# A body's name told of a place after it: "the Defence Ministry in Kyiv", "... of Peru".
_OF_A_PLACE_AFTER = re.compile(r"^\s+(?:in|of)\s+[A-Z]")


def _one_places_body(bare: Entity, name_words: list[str], entities: list[Entity]) -> bool:
    """Whether a body's name told with no place ("the Football Federation") is of one place
    only: no two bodies of the cluster bear it with different places before it ("the Russian
    Defence Ministry", "the Ukrainian Defence Ministry"), nor is it told of a place after it
    ("the Defence Ministry in Kyiv")."""
    tail = " ".join(name_words)
    openings = {
        entity.name[: -len(tail)].strip()
        for entity in entities
        if entity.kind == "organisation" and entity.name.endswith(" " + tail)
    }
    return len(openings) <= 1 and not any(
        _OF_A_PLACE_AFTER.match(mention.around(0, 20)[1]) for mention in bare.mentions
    )


def _drop_mentions_inside(entities: dict[tuple[str, ...], Entity], whole: Mention) -> None:
    """Takes out of `entities` the mentions inside a body's whole name ("Argentina" of "the
    Prefectura Naval Argentina"), and any entity left with none."""
    source = whole.ref.source_id
    for key in list(entities):
        entity = entities[key]
        inside = [
            m
            for m in entity.mentions
            if m.ref.source_id == source and whole.start < m.start < whole.end
        ]
        for mention in inside:
            entity.mentions.remove(mention)
            entity.names[mention.text] -= 1
            if entity.names[mention.text] <= 0:
                del entity.names[mention.text]
        if not entity.mentions:
            del entities[key]


def _cut_from(mention: Mention, body: Entity) -> bool:
    rest = body.name.split(maxsplit=1)[1:]
    return bool(rest) and mention.around(0, len(rest[0]) + 1)[1].strip() == rest[0]


# A body's spokesperson named after its short name: "Prefectura spokeswoman Rosario Funes".
_SPOKESPERSON_AFTER = re.compile(r"^\s+spokes(?:man|woman|person)\b")


def _written_as_the_body(mention: Mention, body: Entity) -> bool:
    """Whether a mention of a word a body's name opens with is the body: its name cut by the
    model, or the word written as a body is ("the Prefectura said", "Prefectura spokeswoman"),
    not as a place ("Roraima's residents", "Roraima Governor")."""
    before, after = mention.around(5, 20)
    return (
        _cut_from(mention, body)
        or THE_BEFORE.search(before) is not None
        or _SPOKESPERSON_AFTER.match(after) is not None
    )


def _told_as_a_person(mention: Mention) -> bool:
    """A lone name written as a person's: after a title ("Police Inspector Hamilton") or
    before a verb of saying ("Hamilton said")."""
    before, after = mention.around(30, 20)
    words = before.split()
    return bool(words and is_title(words[-1])) or bool(_SPEAKS_AFTER.match(after))


def _brands_into_companies(
    people: dict[tuple[str, ...], Entity], others: dict[tuple[str, ...], Entity]
) -> None:
    """A "person" whose name and a trade make a company's name is that company: "Himal Sky" is
    Himal Sky Airlines (the small model takes short brand names for people)."""
    for key, person in list(people.items()):
        if fold(person.name.split()[0]) in first_names() and any(
            _told_as_a_person(mention) for mention in person.mentions
        ):
            continue  # "Pat Daly said ...", owner of Pat Daly Logistics: a person
        for trade in TRADES:
            company = others.get(name_key(f"{person.name} {trade}"))
            if company is not None and company.kind == "organisation":
                for mention in people.pop(key).mentions:
                    company.add(mention)
                break
        else:
            company = _name_cut_short(person, others) or _a_company_written_short(person, others)
            if company is not None:
                for mention in people.pop(key).mentions:
                    company.add(mention)
    for key, body in list(others.items()):
        company = (
            _name_cut_short(body, others) or _a_company_written_short(body, others)
            if body.kind == "organisation"
            else None
        )
        if company is not None:
            for mention in others.pop(key).mentions:
                company.add(mention)


def _a_company_written_short(
    entity: Entity, others: dict[tuple[str, ...], Entity]
) -> Entity | None:
    """The one company whose name goes on from this name of two words or more with no given
    name ("Nyanza Highlands' warehouse" of Nyanza Highlands Distributors Ltd): a company
    written short, which the small model may take for a person. A name that opens with a given
    name is one only without its trade or legal form and nothing else ("Tien Phong" of Tien
    Phong Machinery; not "John Lewis" of a John Lewis Partnership Ltd)."""
    words = entity.name.split()
    if len(words) < 2:
        return None
    given = fold(words[0]) in first_names()
    if any(
        _told_as_a_person(mention) or _A_PERSON_AFTER.match(mention.around(0, 20)[1])
        for mention in entity.mentions
    ):
        return None  # "Chua Boon Huat said", "Chua Boon Huat, who founded ...": a person (of
        # Chua Boon Huat Holdings Ltd, his company)
    companies = [
        body
        for body in others.values()
        if body.kind == "organisation"
        and body is not entity
        and body.name.startswith(entity.name + " ")
        and (legal := _LEGAL_FORM.search(body.name)) is not None
        and (not given or legal.start() == len(entity.name))
    ]
    return companies[0] if len(companies) == 1 else None


# What follows a person's name, not a company's: "X, who founded", "X, 58,", "X, the founder".
_A_PERSON_AFTER = re.compile(r"^\s*,\s+(?:who|whose|\d{1,3},|an?\s|the\s|his\s|her\s)")


def _name_cut_short(entity: Entity, others: dict[tuple[str, ...], Entity]) -> Entity | None:
    """The organisation or place whose name each of this entity's mentions is a part of, the
    rest written right beside it: "Dutch firm Van Sluys Salvage" (the small model's "Van
    Sluys"), "Museus e Monumentos de Portugal" (its "Monumentos de Portugal"), "Rua do Heroísmo"
    (its "Rua" and "Heroísmo")."""
    name = entity.name
    for company in others.values():
        if company is entity or company.kind not in {"organisation", "place"}:
            continue
        if company.name.startswith(name + " "):
            rest = company.name[len(name) :]
            if all(m.around(0, len(rest))[1] == rest for m in entity.mentions):
                return company
        if company.name.endswith(" " + name):
            rest = company.name[: -len(name)]
            if all(m.around(len(rest))[0] == rest for m in entity.mentions):
                return company
    return None


def _longer_name_of(
    word: str,
    others: dict[tuple[str, ...], Entity],
    kinds: frozenset[str] = frozenset({"organisation", "place"}),
) -> Entity | None:
    """The one organisation or place (of `kinds`) whose longer name opens with this lone word
    (or the one told `NAMED_FAR_MORE` times as often as the others), which no person of the
    cluster bears: "Kgotso said" of Kgotso Gold Resources, "the landing
    site at Kome" of Kome Island (the small model often takes a lone place name for a
    surname)."""
    named = [
        entity
        for key, entity in others.items()
        if entity.kind in kinds
        and len(key) > 1
        and key[0] == name_key(word)[0]
        # (not "Halcyon's Victor Sandoval": a name the word owns, no longer name of it)
        and not _POSSESSIVE_AFTER.match(entity.name[len(word) :])
    ]
    # "Sabean Agro-Aviation" and "Sabean Agro-Aviation PLC": one company, with and without
    # its legal form (merged later, `_merge_organisations`)
    told: Counter[str] = Counter()
    for entity in named:
        told[_LEGAL_FORM.sub("", entity.name).strip(" ,")] += len(entity.mentions)
    if not told:
        return None
    (first, most), *rest = told.most_common()
    if rest and most < NAMED_FAR_MORE * sum(count for _, count in rest):
        return None  # "Halcyon" of "Halcyon Ballot Systems" (seven times), not of its parent
        # "Halcyon Electoral Technologies" (once); two names as often told: no telling which
    return max(
        (e for e in named if _LEGAL_FORM.sub("", e.name).strip(" ,") == first),
        key=lambda e: len(e.mentions),
    )


# How many times more often one longer name of a lone word must be told than the others for
# the word to be taken as written short for it.
NAMED_FAR_MORE = 3


def _told_only_as_where(
    found: list[tuple[Mention, str]],
    modifiers: set[Mention],
    located: set[Mention],
    territories: set[Mention],
) -> bool:
    """One capitalised word told only as where ("in Trøndelag") or as a word of a common noun,
    and at least once as the region a body serves ("the Trøndelag police district"): a region
    (not "divisions in Hamas", "the Hamas leadership": a body)."""
    return (
        fold(found[0][0].text) not in ORGANISATION_HEADS  # ("filed in Congress": a body)
        and _only_a_modifier(found, modifiers | located)
        and any(mention in territories for mention, _ in found)
    )


def _only_a_modifier(found: list[tuple[Mention, str]], modifiers: set[Mention]) -> bool:
    """One capitalised word (not an acronym) that only ever qualifies a common noun."""
    text = found[0][0].text
    return (
        " " not in text
        and not ACRONYM.fullmatch(text)
        and all(mention in modifiers for mention, _ in found)
    )


def _follows_full_name(mention: Mention, person: Entity) -> bool:
    """Whether the same report names `person` in full before this mention: news names
    someone in full, then by surname alone."""
    return any(
        len(own.text.split()) > 1
        and own.ref.source_id == mention.ref.source_id
        and own.start < mention.start
        for own in person.mentions
    )


def _add_unlabelled_surnames(
    evidence: EvidenceSet, persons: list[Entity], others: list[Entity]
) -> None:
    """A person's surname alone, where the recogniser saw no entity ("... ,” Doe said"), is a
    mention of that person: the small model misses many lone surnames, and speakers and
    citations need them. Only surnames of one person in the cluster, written as a whole word."""
    owners: dict[str, list[Entity]] = {}
    for person in persons:
        words = [w for w in person.name.split() if fold(w) not in _PARTICLES]
        if len(words) > 1:
            owners.setdefault(words[-1], []).append(person)
        if len(words) >= 3 and len(words[-2]) > 2 and words[-2][:1].isupper():
            owners.setdefault(words[-2], []).append(person)  # "Salvador" of "Rodrigo Salvador Peña"
    surnames = {name: found[0] for name, found in owners.items() if len(found) == 1}
    if not surnames:
        return
    pattern = _any_name_of(surnames, r"(?<![\w’'.-])", r"(?![\w-])")
    covered: dict[str, list[tuple[int, int]]] = {}  # source id -> spans of mentions found
    for entity in persons + others:  # a word already taken as a place stays that place's
        for mention in entity.mentions:
            covered.setdefault(mention.ref.source_id, []).append((mention.start, mention.end))
    for item in evidence.ranked()[:MAX_PARSED_ITEMS]:
        for ref in item.members:
            for match in pattern.finditer(ref.text):
                start = ref.start + match.start()
                end = ref.start + match.end()
                if any(a <= start and end <= b for a, b in covered.get(ref.source_id, [])):
                    continue  # inside a mention already found ("Jane Doe")
                person = surnames[match.group(1)]
                whole = _spelling_around(ref.text, match.start(), match.end(), person)
                if whole is not None:
                    # "Dong Tien" written whole where the model saw no name ("deputy director
                    # of Dong Tien, said": no role of its own), not its surname alone
                    begin, finish = whole
                    start, end = ref.start + begin, ref.start + finish
                    if any(a < end and start < b for a, b in covered.get(ref.source_id, [])):
                        continue  # ("Ropeways" of "Pirin Ropeways AD", found whole already)
                    if _other_given_name(ref.text[:begin], person) or _another_name_goes_on(
                        ref.text[finish:]
                    ):
                        continue  # "Royal Marine" of "the Royal Marine Base Chivenor"
                    site = _SITE_NAMED_FOR.match(ref.text, finish)
                    if site is not None and site.group(1) in _SITES_NAMED_FOR_PEOPLE:
                        continue  # "the Acosta Ñu children's hospital": a site, no one
                else:
                    if _other_given_name(ref.text[: match.start()], person):
                        continue  # "Kuen-hui Huang" is not Chih-hsiung Huang
                    if _another_name_goes_on(ref.text[match.end() :]):
                        continue  # "Nam" of "Nam Dinh", beside the spokesman Nguyen Ha Nam
                    begin, finish = match.start(), match.end()
                role = _role(ref.text, begin, finish)
                person.add(Mention(ref.text[begin:finish], ref, start, end, role))
                covered.setdefault(ref.source_id, []).append((start, end))


def _spelling_around(text: str, start: int, end: int, person: Entity) -> tuple[int, int] | None:
    """Where one of the person's names of two words or more is written around the surname at
    `start`-`end` ("Dong Tien", "Pirin Ropeways AD"), as whole words, if anywhere."""
    for name in person.names:
        if " " not in name:
            continue
        for found in re.finditer(re.escape(name), text):
            if (
                found.start() <= start
                and end <= found.end()
                and (found.start() == 0 or not re.match(r"[\w’'\-]", text[found.start() - 1]))
                and not re.match(r"[\w’'\-]", text[found.end() : found.end() + 1])
            ):
                return found.span()
    return None


def _another_name_goes_on(after: str) -> bool:
    """Whether the words right after a surname carry on another name ("Nam Dinh", a province,
    beside the spokesman Nguyen Ha Nam; "the Acosta Nu hospital") or make it a place ("Ha Nam
    provinces")."""
    return bool(
        _PLACE_AFTER.match(after)
        or _PLACES_AFTER.match(after)
        or re.match(r" [A-Z][\w’'\-]*", after)
    )


# Kinds of place after two names or more: "Nam Dinh and Ha Nam provinces".
_PLACES_AFTER = re.compile(r"^\s+(?:provinces|districts|regions|counties|states|villages)\b")


def _other_given_name(before: str, person: Entity) -> bool:
    """A capitalised word before a surname, back to the nearest title, that is no word of the
    person's own names: the surname belongs to someone else."""
    run = re.search(r"(?:[A-Z][\w’'\-]*\.?\s+)+$", before)
    if run is None:
        return False
    own = {fold(part).rstrip(".") for name in person.names for part in name.split()}
    # each word of the run back to a title ("Royal Marine Base" before "Chivenor" is not
    # "Royal Marines Base"; "Ghana's Finance Minister" before "Ofori-Atta" ends with a title)
    for written in reversed(run.group(0).split()):
        word = fold(written).rstrip(".")
        if word in TITLE_WORDS:
            return False
        if word not in own:
            return True
    return False


def _with_its_role(mention: Mention) -> Mention:
    """A person's mention with the role its sentence gives it, if it has none yet."""
    if mention.role is not None:
        return mention
    begin = mention.start - mention.ref.start
    role = _role(mention.ref.text, begin, begin + len(mention.text))
    return replace(mention, role=role) if role else mention


# Sites a body may be named with, no body themselves: "Government Palace", "Police Station".
_BUILDINGS = FACILITY_WORDS - ORGANISATION_HEADS


# Offices only a person holds, that title a name written right after them (not "spokesman for
# mining house Sibanye Stillwater": the body a spokesman speaks for).
_OFFICES_OF_A_PERSON = frozenset(
    """
        minister president governor mayor secretary senator ambassador chairman chairwoman
        premier chancellor commissioner
    """.split()
)
# An outlet that reports, named after an office it quotes: "promised by the chancellor,
# Deutsche Welle reported".
_REPORTED_AFTER = re.compile(r"\s*,?\s+(?:reported|reports|quoted)\b")


def _an_office_holder_titled(mention: Mention) -> bool:
    """Whether the mention's role is an office only a person holds, written right before it
    ("state minister for natural resources U Myo Thant Kyaw")."""
    offset = mention.start - mention.ref.start
    if _REPORTED_AFTER.match(mention.around(0, 20)[1]):
        return False
    role = mention.role or _role(mention.ref.text, offset, offset + len(mention.text))
    if not role:
        return False
    before = mention.around(ROLE_WINDOW)[0].rstrip(" ,")
    return before.endswith(role) and any(
        fold(word) in _OFFICES_OF_A_PERSON for word in role.split()
    )


def _vote(found: list[tuple[Mention, str]]) -> str:
    """The kind most mentions give; a tie goes to person, then place."""
    words = fold(found[0][0].text).split()
    if (
        len(words) >= 2
        and words[0] in ORGANISATION_HEADS
        and words[-1] in _BUILDINGS
        and not any(_SPEAKS_AFTER.match(mention.around(0, 40)[1]) for mention, _ in found)
    ):
        return "place"  # "outside the Government Palace", "Union Station", "Police Station":
        # a building a body works in, not the body
    if (
        len(words) >= 2
        and all(_A_SITE_WORD_AFTER.match(mention.around(0, 20)[1]) for mention, _ in found)
        and not _LEGAL_FORM.search(found[0][0].text)
        and not ORGANISATION_HEADS.intersection(words)  # not "the Government building"
        # (nor an acronym, a body's name: "the ADEPR church"; nor known places, "the
        # Dhaka-Tangail highway", told as the places they are)
        and not ACRONYM.fullmatch(found[0][0].text)
        # (and a name, not the model's span run on: "Shoja on Jalori (road)")
        and all(word[:1].isupper() or word in _PARTICLES for word in found[0][0].text.split())
        and not any(gazetteer().lookup(part) for part in found[0][0].text.split("-"))
    ):
        return "place"  # "the Villa Pagador stadium" every time: the name of a site
    if any(word in ORGANISATION_HEADS for word in words[:1] + words[-1:]) and not (
        all(kind == "place" for _, kind in found) and gazetteer().lookup(found[0][0].text)
    ):
        return "organisation"  # (not "the West Bank" of the Nile, a place the model and the
        # gazetteer both know, for all its "bank")
    if len(words) >= 2 and words[-1] in MASTHEAD_WORDS and words[0] not in first_names():
        return "organisation"  # "the Zhambyl Courier": a newspaper (not Sheriff Tom Post)
    if (words[-1] in FACILITY_WORDS or words[-1] in REGION_WORDS) and not (
        words[-1] in _SURNAME_SITES and words[0] in first_names()
    ):
        return "place"  # "London Underground", "Russell Square": sites, whatever the label
        # ("Culebra Cut", not "Jonathan Cut")
    if len(words) >= 2 and (
        words[0] in _FEATURE_FIRST or _a_place_in_its_own_language(found, words)
    ):
        return "place"  # "Lake Issyk-Kul", "Mount Merapi": no one is named so
    if (
        len(words) >= 2
        and words[0] in _SAINT_FIRST
        and words[-1] not in _FEAST_WORDS  # (not "St Stephen's Day": a day)
        and any(_placed_as_a_saints_place(m) for m, _ in found)
        and not any(_SPEAKS_AFTER.match(m.around(0, 40)[1]) for m, _ in found)
    ):
        return "place"  # "the Sant Isidre sports centre", "the parish of Sant Isidre"
    if words[-1].endswith(_SITE_ENDINGS) and not any(
        _SPEAKS_AFTER.match(mention.around(0, 40)[1]) for mention, _ in found
    ):
        return "place"  # "Steintorplatz", "Sint-Pietersplein", "Hauptstrasse": a square or a
        # street in one word, as German, Dutch and Nordic languages write them
    if 2 * sum(_after_a_saints_name(m) for m, _ in found) >= len(found) and not any(
        _SPEAKS_AFTER.match(m.around(0, 40)[1]) for m, _ in found
    ):
        return "place"  # "(the church of) Santa Maria della | Purita ai Librai": the rest of
        # a name given for a saint, which the model cut in two
    if (
        len(words) >= 2
        and (
            words[0] in _STREET_FIRST
            or (
                words[0] in _STREET_FIRST_IF_PLACED
                and any(_PLACED_BEFORE.search(mention.around(30)[0]) for mention, _ in found)
            )
        )
        and not any(_SPEAKS_AFTER.match(mention.around(0, 40)[1]) for mention, _ in found)
        and not _speaks_as_person(found, words)
    ):
        return "place"  # "Rua do Heroísmo", "Calle Mayor" (not "Rua Hemi said", "Avenida
        # Capital said": a person, a company)
    if _places_joined(found[0][0].text) and not any(
        _JOINED_PLACES_OF_A_THING.match(mention.around(0, 30)[1]) for mention, _ in found
    ):
        return "place"  # "Fez-Meknes", "Rabat-Sale": a region named by its towns (not the
        # "Dhaka-Tangail highway")
    if _LEGAL_FORM.search(found[0][0].text) or any(
        _ORGANISATION_AFTER.match(mention.around(0, 60)[1]) for mention, _ in found
    ):
        return "organisation"  # "Grafisur S.A.", "Sonus Pericial, a private forensics firm"
    votes = Counter(kind for _, kind in found)
    best = max(votes, key=lambda kind: (votes[kind], kind == "person", kind == "place"))
    # (a lone word the model calls a person is a single, matched to a longer name later)
    if (best == "place" or (best == "person" and len(words) > 1)) and _called_a_body(found):
        return "organisation"  # "the Los Zafiros gang", "the supplier Provisiones del Pacifico"
    if best == "place" and _called_a_firm(found):
        return "organisation"  # "stage hire firm Stalrama Sceny"
    if (
        best == "person"
        and len(words) > 1
        and fold(words[-1]) in _NEVER_A_SURNAME
        and not all(_given_name(word) for word in found[0][0].text.split()[:-1])
    ):
        return "organisation"  # "the Aga Khan Hospital": a person's name, a hospital's end
        # (not "Site manager Peter James College": given names, then the surname)
    if (
        best == "organisation"
        and 2 <= len(words) <= 4
        and _given_name(found[0][0].text.split()[0])
        and not _BODY_WORDS_INSIDE.intersection(words[:-1])  # not the "Vice Ministry of Sports"
    ):
        best = "person"  # "Yvo de Boer": a given name first (the small model says ORG)
    if (
        best == "organisation"
        and 2 <= len(words) <= 4
        and not (_BODY_WORDS_INSIDE | ORGANISATION_HEADS).intersection(words)
        and any(_an_office_holder_titled(mention) for mention, _ in found)
    ):
        best = "person"  # "by state minister for natural resources U Myo Thant Kyaw": a name
        # an office is given right before is a person's (the small model says ORG)
    if best == "organisation" and _written_as_place(found):
        return "place"  # "from Dewsbury", "to King's Cross": the small model says ORG
    if best == "organisation" and _speaks_as_person(found, words):
        return "person"  # "said Mzoli Ntsebeza, the union's regional secretary"
    if best == "person" and _placed(found):
        return "place"  # "in Palpa", "the town of Ocucaje": the small model says PERSON
    if best in {"person", "organisation"} and _a_site_named_for_someone(found, words):
        return "place"  # "the Dr Benbadis university hospital": a site, not a body called so
    if best == "place" and _named_like_a_person(found, words):
        return "person"  # "Its chairman, Besnik Gjoka, repeated": the small model says GPE
    return best


# Words that call the name next to them a body of people, not a place: "the Los Zafiros and
# Nueva Generacion gangs", "a rival group known as Nueva Generacion", "the supplier X".
_BODY_AFTER = re.compile(
    r"^\s+(?:gang|cartel|militia|faction|syndicate)\b"  # "the Los Zafiros gang"
    # "the Los Zafiros and Nueva Generacion gangs": two names of one kind of body
    r"|^\s+and\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){1,4}(?:gangs|cartels|militias|factions)\b"
)
_BODY_BEFORE = re.compile(
    r"\b(?:(?:gangs?|groups?|cartels?|militias?|factions?|syndicates?)\s+"
    r"(?:known\s+as|called)\s+|(?:the|its|a)\s+(?:supplier|insurer|haulier|caterer)\s+"
    # "the shipping agents' chamber Centro de Navegacion", "the dredging consortium X"
    r"|\bthe\s+(?:[\w\-]+(?:s['’])?\s+){0,2}(?:chamber|consortium|association|federation|"
    r"cooperative|concessionaire)\s+)$",
    re.I,
)
# "the company Stalrama Sceny", "stage hire firm Stalrama Sceny": a body, where the model took
# the name for a place (not "the company Elon Musk founded": a person, told by what he did).
_FIRM_BEFORE = re.compile(r"\b(?:firm|company)\s+$", re.I)
_WHAT_A_FOUNDER_DID = re.compile(
    r"^\s+(?:founded|co-founded|started|created|set\s+up|built|owns|owned|runs|ran|bought|"
    r"sold|heads|headed|leads|led|chairs|chaired)\b",
    re.I,
)


# What runs between two places joined: "the Dhaka-Tangail highway", "the Lyon-Turin line"
# (a road or a line between them, not a region).
_JOINED_PLACES_OF_A_THING = re.compile(
    r"^\s+(?:highway|road|motorway|expressway|freeway|railway|rail|line|route|corridor|"
    r"pipeline|flight|flights|border|bridge|tunnel|canal|ferry|bus|train|talks|match)\b"
)


def _places_joined(name: str) -> bool:
    """A name of two or more known places joined by hyphens, as regions are named."""
    parts = name.split("-")
    return len(parts) >= 2 and all(gazetteer().lookup(part) is not None for part in parts)


def _called_a_body(found: list[tuple[Mention, str]]) -> bool:
    """A name some mention calls a gang, a group or a firm ("the Los Zafiros gang", "a group
    known as NGP", "the supplier Provisiones del Pacifico") and none writes as a place ("in
    Los Zafiros"): a body of people, whatever the model's label."""
    if gazetteer().lookup(found[0][0].text) is not None:
        return False  # "Darfur militias", "Cape Flats gangs": a place's bodies
    called = False
    for mention, _ in found:
        before, after = mention.around(50, 60)
        if mention.role is not None or _PLACE_BEFORE.search(before) or _PLACE_AFTER.match(after):
            return False  # "Mayor Carlos Rivas and MS-13 gangs", "in Los Zafiros"
        called = called or bool(
            (_BODY_AFTER.match(after) and THE_BEFORE.search(before)) or _BODY_BEFORE.search(before)
        )
    return called


def _called_a_firm(found: list[tuple[Mention, str]]) -> bool:
    """A name some mention calls a firm or a company right before it ("the company Stalrama
    Sceny") and none writes as a place ("in Stalrama") or as one who founded something."""
    called = False
    for mention, _ in found:
        before, after = mention.around(50, 60)
        if _PLACE_BEFORE.search(before) or _WHAT_A_FOUNDER_DID.match(after):
            return False
        called = called or bool(_FIRM_BEFORE.search(before))
    return called


def _named_like_a_person(found: list[tuple[Mention, str]], words: list[str]) -> bool:
    """A name the model calls a place that opens with a given name (or that the model calls a
    person in another sentence: "Its head, Gulnora Saidova, told reporters" against "said
    Gulnora Saidova"), is given a person's role ("Its chairman, Besnik Gjoka,"), is unknown to
    the gazetteer and is never written where a place is ("in Santa Cruz", "the town of San
    Rafael")."""
    return (
        (
            words[0] in first_names()
            # (a name of two words or more: not "a 22-year-old Gambian", a nationality)
            or (len(words) >= 2 and any(kind == "person" for _, kind in found))
        )
        and (_speaks_as_person(found, words) or _given_an_age(found))
        and gazetteer().lookup(found[0][0].text) is None
        and not any(
            _PLACE_BEFORE.search(mention.around(24)[0])
            or (
                _BARE_LOCATIVE.search(mention.around(12)[0])
                and not _ACCORDING_TO.search(mention.around(14)[0])
            )
            for mention, _ in found
        )
    )


# "according to" before a name: who says, not where ("according to Gulnora Saidova").
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+$", re.I)


def _given_an_age(found: list[tuple[Mention, str]]) -> bool:
    """Whether a mention gives the name an age, as only people are given: "Andreas Lefkaritis,
    51, whose daughter ...", "51-year-old Andreas Lefkaritis"."""
    for mention, _ in found:
        before, after = mention.around(20, 30)
        if _AGE_AFTER.match(after) or _AGE_BEFORE.search(before):
            return True
    return False


# (an age goes on to what the person is or did: "Andreas Lefkaritis, 51, whose daughter ...";
# not a list of places and their counts: "Santa Eulalia, 9, San Mateo Ixtatan, 14")
_AGE_AFTER = re.compile(
    r"^\s*,\s*(?:aged\s+)?\d{1,3}\s*,\s*(?:who|whose|a|an|the|was|is|has|had|said|told|"
    r"and\s+(?:his|her))\b"
)
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")


# An apposition that says a name is an organisation: ", a private audio forensics firm".
_ORGANISATION_AFTER = re.compile(
    r"^\s*,\s*(?:a|an|the)\s+(?:(?!(?:for|of|at|to|with|within|in|by)\s)[\w\-]+\s+){0,4}?(?:firm|company|companies|website|newspaper|"
    r"broadcaster|consultancy|contractor|manufacturer|operator|insurer|lender|carrier|"
    r"charity|bank|group|agency|organi[sz]ation|NGO|chamber|association|union|federation|"
    r"consortium|cooperative|co-operative|lobby|watchdog|concessionaire)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:based|that|which|whose|owned|run|founded)\b)"
)
# What only a person is: the head of a role written next to a name.
_PERSON_ROLES = TITLE_WORDS | frozenset(
    """
        secretary director chairman chairwoman chairperson head leader manager executive
        inspector supervisor witness engineer worker resident farmer fisherman survivor
        lawyer advocate attorney prosecutor teacher doctor nurse activist analyst economist
        lawmaker legislator member councillor councilor
    """.split()
)


_CHAIRS = frozenset({"chair", "co-chair", "vice-chair"})


def _speaks_as_person(found: list[tuple[Mention, str]], words: list[str]) -> bool:
    """A short name the model calls an organisation that is given a person's role ("Lerato
    Mokoena, a spokeswoman for the company"): the small model takes unfamiliar names for
    organisations."""
    if not 2 <= len(words) <= 3 or any(word in ORGANISATION_HEADS for word in words):
        return False
    for mention, _ in found:
        begin, end = mention.start - mention.ref.start, mention.end - mention.ref.start
        role = _role(mention.ref.text, begin, end) or ""
        roles = _PERSON_ROLES
        if _ROLE_AFTER.match(mention.ref.text[end:]) or mention.ref.text[:begin].rstrip().endswith(
            ","
        ):  # "X, a spokeswoman for the company", "the Commissioner of Police, Bello Garba,"
            role = re.split(r"\s+(?:for|of|at|to|in|with)\s+", role)[0]
        if mention.ref.text[:begin].rstrip().endswith(","):
            # a chair set before the name is a person's ("said the association's chair, Ivana
            # Tábor"); after it, a body may chair ("Public Health Wales, chair of the outbreak
            # control team")
            roles = roles | _CHAIRS
        # before the name, only a title right before it: "Kgotso spokeswoman Lerato Mokoena",
        # not "director of the World Wildlife Fund's Climate Change Program"
        head = role.split()
        if head and fold(head[-1]).rstrip(".,") in roles:
            return True
    return False


# A preposition of place right before a name, with no article between: "in Dewsbury", "at King's
# Cross". Organisations mostly take an article ("at the BBC") or act ("the BBC said").
_BARE_LOCATIVE = re.compile(r"\b(?:in|at|near|to|from|outside|inside|between|towards)\s+$")


# A kind of place or its people right before a name: "the town Benoni", "the province
# Gauteng" (translated wire copy), "residents of Rhodesfield"; and right after it.
_KIND_BEFORE = re.compile(
    r"\b(?:(?:the|a)\s+(?:town|village|city|township|province|district|region|county|"
    r"municipality|suburb|neighbourhood|neighborhood)|residents?\s+of|inhabitants\s+of)\s+$",
    re.I,
)
_RESIDENTS_AFTER = re.compile(r"^\s+(?:residents?|inhabitants|villagers|townspeople)\b")


# The ends of a stretch of road or rail: "the 14.6-km section between Abcoude and Breukelen"
# (what lies between two people is a call, talks or a line, never a section or kilometres).
_A_STRETCH_BETWEEN = (
    r"\b(?:(?i:section|stretch|road|highway|motorway|expressway|route|railway|track|border|km|"
    r"kilometres?|kilometers?|miles?|trains|buses|lorries|trucks|ferries|flights|traffic)\)?|"
    # (or a road's number: "the A2 between Abcoude and Breukelen", "Highway 5 between")
    r"[A-Z]{1,2}-?\d{1,3}|(?i:highway|route|road)\s+\d{1,3})\s+between\s+"
)
_A_STRETCH_ENDS_AT = re.compile(_A_STRETCH_BETWEEN + r"(?:[A-Z][\w’'\-]+\s+){1,2}and\s+$")
_A_STRETCH_BEGINS_AT = re.compile(_A_STRETCH_BETWEEN + "$")
_AND_A_NAME = re.compile(r"^\s+and\s+[A-Z]")


# The second of two names after one preposition of place: "in Kibera and Mathare".
_LOCATIVE_PAIR = re.compile(
    r"\b(?:in|near|outside|inside)\s+(?:[A-Z][\w’'\-]+\s+){1,2}(?:and|or)\s+$"
)


def _written_as_place(found: list[tuple[Mention, str]]) -> bool:
    """A name labelled an organisation that the gazetteer knows as a place, or that at least
    half of its mentions (two or more) write as a place: right after a preposition of place
    (alone or as the second of a pair), or labelled a place by the model."""
    if gazetteer().lookup(found[0][0].text) is not None:
        return True
    featured = sum(bool(_A_FEATURE_AFTER.match(mention.around(0, 20)[1])) for mention, _ in found)
    speaks = any(_SPEAKS_AFTER.match(mention.around(0, 20)[1]) for mention, _ in found)
    if featured >= 2 and 4 * featured >= len(found) and not speaks:
        return True  # "the Oder river", twice: a river, whatever its other mentions say (not
        # Amazon the company, named ten times, beside "the Amazon river" twice)

    def as_place(mention: Mention, kind: str) -> bool:
        before, after = mention.around(40, 50)
        if _POSSESSIVE_AFTER.match(after) and not _OWNS_A_PLACE.match(after):
            return kind == "place"  # "at Kgotso Gold Resources' mine": "at" is the mine's
        return (
            kind == "place"
            or bool(_BARE_LOCATIVE.search(before[-12:]))
            or bool(_LOCATIVE_PAIR.search(before))
            or bool(_KIND_OF_BEFORE.search(before))
            or bool(_PLACE_AFTER.match(after))
        )

    located = sum(as_place(mention, kind) for mention, kind in found)
    # "Bobasi MP Zablon Ogembo", "the Labour MP": a constituency or a party, so such mentions
    # are left out of the vote
    elected = sum(bool(_ELECTED_AFTER.match(mention.around(0, 30)[1])) for mention, _ in found)
    return located >= 2 and 2 * located >= len(found) - elected


# Someone elected, right after the name of what elected them: a constituency or a party.
_ELECTED_AFTER = re.compile(
    r"^\s+(?:MPs?|lawmakers?|legislators?|members?\s+of\s+parliament|assembly(?:man|woman)|"
    r"congress(?:man|woman))\b"
)


# A natural feature's word right after a name: no body of people is written so ("the Oder
# river", "the Semeru volcano"); not "channel" or "bay", which may be a broadcaster's or a
# company's.
_A_FEATURE_AFTER = re.compile(
    r"^\s+(?:river|creek|stream|lake|volcano|mountain|glacier|gorge|canyon|delta)\b"
    r"|^\s+flow(?:s|ed)?\s+(?:into|through|past|out\s+of)\b",  # "where the Ruhr flows into"
    re.I,
)
# A possessive right after a name: a preposition before it governs what the name owns.
_POSSESSIVE_AFTER = re.compile(r"^(?:[’']s?)(?!\w)")
# What no one is written in or is the town of: "in Palpa", "in the Free State", "the town of
# Ocucaje", "Palpa province".
_KIND_OF = (
    r"\b(?:towns?|villages?|city|cities|district|province|state|region|valley|port|county|"
    r"municipality)\s+of\s+$"  # "the nearby towns of Kalulushi" (not "member states of NATO")
)
_PLACE_BEFORE = re.compile(
    rf"\b(?:in|near|outside|inside|across|around|bound\s+for)(?:\s+the)?\s+$|{_KIND_OF}"
    # "on the Danube", "along the Mekong": no one is written with "the" after these
    r"|\b(?:on|along|into|onto|off|down|beneath|beside)\s+the\s+$"
    r"|\b(?:road|highway|motorway|railway|route)\s+(?:to|from)\s+$",  # "on the road to Daule"
    re.I,
)
# "the northern Indian state of Himachal Pradesh", "the town of Ocucaje".
_KIND_OF_BEFORE = re.compile(_KIND_OF, re.I)
# A street named after a person, written with the street word first: "on boulevard
# Henri-Barnier", "rue de Rome", "Avenida Paulista".
_STREET_BEFORE = re.compile(
    r"\b(?:boulevard|rue|avenue|chemin|quai|allée|calle|avenida|rua|via|ulitsa|prospekt)\s+"
    r"(?:(?:de|du|des|la|le|del|da|do)\s+)?$",
    re.I,
)
# The start of a longer name given for a saint, which the name continues: "(the church of)
# Santa Maria della | Purita ai Librai", "Via San Biagio dei | Librai". Churches, streets and
# towns are named so, people are not: the rest of the name is a place too.
_SAINT_NAMED_BEFORE = re.compile(
    r"\b(?:San|Santa|Santo|Santi|Sant[’']|S[ãa]o|Saint|Sainte|St\.?|Ste\.?)\s+"
    r"(?:[A-Z][\w’'\-]*\s+){1,3}(?:della|delle|dei|degli|dello|del|di|da|dal|de|do|dos|das|du|"
    r"des|ai|al|alla|la|le)\s+$"
)


def _a_place_in_its_own_language(found: list[tuple[Mention, str]], words: list[str]) -> bool:
    """A name that opens with a word of place of its own language (`_FIRST_IN_ITS_OWN_LANGUAGE`)
    and never speaks ("Ysbyty Gwynedd said": the hospital); where that word is a given name too
    ("Llyn Roberts, coxswain of the lifeboat"), only if some mention is placed ("on Llyn
    Padarn", "the Llyn Cefn Coch reservoir") and none is given a role."""
    if words[0] not in _FIRST_IN_ITS_OWN_LANGUAGE or any(
        _SPEAKS_AFTER.match(mention.around(0, 40)[1]) for mention, _ in found
    ):
        return False
    if words[0] not in first_names():
        return True
    return not any(mention.role for mention, _ in found) and any(
        _BARE_LOCATIVE.search(mention.around(12)[0]) or THE_BEFORE.search(mention.around(5)[0])
        for mention, _ in found
    )


def _after_a_saints_name(mention: Mention) -> bool:
    """Whether a mention goes on from a saint's name (`_SAINT_NAMED_BEFORE`) with no title
    between ("Santa Catarina Governor Jorginho dos | Santos Mello" is a governor)."""
    before = _SAINT_NAMED_BEFORE.search(mention.around(60)[0])
    return before is not None and not any(is_title(word) for word in before.group(0).split())


# One end of a route: "from Rampur Bushahr to Kullu".
_ROUTE_FROM = re.compile(
    r"\b(?:travel\w*|bound|way|route|journey|flight|bus|train|ferry|road|highway|carrying|"
    r"plying|heading|departed|sailing|flying|driving|going)\b[^.;]{0,40}\bfrom\s+$",
    re.IGNORECASE,
)
_ROUTE_TO = re.compile(r"^\s+to\s+[A-Z]")
_ADMIN_WORDS = (
    r"province|district|region|valley|county|municipality|upazila|prefecture|governorate|"
    r"township|commune|canton|parish|oblast|police\s+station|sub[-\s]?county"
)
# Natural features written after their name: "the Besuk Kobokan river", "the Kome island".
_FEATURE_WORDS = (
    r"river|creek|stream|lake|volcano|mountain|ridge|gorge|canyon|glacier|forest|delta|"
    r"channel|island|islands|bay"
)
_PLACE_AFTER = re.compile(rf"^\s+(?:{_ADMIN_WORDS}|{_FEATURE_WORDS})\b", re.I)
# A possessive that owns a place: "from Uttar Pradesh's Gorakhpur district".
_OWNS_A_PLACE = re.compile(rf"^[’']s?\s+(?:[A-Z][\w’'\-]*\s+){{1,3}}(?:{_ADMIN_WORDS})\b")


# "La Tina, in Peru": a place placed in a larger one.
_IN_A_PLACE_AFTER = re.compile(r"^,\s+in\s+(?:the\s+)?[A-Z]")


def _a_big_city_first(name: str) -> bool:
    """A name of two words whose first is a city of a million people or more: "London
    Heathrow", "Paris Orly" (a site, when no one speaks by it)."""
    words = name.split()
    city = gazetteer().lookup(words[0]) if len(words) == 2 else None
    return city is not None and city[1].startswith(("city", "capital")) and city[2] >= BIG_CITY


# People a city has for its first word to be read as the city's before a given name's.
BIG_CITY = 1_000_000


def _placed(found: list[tuple[Mention, str]]) -> bool:
    """A name the model calls a person that a quarter of its mentions (two or more; half, if no
    given name opens it) write as a place: after "in" or "the town of", before "province", at
    one end of a journey ("the bus was travelling from Rampur Bushahr to Kullu", not "a letter
    from Kaplan to Morales"), or naming a site ("the Sandrivier mine")."""

    given = fold(found[0][0].text.split()[0]) in first_names()  # "Kaja Kallas, in Brussels"
    titled_or_not_given = not given or is_title(found[0][0].text.split()[0])  # "Emir Abdelkader"
    one_word = all(len(mention.text.split()) == 1 for mention, _ in found)

    def as_place(mention: Mention) -> bool:
        before, after = mention.around(24, 20)
        if _POSSESSIVE_AFTER.match(after):
            return False
        route = mention.around(80)[0]  # "the bus was travelling from X to Y"
        # "the Sandrivier mine", "the Altyn Kush children's camp"
        site = _SITE_NAMED_FOR.match(after)
        return bool(
            _PLACE_BEFORE.search(before)
            or (one_word and _LOCATIVE_PAIR.search(mention.around(60)[0]))  # "in Tembisa and
            # Benoni" (not "in Gusau and Felix Adeyinka", "in Nakuru and Kipchumba Murkomen")
            or _A_STRETCH_ENDS_AT.search(route)
            or (_A_STRETCH_BEGINS_AT.search(before) and _AND_A_NAME.match(after))
            or _KIND_BEFORE.search(before)  # "in the town Benoni", "residents of Rhodesfield"
            or _RESIDENTS_AFTER.match(after)  # "Rhodesfield resident Elsie Botha"
            or _STREET_BEFORE.search(before)
            or _beside_a_known_place(mention)
            or _in_a_list_of_places(mention)
            or _PLACE_AFTER.match(after)
            or _REGIONAL_AFTER.match(after)  # "the ministry's Issyk-Kul regional department"
            or (not given and _IN_A_PLACE_AFTER.match(after))
            or (not given and _ROUTE_FROM.search(route) and _ROUTE_TO.match(after))
            or (site and site.group(1) in FACILITY_WORDS)
            # (a given name first: only when every mention is so written, see `_vote`)
            or (titled_or_not_given and _site_named_for_someone(after) is not None)
            or (not given and one_word and _a_towns_own(before) and not _SPEAKS_AFTER.match(after))
            # "Kesses MP Kipchumba Rotich" (not "Stella Creasy MP": a given name opens it)
            or (not given and one_word and _ELECTED_AFTER.match(after) is not None)
            # "Afya House, the ministry's headquarters": a building set beside it
            or _A_BUILDING_APPOSED.match(mention.around(0, 60)[1]) is not None
        )

    located = sum(as_place(mention) for mention, _ in found)
    # (a name no given name opens that half its mentions write as a place: "In Bisan-dong, the
    # fence ..." against one unlabelled "declared Bisan-dong ...")
    return (located >= 2 and 4 * located >= len(found)) or (
        not given
        and located >= 1
        and 2 * located >= len(found)
        and not any(_spoken_of_as_someone(mention) for mention, _ in found)
        # ("in the Netanyahu-era expansion": a word joined to the name makes it an adjective)
        and not any(mention.around(0, 1)[1] == "-" for mention, _ in found)
    )


# A building set beside a name, the whole of what is set there: ", the ministry's headquarters."
# (not ", the hospital's director", nor ", the owner of the hotel": a person's role).
_A_BUILDING_APPOSED = re.compile(
    r"^,\s+(?:the|a|an|its|their)\s+(?:(?!of\b)[\w’'\-]+\s+){0,3}?"
    rf"(?:headquarters|offices|premises|compound|residence|{'|'.join(sorted(_BUILDINGS))})"
    r"\s*(?:[,.;)]|$)",
    re.I,
)


def _a_site_named_for_someone(found: list[tuple[Mention, str]], words: list[str]) -> bool:
    """A name that opens with a title or a given name and is always written before a site word
    ("the Dr Benbadis university hospital", twice or more): a site named for a person."""
    if len(found) < 2 or not (is_title(found[0][0].text.split()[0]) or words[0] in first_names()):
        return False
    return all(_site_named_for_someone(mention.around(0, 40)[1]) for mention, _ in found)


def _site_named_for_someone(after: str) -> str | None:
    """The site word the words after a name begin with ("the Emir Abdelkader stop", "the Dr
    Benbadis university hospital said"), unless a role or a trade follows it, which tells who
    the person is ("Dr Atef al-Hout hospital director", "Maria Lopes school staff")."""
    site = _SITE_NAMED_FOR.match(after)
    if site is None or site.group(1) not in _SITES_NAMED_FOR_PEOPLE:
        return None
    following = re.match(r"\s+([a-z]+)", after[site.end() :])
    if following is not None and (
        _ROLE_AFTER_A_SITE.fullmatch(following.group(1)) or _occupation(following.group(1))
    ):
        return None
    return site.group(1)


# The site word after a name, past an owner ("the Altyn Kush children's camp") or a word of
# its kind ("the Dr Benbadis university hospital", "the Emir Abdelkader tram stop").
_SITE_NAMED_FOR = re.compile(
    r"\s+(?:[a-z]+(?:[’']s|s[’'])\s+)?(?:(?:university|teaching|general|regional|district|"
    r"military|bus|tram|metro|railway|primary|secondary|high|boarding|central|car)\s+)?"
    r"([a-z]+)\b"  # ("the Hirael car park")
)
# Sites often named for a person, the person never written so: "the Dr Benbadis hospital",
# "the Emir Abdelkader stop", "the Nelson Mandela school", "the Sidi Mabrouk neighbourhood".
_SITES_NAMED_FOR_PEOPLE = frozenset(
    "hospital clinic school university college academy stop terminal interchange depot "
    "neighbourhood neighborhood quarter suburb".split()
)
# A role or the people of a place, after its site word: "hospital director", "school staff".
_ROLE_AFTER_A_SITE = re.compile(
    rf"(?:{ROLE_NOUNS}|staff|tests?|teachers?|pupils?|students?|nurses?|doctors?|workers?|"
    r"employees?|residents?|board|authorities)s?"
)


def _spoken_of_as_someone(mention: Mention) -> bool:
    """A mention that tells a person: a title right before it ("President Ruto said"), a
    verb of saying right after it, or faith or confidence placed in it ("confidence in
    Murkomen")."""
    before, after = mention.around(30, 30)
    last = re.findall(r"([A-Za-z]+)\.?\s+$", before)
    return bool(
        (last and is_title(last[0]))
        or _SPEAKS_AFTER.match(after)
        or re.search(r"\b(?:faith|confidence|trust|belief)\s+in\s+$", before, re.I)
    )


_REGIONAL_AFTER = re.compile(r"^\s+(?:regional|provincial)\b")
# A town's possessive before a name: "Hamburg's Hauptbahnhof", "New York's Hochul".
_OWNER_BEFORE = re.compile(r"((?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+)[’']s\s+$")
# A name that speaks or acts is someone: "France's Macron said", "Hochul met".
_SPEAKS_AFTER = re.compile(
    r"^\s+(?:said|says|told|added|warned|urged|called|met|visited|promised|announced|spoke|"
    r"wrote|insisted|denied)\b"
)


def _a_towns_own(before: str) -> bool:
    """Whether a known town (not a country or a state) owns the name ("Hamburg's
    Hauptbahnhof", a site); asked only of one-word names that are no given name ("Germany's
    Angela Merkel", "France's Macron" are people)."""
    owner = _OWNER_BEFORE.search(before)
    if owner is None:
        return False
    words = owner.group(1).split()
    for start in range(len(words)):  # "New York" before "York", not "In Hamburg"
        found = gazetteer().lookup(" ".join(words[start:]))
        if found is not None:
            return found[1].startswith(("city", "capital"))
    return False


# A name paired with a place after one preposition of place: "between Tanta and ...", "In
# Kibera and ...", "from Tanta to ...".
_PAIRED_AFTER_A_PREPOSITION = re.compile(
    r"\b(?i:in|near|between|towards?|from|to|outside|inside|around)\s+(?:the\s+)?"
    r"((?:[A-Z][\w’'\-]+\s+){1,2})(?i:and|or|to)\s+$"
)


# A list of names around a mention: "Commonwealth, Batasan Hills, Payatas and (Doña Imelda)".
_LISTED_NAME = r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}"
_LIST_JOINT = r"(?:\s*,\s*|,?\s+(?:and|or)\s+)"
_LISTED_BEFORE = re.compile("(?:" + _LISTED_NAME + _LIST_JOINT + ")+$")
_LISTED_AFTER = re.compile("^(?:" + _LIST_JOINT + _LISTED_NAME + ")+")
# Words that end the name of a part of a town: "Batasan Hills", "Bagong Village".
_PART_OF_TOWN_WORDS = frozenset({"hills", "heights", "village", "estate", "gardens"})


def _in_a_list_of_places(mention: Mention) -> bool:
    """Whether the name is one of a list of names of which two others are places, by the
    gazetteer or by a place word at their end: "including Commonwealth, Batasan Hills, Payatas
    and Doña Imelda" (a district the model takes for a person)."""
    before, after = mention.around(120, 120)
    listed = [
        member
        for match in (_LISTED_BEFORE.search(before), _LISTED_AFTER.match(after))
        if match is not None
        for member in re.findall(_LISTED_NAME, match.group(0))
    ]
    places = sum(
        gazetteer().lookup(member) is not None
        or (
            len(member.split()) > 1
            and not _given_name(member.split()[0])  # (not "Peter Lane", "Emily Church")
            and fold(member.split()[-1]) in FACILITY_WORDS | REGION_WORDS | _PART_OF_TOWN_WORDS
        )
        for member in listed
        if member != mention.text
    )
    return places >= 2


def _beside_a_known_place(mention: Mention) -> bool:
    """Whether the name is paired with a place after one preposition: one the gazetteer knows
    and the sentence's own parse labels a place. ("a call between Obama and Medvedev" pairs a
    person: Obama is also a town in Japan, but not in that sentence.)"""
    before, _ = mention.around(60)
    pair = _PAIRED_AFTER_A_PREPOSITION.search(before)
    if pair is None or gazetteer().lookup(pair.group(1).strip()) is None:
        return False
    from ..nlp import parse  # the sentence is parsed already: the parse is kept

    offset = mention.start - mention.ref.start - len(before) + pair.start(1)
    (doc,) = parse([mention.ref.text])
    return any(
        entity.label_ in {"GPE", "LOC", "FAC"} and entity.start_char <= offset < entity.end_char
        for entity in doc.ents
    )


def _country_named_in(evidence: EvidenceSet) -> Callable[[str], bool]:
    """Whether the cluster names a country (by name or a known alias: "Britain", "U.S."),
    asked only for the few places the gazetteer gives a country, each once."""
    text = "\n".join(article.text for article in evidence.articles)
    written_as: dict[str, list[str]] = {}
    for written, country in gazetteer().countries.items():
        written_as.setdefault(country, []).append(written)

    @cache
    def named(country: str) -> bool:
        return any(
            written in text and re.search(rf"(?<![\w.]){re.escape(written)}(?![\w])", text)
            for written in written_as.get(country, [country])
        )

    return named


def _place_kind(found: list[tuple[Mention, str]], named: Callable[[str], bool]) -> str | None:
    """What the gazetteer says the place is. A city of a country the cluster never names is
    another place of that name ("Bali": a town in Cameroon, and the island of the climate
    talks): the gazetteer's reading is not shown."""
    text = found[0][0].text
    known = gazetteer().lookup(text)
    if known is not None:
        kind = known[1]
        if kind.startswith(("city, ", "capital of ")):
            country = kind.removeprefix("capital of ").removeprefix("city, ")
            if not named(country) or _written_in_another_country(found, country):
                return None  # ("Bali, Indonesia": not the town in India the gazetteer holds)
        elif "," in kind and _placed_elsewhere(found, kind.rsplit(", ", 1)[-1]):
            return None  # "Virginia, South Africa": not the US state
        return kind
    last = fold(text.split()[-1])
    if last in FACILITY_WORDS:
        return "site"
    if last in REGION_WORDS:
        return "region"
    sites = Counter(
        site
        for mention, _ in found
        if (site := _site_named_for_someone(mention.around(0, 40)[1])) is not None
    )
    if sites and 2 * sites.most_common(1)[0][1] >= len(found):
        return sites.most_common(1)[0][0]  # "the Dr Benbadis university hospital": a hospital
    return None


def _after_a_preposition(mention: Mention) -> bool:
    """Whether the name comes right after a preposition of place ("near Yauricocha")."""
    return bool(_BARE_LOCATIVE.search(mention.around(12)[0]))


def _placed_elsewhere(found: list[tuple[Mention, str]], country: str) -> bool:
    """Whether a mention is written with another country right after it ("VIRGINIA, South
    Africa", "near Virginia, in South Africa's Free State")."""
    countries = gazetteer().countries
    for mention, _ in found:
        after = re.match(
            r"^,?\s+(?:in\s+)?(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", mention.around(0, 40)[1]
        )
        if after is None:
            continue
        words = re.sub(r"[’']s$", "", after.group(1))
        written = countries.get(words) or countries.get(words.split()[0])
        if written is not None and written != country:
            return True
    return False


# A whole country's name right after a town's, set off by a comma: "in Bali, Indonesia.".
_IN_A_COUNTRY_AFTER = re.compile(
    r"^,\s+((?:[A-Z][\w\-]*)(?:\s+[A-Z][\w\-]*){0,3})"
    # and no list goes on after it ("with Argentina, Brazil, Chile and the United States")
    # ("In Geneva, Iran told ...": a country that acts, not where the town is)
    r"(?=[.;:)]|$|\s+\(|,\s+(?![A-Z][\w\-]*(?:\s*,|\s+(?:and|or)\b)))"
)


def _written_in_another_country(found: list[tuple[Mention, str]], country: str) -> bool:
    """Whether the text writes the town with another country after it ("Bali, Indonesia" for
    the Bali of India the gazetteer holds); not a US state that shares a country's name
    ("Savannah, Georgia"), nor a country that begins the town's own ("Bissau, Guinea-Bissau")."""
    places = gazetteer()
    for mention, _ in found:
        after = _IN_A_COUNTRY_AFTER.match(mention.around(0, 40)[1])
        if after is None or after.group(1) in places.regions:
            continue
        written = places.countries.get(after.group(1))
        if written is not None and written != places.countries.get(country, country):
            return True
    return False


def _only_labelled_a_place(entity: Entity) -> bool:
    """A surname the model calls a place that neither the gazetteer nor the text backs: no
    place of that name is known and at most one mention follows a preposition of place
    ("Carrión was removed", "Carrión's lawyer": the person, however often) or comes before a
    kind of place ("Ha Nam province")."""
    if entity.kind != "place" or gazetteer().lookup(entity.name) is not None:
        return False
    located = sum(
        _after_a_preposition(mention) or _before_a_kind_of_place(mention)
        for mention in entity.mentions
    )
    return located <= 1


def _before_a_kind_of_place(mention: Mention) -> bool:
    """Whether a kind of place follows the mention: "Ha Nam province", "the Oder river"."""
    return _PLACE_AFTER.match(mention.around(0, 20)[1]) is not None


def _places_apart(
    persons: list[Entity], others: dict[tuple[str, ...], Entity], named: Callable[[str], bool]
) -> list[Entity]:
    """Each person without the mentions of a place their name ends with, written before a kind
    of place, which join that place: "a 2019 collapse in Thanh Hoa province", read as the
    inspector Le Thanh Hoa (the model labelled it a person). (Not after "in" alone: "trust in
    Santa Maria", "anger at Santa Cruz" are people the model labelled so.)"""
    kept: list[Entity] = []
    for person in persons:
        placed = [
            m for m in person.mentions if m.text != person.name and _before_a_kind_of_place(m)
        ]
        if not placed:
            kept.append(person)
            continue
        rest = Entity("person")
        for mention in person.mentions:
            if mention in placed:
                key = name_key(mention.text)
                place = others.get(key) or Entity(
                    "place", place_kind=_place_kind([(mention, "place")], named)
                )
                place.add(replace(mention, role=None))
                others[key] = place
            else:
                rest.add(mention)
        kept.append(rest)
    return kept


def _told_as_a_place(mention: Mention, labelled_a_place: bool = False) -> bool:
    """Whether a mention is written as a place, whoever's name it also ends: before a kind of
    place ("in neighbouring Ha Nam province"), or, where the model labelled it a place, after
    "in" when the gazetteer knows a name of two words or more ("a 2023 blasting accident in
    Thanh Hoa"; not "in Hoa's view", "confidence in Hamilton", "trust in Santa Maria", nor
    "anger at Santa Cruz": the person)."""
    if _before_a_kind_of_place(mention):
        return True
    before, after = mention.around(24, 20)
    return (
        labelled_a_place
        and " " in mention.text
        and _IN_A_PLACE.search(before) is not None
        and not _POSSESSIVE_AFTER.match(after)
        and gazetteer().lookup(mention.text) is not None
    )


# "in" right before a name, not after a word of trust in someone.
_IN_A_PLACE = re.compile(
    r"(?<!\btrust)(?<!\bfaith)(?<!\bconfidence)(?<!\binterest)(?<!\bbelief)\s+in\s+$", re.I
)


def _joined(entity: Entity) -> str:
    """The surname key of a lone hyphenated name ("Owusu-Darko": its parts are keyed apart, a
    person's surname as one word), else ""."""
    name = entity.name
    return skeleton(name) if "-" in name.strip("-") and " " not in name else ""


def _bearer_of(
    key: tuple[str, ...], by_surname: dict[str, list[Entity]], joined: str = ""
) -> Entity | None:
    """The person whose name ends with the words of `key` ("De Boer" -> Yvo de Boer), or with
    the hyphenated surname `joined` keys ("Owusu-Darko" -> Abena Owusu-Darko)."""
    bearers = [
        person
        for person in by_surname.get(key[-1], []) + (by_surname.get(joined, []) if joined else [])
        if name_key(person.name)[-len(key) :] == key
        or (len(key) == 1 and _namesake(by_surname, person.name.split()[-1]) is person)
    ]
    return max(bearers, key=lambda person: len(person.mentions)) if bearers else None


def _merge_given_names(
    persons: list[Entity], others: dict[tuple[str, ...], Entity]
) -> tuple[list[Entity], dict[tuple[str, ...], Entity]]:
    """A lone given name ("Hasib"), however labelled, is the one person of the cluster who has
    it, if there is only one."""
    full = [person for person in persons if len(name_key(person.name)) > 1]

    def holder(entity: Entity) -> Entity | None:
        key = name_key(entity.name)
        if len(key) != 1 or entity.kind == "place" or ACRONYM.fullmatch(entity.name):
            return None  # (not "AIS", whose letters sound like "Ayse": initials, no given name)
        holders = [other for other in full if name_key(other.name)[0] == key[0]]
        return holders[0] if len(holders) == 1 and holders[0] is not entity else None

    kept: list[Entity] = []
    for person in persons:
        if (target := holder(person)) is not None:
            for mention in person.mentions:
                target.add(mention)
        else:
            kept.append(person)
    for key in list(others):
        if (target := holder(others[key])) is not None:
            for mention in others.pop(key).mentions:
                target.add(mention)
    return kept, others


# Last words of a name that a person's name seldom ends with: a body's ("Aga Khan Hospital",
# "Nelson Mandela University", "Kofi Annan Foundation"), not a surname such as "Court".
_NEVER_A_SURNAME = frozenset(
    "hospital clinic infirmary university school college institute academy museum foundation "
    "ministry department council committee agency company corporation association federation "
    "authority commission".split()
)


# Sites whose name is also the body that runs them and speaks for them.
_INSTITUTION_SITES = frozenset(
    "hospital clinic infirmary university school college museum academy".split()
)


def _an_institution(name: str) -> bool:
    """ "Bach Mai Hospital", "Hospital de Sao Joao": a site named as the body that runs it."""
    words = name.split()
    return bool(words) and bool({fold(words[0]), fold(words[-1])} & _INSTITUTION_SITES)


def _acting_places(places: list[Entity], acting: set[Mention]) -> list[Entity]:
    """A country or capital that acts in the story ("the United States refused", "Moscow
    denied") is an actor too: one organisation-kind entity per such place named as a subject in
    two sentences or more. A river, a volcano or a town that "burst", "erupted" or "was hit" acts
    for no one."""
    actors: list[Entity] = []
    for place in places:
        known = gazetteer().lookup(place.name) or gazetteer().lookup(f"The {place.name}")
        # a hospital, a school, a museum is a body too ("Bach Mai Hospital, where most of the
        # victims were taken, said it had received 18 patients"), however its name is labelled
        institution = (
            _an_institution(place.name)
            and place.kind == "place"
            and not any(o.kind == "organisation" and o.name == place.name for o in places)
        )  # (not again when the body is listed already)
        if not institution and (
            known is None or not (known[1] == "country" or known[1].startswith("capital of"))
        ):
            continue  # "the Cagayan River burst its banks", "Semeru erupted": no one who acts
        subjects = [mention for mention in place.mentions if mention in acting]
        if len({(m.ref.source_id, m.ref.start) for m in subjects}) >= (1 if institution else 2):
            actor = Entity("organisation")
            # (an institution that speaks is the body each time its site is named: "taken to
            # Bach Mai Hospital"; a country only where it acts, not "in Iran")
            for mention in place.mentions if institution else subjects:
                actor.add(mention)
            actors.append(actor)
    return actors


def _merge_places(others: dict[tuple[str, ...], Entity]) -> list[Entity]:
    """Places spelt two ways ("Guantanamo Bay", "Guantanomo Bay") or shortened ("Guantanamo")
    are one place, named by its fullest common spelling. A site named after a town ("Kambia
    Government Hospital") is not that town, nor is a town's name carried on by two words or
    more ("Lilongwe City South East", a constituency)."""
    merged: list[tuple[tuple[str, ...], Entity]] = []
    for key in sorted(others, key=lambda k: (-len(k), -len(others[k].mentions))):
        entity = others[key]
        target = next(
            (
                existing
                for longer, existing in merged
                if existing.kind == entity.kind == "place"
                and longer[: len(key)] == key
                and not (fold(existing.name.split()[-1]) in SITE_HEADS and _a_town(entity))
                and all(word.isalpha() for word in longer[len(key) :])  # not "Beijing 2008"
                and not (
                    len(longer) - len(key) >= 2
                    and all(word[:1].isupper() for word in existing.name.split()[len(key) :])
                    and _a_town(entity)
                )  # ("Dar es Salaam" is Dar)
                and not _better_known_alone(entity.name, existing.name)
                and not _a_body_of_the_town(entity, existing.name.split()[len(key) :])
            ),
            None,
        )
        if target is None:
            merged.append((key, entity))
            continue
        for mention in entity.mentions:
            target.add(mention)
    return [entity for _, entity in merged]


def _a_body_of_the_town(town: Entity, added: list[str]) -> bool:
    """ "Hamburg Bürgerschaft", "Lagos Assembly": a known town's name carried on by a word
    that names no kind of place, in a name the gazetteer does not know: a body of the town,
    not the town."""
    if gazetteer().lookup(town.name) is None:
        return False
    if gazetteer().lookup(" ".join([town.name, *added])) is not None:
        return False
    return not _PLACE_AFTER.match(" " + " ".join(added)) and not _CITY_WORDS.match(added[0])


_CITY_WORDS = re.compile(r"(?i:city|town|village|state)$")


def _better_known_alone(short: str, long: str) -> bool:
    """Whether the short name is a place of its own, better known than the long one: Santiago
    (Chile's capital) beside Santiago de Cuba, Mexico beside Mexico City; not Dar (a town in
    Cambodia) beside Dar es Salaam."""
    places = gazetteer()
    alone, whole = places.lookup(short), places.lookup(long)
    return alone is not None and whole is not None and alone[2] > whole[2]


def _a_town(place: Entity) -> bool:
    """A place known to the gazetteer or written as a district of its own ("Kambia district"):
    not the short name of a site ("Heathrow" of "Heathrow Airport")."""
    return gazetteer().lookup(place.name) is not None or any(
        _PLACE_AFTER.match(mention.around(0, 20)[1]) for mention in place.mentions
    )


# Whose kin or aide someone is, before the role that is the other's: "a cousin of the mayor of
# X", "an aide to the mayor of X".
_KIN_OF_BEFORE = re.compile(
    r"\b(?:cousin|brother|sister|son|daughter|stepson|stepdaughter|wife|husband|father|mother|"
    r"uncle|aunt|nephew|niece|relative|widow|widower|grandson|granddaughter|in-law|aide|adviser|"
    r"advisor|bodyguard|chauffeur)(?:\s+(?:of|to))?(?:\s+the)?\s*$",
    re.I,
)


def role_in_sentence(sentence: str, begin: int, end: int) -> str | None:
    """The role a sentence gives the name at [begin, end): after it ("Lambert Yapi, president
    of an association of property owners,") or before it ("Pentagon spokesperson")."""
    return _role(sentence, begin, end)


def _role(sentence: str, begin: int, end: int) -> str | None:
    after = _ROLE_AFTER.match(sentence[end:])
    if after and _plausible_role(after.group(1)):
        return _OWNER_PRONOUN.sub("", after.group(1).strip().rstrip(","))
    heads = _HEADS_AFTER.match(sentence[end:])
    if heads:  # "Enrico Lo Bue, who heads the coast guard's Sicilian directorate,"
        what = heads.group("what")
        if heads.group("verb") in {"runs", "manages"}:  # "who runs a tea shop in Kaskikot"
            return f"{heads.group('verb')} {what}"
        return f"head of {what}"  # "head of the group" (not "head of group")
    # "Istanbul Provincial Health Director Dr. Orhan Sivasli": the role is before the title
    told_before = _TITLE_BEFORE_NAME.sub("", sentence[max(0, begin - ROLE_WINDOW) : begin])
    ranked = _A_RANK_BEFORE_NAME.search(told_before)
    if ranked is not None and _A_ROLE_NOUN_LAST.search(told_before[: ranked.start()]):
        # "Coast Guard district commander Captain Rejard Marfe", "Defence spokesman Major
        # General Edward Buba": the rank is the name's style, the role is before it
        told_before = told_before[: ranked.start()]
    # "civil protection spokesman Lieutenant-Colonel Nizar Kairouani": a title in one hyphenated
    # word, no part of the name, stands between the role and the name (and is the role when
    # nothing before it is: "swore in Vice-Governor Rosa Cusi Tapia")
    titled = _HYPHENATED_TITLE_BEFORE.search(told_before)
    if titled is not None and is_title(titled.group(1)):
        told_before = told_before[: titled.start()]
    speaks_for = _SPEAKS_FOR_THE_TITLED.search(told_before)
    if speaks_for is not None and holder_named_before(
        sentence[: max(0, begin - ROLE_WINDOW)] + told_before[: speaks_for.start()],
        speaks_for.group("title"),
    ):
        return speaks_for.group(1)
    before = _ROLE_BEFORE.search(told_before)
    if before and _KIN_OF_BEFORE.search(told_before[: before.start(1)]):
        before = None  # "The driver, a cousin of the mayor of Tetri municipality, X": not his
    if before:
        role = _LEADS_TO_ROLE.sub("", before.group(1).strip().rstrip(","))
        role = re.sub(r"^(?:but|and|or|so|yet)\s+", "", role, flags=re.I)
        # ("After opposition MP Ana Tsereteli read out the letter": a clause opens on it; not
        # the "Once" of "Once Caldas coach", the "AS" of "AS Monaco president")
        role = _OPENS_A_CLAUSE.sub("", role)
        role = re.sub(r"^(?:the|a|an|and)\s+", "", role, flags=re.I)
        # ("declared to AFP its director Daniel Wassen": what is before "its" is no role)
        role = _OWNER_INSIDE.sub("", role)
        role = _TOLD_BEFORE_ROLE.sub("", role)
        role = _SAID_BEFORE_ROLE.sub("", role)  # '"...," said union spokeswoman Sofie Verbist'
        if _AFTER_AN_ADVERB.search(told_before[: before.start(1)]):
            role = _DONE_BEFORE_ROLE.sub("", role)  # "partly vindicating opposition MP X"
        # "A spokesman for Employment Minister Maarten Hasselt": the minister's title is his
        role = _FOR_A_TITLED.sub("", role)
        # "the suspension on Thursday of the prison's director, X": the director
        role = re.sub(r"^(?:the|a|an)\s+", "", _DATED_BEFORE_ROLE.sub("", role), flags=re.I)
        # "(The city on) Friday suspended the director of the park, X": what was done to him
        role = _ACTED_ON_BEFORE_ROLE.sub("", role)
        # "Some townspeople accused councillor X", "Protesters accused minister X": the office
        role = _PEOPLE_ACTED_BEFORE_ROLE.sub("", role)
        if _AN_AUXILIARY_BEFORE.search(told_before[: before.start(1)]):
            role = _DONE_AFTER_AN_AUXILIARY.sub("", role)  # "had given acting mayor X"
        if len(role.split()) <= 10 and _plausible_role(role):
            return role
    return titled.group(1) if titled is not None and is_title(titled.group(1)) else None


# A title between a role and the name it is of: "Health Director Dr. Orhan Sivasli".
_TITLE_BEFORE_NAME = re.compile(
    # (and the styles of Nigerian and Ghanaian copy: "..., Engineer Sylvester Anyaegbunam",
    # "Barrister Ada Obi", "Alhaji Musa Bello"; an engineer's or architect's style only after
    # the role it follows, not "Chief Engineer John Obi")
    r"(?:\b(?:Dr|Prof|Mr|Mrs|Ms|Mme|Engr|Barr|Barrister|Alhaji|Alhaja)\.?|"
    r"(?<=,\s)(?:Engineer|Architect))\s+$"
)
# A military or police rank, capitalised, right before a name (one rank of two words first:
# "Sergeant Major", "Major General").
_A_RANK_BEFORE_NAME = re.compile(
    r"\b(?:(?:Major|Brigadier|Lieutenant)[\s-]+General|Lieutenant[\s-]+Colonel|"
    r"(?:(?:Chief|Senior)\s+)?Master\s+(?:Gunnery\s+)?Sergeant|(?:Staff|First|Gunnery)\s+Sergeant|"
    r"Sergeant[\s-]+Major|Major|Captain|Capt\.|Sergeant|Sgt\.|Lieutenant|Lt\.|Colonel|Col\.|"
    r"Brigadier)\s+$"
)  # (not "General" alone: "Director General", "Inspector General" are roles)
# The same in any case: a role that is a rank alone ("captain", "Major General").
_A_RANK = re.compile(_A_RANK_BEFORE_NAME.pattern, re.I)
_A_ROLE_NOUN_LAST = re.compile(rf"\b(?i:{ROLE_NOUNS})\s+$")
_HYPHENATED_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)+)\s+$")


# A role told as what a person leads: ", who heads the coast guard's maritime directorate,".
_HEADS_AFTER = re.compile(
    r"^\s*,\s+who\s+(?P<verb>heads|leads|runs|chairs|directs|commands|manages)\s+"
    r"(?P<what>(?:the\s+)?[\w’'\- ]{3,60}?)(?=\s*[,.;]|$)"
)


# What the sentence tells before a title, up to it: "brought on Wednesday evening before Judge
# Orlando Parra" has the role "Judge", not "Wednesday evening before Judge"; "a meeting between
# Governor Johnson Sakaja and ..." the role "Governor". Lower case only:
# "Coalition Against Corruption director" is a role.
_TOLD_BEFORE_ROLE = re.compile(
    r"^.*\b(?:before|after|during|against|since|until|between)\s+(?=[A-Z])"
)
# Who speaks for the one named: "spokesman for", "an aide to", "lawyer for" (the name after
# them is the one they speak for, with the title that follows).
_FOR_A_TITLED = re.compile(
    r"^.*\b(?:spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|attorney|assistant|"
    r"representative|deputy|"
    # "Critics of Governor Babatunde Okafor", "Supporters of opposition leader Daniel Mwangi"
    r"(?i:critics|supporters|opponents|allies|relatives|friends|followers|rivals|loyalists|"
    r"family|sons?|daughters?|wife|widow|husband))\s+(?:for|to|of)\s+(?:the\s+)?"
    r"(?=(?:[A-Za-z][\w\-]*\s+){0,3}"
    rf"(?i:{ROLE_NOUNS})$)"  # a title the name holds: not "spokesman for the Interior Ministry"
)
# One who speaks for another told by a title in lower case, then a comma ("a spokesman for
# the minister, U Zaw Lin Htut, said"): the name after it is the speaker's when the sentence
# named the title's holder before (`holder_named_before`), not "A lawyer for the activist, Job
# Sikhala," (the activist).
_SPEAKS_FOR_THE_TITLED = re.compile(
    r"\b((?:spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|attorney|assistant|"
    rf"representative|deputy)\s+(?:for|to|of)\s+the\s+(?P<title>(?:[a-z]+\s+){{0,2}}"
    rf"(?:{ROLE_NOUNS})))\s*,\s*$"
)


def holder_named_before(text: str, title: str) -> bool:
    """Whether `text` gives `title`, in all its words, to a name: "The state minister for
    natural resources, U Myo Thant Kyaw," or "Mining Minister Pedro Castaneda" for "minister"
    (not "Prime Minister Shehbaz Sharif" for "former prime minister")."""
    words = r"\s+".join(re.escape(word) for word in title.split())
    return (
        re.search(
            rf"\b(?i:{words})\b(?:\s+[\w\-]+){{0,4}}?,?\s+"
            r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)+",
            text,
        )
        is not None
    )


# What was done to the one named, before the role, after an adverb: "partly vindicating
# opposition MP X" (", investigating judge X", "the organising committee chairman", "acting
# mayor X" and "managing director X" are roles).
# Words in -ing that open a role ("acting mayor", "ruling party MP"); any other opens a clause.
_ROLE_GERUNDS = (
    r"(?:acting|ruling|leading|governing|outgoing|visiting|presiding|managing|commanding|"
    r"reigning|sitting|caretaking|founding|standing|organising|organizing|planning)\b"
)
_DONE_BEFORE_ROLE = re.compile(rf"^(?!{_ROLE_GERUNDS})[a-z]+ing\s+(?=\S)")
# A role that opens with a clause: "speaking beside the parish priest" (not "investigating
# judge", "incoming mayor").
_A_CLAUSE_OPENING = re.compile(
    rf"^(?!{_ROLE_GERUNDS})[a-z]+ing\s+(?:beside|with|to|at|for|from|on|in|near|about|after|"
    r"before|through|alongside|of|the|a|an|his|her|their|its)\b"
)
_AFTER_AN_ADVERB = re.compile(r"\b[a-z]+ly\s*$")
# An auxiliary right before a role, whose first word is then a verb's ("Preliminary results had
# given acting mayor X a lead": what was done to him); not a word of the office ("was acting
# mayor X", "is former minister X").
_AN_AUXILIARY_BEFORE = re.compile(r"\b(?:had|has|have|having|was|were|is|are|been|be)\s+$", re.I)
_DONE_AFTER_AN_AUXILIARY = re.compile(
    rf"^(?!{_ROLE_GERUNDS})(?!(?:{'|'.join(sorted(_ANOTHER_OFFICE))})\b)[a-z]+\s+(?=[a-z])"
)
# A verb of saying before the role of the one who says: "said union spokeswoman X".
_SAID_BEFORE_ROLE = re.compile(r"^(?:said|says|told|added|explained|warned)\s+(?:the\s+|a\s+)?")
# "the suspension on Thursday of the prison's director", "called on Monday for Kauno vandenys
# director general X to resign": what happened on a day, then the role ("The Sunday Times
# editor" is a role).
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATED_BEFORE_ROLE = re.compile(
    rf"^(?:.*\b(?:on|since|until|by|from|last|next)\s+{_WEEKDAY}(?:\s+(?:of|for))?"
    # ("dismissed on Tuesday the president of the National Assembly, Edith Mhone")
    rf"|{_WEEKDAY}\s+(?:of|for)|{_WEEKDAY}(?=\s+(?:the|a|an)\s)"
    # ("announced on Tuesday by state minister for mineral resources U Aung Kyaw Win")
    rf"|{_WEEKDAY}\s+by"
    # ("on Thursday named retired judge Elvira Hoepel": what was done to her that day)
    rf"|{_WEEKDAY}\s+(?:named|appointed|nominated|picked|chose)(?=\s+[a-z]))\s+"
)
# A word in -ed before a role that tells what was done, not what the one named is ("suspended",
# "accused"; not "the elected mayor", "retired judge").
_A_DEED = r"(?!(?:retired|elected|designated|appointed|acting)\b)[a-z]+ed"
# A verb in the past and its object's article before a role: "Friday suspended the director
# of the park" (what was done to the one named), not "the elected mayor".
_ACTED_ON_BEFORE_ROLE = re.compile(
    rf"^(?:[A-Z]\w*\s+)?{_A_DEED}\s+(?:the|a|an|its|his|her|their)\s+(?=[a-z])"
)
# People, then what they did, before a role: "Some townspeople accused (councillor)",
# "Protesters attacked (minister)", "Investigators questioned (site engineer)" (not "Iran
# backed militia commander", "Kenya's jailed opposition leader", "the twice elected mayor").
_PEOPLE_ACTED_BEFORE_ROLE = re.compile(
    r"^(?:[A-Za-z]+\s+)?(?:[A-Za-z][a-z]+s|townspeople|people|police|staff)\s+"
    rf"(?:{_A_DEED}|believe|say|think|fear|suspect|allege|claim|accuse|blame)\s+(?=[a-z])"
)
# Participles that open a role ("retired general", "jailed opposition leader"); any other word
# in -ed opens a clause ("repeated through a manager that ...").
_ROLE_PARTICIPLES = frozenset(
    "retired elected designated appointed embattled disgraced jailed detained exiled ousted "
    "deposed acclaimed celebrated renowned wounded injured detained suspended sacked fired "
    "indicted accused convicted".split()
)
# "her spokeswoman", "its chairman": out of its sentence the pronoun names no one.
OWNER_PRONOUNS = frozenset("his her its their our my your".split())
_OWNER_PRONOUN = re.compile(rf"^(?:{'|'.join(OWNER_PRONOUNS)})\s+", re.I)
_OWNER_INSIDE = re.compile(rf"^(?:.*\s)?(?:{'|'.join(OWNER_PRONOUNS)})\s+", re.I)


# A portfolio of several words before its title: "Industry, Energy and Mining Minister".
_PORTFOLIO = re.compile(
    rf"^(?:{_PORTFOLIO_WORDS},\s+)*{_TWO_PORTFOLIO_WORDS}\s+and\s+{_PORTFOLIO_WORDS}\s+"
    rf"(?:[A-Z][\w’'\-]*\s+)?(?=(?i:{ROLE_NOUNS})\b)"
)


# The same at a role's end: its "and" lists no people.
_PORTFOLIO_AFTER = re.compile(rf"\b{_LOWER_CASE_PORTFOLIO}$")


def _plausible_role(role: str) -> bool:
    """Not a list of people ("London Mayor Boris Johnson and ..."), a clause ("laid by") nor a
    phrase that only leads to the name ("including the Secretary of Defence")."""
    words = role.split()
    if not words or fold(words[0]) in _NOT_ROLE_OPENERS or words[0] in _PRONOUNS_OPENING:
        return False
    listed = _AND_IN_A_BODY_S_NAME.sub(
        _and_of_a_body, _PORTFOLIO_AFTER.sub("", _PORTFOLIO.sub("", role))
    )
    if " and " in f" {listed} " or re.search(
        r"\b(?:by|was|were|is|has|had|who|which|said|says|told)\b", role
    ):
        return False
    if _A_CLAUSE_OPENING.match(role):
        return False  # "Maria Lopez, speaking beside the parish priest, said": no role
    if words[0].endswith("ed") and words[0].islower() and fold(words[0]) not in _ROLE_PARTICIPLES:
        return False  # ", repeated through a company manager that ...": a clause, no role
    names = first_names()
    return not any(
        fold(first) in names
        and not (at > 0 and fold(first) in _PARTICLES and words[at - 1][:1].isupper())
        and second[:1].isupper()
        and first[:1].isupper()
        and not _REGNAL.fullmatch(second)  # "director of the Hassan II university hospital"
        and not re.fullmatch(ROLE_NOUNS, second, re.I)  # "Interior Vice Minister": a title
        and fold(second) not in _BODY_WORDS_INSIDE  # "an analyst at the Rosario Board of Trade"
        for at, (first, second) in enumerate(pairwise(words))
    )


# The "and" inside a body's name after "of" or "for" ("director of the National Centre for
# Evaluation and Examinations", "Ministry of Education and Science"): no list of people.
_AND_IN_A_BODY_S_NAME = re.compile(
    r"(\b(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+)+)and(?P<rest>(?:\s+[A-Z][\w’'.\-]*)+)"
)


def _and_of_a_body(found: re.Match[str]) -> str:
    """The words of `_AND_IN_A_BODY_S_NAME` without their "and", unless a title follows it: a
    second person, not the rest of a name ("minister of Health and Finance Minister Ama
    Mensah", "director of the Ghana Health Service and Dr. Ama Boateng")."""
    rest = found.group("rest")
    if any(fold(word.rstrip(".")) in TITLE_WORDS for word in rest.split()):
        return found.group(0)
    return found.group(1) + rest


_PARTICLES = frozenset(
    "de da di do dos das del della van von der den la le du al el bin ibn".split()
)


# A given name of two syllables joined by a hyphen, the second in lower case ("Hye-won",
# "Tae-gyu", "Ing-wen"): Korean and Chinese names written family name first, so "Jang" of "Jang
# Hye-won" is her surname.
_FAMILY_NAME_FIRST = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


def _surnames(name: str) -> list[str]:
    """Keys a lone surname of this person may have: the last word's, and for three words or
    more the one before it ("Raul Benavides Ortiz" is "Benavides": Spanish and Portuguese
    names carry the father's surname first)."""
    words = [w for w in re.sub(r"[“”\"]", " ", name).split() if fold(w) not in _PARTICLES]
    if len(words) == 2 and _FAMILY_NAME_FIRST.fullmatch(words[1]):
        return [key for key in (skeleton(words[0]), skeleton(words[1])) if key]
    keys = [skeleton(words[-1])] if words else []
    if len(words) >= 3 and len(words[-2].rstrip(".")) > 2:
        keys.append(skeleton(words[-2]))
    return [key for key in keys if key]


def _namesake(by_surname: dict[str, list[Entity]], word: str) -> Entity | None:
    """The person a lone surname stands for: one spelt exactly so, else the most mentioned of
    those whose surname sounds alike (skeletons can collide: Carey / Curry)."""
    pool = _namesakes(by_surname, word)
    return max(pool, key=lambda person: len(person.mentions)) if pool else None


def _namesakes(by_surname: dict[str, list[Entity]], word: str) -> list[Entity]:
    """The people whose surname is spelt as the word, else those whose surname sounds alike
    (a skeleton of two consonants or more: "Hai" and "Hoa" share only an "h")."""
    key = skeleton(word)
    candidates = by_surname.get(key, [])
    exact = [
        p
        for p in candidates
        if any(fold(word) in {fold(part) for part in n.split()[-2:]} for n in p.names)
    ]
    return exact or (candidates if len(key) >= 2 else [])


# A kinsman of someone named before: "her husband, ", "whose son ", "his nephew".
_KIN_BEFORE = re.compile(
    r"\b(?:his|her|their|whose)\s+(?:\w+\s+)?(?:husband|wife|son|daughter|brother|sister|"
    r"father|mother|nephew|niece|uncle|aunt|cousin|grandson|granddaughter|grandfather|"
    r"grandmother|partner|fianc[eé]e?|boyfriend|girlfriend|stepfather|stepmother|stepson|"
    r"stepdaughter)\s*,?\s*$",
    re.I,
)


def _spelt_apart(
    singles: list[tuple[tuple[str, ...], list[tuple[Mention, str]]]],
) -> list[tuple[tuple[str, ...], list[tuple[Mention, str]]]]:
    """Lone names grouped by a skeleton of one consonant, split by spelling: "Hai" and "Hoa"
    share only an "h" and are no misspelling of each other (as "Carey" and "Curry" may be)."""
    spelt: list[tuple[tuple[str, ...], list[tuple[Mention, str]]]] = []
    for key, found in singles:
        if len(key[0]) >= 2:
            spelt.append((key, found))
            continue
        by_spelling: dict[str, list[tuple[Mention, str]]] = defaultdict(list)
        for mention, kind in found:
            by_spelling[fold(mention.text)].append((mention, kind))
        spelt += [(key, group) for group in by_spelling.values()]
    return spelt


def _named_in_full_before(
    mention: Mention, pool: list[Entity], alone: list[Mention]
) -> Entity | None:
    """Of the people a lone surname may stand for, the one its report named in full last
    before it: news names someone in full, then by surname ("Tien Phong's lawyer, Luong Van
    Phong, said ... 'My client never received it,' Phong told Reuters"), spelt so in it. Not
    where the report wrote the surname alone before that full name: it calls someone else so
    ("President Biden pardoned his son, Hunter Biden ... Biden said")."""
    nearest: tuple[int, Entity] | None = None
    for person in pool:
        for other in person.mentions:
            if (
                other.ref.source_id == mention.ref.source_id
                and len(other.text.split()) > 1
                and fold(mention.text) in {fold(part) for part in other.text.split()[-2:]}
                # ("Lucy Chen said her husband, Michael Chen, had gone back ... Chen said":
                # a kinsman named after the one who speaks is named for her story)
                and not _KIN_BEFORE.search(other.around(40)[0])
                and other.start < mention.start
                and (nearest is None or other.start > nearest[0])
            ):
                nearest = (other.start, person)
    if nearest is None or any(
        other.ref.source_id == mention.ref.source_id and other.start < nearest[0] for other in alone
    ):
        return None
    return nearest[1]


def name_key(name: str) -> tuple[str, ...]:
    """Skeletons of a name's words, quotes and particles left out."""
    words = re.sub(r"[“”\"]", " ", name).replace("-", " ").split()
    keys = [skeleton(word) for word in words if fold(word) not in {"al", "el", "bin", "ibn"}]
    return tuple(key for key in keys if key)


def _inside(run: tuple[str, ...], name: tuple[str, ...]) -> bool:
    return any(name[i : i + len(run)] == run for i in range(len(name) - len(run) + 1))


def _merge_people(people: dict[tuple[str, ...], Entity]) -> list[Entity]:
    """Merge people whose shorter name is contained in a longer one with the same surname
    ("Abu Bakir al-Saadi" into "Wissam Mohammed “Abu Bakr” al-Saadi"), or begins it ("Mofazzal
    Hossain" into "Mofazzal Hossain Mridha")."""
    # (longest first; a given name before its initial: "Viktor Lisitsyn", then "V. Lisitsyn")
    keys = sorted(
        people,
        key=lambda key: (len(key), not _AN_INITIAL.fullmatch(people[key].name.split()[0])),
        reverse=True,
    )
    merged: dict[tuple[str, ...], Entity] = {}
    for key in keys:
        target = next(
            (
                longer
                for longer in merged
                if (longer[-1] == key[-1] and set(key[:-1]) <= set(longer[:-1]))
                # "Mofazzal Hossain" and "Mofazzal Hossain Mridha": the name, then the family
                # name after it; "Abu Bakir" of "Wissam Mohammed “Abu Bakr” al-Saadi": a run of
                # two words or more inside the full name
                or (len(key) >= 2 and _inside(key, longer))
            ),
            None,
        ) or _by_its_initial(key, people[key], merged)
        if target is None:
            merged[key] = people[key]
            continue
        for mention in people[key].mentions:
            merged[target].add(mention)
    return list(merged.values())


_AN_INITIAL = re.compile(r"[A-Z]\.")


def _by_its_initial(
    key: tuple[str, ...], person: Entity, merged: dict[tuple[str, ...], Entity]
) -> tuple[str, ...] | None:
    """The one person of that surname whose given name an initial stands for ("V. Lisitsyn" of
    "Viktor Lisitsyn", as a translated report writes him); None when no one's or two people's
    given names open so, or when one sentence names both ("Opposition senator Grace Wambui and
    her husband, G. Wambui") or the two are given roles that share no word ("Police spokesman
    P. Dvorak" beside "businessman Pavel Dvorak"): two people."""
    words = person.name.split()
    if len(words) != 2 or not _AN_INITIAL.fullmatch(words[0]):
        return None
    bearers = [
        longer
        for longer in merged
        if len(longer) >= 2 and longer[-1] == key[-1] and longer[0][:1] == key[0][:1]
    ]
    if len(bearers) != 1:
        return None
    bearer = merged[bearers[0]]
    sentences = [{(m.ref.source_id, m.ref.position) for m in e.mentions} for e in (person, bearer)]
    if sentences[0] & sentences[1]:
        return None
    roles = [_role_words(entity) for entity in (person, bearer)]
    return None if all(roles) and not roles[0] & roles[1] else bearers[0]


def _role_words(person: Entity) -> frozenset[str]:
    """The words of every role a person is given ("chief engineer", "KRG's chief engineer")."""
    return frozenset(
        fold(word) for role in person.roles for word in re.findall(r"[A-Za-z]{3,}", role)
    ) - {"the", "and", "for"}


# The genders gender-guesser may give a given name for a pronoun to stand for that person.
_PRONOUN_GENDERS = {
    "he": ("male", "mostly_male"),
    "him": ("male", "mostly_male"),
    "she": ("female", "mostly_female"),
    "her": ("female", "mostly_female"),
}
GENDERED_PRONOUNS = frozenset(_PRONOUN_GENDERS)


@cache
def _gender_detector() -> Any:
    import gender_guesser.detector as gender

    return gender.Detector(case_sensitive=False)


@cache
def _genders_anywhere(given: str) -> frozenset[str]:
    """Every gender gender-guesser gives a given name, in any of its countries ("Andrea" is
    female in most and male in Italy; "Kim" both)."""
    detector = _gender_detector()
    return frozenset(
        [detector.get_gender(given), *(detector.get_gender(given, c) for c in detector.COUNTRIES)]
    )


# Middle names that say a Vietnamese name's gender.
_GENDERED_MIDDLE_NAMES = {"Thi": "female", "Van": "male"}


def of_other_gender(pronoun: str, name: str) -> bool:
    """Whether a person's given name is never, in any country gender-guesser knows, of the
    pronoun's gender ("she": not Sebastien; "he": Andrea may be, in Italy). Names it does not
    know are never ruled out. A Vietnamese
    name, written family name first, says its gender by its middle name ("Vu Thi Mai Anh":
    Thi, a woman)."""
    wanted = _PRONOUN_GENDERS.get(pronoun.lower())
    if not wanted:
        return False
    words = name.split()
    if len(words) >= 3 and words[1] in _GENDERED_MIDDLE_NAMES:
        # a Vietnamese name, family name first: "Vu Thi Mai Anh" is a woman, "Ho Van Long" a man
        return _GENDERED_MIDDLE_NAMES[words[1]] not in wanted
    known = _genders_anywhere(words[0]) - {"unknown", "andy"}
    return bool(known) and not known & set(wanted)


class PeopleBefore:
    """The person a report names last before a given offset of its text, with where."""

    def __init__(self, entities: Iterable[Entity] = ()) -> None:
        self._at: dict[str, list[tuple[Mention, Entity]]] = {}
        for entity in entities:
            if entity.kind == "person":
                for mention in entity.mentions:
                    self._at.setdefault(mention.ref.source_id, []).append((mention, entity))
        for mentions in self._at.values():
            mentions.sort(key=lambda entry: entry[0].start)
        self._starts = {
            source: [mention.start for mention, _ in mentions]
            for source, mentions in self._at.items()
        }

    def __call__(self, source_id: str, offset: int) -> Entity | None:
        """The person named last before `offset` (of the source's text) in `source_id`."""
        found = self.mention(source_id, offset)
        return found[1] if found else None

    def mention(self, source_id: str, offset: int) -> tuple[Mention, Entity] | None:
        """That person, with where the report names them."""
        index = bisect_left(self._starts.get(source_id, []), offset)
        return self._at[source_id][index - 1] if index else None

    def mentions_in(self, source_id: str, start: int, end: int) -> list[tuple[Mention, Entity]]:
        """The people a report names between two offsets of its text, with where."""
        return [(m, e) for m, e in self._at.get(source_id, []) if start <= m.start < end]

    def outside_quotes(self, source_id: str, offset: int) -> Entity | None:
        """The person named last before `offset` in the report's own words: not one a
        quotation names ('"... kids who see themselves in Yanis, ...," he said': not Yanis)."""
        index = bisect_left(self._starts.get(source_id, []), offset)
        for mention, entity in reversed(self._at.get(source_id, [])[:index]):
            at = mention.start - mention.ref.start
            if not any(start <= at < end for start, end in quote_spans(mention.ref.text)):
                return entity
        return None
