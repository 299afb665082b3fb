"""`reactions`: who said what, read from the sentence parse (spaCy's dependency parser).

A reaction is a reporting verb ("said", "warned", "condemned", "according to" ...) with its
speaker and what was said:

- the speaker is the verb's grammatical subject ("Jan Egeland, the UN's chief of emergency
  relief, said ..."), also when it comes after the verb ("..., said Becky Buell, Oxfam's Policy
  Director") or belongs to the verb the reporting clause hangs from ("Egeland recanted,
  adding that ..."); "a spokesperson for X" is the spokesperson, with X as affiliation; a
  pronoun is the speaker named just before (the subject of the previous sentence, else the last
  person named); "according to X" makes X the speaker;
- the statement is the quotation or the reported clause (the verb's clausal complement), never
  the whole sentence with its attribution; verbs that carry a stance ("condemned", "urged",
  "described ... as") keep the verb and its complements;
- the speaker is a person, an organisation or a group: never a place other than a country,
  a date, a document ("the report said"), or a news outlet relaying someone else's words (the
  voice inside its report is taken instead).

Only sentences that can hold a reaction (a reporting verb, a quotation mark, "according to")
among the best-ranked evidence are parsed, each once. Reactions are ranked by the evidence's
rank, lifted for quotations, for speakers the cluster names often and for those who hold office
(a president, a minister), and spread over speakers (one each before anyone gets a second)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from .. import nlp
from ..evidence import EvidenceItem, EvidenceSet, SentenceRef
from ..schema import Reaction
from ..segment import QUOTE_MARKS, fold, quote_spans
from .casualties import counts_people, reports_a_count, tells_a_toll
from .common import cite_item, clean_sentence, dateline, shorten, without_dateline
from .gazetteer import first_names
from .names import (
    FACILITY_WORDS,
    MASTHEAD_WORDS,
    ORGANISATION_HEADS,
    OWNER_PRONOUNS,
    ROLE_NOUNS,
    ROLE_WORD,
    Entity,
    Mention,
    PeopleBefore,
    holder_named_before,
    is_title,
    named_like_a_person,
    of_other_gender,
    role_in_sentence,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# At most this many reactions: ten voices, the newsletter showing the first four. Stop 44 went
# from eight to ten: the 110 invented clusters' facts 2108 -> 2121 of 2505 (most of the
# reaction facts they missed were of voices not shown), the 7 development topics unchanged
# (125/147); the brief is longer by two quotations at most.
MAX_REACTIONS = 10
MAX_PER_SPEAKER = 2
# Words of a statement kept in the brief; a statement shorter than MIN_WORDS says nothing.
MAX_WORDS = 45
MIN_WORDS = 4
# How far down the evidence ranking reactions are looked for, and how many sentences are parsed
# at most: the cost stays flat however large the cluster.
MAX_ITEMS = 400
MAX_PARSED = 160
PARSE_BATCH = 40
# How a reaction's rank is lifted: a quotation is someone's own words; a speaker the cluster
# names in many sentences is a main actor of the story.
KIND_WEIGHT = {"quote": 2.0, "clause": 1.0, "stance": 0.9, "according": 0.6}
# People react; organisations too; an unnamed group ("opposition parties") less surely.
PERSON_WEIGHT, ORGANISATION_WEIGHT, GROUP_WEIGHT = 1.0, 0.85, 0.6
# A speaker the text gives a role or affiliation ("Pentagon spokesperson") speaks for someone.
UNAFFILIATED_WEIGHT = 0.85
# A statement made of figures ("the toll could climb beyond 150,000") reports a fact, which
# the casualties and the summary carry; a reaction is a judgement.
FIGURES_WEIGHT = 0.7
# Words said after every tragedy ("Our thoughts are with the injured and their families") say
# nothing of this one: a judgement of the event, a demand or a denial ranks above them.
RITUAL_WEIGHT = 0.5
_RITUAL = re.compile(
    r"\b(?:(?:our|my)\s+(?:thoughts|hearts|prayers|sympathies)\s+(?:(?:and\s+\w+\s+)?"
    r"(?:are|go|goes)\s+(?:out\s+)?)?(?:with|to)|thoughts\s+and\s+prayers|"
    r"(?:deepest|sincere|heartfelt|deep)\s+condolences|hearts\s+go\s+out)\b",
    re.I,
)
# How much a reaction's rank leans on its evidence's score (corroboration x centrality): who
# reacted matters more than how widely the sentence was reprinted, so a union leader's quote in
# one report can stand beside the police chief's that every wire carried. (Square root: on the
# development topics and S1-S20, reaction facts missed went from 20 to 16; 1.0 and 0.25 tried.)
CORROBORATION_EXPONENT = 0.5
SALIENCE_BONUS = 0.5
# Those who hold office answer for the event: an editor wants the president's or the minister's
# words beside those quoted most. (On the invented clusters S1-S34, development data, reaction
# facts found went +6 -3 with 1.5, +4 -2 with 1.3, +8 -4 with 2.0; the development topics
# did not move.)
OFFICE_WEIGHT = 1.5
_OFFICE = re.compile(
    r"\b(?:president|prime minister|premier|minister|chancellor|governor|secretary[- ]general|"
    r"secretary of state|(?:defen[cs]e|foreign|home|interior) secretary|king|queen|"
    r"head of state)\b",
    re.I,
)

# Reporting verbs, as lemmas. The lemmatizer is not part of the loaded pipeline, so the written
# forms are generated (`_forms`). For PLAIN verbs the statement is the reported clause alone
# ("said that X" -> X); the others carry a stance, and the verb stays ("warned that X").
PLAIN = frozenset(
    "say tell add state write reply respond explain comment remark note report continue".split()
)
# Stance verbs that report only with a clause or a quotation: "claimed that ..." is a
# statement, "claimed 175,000 victims" or "announced a donation" is an event.
CLAUSE_STANCE = frozenset(
    """
    announce declare claim insist stress emphasise emphasize argue agree admit acknowledge
    concede confirm predict maintain suggest believe
    """.split()
)
# Stance verbs whose object or complement is the statement: "condemned the attack",
# "urged restraint", "vowed to rebuild".
OBJECT_STANCE = frozenset(
    """
    warn caution condemn denounce accuse urge call welcome praise criticise criticize reject
    describe blame dismiss defend deny demand disagree express appeal question doubt regret
    apologise apologize thank hail slam recant vow promise threaten
    """.split()
)
STANCE = CLAUSE_STANCE | OBJECT_STANCE
# Reporting verbs whose clause may follow a listener: "told reporters that", "warned Iran that".
ADDRESSED = frozenset("tell warn promise caution".split())
_IRREGULAR = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "admit": ("admitted", "admitting"),
    "regret": ("regretted", "regretting"),
}
# Subjects that are not voices: documents and media speak for someone ("the report said");
# without that someone named they are dropped.
NOT_VOICES = frozenset(
    """
    report reports study statement statements figures figure data survey poll evidence
    document documents letter article video footage photo photos pictures images results
    analysis research records paper book message website post tweet law rule rules plan
    agreement deal text draft resolution order sheet communique communiqué declaration release
    memo cable email editorial announcement bulletin filing verdict ruling findings speech
    it this that which what there one
    """.split()
)
# Speakers that relay facts rather than react, taken only with a quotation.
GENERIC_VOICES = frozenset(
    "source sources official officials witness witnesses report reports media".split()
)
# Words that make a name a news outlet ("news agency", "Danish news channel TV 2"); "agency"
# alone is not one ("the UN refugee agency").
MEDIA_WORDS = frozenset(
    """
    news newspaper newspapers television tv radio broadcaster channel daily magazine outlet
    outlets website websites
    """.split()
)
# Nouns that count a group: in "lots of people said" the people speak.
QUANTITY_HEADS = frozenset(
    """
    lots lot number numbers dozens hundreds thousands millions majority some many most all
    none one each several group groups
    """.split()
)
# Honorifics and military ranks left at the edge of a role ("commissioner Sir", "Maj").
HONORIFICS = frozenset(
    """
    sir mr mrs ms miss dr dame lord lady maj gen lt col capt sgt adm cmdr prof rev
    """.split()
)
# Ranks written out before a name ("spokesman Brigadier General Ramesh Kumar Basnet"): part of
# the name's style, not of the role.
# ("captain", "sergeant" and "major" are also jobs: "England captain", "police sergeant".)
RANKS = frozenset("brigadier colonel lieutenant admiral corporal".split())
# Ranks that are roles of their own as often ("the ship's captain"): left out only when written
# capitalised after another role, right before the name ("police spokesman Major Khamphet").
_RANKS_AFTER_A_ROLE = frozenset("major captain sergeant".split())
_RANKS_BEFORE_MAJOR = frozenset("sergeant drum pipe".split())
_ONLY_QUALIFY = frozenset("retired former acting late then".split())
# Verbs that turn a reporting verb into its refusal: "declined to say", "refused to comment".
REFUSALS = frozenset("decline declined declines declining refuse refused refuses refusing".split())
# Personal pronouns resolved to a person, and those resolved to a group.
PERSON_PRONOUNS = frozenset({"he", "she"})
# Marks of a clause that concedes something against the main clause, whose "he" or "she" is
# the main clause's subject: "resigned ..., though he maintained the train was too fast".
_CONCEDING = frozenset({"though", "although"})
HAVE = frozenset({"has", "have", "had", "having", "'s", "'ve", "’s", "’ve"})
GROUP_PRONOUNS = frozenset({"they", "it"})
# spaCy entity labels that never name a voice.
NOT_VOICE_LABELS = frozenset(
    """
    DATE TIME CARDINAL ORDINAL QUANTITY MONEY PERCENT LOC FAC WORK_OF_ART LAW EVENT PRODUCT
    """.split()
)
_LEADING_WORDS = (
    frozenset(
        """
    the a an some many several all both most few other another these those this that including
    """.split()
    )
    | OWNER_PRONOUNS
)  # "her spokeswoman": the role is "spokeswoman"
# A figure other than a year: "150,000", "$10,000", "1.7".
_FIGURE = re.compile(r"(?<![\w-])(?!(?:19|20)\d\d\b)\d[\d,.]*")
_QUOTED = re.compile(r"[“\"]([^“”\"]{12,})[”\"]")


def _forms(lemma: str) -> set[str]:
    """Written forms of a regular verb: 'urge' -> urge urges urged urging."""
    forms = {lemma, *_IRREGULAR.get(lemma, ())}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    return forms


REPORTING_FORMS: dict[str, str] = {
    form: lemma for lemma in sorted(PLAIN | STANCE) for form in _forms(lemma)
}
_WORD = re.compile(r"[A-Za-z]+")
# Of an evidence item's near-identical sentences, this many are looked at.
MAX_MEMBERS = 6


@dataclass(frozen=True, slots=True)
class Said:
    """One reaction as read from a sentence: who, their role, what, and how it was said."""

    speaker: str
    affiliation: str | None
    statement: str
    kind: str  # quote | clause | stance | according
    entity: Entity | None = None
    is_person: bool = False


@dataclass(frozen=True, slots=True)
class _Voice:
    """Who spoke, before validation: a name, a role or affiliation, the entity if known."""

    name: str
    affiliation: str | None
    entity: Entity | None
    is_person: bool


def extract_reactions(evidence: EvidenceSet, entities: list[Entity]) -> list[Reaction]:
    reader = _Reader(evidence, entities)
    read = list(reader.reactions())
    reader.note_bodies([said for _, said in read])
    found = [(reader.rank(item, said), item, said) for item, said in read]
    # A count of the dead or the arrested is the casualty list's (with its voice), not a
    # reaction: such statements come after every other, as does news told in indirect speech
    # with its toll ("a cabin plunged onto a slope, killing at least three people, the
    # emergency service said").
    count_last = {
        id(said): reports_a_count(said.statement)
        or (said.kind != "quote" and tells_a_toll(said.statement))
        for _, _, said in found
    }
    found.sort(key=lambda entry: (count_last[id(entry[2])], -entry[0]))
    chosen: list[tuple[float, Said, EvidenceItem]] = []
    per_speaker: Counter[str] = Counter()
    seen: set[str] = set()
    # One reaction per speaker first, then second ones, in rank order.
    for round_limit in range(1, MAX_PER_SPEAKER + 1):
        for score, item, said in found:
            key = said.speaker.lower()
            if len(chosen) >= MAX_REACTIONS or item.id in seen or per_speaker[key] >= round_limit:
                continue
            per_speaker[key] += 1
            seen.add(item.id)
            chosen.append((score, said, item))
    chosen.sort(key=lambda entry: (count_last[id(entry[1])], -entry[0]))
    return [
        Reaction(
            speaker=said.speaker,
            affiliation=said.affiliation,
            statement=said.statement,
            citations=cite_item(item),
        )
        for _, said, item in chosen
    ]


# Titles that say a person's gender whatever a name dictionary says of the given name.
_TITLED_AS = {
    "she": re.compile(r"\b(?:Mrs|Ms|Miss|Madam|Madame|Mme)\b\.?"),
    "he": re.compile(r"\b(?:Mr|Monsieur|Sir)\b\.?"),
}
# A role of one sex set right after the name ("Gwyn Ellis, 71, a retired postman", where
# gender-guesser finds "Gwyn" mostly a woman's name): what the report says of its person.
_ROLE_OF_A_SEX = r"\s*,\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+(?:[\w’'\-]+\s+){0,3}?"
_SET_BESIDE_AS = {
    "she": re.compile(
        rf"{_ROLE_OF_A_SEX}(?:spokeswoman|chairwoman|businesswoman|policewoman|postwoman|"
        r"saleswoman|wife|mother|grandmother|widow|nun|actress|waitress)\b"
    ),
    "he": re.compile(
        rf"{_ROLE_OF_A_SEX}(?:postman|fisherman|policeman|chairman|spokesman|businessman|"
        r"fireman|salesman|craftsman|serviceman|foreman|watchman|husband|father|grandfather|"
        r"widower|monk|priest)\b"
    ),
}
_NEVER = re.compile(r"(?!)")


def _told_dead(mention: Mention) -> bool:
    """Whether the sentence says the person named there died: "The dead man was identified as
    Mark Hendry", "Mark Hendry, 41, was killed", "Hendry died in hospital", "the death of
    Yanis Ferhat"."""
    before, after = mention.around(80, 60)
    return bool(
        _NAMED_AS_DEAD.search(before) or _DIED_AFTER.match(after) or _DEATH_OF.search(before[-40:])
    )


_DEATH_OF = re.compile(
    r"\b(?:death|killing|murder|funeral|burial)\s+of\s+(?:(?:the\s+)?[\w\-]+\s+){0,3}$", re.I
)


_NAMED_AS_DEAD = re.compile(
    r"\b(?:dead|killed|victims?|deceased|body)\b[^.;]*\b(?:identified|named)\s+as\s+$", re.I
)
_DIED_AFTER = re.compile(
    r"^(?:,[^,.;]{1,40},)?\s+(?:(?:was|had\s+been)\s+(?:killed|shot\s+dead|shot\s+and\s+killed|"
    r"stabbed\s+to\s+death|found\s+dead|among\s+the\s+dead)|died)\b",
    re.I,
)


def _only_ritual(statement: str) -> bool:
    """Whether a statement says little but condolences: not "Our thoughts are with the
    families, but the company must answer for this negligence"."""
    if _RITUAL.search(statement) is None:
        return False
    rest = _RITUAL.sub(" ", statement)
    said = [w for w in re.findall(r"[A-Za-z]{4,}", rest) if w.lower() not in _RITUAL_WORDS]
    return len(said) < RITUAL_REST_WORDS


# Words of four letters or more, besides the condolence and the words that go with it, that
# make a statement of it.
RITUAL_REST_WORDS = 3
_RITUAL_WORDS = frozenset(
    """
        families family victims injured wounded those their them lives lost loved ones tragedy
        deeply saddened shocked this these with thoughts prayers hearts sympathies condolences
        people everyone affected terrible incident they were have been
    """.split()
)


class _Reader:
    """Parses candidate sentences lazily, in evidence rank order, and reads voices from them."""

    def __init__(self, evidence: EvidenceSet, entities: list[Entity]) -> None:
        self.evidence = evidence
        self.people = [entity for entity in entities if entity.kind == "person"]
        self.mentions = _mentions_by_source(entities)
        self.last_person_before = PeopleBefore(entities)
        self.outlets = {article.outlet.lower() for article in evidence.articles if article.outlet}
        self.docs: dict[str, Doc] = {}
        self.parsed = 0
        self._titles: dict[str, list[tuple[str, int, Entity]]] | None = None
        most = max((len(entity.mentions) for entity in entities), default=1)
        self._salience = {id(entity): len(entity.mentions) / most for entity in entities}
        # the bodies by each of their names, for the one who speaks for one
        self._bodies = [
            (re.compile(rf"\b{re.escape(name)}\b", re.I), len(entity.mentions) / most)
            for entity in entities
            if entity.kind == "organisation"
            for name in entity.names
            if len(name) >= 3
        ]
        self._speaks_for: dict[str, float] = {}

    def rank(self, item: EvidenceItem, said: Said) -> float:
        """The evidence's rank, lifted for a speaker's own words and for main actors."""
        salience = self._salience.get(id(said.entity), 0.0) if said.entity else 0.0
        # one who speaks for a main actor ("CELIT general manager Felipe Arancibia") is as
        # central as the body, in each of his statements
        salience = max(salience, self._speaks_for.get(said.speaker.lower(), 0.0))
        return (
            item.score**CORROBORATION_EXPONENT
            * KIND_WEIGHT[said.kind]
            * (
                PERSON_WEIGHT
                if said.is_person
                else ORGANISATION_WEIGHT
                if said.entity
                else GROUP_WEIGHT
            )
            * (FIGURES_WEIGHT if _FIGURE.search(said.statement) else 1.0)
            * (RITUAL_WEIGHT if _only_ritual(said.statement) else 1.0)
            * (1.0 if said.affiliation else UNAFFILIATED_WEIGHT)
            * (1 + SALIENCE_BONUS * salience)
            * (OFFICE_WEIGHT if _OFFICE.search(f"{said.affiliation or ''} {said.speaker}") else 1.0)
        )

    def note_bodies(self, said: list[Said]) -> None:
        """Note, for each person, how central the body is that any of their roles names."""
        for one in said:
            if one.is_person and one.affiliation:
                central = max(
                    (body for name, body in self._bodies if name.search(one.affiliation)),
                    default=0.0,
                )
                key = one.speaker.lower()
                self._speaks_for[key] = max(self._speaks_for.get(key, 0.0), central)

    def reactions(self) -> Iterator[tuple[EvidenceItem, Said]]:
        items = [item for item in self.evidence.ranked()[:MAX_ITEMS] if not item.is_heading]
        for batch_start in range(0, len(items), PARSE_BATCH):
            if self.parsed >= MAX_PARSED:
                return
            batch = items[batch_start : batch_start + PARSE_BATCH]
            candidates = {item.id: _candidates(item) for item in batch}
            self._parse([ref.text for refs in candidates.values() for ref in refs[:1]])
            for item in batch:
                for ref in candidates[item.id]:
                    said = self.read(ref)
                    if said is not None:
                        yield item, said
                        break

    def _parse(self, texts: list[str]) -> None:
        """Parse what is not parsed yet, within MAX_PARSED."""
        todo = [text for text in dict.fromkeys(texts) if text not in self.docs]
        todo = todo[: max(0, MAX_PARSED - self.parsed)]
        if todo:
            self.docs.update(zip(todo, nlp.parse(todo), strict=True))
            self.parsed += len(todo)

    def doc(self, ref: SentenceRef) -> Doc | None:
        if ref.text not in self.docs:
            self._parse([ref.text])
        return self.docs.get(ref.text)

    def read(self, ref: SentenceRef) -> Said | None:
        """The sentence's reaction: the first reporting verb with a speaker and a clause or
        quotation, else the first with a speaker and a stance, else 'according to'."""
        doc = self.doc(ref)
        if doc is None:
            return None
        quotes = quote_spans(ref.text)
        found = [
            (said, any(start <= verb.idx < end for start, end in quotes))
            for verb, subject in _reporting_verbs(doc)
            if (said := self._said(ref, doc, quotes, verb, subject)) is not None
        ]
        # A verb of the quoted words ('"They tell us the air is fine," said Sunita Patel')
        # reports what the speaker says others said: the verb outside the quote comes first.
        found.sort(key=lambda entry: (entry[0].kind == "stance", entry[1]))
        return found[0][0] if found else self._according_to(ref, doc, quotes)

    def _said(
        self,
        ref: SentenceRef,
        doc: Doc,
        quotes: list[tuple[int, int]],
        verb: Token,
        subject: Token,
    ) -> Said | None:
        statement, kind = _statement(doc, verb, quotes)
        if statement is None:
            return None
        voice = self.voice(ref, doc, subject)
        if voice is not None and self.is_outlet(voice, subject, verb):
            # "The Australian reported that the Pentagon confirmed ...": the Pentagon speaks
            inner = _inner_voice(verb)
            if inner is None:
                return None
            verb, subject = inner
            statement, kind = _statement(doc, verb, quotes)
            voice = self.voice(ref, doc, subject) if statement else None
            if voice is not None and self.is_outlet(voice, subject, verb):
                return None
        if voice is None or statement is None:
            return None
        if _is_generic(voice) and kind != "quote":
            return None  # "security sources said": facts relayed, not a reaction
        return _finished(voice, statement, kind)

    def _according_to(
        self, ref: SentenceRef, doc: Doc, quotes: list[tuple[int, int]]
    ) -> Said | None:
        """'According to X, Y': X said Y."""
        for token in doc:
            if token.lower_ != "according":
                continue
            objects = [
                o
                for to in token.children
                if to.lower_ == "to"
                for o in to.children
                if o.dep_ == "pobj"
            ]
            if not objects:
                continue
            voice = self.voice(ref, doc, objects[0])
            if voice is None or self.is_outlet(voice, objects[0], None) or _is_generic(voice):
                return None
            clause = token.head
            while clause.dep_ not in {"ROOT", "ccomp"} and clause.head is not clause:
                clause = clause.head
            inside = set(token.subtree)
            # ("SAMARKAND - Two pupils remain in hospital, according to ...": no place filed from)
            text = without_dateline(_text_of(doc, [t for t in clause.subtree if t not in inside]))
            return _finished(voice, text, "according") if text else None
        return None

    def voice(self, ref: SentenceRef, doc: Doc, subject: Token) -> _Voice | None:
        """Who the subject token names, or None when it names no voice."""
        beside = nlp.speaker_outside_quotes(subject)
        if beside is None:
            return None
        if beside is not subject:
            return self._quoted_subject(ref, doc, subject, beside)
        if subject.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return self.resolve_pronoun(ref, subject)
        if subject.tag_ in {"WP", "WDT"} and subject.head.dep_ == "relcl":
            subject = subject.head.head  # "Whitman, who said ...": Whitman
        titled = _named_after_a_title(doc, subject)
        if titled is not None:  # "Mandi Superintendent of Police Sanjay Katoch said"
            subject = titled
        if nlp.heads_a_dateline(subject):
            # A dateline ("London, England — the crowds came out ..."), taken by the parser
            # for the subject: the subject is what follows the dash, if anything.
            named = nlp.named_after_a_dateline(subject)
            return self.voice(ref, doc, named) if named is not None else None
        if (
            _has_named_appos(subject) or _named_after_whom_it_speaks_for(subject)
        ) and subject.pos_ != "PROPN":
            return self._described(ref, doc, subject)  # "One of the candidates, Ying-jiou Ma"
        if subject.lower_ in QUANTITY_HEADS:
            counted = _counted(subject)
            if counted is not None:
                subject = counted  # "lots of people said": the people
        if subject.ent_type_ in NOT_VOICE_LABELS and subject.pos_ == "PROPN":
            # '"...," Hendry told The Associated Press outside Akdeniz University Hospital':
            # the recogniser ran the surname into a "work of art"; a person of this article
            # by that surname says it
            person = self.surname_before(ref, subject.text)
            span = _name_span(doc, subject)
            if person is not None and self.other_given_name(span, person):
                return self.namesake(span, _role_around(doc, subject, span))  # "Yesenia Huillca"
            if person is not None:
                return _Voice(person.name, person.role, person, True)
            if named_like_a_person(span):  # "Sioned Pritchard", taken for a work of art
                role = _clean_role(_role_around(doc, subject, span), span.text)
                return _Voice(span.text, role, None, True)
        if subject.ent_type_ in NOT_VOICE_LABELS or subject.pos_ == "PRON":
            return None
        if subject.pos_ == "PROPN" or subject.ent_type_:
            return self._named(ref, doc, subject)
        if self.entity_at(ref, subject.idx, subject.idx + len(subject.text)) is not None:
            return self._named(ref, doc, subject)  # "Survivors of the London Bombings"
        return self._described(ref, doc, subject)

    def _quoted_subject(
        self, ref: SentenceRef, doc: Doc, subject: Token, name: Token
    ) -> _Voice | None:
        """The speaker the parser hung beside quoted words ('"...," the head of the institute,
        Alfredo Quispe, told reporters'): the name, with the title beside it as its role."""
        voice = self.voice(ref, doc, name)
        if voice is None:
            return None
        inside = nlp.quoted(doc)
        titles = [
            c
            for c in subject.children
            if c.dep_ == "appos" and c.pos_ != "PROPN" and c.i not in inside
        ]
        role = _clean_role(_text_of(doc, _title_words(titles[0])), voice.name) if titles else None
        return _Voice(voice.name, role or voice.affiliation, voice.entity, voice.is_person)

    def _named(self, ref: SentenceRef, doc: Doc, head: Token) -> _Voice | None:
        """A proper name: the entity it mentions, the role the sentence gives it."""
        span = _with_given_name(doc, _name_span(doc, head))
        entity = self.entity_at(ref, span.start_char, span.end_char)
        is_person = (
            entity.kind == "person"
            if entity
            # ("Sioned Parry had to put a sign on the door": a name the model left unlabelled)
            else head.ent_type_ == "PERSON" or (not head.ent_type_ and named_like_a_person(span))
        )
        if not is_person:
            # "the UN Office ... chief, Michael Elmquist, warned": the person in apposition
            for child in head.children:
                if child.dep_ == "appos" and child.pos_ == "PROPN":
                    named = self._named(ref, doc, child)
                    if named is not None and (
                        named.is_person or (is_title(head.text) and _a_full_name(named.name))
                    ):
                        # ("Deputy Minister of Culture and Tourism Ahmet Sarikaya ... said":
                        # the name a title is given to is a person's, whatever the model says)
                        role = _clean_role(_text_of(doc, _phrase(head)), named.name)
                        return _Voice(named.name, role or named.affiliation, named.entity, True)
            titled = (
                self.titled_person(ref, span)
                if entity is None or entity.kind == "organisation"
                else None
            )
            if titled is not None:  # "the Prime Minister said": the one given that title
                return _Voice(titled.name, titled.role or span.text, titled, True)
        if entity is not None and entity.kind == "place" and entity.place_kind != "country":
            return None  # "Abu Ghraib", "Tavistock Square": places do not speak
        if entity is None and head.ent_type_ in NOT_VOICE_LABELS | {"GPE"}:
            return None  # a town or a date the entity list does not know as an actor
        if entity is not None and entity.kind == "person" and " " not in span.text.strip():
            entity = self.named_last_by_surname(ref, span.text.strip(), entity) or entity
        elif entity is not None and entity.kind == "person" and self.other_given_name(span, entity):
            # "Yesenia Huillca told ...", linked to her brother Efraín Huillca by the surname
            return self.namesake(span, _role_around(doc, head, span))
        role = _role_around(doc, head, span)
        told = role_in_sentence(doc.text, span.start_char, span.end_char)
        if role and told and told.lower().startswith(role.lower() + " "):
            role = told  # "president of an association of Yopougon property owners", which the
            # parse cut at "president"
        if entity is not None:
            name = entity.name
            role = _clean_role(role, name)
            in_full = _clean_role(entity.role, name)
            if role and in_full and _cut_before_its_body(role, in_full):
                role = in_full  # "Principal Secretary for" of "... for Medical Services"
            return _Voice(name, role or in_full, entity, is_person)
        name = _strip_leading(span.text)
        return _Voice(name, _clean_role(role, name), None, is_person) if name else None

    def _described(self, ref: SentenceRef, doc: Doc, head: Token) -> _Voice | None:
        """A common noun: 'the spokesman, John Smith', 'a spokesperson for X', 'opposition
        parties', 'the Iranian government'; documents speak for their authors only."""
        for child in [*head.children, *_named_after_whom_it_speaks_for(head)]:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                named = self._named(ref, doc, child)
                if named is not None:
                    role = _clean_role(_text_of(doc, _phrase(head)), named.name)
                    return _Voice(
                        named.name, role or named.affiliation, named.entity, named.is_person
                    )
        for child in head.children:
            if child.dep_ != "compound" or child.pos_ != "PROPN":
                continue
            # "Lebanon's Iran-backed Hezbollah group": Hezbollah
            entity = self.entity_at(ref, child.idx, child.idx + len(child.text))
            if entity is not None and entity.kind == "organisation":
                return _Voice(entity.name, _role_without(doc, head, child), entity, False)
            if child.ent_type_ == "ORG" and (entity is None or entity.kind != "place"):
                name = _name_span(doc, child).text
                return _Voice(name, _role_without(doc, head, child), None, False)
        owner = _owner(head)
        if head.lower_ in NOT_VOICES or head.lower_.removesuffix("s") in NOT_VOICES:
            # "a statement by Human Rights Watch said": the author speaks
            return self.voice(ref, doc, owner) if owner is not None else None
        filed = dateline(doc.text)  # "BISSAU, Guinea-Bissau (AP) - Guinea-Bissau's president"
        phrase = [token for token in _phrase(head) if not filed or token.idx >= filed.end()]
        if not phrase:
            return None
        if owner is None and phrase[0].lower_ == "the" and len(phrase) <= 3:
            # "the minister said": the one given that title; "the ministry said": the
            # organisation of that name named last before
            titled = self.titled_person(ref, doc[phrase[1].i : head.i + 1])
            if titled is not None:
                return _Voice(titled.name, titled.role, titled, True)
            organisation = self.last_named_before(ref, head.lower_)
            if organisation is not None:
                return _Voice(organisation.name, None, organisation, False)
        owned = _owner_phrase(owner) if owner is not None else set()
        name = _strip_leading(_text_of(doc, [t for t in phrase if t not in owned]))
        if not re.search(r"[^\W\d_]{3,}", name) or len(name.split()) > 6:
            return None
        holder = None if phrase[0].lower_ in {"a", "an"} else self.only_holder_of(name)
        if holder is not None:  # "the district's medical officer": the district medical officer
            # ("a police spokesman, who asked not to be named": anyone)
            role = _strip_leading(holder.role) if holder.role else None
            return _Voice(holder.name, role or None, holder, True)
        affiliation = None
        if owner is not None:
            owner_voice = self.voice(ref, doc, owner)
            affiliation = (
                owner_voice.name if owner_voice else _strip_leading(_text_of(doc, owner.subtree))
            )
        return _Voice(name, affiliation, None, False)

    def resolve_pronoun(self, ref: SentenceRef, pronoun: Token) -> _Voice | None:
        """'he said': the previous sentence's subject when it is a person, else the last person
        named before; 'it said', 'they said': the previous sentence's subject if a group."""
        wants_person = pronoun.lower_ in PERSON_PRONOUNS
        if wants_person and (climbed := self._subject_climbed_to(ref, pronoun)) is not None:
            return climbed
        previous = self.previous_sentence(ref)
        if previous is not None and (previous_doc := self.doc(previous)) is not None:
            subject = nlp.main_subject(previous_doc, ("nsubj", "nsubjpass"))
            if subject is not None and subject.lower_ not in PERSON_PRONOUNS | GROUP_PRONOUNS:
                voice = self.voice(previous, previous_doc, subject)
                if (
                    voice is not None
                    and voice.is_person == wants_person
                    and not (
                        wants_person
                        and of_other_gender(pronoun.lower_, voice.name)
                        and not _TITLED_AS.get(pronoun.lower_, _NEVER).search(previous.text)
                        and not _SET_BESIDE_AS.get(pronoun.lower_, _NEVER).match(
                            previous_doc.text, subject.idx + len(subject.text)
                        )
                    )
                ):  # ("Mrs Rabi Yabo ... she has declared": the title says, not the name)
                    return voice
                if wants_person and subject.tag_ == "NN" and counts_people(subject.text):
                    # "The officer, a 38-year-old motorcycle policeman, was charged ... He says
                    # the car drove at him": someone the report does not name
                    return None
        if not wants_person:
            return None
        person = self.last_person_before.outside_quotes(ref.source_id, ref.start + pronoun.idx)
        if person is None or of_other_gender(pronoun.lower_, person.name):
            return None  # '"...," she told AFP' after a man was named: someone unnamed
        return _Voice(person.name, person.role, person, True)

    def _subject_climbed_to(self, ref: SentenceRef, pronoun: Token) -> _Voice | None:
        """A "he" or "she" in a clause that concedes something against another clause of its
        sentence ("though", "although") stands for that clause's subject, when it is a person
        named before the pronoun, no other person is named between them and none is the
        object of a clause climbed through: "The director of ZRSM, Goran Ohridski, resigned
        after a report showed the rails were worn, though he maintained the train had been too
        fast": Ohridski, not the one the sentence before named."""
        verb = pronoun.head
        if not any(c.dep_ == "mark" and c.lower_ in _CONCEDING for c in verb.children):
            return None  # "praised the driver, after he told reporters": maybe the driver
        while verb.dep_ in {"advcl", "conj"} and verb.head is not verb:
            verb = verb.head
            if any(
                c.dep_ == "dobj"
                and (
                    c.ent_type_ == "PERSON"
                    or _A_ROLE_WORD.fullmatch(c.text)
                    or counts_people(c.text)
                )
                for c in verb.children
            ):
                return None  # "suspended the pilot, though she said ...": maybe the pilot
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if (
                subject is None
                or subject.i > pronoun.i
                or subject.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS
            ):
                continue
            if any(
                e.label_ == "PERSON" and subject.right_edge.i < e.start < pronoun.i
                for e in pronoun.doc.ents
            ):
                return None  # another person named between them may be the one meant
            # ("The director of ZRSM, Goran Ohridski,": the name set beside the subject)
            named = next(
                (t for t in subject.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON"),
                subject,
            )
            voice = self.voice(ref, pronoun.doc, named)
            if (
                voice is not None
                and voice.is_person
                and not of_other_gender(pronoun.lower_, voice.name)
            ):
                return voice
        return None

    def previous_sentence(self, ref: SentenceRef) -> SentenceRef | None:
        sentences = self.evidence.sentences(ref.source_id)
        index = bisect_left([other.start for other in sentences], ref.start)
        return sentences[index - 1] if index > 0 else None

    def entity_at(self, ref: SentenceRef, start: int, end: int) -> Entity | None:
        """The entity mentioned most within [start, end) of the sentence; people first."""
        begin, finish = ref.start + start, ref.start + end
        overlap: Counter[int] = Counter()
        by_id: dict[int, Entity] = {}
        for m_start, m_end, entity in self.mentions.get(ref.source_id, []):
            shared = min(m_end, finish) - max(m_start, begin)
            if shared > 0:
                overlap[id(entity)] += shared
                by_id[id(entity)] = entity
        if not overlap:
            return None
        best = max(overlap, key=lambda key: (by_id[key].kind == "person", overlap[key]))
        return by_id[best]

    def namesake(self, span: Span, role: str | None) -> _Voice:
        """The person a name of another given name is: the one of the cluster spelt so, else
        the name as written."""
        written = _strip_leading(span.text)
        person = next((p for p in self.people if written in p.names), None)
        name = person.name if person is not None else written
        return _Voice(
            name, _clean_role(role, name) or (person.role if person else None), person, True
        )

    @staticmethod
    def other_given_name(span: Span, entity: Entity) -> bool:
        """Whether a name of two words or more ends on the entity's surname but opens on a
        given name none of its spellings has: another person of that surname (not a title:
        "Colonel Segundo Lima")."""
        words = [fold(word) for word in _strip_leading(span.text).split()]  # "Efrain", "Efraín"
        spelt = {fold(word) for name in entity.names for word in name.split()}
        given = {name.split()[0] for name in entity.names if len(name.split()) >= 2}
        return (
            len(words) >= 2
            and bool(given)  # a person known by a surname alone may be this one in full
            and words[0] in first_names()  # a given name, not "Chancellor Merz"
            and words[0] not in spelt
            and words[-1] in spelt
            and not any(is_title(word) for word in words[:-1])
        )

    def titles(self) -> dict[str, list[tuple[str, int, Entity]]]:
        """Each title the cluster gives a person, with where (built on first use)."""
        if self._titles is None:
            self._titles = _titles(self.mentions)
        return self._titles

    def titled_person(self, ref: SentenceRef, span: Span) -> Entity | None:
        """The person this article (else the cluster) gives the title `span` names: 'the Prime
        Minister' -> the person introduced as 'British Prime Minister Tony Blair', the one
        named last before, else first after; elsewhere in the cluster, only if one has it."""
        titled = self.titles().get(_strip_leading(span.text).lower(), [])
        here = [(start, entity) for source, start, entity in titled if source == ref.source_id]
        before = [entity for start, entity in here if start < ref.start]
        if before or here:
            return before[-1] if before else here[0][1]
        people = {id(entity): entity for _, _, entity in titled}
        return next(iter(people.values())) if len(people) == 1 else None

    def only_holder_of(self, role: str) -> Entity | None:
        """The one person of the cluster whose title ends with these two words or more
        ("medical officer" of "district medical officer"), if only one has such a title."""
        if len(role.split()) < 2:
            return None
        wanted = role.lower()
        people = {
            id(entity): entity
            for title, found in self.titles().items()
            if title == wanted or title.endswith(" " + wanted)
            for _, _, entity in found
        }
        return next(iter(people.values())) if len(people) == 1 else None

    def _namesakes_before(
        self, ref: SentenceRef, surname: str, in_full: bool = False
    ) -> list[tuple[int, Entity]]:
        """The people of `surname` (a name of two words or more) named before `ref` in its
        article, with where; `in_full`: only where the whole name is written."""
        return [
            (m_start, entity)
            for m_start, m_end, entity in self.mentions.get(ref.source_id, [])
            if m_start < ref.start
            and entity.kind == "person"
            and len(entity.name.split()) > 1
            and entity.name.split()[-1] == surname
            and (not in_full or m_end - m_start > len(surname) + 1)
        ]

    def surname_before(self, ref: SentenceRef, surname: str) -> Entity | None:
        """The one person named before `ref` in its article whose name ends with `surname`, if
        the article does not say that person died (then a relative speaks: "The dead man was
        identified as Mark Hendry ... '...,' Hendry told the AP")."""
        people = {id(entity): entity for _, entity in self._namesakes_before(ref, surname)}
        if len(people) != 1:
            return None
        (person,) = people.values()
        return None if any(_told_dead(mention) for mention in person.mentions) else person

    def named_last_by_surname(self, ref: SentenceRef, surname: str, known: Entity) -> Entity | None:
        """Who a bare surname is, when not the namesake the cluster knows (`known`), by the
        people of that surname this article names in full before `ref`: the only one, when
        `known` is said to be dead ('"...," Ferhat told the crowd' after "Samira Ferhat ...
        led the march", where the cluster knows the dead Yanis Ferhat best); of two, the
        subject of the sentence before, else the one named last. None to keep `known`."""
        named = self._namesakes_before(ref, surname, in_full=True)
        if len({id(entity) for _, entity in named}) < 2:
            # the only one this article names in full before, when the better-known namesake
            # the cluster linked the surname to is dead (a victim's relative speaks)
            alone = named[-1][1] if named else None
            if alone is None or alone is known or not any(_told_dead(m) for m in known.mentions):
                return None
            return alone
        previous = self.previous_sentence(ref)
        if previous is not None and (previous_doc := self.doc(previous)) is not None:
            subject = nlp.main_subject(previous_doc)  # "Samira Ferhat, wearing ..., led the
            if subject is not None:  # march from where Yanis Ferhat was shot": Samira
                span = _name_span(previous_doc, subject)
                at = self.entity_at(previous, span.start_char, span.end_char)
                if at is not None and any(entity is at for _, entity in named):
                    return at
        return max(named, key=lambda found: found[0])[1]

    def last_named_before(self, ref: SentenceRef, head_word: str) -> Entity | None:
        """The organisation named last before `ref` in its article whose name has the word
        `head_word`: 'the ministry' -> 'Foreign Ministry of Veldia'."""
        for m_start, _, entity in reversed(self.mentions.get(ref.source_id, [])):
            if m_start >= ref.start or entity.kind != "organisation":
                continue
            if head_word in entity.name.lower().split():
                return entity
        return None

    def is_outlet(self, voice: _Voice, subject: Token, verb: Token | None) -> bool:
        """A news outlet relaying the story: an outlet of the cluster, media by name or role,
        or whoever 'reported' it when that is not a person."""
        if voice.is_person:
            return False
        words = [word.lower() for word in re.findall(r"[\w.]+", voice.name)]
        described = {w.lower() for w in re.findall(r"\w+", voice.affiliation or "")}
        return (
            voice.name.lower() in self.outlets
            or bool(set(words) & MEDIA_WORDS or described & MEDIA_WORDS)
            or (bool(words) and words[-1] in MASTHEAD_WORDS)
            or any(word.endswith((".com", ".net", ".org")) for word in words)
            or subject.lower_ in MEDIA_WORDS
            or (verb is not None and REPORTING_FORMS.get(verb.lower_) == "report")
        )


def _finished(voice: _Voice, statement: str, kind: str) -> Said | None:
    statement = clean_sentence(statement).strip(" ,.;:-–—")
    statement = re.sub(r"^(?:that|:)\s+", "", statement)
    statement = _strip_quote_marks(statement)
    if len(statement.split()) < MIN_WORDS:
        return None
    name = voice.name.strip(" ,.;:")
    affiliation = voice.affiliation.strip(" ,.;:") if voice.affiliation else None
    if not name or (affiliation and affiliation.lower() == name.lower()):
        affiliation = None
    if not name:
        return None
    return Said(
        name,
        affiliation or None,
        shorten(statement, MAX_WORDS),
        kind,
        voice.entity,
        voice.is_person,
    )


def _strip_quote_marks(text: str) -> str:
    """Quote marks left unbalanced by cutting a clause out of its sentence are dropped: an
    opening mark never closed, a closing mark never opened."""
    unmatched: list[int] = []
    opened: int | None = None
    for match in QUOTE_MARKS.finditer(text):
        if opened is None:
            if match.group(0) == "”":
                unmatched.append(match.start())
            else:
                opened = match.start()
        elif match.group(0) == "“":
            unmatched.append(opened)
            opened = match.start()
        else:
            opened = None
    if opened is not None:
        unmatched.append(opened)
    for position in sorted(unmatched, reverse=True):
        text = text[:position] + text[position + 1 :]
    text = re.sub(r"\s+", " ", text).strip(" ,;:")
    if text[:1] in '“"' and text[-1:] in '”"' and len(QUOTE_MARKS.findall(text)) == 2:
        text = text[1:-1].strip(" ,;:")  # a statement that is one quotation: its words
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    return text


def _candidates(item: EvidenceItem) -> list[SentenceRef]:
    """The item's sentences that can hold a reaction (two at most), quoted ones first."""
    refs = [ref for ref in item.members[:MAX_MEMBERS] if _can_report(ref.text)]
    return sorted(refs, key=lambda ref: _QUOTED.search(ref.text) is None)[:2]


def _can_report(text: str) -> bool:
    """A quotation mark, 'according to' or a reporting verb's written form."""
    if QUOTE_MARKS.search(text) or "according to" in text.lower():
        return True
    return any(word.lower() in REPORTING_FORMS for word in _WORD.findall(text))


def _mentions_by_source(entities: list[Entity]) -> dict[str, list[tuple[int, int, Entity]]]:
    index: dict[str, list[tuple[int, int, Entity]]] = {}
    for entity in entities:
        for mention in entity.mentions:
            index.setdefault(mention.ref.source_id, []).append((mention.start, mention.end, entity))
    for mentions in index.values():
        mentions.sort(key=lambda entry: entry[0])
    return index


def _titles(
    mentions: dict[str, list[tuple[int, int, Entity]]],
) -> dict[str, list[tuple[str, int, Entity]]]:
    """Every title a person is given, and its shorter endings ('British Prime Minister',
    'Prime Minister', 'Minister'), to where that person is mentioned with it."""
    index: defaultdict[str, list[tuple[str, int, Entity]]] = defaultdict(list)
    for source_id, found in mentions.items():
        for start, _, entity in found:
            if entity.kind != "person":
                continue
            for mention in entity.mentions:
                if mention.start != start or not mention.role:
                    continue
                # the title proper, before its complement: "mayor" of "mayor of London"
                role = re.split(r"\s(?:of|for|at|in|to|from|with|on)\s", mention.role)[0]
                words = _strip_leading(role).lower().split()
                for cut in range(len(words)):
                    index[" ".join(words[cut:])].append((source_id, start, entity))
    return dict(index)


def _reporting_verbs(doc: Doc) -> Iterator[tuple[Token, Token]]:
    """(verb, subject) for every active reporting verb with a subject, in sentence order."""
    for token in doc:
        lemma = REPORTING_FORMS.get(token.lower_)
        if lemma is None or token.pos_ not in {"VERB", "AUX"}:
            continue
        if token.dep_ in {"amod", "compound", "nmod", "pobj", "dobj", "nsubj", "npadvmod"}:
            continue  # "the so-called", "a claimed link": not reporting
        if token.tag_ == "VBN" and not any(c.lower_ in HAVE for c in token.children):
            continue  # "images described as ...", "a man, described as ...": passive
        if any(child.dep_ == "neg" for child in token.children) or (
            token.dep_ == "xcomp" and token.head.lower_ in REFUSALS
        ):
            continue  # "did not say", "declined to say": nothing was said
        if any(child.dep_ in {"nsubjpass", "auxpass"} for child in token.children):
            continue  # "he was told", "is accused of": the subject did not speak
        if lemma == "call" and not _calls_out(token):
            continue
        if lemma == "declare" and _DECLARED_STATE.match(doc.text, token.idx + len(token.text)):
            continue  # "the city declared a measles outbreak": an act, not words
        subject = _subject(token)
        if token.dep_ == "relcl" and subject is not None and subject.tag_ not in {"WP", "WDT"}:
            continue  # "the coalition that the US maintains it uses": about the noun, gapped
        if subject is not None and _a_gapped_relative(token, subject):
            continue  # "an outbreak that the ministry now says has killed 14 children"
        if subject is not None:
            yield token, subject


# What is declared by an act, not said: "declared a measles outbreak", "declared a state of
# emergency", "declared three days of mourning", "declared war" (not "declared that the
# outbreak was over", "declared Friday that ...", 'declared the curfew "illegal"', "declared
# emergency services had done everything": words).
_DECLARED_STATE = re.compile(
    r"\s+(?:an?\s+)?(?:(?!that\b|the\b)[\w\-]+\s+){0,3}?(?:outbreaks?|epidemic|emergency|"
    r"disaster|curfew|holiday|mourning|war|ceasefire|truce|quarantine|lockdown|martial\s+law|"
    r"state\s+of\s+\w+)\b(?=\s*(?:[,.;:]|$)|\s+(?:in|on|for|after|over|across|until|at|that|which|"
    r"and|to|from|as|following|amid|since|with)\b)",
    re.I,
)


def _a_gapped_relative(verb: Token, subject: Token) -> bool:
    """Whether a verb of saying opens a relative clause the parse did not mark as one, its
    reported clause lacking the subject the noun before gives: "an outbreak that the Department
    of Health now says has killed 14 children" (about the outbreak, no words of the ministry)."""
    before = subject.left_edge.i - 1
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return (
        before >= 0
        and verb.doc[before].lower_ in {"that", "which"}
        and clause is not None
        and clause.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in clause.children)
    )


def _calls_out(verb: Token) -> bool:
    """'called for', 'called on', 'called X a Y' are stances; 'called a meeting' is not."""
    children = list(verb.children)
    if any(child.lower_ in {"for", "on"} and child.dep_ in {"prep", "prt"} for child in children):
        return True
    return any(child.dep_ in {"oprd", "ccomp", "xcomp"} for child in children)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it hangs from ('..., adding that', 'and
    warned', 'went on to say'); a subject after the verb counts ('said Becky Buell')."""
    current = verb
    for _ in range(3):
        # the parse may give a verb two subjects: the first ("Mark Ballesteros, a Pentagon
        # spokesman says", "The leader of the party that brought down X's government said"),
        # unless the first is a common noun and the last closes a quotation ('The rest of the
        # money would be "recovered from the contractor", the spokesman said': rest, spokesman)
        subjects = [c for c in current.children if c.dep_ in {"nsubj", "csubj"}]
        if subjects:
            child = subjects[0]
            if child.pos_ == "NOUN" and _closes_a_quotation(subjects[-1]):
                child = subjects[-1]
            elif len(subjects) > 1 and nlp.heads_a_dateline(child):
                # "ZAMBOANGA CITY (MBN News) - Mayor Elumba on Monday relieved ..., after the
                # city declared an outbreak": the dateline, with the name after its dash, and
                # "the city" both hung on "declared"; the subject is the one beside the verb
                child = subjects[-1]
            return _named_before_a_place(child) or _body_of_a_branch(child) or child
        if current.dep_ not in {"conj", "advcl", "xcomp"} or current.head is current:
            return None
        if current.dep_ == "conj" and _a_subject_of_its_own(current):
            return None
        current = current.head
    return None


# Words that open a clause set against the one before: a verb after one has that clause's
# subject ("X blames a fibre cut, while the agency insists ...").
_SET_AGAINST = frozenset({"while", "whereas"})


def _sets_a_rival_against(word: Token) -> bool:
    """Whether a word is the "while" or "whereas" of ", while ...": another voice's account set
    against the one before (not "while repairs continued": when)."""
    return word.lower_ in _SET_AGAINST and word.i > 0 and word.doc[word.i - 1].text == ","


def _set_against_after_a_comma(clause: Token) -> bool:
    """Whether a clause opens on ", while" or ", whereas" (`_sets_a_rival_against`)."""
    return any(c.dep_ == "mark" and _sets_a_rival_against(c) for c in clause.children)


def _a_subject_of_its_own(verb: Token) -> bool:
    """Whether a verb the parse joined to an earlier one has a subject of its own that the
    parse lost, so it does not share the earlier verb's: ", while" or ", whereas" opens a
    clause between them, or the two disagree in number ("Kilele blames a fibre cut by road
    works, while the roads agency KeNHA and its contractor insist a faulty upgrade was to
    blame": "insist" hung on "blames", its subject read as the roads' agency verb; not "toured
    the site while rescue efforts continued and said ...": when, the subject the same)."""
    head = verb.head
    if any(_sets_a_rival_against(word) for word in verb.doc[head.i + 1 : verb.i]):
        return True
    return {head.tag_, verb.tag_} == {"VBZ", "VBP"}


def _closes_a_quotation(subject: Token) -> bool:
    """Whether a subject comes right after a quotation and its comma: '...", the spokesman',
    '...," the spokesman'."""
    before = subject.left_edge.i
    if before < 2:
        return False
    marks = [token.text for token in subject.doc[before - 2 : before]]
    return "," in marks and any(QUOTE_MARKS.fullmatch(mark) for mark in marks)


# A body's part for a region, which speaks for it there: "the Ashanti branch of the GMA".
_BRANCHES = frozenset({"branch", "chapter"})


def _body_of_a_branch(subject: Token) -> Token | None:
    """The body a regional branch speaks for: "The Ashanti branch of the Ghana Medical
    Association (GMA) called for ...", "the GMA's Ashanti branch" are the association's voice
    (not "Ashanti", the region the branch is in). Only a branch named by its region: "the youth
    wing of the ANC", "a section of the association" may speak against their body."""
    if subject.lower_ not in _BRANCHES or not any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.children
    ):
        return None
    of = nlp.child_of(subject, "prep", "of")
    body = nlp.child_of(subject, "poss") or (nlp.child_of(of, "pobj") if of else None)
    return body if body is not None and body.pos_ == "PROPN" else None


# How far (in tokens) a name may stand before the place the parse took for a speaker.
NAME_BEFORE_PLACE = 6


def _named_before_a_place(subject: Token) -> Token | None:
    """The person the parse split off from a place it made the subject: '"...," Police Colonel
    Weerachai Phromsiri, superintendent of Khlong Toei police station, told Reuters' (the
    station does not speak; the colonel named just before it does)."""
    if fold(subject.text) not in FACILITY_WORDS:
        return None
    doc, start = subject.doc, subject.left_edge.i
    return next(
        (
            entity.root
            for entity in reversed(doc.ents)
            if entity.label_ == "PERSON"
            and entity.end <= start
            and start - entity.end <= NAME_BEFORE_PLACE
            and doc[entity.end].text == ","
        ),
        None,
    )


def _inner_voice(verb: Token) -> tuple[Token, Token] | None:
    """A reporting verb with its own named subject inside the complement of `verb`."""
    for child in verb.children:
        if child.dep_ not in {"ccomp", "xcomp"}:
            continue
        for token in child.subtree:
            if REPORTING_FORMS.get(token.lower_) is None or token.pos_ not in {"VERB", "AUX"}:
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ != "PRON":
                return token, subject
    return None


def _statement(doc: Doc, verb: Token, quotes: list[tuple[int, int]]) -> tuple[str | None, str]:
    """What the verb reports, and how: the quotation that holds the reported clause ('quote'),
    else the clause ('clause'), else a quotation next to the verb ('quote'), else for a stance
    verb the verb with its complements ('stance': "condemned the attack")."""
    lemma = REPORTING_FORMS[verb.lower_]
    if (aside := _said_inside(doc, verb, quotes)) is not None:
        return aside, "clause"
    clause = next(
        (
            c
            for c in verb.children
            if c.dep_ in {"ccomp", "parataxis"} and not nlp.a_sentence_of_its_own(c)
        ),
        None,
    )
    if clause is not None and any(
        c.dep_ == "xcomp" and c.tag_ == "VBG" and verb.i < c.i < clause.i for c in verb.children
    ):
        # "denied ignoring a failed test at its treatment works two days before ...": what is
        # denied is the gerund; the parse took a later noun ("works") for a clause
        clause = None
    if clause is not None:
        if any(
            c.dep_ == "nsubj"
            and c.tag_ in {"WDT", "WP"}
            and _quote_holding(quotes, c.idx) is None  # ('"Whoever failed," he said, "will')
            for c in clause.children
        ):
            return None, ""  # "a goal which he said needed ...": about something outside
        if lemma not in ADDRESSED and any(
            c.dep_ == "dobj" and c.i < clause.i for c in verb.children
        ):
            return None, ""  # "maintains bases that it uses": an object, then a relative
        subject = _subject_taken_as_object(verb, clause)
        if subject is not None:
            # 'told journalists the inspection, due by December 1, "was never carried out"':
            # the quotation is the end of a clause whose subject the parse made the object
            words = [*subject.subtree, *clause.subtree]
            return _text_of(doc, words).strip(' "“”'), "clause"
        words = [t for t in clause.subtree if t.dep_ not in {"mark", "punct"}]
        holder = _quote_holding(quotes, words[0].idx if words else clause.idx)
        if holder is not None and not holder[0] <= verb.idx < holder[1]:
            beyond = [t for t in words if t.idx >= holder[1]]
            joined = re.match(r"^[\s,\"”]*(?:and|but|or)\b", doc.text[holder[1] :])
            if len(beyond) < MIN_WORDS or joined:  # 'said that "...," and that "..."'
                return _with_opening_part(doc, quotes, verb, holder), "quote"
            # 'said that "no more than 200 tonnes" had escaped from a single tank': a quoted
            # phrase opening the clause, not the whole of what was said
            return _text_of(doc, clause.subtree), "clause"
        words = _without_a_trailing_rival(_when_it_was_said_left_out(verb, clause))
        text = without_dateline(_text_of(doc, words))  # "BRASILIA (Reuters) - ..."
        return (text if lemma in PLAIN else f"{verb.text} {text}"), "clause"
    verb_end = verb.idx + len(verb.text)
    has_object = lemma not in ADDRESSED and any(
        c.dep_ in {"dobj", "oprd"} and not c.is_punct for c in verb.children
    )
    # A quotation next to the verb is what was said, unless the verb has an object that it
    # qualifies ('called the fire "a national disgrace"') or it is a word or two.
    after = [q for q in quotes if q[0] >= verb_end]
    before = [q for q in quotes if q[1] <= verb.idx]
    nearby = [(after[0], verb_end, after[0][0])] if after else []
    if before:
        nearby.append((before[-1], before[-1][1], _left_edge_idx(verb)))
    for (start, end), gap_start, gap_end in nearby:
        text = doc.text[start:end]
        if (
            end <= verb.idx
            and _PHRASE_OPENED.search(doc.text[:start])
            and any(t.tag_ in _FINITE and t.idx < start for t in doc)
        ):
            continue  # 'was taken into custody on suspicion of "violating regulations on
            # occupational safety" under Article 295, the spokesman said': a phrase of the
            # clause said, not what was said
        if end <= verb.idx and _a_phrase_of_another_word(doc, start, end, verb):
            continue  # 'called the decision "the only responsible one" and apologized': what
            # she called it, not what the apology said
        if start > verb.idx and _a_phrase_inside_a_clause(
            doc.text[gap_start:gap_end], doc.text[end:]
        ):
            continue
        if not has_object and _only_framing(doc.text[gap_start:gap_end]):
            if start > verb.idx and (told := _quoted_subject(doc, start, end)):
                return told, "clause"  # 'said that "no more than 200 tonnes" had escaped ...'
            if len(text.split()) >= MIN_WORDS:
                return _with_opening_part(doc, quotes, verb, (start, end)), "quote"
    if lemma in PLAIN and (reported := _that_clause(doc, verb)):
        return reported, "clause"
    if lemma not in OBJECT_STANCE:
        return None, ""
    wanted = {"dobj", "prep", "xcomp", "oprd", "acomp", "prt"}
    right = [
        child
        for child in verb.children
        if child.i > verb.i
        and child.dep_ not in {"punct", "cc", "nsubj"}
        and not (child.dep_ == "conj" and any(c.dep_ == "nsubj" for c in child.children))
        # ("blames a cable cut, while the agency insists ...": the other side's words)
        and not (child.dep_ == "conj" and _a_subject_of_its_own(child))
        and not _set_against_after_a_comma(child)
    ]
    if not any(child.dep_ in wanted for child in right):
        return None, ""
    end = max(child.right_edge.i for child in right)
    return doc[verb.i : end + 1].text, "stance"


def _without_a_trailing_rival(words: list[Token]) -> list[Token]:
    """The words of a reported clause without a "while ..." or "whereas ..." clause that closes
    it after a comma, another voice's account set against it ("maintains that the leak will be
    repaired in two weeks, while the residents' group calculates five to six weeks"; not "the
    road would reopen on Monday while repairs continued": when, said with the rest)."""
    kept = {token.i for token in words}
    for token in words:
        if token.dep_ == "advcl" and _set_against_after_a_comma(token):
            rival = {t.i for t in token.subtree}
            if not any(i > max(rival) and not words[0].doc[i].is_punct for i in kept):
                return [t for t in words if t.i not in rival and t.i < min(rival)]
    return words


def _when_it_was_said_left_out(verb: Token, clause: Token) -> list[Token]:
    """The words of a reported clause without a time phrase right after the verb and before
    the clause's subject, which tells when it was said ("said on Monday it had opened an
    inquiry": "it had opened an inquiry"; not "said that on Monday the ship had ...", where
    "that" opens the clause first)."""
    words = list(clause.subtree)
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not words or words[0].i != verb.i + 1:
        return words
    lead = [t for t in words if t.i < subject.left_edge.i]
    if lead and all(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in {"on", "at", ","} for t in lead):
        return [t for t in words if t.i >= subject.left_edge.i]
    return words


def _said_inside(doc: Doc, verb: Token, quotes: list[tuple[int, int]]) -> str | None:
    """ "The road, he insisted, was closed at 19:30": what a verb set inside its clause says,
    the clause without it (not a quotation the verb splits, which the quotation rules read)."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.i == verb.i or head.i < verb.i:
        return None
    aside = doc[verb.left_edge.i : verb.right_edge.i + 1]
    words = [t for t in head.subtree if not aside.start <= t.i < aside.end]
    if not words or words[0].i > verb.i or _quote_holding(quotes, words[0].idx) is not None:
        return None
    if any(t.is_quote or t.text in '“”"' for t in words if t.i < verb.i):
        return None
    text = re.sub(r"\s+,", ",", _text_of(doc, words).replace(aside.text, ""))
    return text if len(text.split()) >= MIN_WORDS else None


# After a quoted phrase, the verb whose subject it is: '"no more than 200 tonnes" had escaped'.
_VERB_AFTER_QUOTE = re.compile(
    r"^[”\"]?\s*(?:had|has|have|was|were|is|are|would|will|could|might|may)\b", re.I
)


def _quoted_subject(doc: Doc, start: int, end: int) -> str | None:
    """A quoted phrase that is the subject of the clause after it, with that clause: the
    words said, not the phrase alone."""
    if not _VERB_AFTER_QUOTE.match(doc.text[end:]):
        return None
    rest = doc.text[start:].rstrip()
    return rest.rstrip(".").strip() or None


def _subject_taken_as_object(verb: Token, clause: Token) -> Token | None:
    """The object of a verb of telling that is the subject of the reported clause after it,
    when that clause has none: "told journalists [the inspection] ... was never carried
    out"."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj", "mark"} for c in clause.children):
        return None  # ("told the agency that 15 people were missing": the agency listened)
    if not any(c.dep_ == "dative" for c in verb.children):
        return None  # the one told comes first: "told journalists the inspection ... was"
    if clause.tag_ not in {"VBD", "VBZ", "VBP"} and not any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"}
        for c in clause.children
    ):
        return None  # "said to be", "told them to leave": no clause of its own
    return next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)


def _with_opening_part(
    doc: Doc, quotes: list[tuple[int, int]], verb: Token, quote: tuple[int, int]
) -> str:
    """A quotation after the verb with the part that opened it before the speaker: '"This
    report," she said, "was doctored somewhere ..."' says "This report was doctored ...". Only
    a quotation that opens the sentence and breaks off at a comma is such a part."""
    text = doc.text[quote[0] : quote[1]]
    edge = _left_edge_idx(verb)
    if quote[0] < verb.idx:
        return text
    opening = [q for q in quotes if q[1] <= edge]
    if not opening or not _only_framing(doc.text[opening[-1][1] : edge]):
        return text
    if opening[-1][0] != len(doc.text) - len(without_dateline(doc.text).lstrip()):
        return text  # a phrase quoted in the narration ('Asked about a "shoot-on-sight order,"')
    first = doc.text[opening[-1][0] : opening[-1][1]]
    if not re.search(r",\W*$", first):  # a whole sentence quoted before is its own
        return text
    return f"{first.rstrip()[:-1].rstrip().rstrip(',')} {text.lstrip()[1:]}"  # one quotation


def _that_clause(doc: Doc, verb: Token) -> str | None:
    """A 'that' clause after the verb the parser did not attach to it ('said in a statement
    that it was cooperating'): from the word after 'that' to the end of its clause."""
    for token in doc[verb.i + 1 :]:
        if token.dep_ == "mark" and token.lower_ == "that" and verb in token.head.ancestors:
            head = token.head
            return doc[token.i + 1 : head.right_edge.i + 1].text
        if token.dep_ in {"ccomp", "conj"} or token.lower_ in {";", ":"}:
            return None
    return None


def _quote_holding(quotes: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    return next(((start, end) for start, end in quotes if start <= offset < end), None)


# A preposition right before a quotation, after words of the sentence: the quotation is a phrase
# of the clause those words open ("on suspicion of", "charged with").
_PHRASE_OPENED = re.compile(r"\w\s+(?:of|with|for|as|than|about|against|over|into|by)\s*[“\"]?$")
# (a clause: a finite verb before it; not 'Speaking of "a black day for Norway", the prime
# minister promised', 'Deeply saddened by "the tragic loss of life", the prime minister said':
# the speaker's own words, opened by a participle or an adjective)
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _a_phrase_of_another_word(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """Whether a quotation before the verb is a phrase with no verb of its own that belongs to
    another finite clause ('called the decision "the only responsible one" and apologized'), not
    to a participle that opens the verb's own sentence ('Speaking of "a black day", the prime
    minister promised', 'Deeply saddened by "the loss", May said')."""
    inside = [t for t in doc if start <= t.idx < end and not t.is_punct]
    if not inside or any(t.pos_ in {"VERB", "AUX"} for t in inside):
        return False
    word = next((t.head for t in inside if t.head not in inside), None)
    while word is not None and word.i != verb.i:
        if word.tag_ in {"VBD", "VBZ", "VBP"}:
            return True  # the finite verb of another clause: "called"
        word = None if word.head.i == word.i else word.head
    return False


def _only_framing(gap: str) -> bool:
    """Between a verb and its quotation: punctuation and a short phrase ('in a statement on
    Monday:', ', Becky Buell said,') at most."""
    return len(gap.split()) <= 8 and not QUOTE_MARKS.search(gap)


def _a_phrase_inside_a_clause(gap: str, after: str) -> bool:
    """Whether a quotation after the verb is a phrase quoted inside a reported clause that
    opens before it and goes on after it ('said in a statement that the problem affected "a
    limited number of examination centers" and that all other results remained valid'): the
    clause, not the phrase, is what was said."""
    return (
        _A_CLAUSE_BEFORE_ITS_QUOTE.search(gap) is not None
        and _THE_CLAUSE_GOES_ON.match(after) is not None
    )


# A "that" clause that opens before a quotation: "that the problem affected".
_A_CLAUSE_BEFORE_ITS_QUOTE = re.compile(r"\bthat\s+\w+\s+\w+")
# The reported clause going on after a quotation: '" and that all other results ...'.
_THE_CLAUSE_GOES_ON = re.compile(r"^[\s\"”’',]*(?:and|but|or|while|which)\b")


def _left_edge_idx(verb: Token) -> int:
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subject.left_edge.idx if subject is not None else verb.idx


def _text_of(doc: Doc, tokens: Iterable[Token]) -> str:
    """The text from the first to the last of `tokens`, leading conjunctions and marks and
    trailing punctuation (closing quote marks aside) left out."""
    listed = sorted(tokens, key=lambda token: token.i)
    while listed and listed[0].dep_ in {"mark", "punct", "cc"} and listed[0].text not in '“"':
        listed = listed[1:]
    while listed and listed[-1].is_punct and listed[-1].text not in '”"':
        listed = listed[:-1]
    if not listed:
        return ""
    return doc[listed[0].i : listed[-1].i + 1].text


def _named_after_a_title(doc: Doc, subject: Token) -> Token | None:
    """The person a title subject names after it, when the model took the title for a name:
    "Mandi Superintendent" (PERSON) of "Mandi Superintendent of Police Sanjay Katoch said"."""
    if not is_title(subject.text) or subject.ent_type_ != "PERSON":
        return None
    inside = {t.i for t in subject.subtree}
    for entity in doc.ents:
        if entity.label_ == "PERSON" and entity.start > subject.i and entity.root.i in inside:
            return entity.root
    return None


def _name_span(doc: Doc, head: Token) -> Span:
    """The proper name around `head`: spaCy's entity span, else its run of proper nouns."""
    for entity in doc.ents:
        if entity.start <= head.i < entity.end:
            return entity
    start = head.i
    while start > 0:
        before = doc[start - 1]
        if before.pos_ == "PROPN" and before.head.i == head.i:
            start -= 1
        elif _joins_a_hyphenated_name(doc, start - 1):
            start -= 2  # "Ha Yun-seo": the parse hangs "Yun" and "-" on "seo"
        else:
            break
    return doc[start : head.i + 1]


def _joins_a_hyphenated_name(doc: Doc, hyphen: int) -> bool:
    """Whether the token at `hyphen` is a hyphen written inside one word of a name, a proper
    noun right before it ("Yun-seo", "Jean-Luc")."""
    return (
        hyphen > 0
        and doc[hyphen].text == "-"
        and not doc[hyphen].whitespace_
        and not doc[hyphen - 1].whitespace_
        and doc[hyphen - 1].pos_ == "PROPN"
    )


def _with_given_name(doc: Doc, span: Span) -> Span:
    """A one-word name with the given name the recogniser left out of it ("Yesenia" of
    "Yesenia Huillca", labelled apart): the capitalised word before it that qualifies it and
    is no title."""
    if len(span) != 1 or span.start == 0:
        return span
    before = doc[span.start - 1]
    if (
        fold(before.text) in first_names()  # "Yesenia Huillca"; not "Premier Li"
        and before.pos_ == "PROPN"
        and before.dep_ == "compound"
        and before.head.i == span.root.i
        and before.text[:1].isupper()
        and not is_title(before.text)
    ):
        return doc[span.start - 1 : span.end]
    return span


# A word of a role anywhere in a phrase: "spokesperson for the correctional service".
_A_ROLE_WORD = re.compile(rf"\b(?:{ROLE_NOUNS})s?\b", re.I)


def _role_around(doc: Doc, head: Token, name: Span) -> str | None:
    """What the sentence calls the person: an apposition ('Jan Egeland, the UN's chief of
    emergency relief') or the words before the name ('Pentagon spokesperson Bryan Whitman')."""
    for child in head.children:
        if (
            child.dep_ == "appos"
            and child.i > head.i
            and child.left_edge.pos_ not in {"ADP", "VERB"}
        ):
            words = [t for t in child.subtree if t.dep_ != "relcl"]
            last = child
            for sibling in head.children:  # "vice-president of the SRZ's national council",
                # which the parse splits into three appositions at the hyphen: one role
                if (
                    sibling.dep_ == "appos"
                    and sibling.i == last.right_edge.i + 1
                    and not doc[sibling.i - 1].whitespace_
                ):
                    words += [t for t in sibling.subtree if t.dep_ != "relcl"]
                    last = sibling
            place = doc[last.right_edge.i + 1] if last.right_edge.i + 1 < len(doc) else None
            if (
                place is not None
                and place.pos_ in {"VERB", "AUX"}
                and place.i == head.head.i
                and doc[place.i - 1].text not in {")", ","}
                and not _A_ROLE_WORD.search(_text_of(doc, list(child.subtree)))
            ):
                continue  # "Mr. Lweendo Mumba, the figure of twelve includes ...": the
                # subject of the verb after it, which the parse set beside the name (not
                # "Siam Pinnacle Construction (SPC) said")
            if (
                place is not None
                and place.dep_ == "compound"
                and (fold(place.head.text) in FACILITY_WORDS and place.head.dep_ == "nsubj")
            ):
                # "superintendent of Khlong Toei police station", the station parsed apart
                words += list(doc[place.i : place.head.i + 1])
            text = _text_of(doc, words)
            if len(text.split()) > 14:  # "professor of earth sciences and director of ..."
                text = _text_of(doc, _phrase(child))
            if text and len(text.split()) <= 14:
                return text
    before = [
        token
        for token in head.subtree
        if token.i < name.start and token.dep_ not in {"det", "punct", "predet"}
    ]
    contiguous = all(a.i + 1 == b.i for a, b in pairwise(before))
    if before and contiguous and before[-1].i + 1 == name.start:
        return doc[before[0].i : before[-1].i + 1].text
    return None


def _cut_before_its_body(role: str, in_full: str) -> bool:
    """Whether a role read from one sentence stops on the word before the body it is of, which
    the person's role in full goes on to name ("Principal Secretary for" / "Principal Secretary
    for Medical Services": the model ran the body into the person's name)."""
    return role.split()[-1].lower() in _BEFORE_A_BODY and in_full.lower().startswith(
        role.lower() + " "
    )


_BEFORE_A_BODY = frozenset(
    # (and the joining words of bodies named in other languages: "president of the Ordre des"
    # of "... Ordre des architectes de Côte d'Ivoire")
    {"for", "of", "at", "in", "to", "from", "des", "de", "du", "del", "della", "da", "do", "dos"}
)


def _clean_role(role: str | None, name: str) -> str | None:
    """A role as shown: no article, honorific or rank at its edges ('commissioner Sir',
    'Maj.'), no age ('Matt Helmenstine, 30'), not the name again, brackets balanced."""
    if not role:
        return None
    role = without_dateline(role)  # "LONDON - A spokesman for the ministry": no place filed from
    if role.count("(") > role.count(")"):
        role = role[: role.rfind("(")]
    words = _strip_leading(role).split()
    counted = _A_COUNT_FIRST.match(" ".join(words))
    if counted is not None and len(words) > len(counted.group(0).split()):
        words = words[len(counted.group(0).split()) :]  # "At least one protester": "protester"
    own = {word.lower() for word in name.split()}
    # "spokesman Brigadier General Ramesh" of Ramesh Kumar Basnet: the name's own words and the
    # ranks before them are no part of the role
    named = words
    while words and words[-1].lower().strip(".,") in own:
        words = words[:-1]
    if words and words[-1].lower() in {"of", "for", "at", "in", "from"}:
        words = named  # "mayor of Washington" for Harold Washington: the name is the place
    ranked = words
    while words:
        last = words[-1].lower().strip(".,")
        if last in HONORIFICS or last in RANKS:
            words = words[:-1]
        elif (
            last in _RANKS_AFTER_A_ROLE
            and words[-1][:1].isupper()
            and len(words) > 1
            and ROLE_WORD.fullmatch(words[-2].strip(".,")) is not None
            and words[-2].lower() not in _RANKS_BEFORE_MAJOR  # ("Sergeant Major": one rank)
        ):
            words = words[:-1]  # "police spokesman Major", "BAPA president Captain"
        elif last == "general" and len(words) > 1 and words[-2].lower() in RANKS | {"major"}:
            words = words[:-2]  # "Brigadier General", not "Director General"
        else:
            break
    if not words or all(word.lower() in _ONLY_QUALIFY for word in words):
        words = ranked  # "retired Captain", "Major General": the rank is the role
    while words and words[0].lower().strip(".,") in HONORIFICS:
        words = words[1:]
    text = re.sub(r"[’']s$", "", " ".join(words)).strip(" ,.;:")
    if not re.search(r"[^\W\d_]{2,}", text) or text.lower() == name.lower():
        return None
    return text


def _role_without(doc: Doc, head: Token, name: Token) -> str | None:
    """The noun phrase of `head` without the name inside it: 'Lebanon's Iran-backed group'."""
    named = set(_name_span(doc, name))
    kept = [t for t in _phrase(head) if t not in named and t.text not in {",", ";"}]
    return _clean_role("".join(t.text_with_ws for t in kept), name.text)


def _phrase(head: Token) -> list[Token]:
    """The noun phrase of a common noun without its clauses: modifiers, the noun, a short
    'of'/'for' phrase ('opposition parties', 'spokesman for Beijing 2008')."""
    tokens = [head]
    for child in head.children:
        if child.i < head.i and child.dep_ not in {"punct", "relcl", "acl", "cc", "conj"}:
            tokens.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in {"of", "for", "from", "at", "in"}:
            # (not the person's name set off after it: "spokesman for the ministry, John
            # Smith"; a body's stays: "spokeswoman for the carrier, Kenya Airways")
            named = {
                t.i
                for appos in child.subtree
                if appos.dep_ == "appos"
                and appos.pos_ == "PROPN"
                and appos.ent_type_ == "PERSON"
                and appos.head.lower_ in _BODIES_SPOKEN_FOR  # (not "the activist, Job Sikhala")
                for t in appos.subtree
            }
            sub = [t for t in child.subtree if t.i not in named]
            while sub and sub[-1].is_punct:
                sub.pop()
            if len(sub) <= 6:
                tokens.extend(sub)
    return sorted(set(tokens), key=lambda token: token.i)


def _title_words(title: Token) -> list[Token]:
    """A title with its whole 'of' phrase, without the acronym or name set beside it ("head
    of the National Civil Defence Institute" of "... Institute (INDECI)")."""
    beside: set[int] = set()
    for token in title.subtree:
        if token.dep_ == "appos" and token.i != title.i:
            beside |= {t.i for t in token.subtree}
    return [t for t in title.subtree if t.i not in beside and t.text not in {"(", ")"}]


def _owner(head: Token) -> Token | None:
    """Whom a common noun belongs to: 'Oxfam's spokesman', 'a spokesperson for X', 'a
    statement by X'."""
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN"}:
            return child
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"for", "of", "from", "by"}:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and (
                    grandchild.pos_ == "PROPN" or grandchild.ent_type_
                ):
                    return grandchild
    return None


def _owner_phrase(owner: Token) -> set[Token]:
    """The owner with its preposition or possessive ending: what the speaker's name leaves out."""
    tokens = set(owner.subtree)
    if owner.dep_ == "pobj":
        tokens.add(owner.head)
    return tokens


def _named_after_whom_it_speaks_for(head: Token) -> list[Token]:
    """The name set off after the body a spokesman speaks for, which the parse hangs on the
    body: "A spokesman for the ministry, John Smith, said" (the spokesman's name). Not after a
    person ("a lawyer for the activist, Job Sikhala,": the activist's name), unless the sentence
    named that person before ("The mining minister, Pedro Castaneda, has ordered ..., according
    to a spokesman for the minister, Luis Herrera, who said": the spokesman's)."""
    speaks = _SPEAKS_FOR.fullmatch(head.lower_) is not None
    if not speaks and not _HEADS_A_BODY.fullmatch(head.lower_):
        return []
    return [
        name
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in {"for", "of", "to"}
        for whom in prep.children
        if whom.dep_ == "pobj"
        and (
            whom.lower_ in _BODIES_SPOKEN_FOR
            or (
                is_title(whom.text)
                and holder_named_before(head.doc.text[: head.idx], _the_title_of(whom))
            )
        )
        for name in whom.children
        if name.dep_ == "appos"
        and name.pos_ == "PROPN"
        and name.ent_type_ == "PERSON"
        and head.doc[name.left_edge.i - 1].text == ","  # set off: not "for Minister Ken Ofori"
        # the one who heads it, not the body named again ("The owner of the firm, Hassan
        # Traders, said")
        and (speaks or not _A_BODYS_LAST_WORD.fullmatch(name.lower_))
    ]


def _the_title_of(whom: Token) -> str:
    """A title with the words that qualify it: "former prime minister" (of "the former prime
    minister")."""
    qualifiers = [t.text for t in whom.lefts if t.dep_ in {"amod", "compound", "nmod"}]
    return " ".join([*qualifiers, whom.text])


# Bodies a spokesman speaks for, whose own names are no person's.
_BODIES_SPOKEN_FOR = ORGANISATION_HEADS | frozenset(
    "company firm government family families airline carrier operator group".split()
)
_SPEAKS_FOR = re.compile(r"spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|representative")
# Those who head a body, whose name set off after the body is theirs ("The owner of the Golden
# Hill Company, Aung Naing, said") unless it is the body's own ("..., Hassan Traders, said").
_HEADS_A_BODY = re.compile(
    r"person|official|officer|head|chief|director|manager|chair(?:man|woman|person)?|"
    r"president|leader|owner|boss|executive|secretary|administrator|superintendent|commander"
)
# The last word of a business's name.
_A_BODYS_LAST_WORD = re.compile(
    "|".join(sorted(ORGANISATION_HEADS))
    + r"|traders|trading|builders|construction|properties|enterprises|foods|motors|limited|"
    r"co|plc|llc|gmbh|ag|sa|partners|associates|brothers|bros"
)


def _a_full_name(name: str) -> bool:
    """Two or three capitalised words, none a title: "Ahmet Sarikaya"."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(
        word[:1].isupper() and word[1:].islower() and not is_title(word) for word in words
    )


def _has_named_appos(token: Token) -> bool:
    """'One of Taiwan's candidates, Ying-jiou Ma, ...': the name in apposition speaks."""
    return any(child.dep_ == "appos" and child.pos_ == "PROPN" for child in token.children)


def _counted(quantity: Token) -> Token | None:
    """'lots of people', 'a number of survivors': the counted noun."""
    for child in quantity.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _strip_leading(text: str) -> str:
    words = text.strip(" ,.;:").split()
    while words and words[0].lower() in _LEADING_WORDS:
        words = words[1:]
    return " ".join(words)


# A count a role opens with, before a common noun: "at least one (protester)", "one
# (organiser)" (not "One Nation leader", nor "one of the survivors", whose "one" is the role's).
_A_COUNT_FIRST = re.compile(
    r"(?i:(?:at\s+least|at\s+most|only|just)\s+)?(?i:one)(?=\s+(?!of\b)[a-z])"
)


def _is_generic(voice: _Voice) -> bool:
    """'officials', 'security sources': nobody in particular."""
    words = voice.name.lower().split()
    return voice.entity is None and bool(words) and words[-1] in GENERIC_VOICES
