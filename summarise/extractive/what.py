"""`what`: the most central statements, each said once, within a word budget.

sumy ranks the top of the evidence ranking (LexRank by default). Ranking evidence rather than raw
sentences means a wire sentence that five outlets reprint is one candidate, not five; the
greedy pick then skips statements that overlap one already chosen.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from ..evidence import EvidenceItem, EvidenceSet
from ..numbers import no_one_harmed_in, tells_another_time
from ..schema import Statement
from ..segment import content_tokens, words
from .common import (
    OVER_THE_YEARS,
    SAYING,
    cite_item,
    clean_sentence,
    dangling,
    mostly_quoted,
    shorten,
    without_dateline,
)

# sumy's graph methods are quadratic: they only re-rank this many of the best evidence items.
MAX_CANDIDATES = 120
# Statements this long or short are not candidates: long ones crowd a short summary out.
MIN_WORDS, MAX_WORDS = 6, 40
# News puts the event first: a statement near the top of any article that carries it gains up to
# (1 + LEAD_WEIGHT). Chosen with MAX_WORDS on the MultiLing 2011 development topics
# (bench/rouge.py, ROUGE-2 at 100 / 250 words): 14.2 / 20.4 without the prior and with
# 70-word statements, 16.2 / 22.2 with these values.
LEAD_WEIGHT = 1.0
# Two statements sharing more than this (Dice of content tokens, each weighted by its rarity in
# the cluster) say the same thing. Words every report uses ("2007 Tour de France") weigh little:
# "Contador has won the 2007 Tour de France" does not repeat "Vinokourov has won stage 13 of
# the 2007 Tour de France". A later report's lead retells the event before its news ("The
# manager of the hospital where a fire killed eight patients was suspended on Wednesday"): in a
# section with room for what followed the event, the bar is higher. Chosen on the answer keys
# (stop 41, at 250 words: `what` facts of the 98 invented clusters 470 -> 489 of 703 at 0.5,
# 488 at 0.4, 489 at 0.6, 428 at 0.2; the 7 development topics 27 -> 26 of 44), at a cost in
# ROUGE on those 7 (bench/rouge.py, 250 words: 51.1/22.5 at 0.3, 50.5/21.9 at 0.5). A
# short section tells the event itself: at 100 words 0.5 cost 37.0/17.0 -> 36.2/15.7, so
# there the bar stays at 0.3, chosen on ROUGE (plain Dice at 0.4 gave R-2 21.3 / 16.6 at 250 /
# 100 words, this 22.2 / 16.6).
REDUNDANT_OVERLAP = 0.5
SHORT_SECTION_OVERLAP = 0.3
SHORT_SECTION_WORDS = 150
# A statement half of whose weight another chosen one holds says nothing new either ("Five
# escapees were shot dead and six guards wounded" beside a long sentence that says it and how).
# Neutral on ROUGE (100 / 250 words: 36.8/16.8 and 50.7/22.2, against 36.8/16.8 and 50.6/22.2
# without); development facts 123 -> 124 of 147, invented 632 -> 633 (0.6 and 0.7 tried).
REDUNDANT_CONTAINED = 0.5
# Weight of a statement first reported on a day the summary does not cover yet.
NEW_DAY_BONUS = 1.3  # chosen on the development topics (1.0, 1.3, 1.6, 2.0 tried)
# Weight of a statement that tells what was done about the event: an inquiry opened, officials
# suspended or dismissed, people arrested or charged, compensation promised; in a section with
# room for what followed (more than SHORT_SECTION_WORDS). Measured in stop 44: `what` facts of
# the 110 invented clusters 2102 -> 2108 of 2505 with a wider word list (a review found its
# "closed", "fired" and "ban" lifting "the airport was closed for two hours"; this list gives
# one fewer), the 7 development topics unchanged (125 of 147); ROUGE-1/2 at 250 words 50.5/21.9
# -> 50.8/22.5; at 100 words it cost 37.0/17.0 -> 36.4/16.3, so a short section goes without.
RESPONSE_BONUS = 1.3
_RESPONSE = re.compile(
    r"\b(?:inquir(?:y|ies)|investigations?|probes?|criminal\s+(?:case|proceedings)|"
    r"suspend(?:ed|s)?|suspension|arrest(?:ed|s)?|"
    r"charged|charges|indicted|prosecut\w+|resign(?:ed|s)?|resignation|dismissed|sacked|"
    r"compensation|compensate\w*)\b",
    re.I,
)


# What was done about the event, by kind: in a section with room for what followed, a statement
# that tells a kind no chosen statement tells yet gains NEW_RESPONSE_BONUS, so the inquiry, the
# suspensions, the resignations and the compensation are each told, not the inquiry three times.
# Measured in stop 67 (`what` facts missed on the 202 invented clusters, bench/facts.py): 456 at
# 1.0, 441 at 1.3, 434 at 1.6, 412 at 2.0, 408 at 3.0; ROUGE-1/2/L at 250 words on the
# development topics 50.8/22.5/26.8 at 1.0, 50.4/22.4/26.9 at 2.0, 49.8/21.6/26.5 at 3.0
# (100 words: no bonus, unchanged). Arrests and charges are no kind of their own: the casualty
# lines count those held, and with them M007 (a trial told over months) lost its sentencing
# statement, 125 -> 124 of the 147 development facts (without them 125, invented 3,949, ROUGE
# 50.7/22.5/26.9). "A criminal case opened" is an inquiry too, as Georgian, Russian or Kazakh
# authorities word it (stop 73: `what` facts of the 226 invented clusters 1,179 -> 1,180 of
# 1,656, the development topics unchanged). Days of mourning declared are a kind too (stop 86:
# facts of the 282 invented clusters 5,486 -> 5,489, none lost; development topics and ROUGE
# unchanged).
NEW_RESPONSE_BONUS = 2.0
_RESPONSE_KINDS = {
    kind: re.compile(rf"\b(?:{words})\b", re.I)
    for kind, words in {
        "inquiry": r"inquir(?:y|ies)|investigat(?:ion|ions|ing|ors?|e|es|ed)|probes?|audits?|"
        r"criminal\s+(?:case|proceedings)",
        "suspended": r"suspend(?:ed|s)?|suspension|dismiss(?:ed|al)|sacked|relieved\s+of",
        "resigned": r"resign(?:ed|s)?|resignation|stepped\s+down",
        "compensation": r"compensat\w+|ex[- ]gratia|relief\s+fund",
        # a mourning declared, not people in mourning
        "mourning": r"(?:days?|period)\s+of\s+(?:\w+\s+)?mourning|"
        r"mourning\s+(?:was|is|has\s+been)\s+declared|declared\s+(?:\w+\s+){0,3}mourning",
    }.items()
}


def _responses_told(item: EvidenceItem) -> frozenset[str]:
    """The kinds of response (`_RESPONSE_KINDS`) a statement tells."""
    return frozenset(kind for kind, told in _RESPONSE_KINDS.items() if told.search(item.text))


class _Tokenizer:
    """sumy asks its tokenizer for words; ours needs no NLTK data download."""

    language = "english"

    def to_words(self, sentence: str) -> list[str]:
        return words(sentence)

    def to_sentences(self, paragraph: str) -> list[str]:  # pragma: no cover - sumy API only
        return [paragraph]


def sumy_scores(texts: Sequence[str], algorithm: str = "lexrank") -> list[float]:
    """sumy's rating for each text (one text = one sentence), in input order."""
    if not texts:
        return []
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    summariser = _summariser(algorithm, Stemmer("english"))
    summariser.stop_words = get_stop_words("english")
    tokenizer = _Tokenizer()
    sentences = [Sentence(text, tokenizer) for text in texts]
    document = ObjectDocumentModel([Paragraph(sentences)])
    ratings: dict[int, float] = {}

    def keep_all(infos: list[Any]) -> list[Any]:
        # sumy hands its rated sentences to the count callable: read the ratings there.
        for info in infos:
            ratings[info.order] = float(info.rating)
        return list(infos)

    import numpy

    with numpy.errstate(all="ignore"):  # sentences with no scorable words give 0/0: rated 0
        summariser(document, keep_all)
    return [r if (r := ratings.get(index, 0.0)) == r else 0.0 for index in range(len(texts))]


def _summariser(algorithm: str, stemmer: Any) -> Any:
    if algorithm == "textrank":
        from sumy.summarizers.text_rank import TextRankSummarizer

        return TextRankSummarizer(stemmer)
    if algorithm == "lsa":
        from sumy.summarizers.lsa import LsaSummarizer

        return LsaSummarizer(stemmer)
    if algorithm == "luhn":
        from sumy.summarizers.luhn import LuhnSummarizer

        return LuhnSummarizer(stemmer)
    from sumy.summarizers.lex_rank import LexRankSummarizer

    return LexRankSummarizer(stemmer)


def candidates(evidence: EvidenceSet, max_words: int = 0) -> list[EvidenceItem]:
    """The statements `what` may choose from, for a section of `max_words`."""
    longest_lead = min(MAX_LEAD_WORDS, max_words // LEAD_SHARE)
    # what the reports put first: their headlines and first sentences
    firsts = {
        item.id: frozenset(content_tokens(without_dateline(item.text)))
        for item in evidence.items
        if item.is_heading or _a_lead(item)
    }

    def fits(item: EvidenceItem) -> bool:
        length = _length(item)
        if length <= MAX_WORDS:
            return length >= MIN_WORDS
        # a long lead that tells the news other reports put first, not a scene ("When Maria
        # Jose Lopez heard the neighbours shouting in the stairwell ...")
        others = [tokens for other, tokens in firsts.items() if other != item.id]
        return (
            length <= longest_lead
            and _a_lead(item)
            and (
                not others  # one report: nothing to tell its news from a scene by
                or any(len(firsts[item.id] & tokens) >= HEADLINE_WORDS for tokens in others)
            )
        )

    usable = [
        item
        for item in evidence.ranked()
        if not item.is_heading and fits(item) and not dangling(without_dateline(item.text))
    ][:MAX_CANDIDATES]
    return [item for item, told in zip(usable, _statements(usable), strict=True) if told]


# A report's first sentence tells its news and is often long ("Turkish authorities detained the
# general manager and an electrician of a beach hotel ... as a workers' union said ..."): it is
# a candidate up to MAX_LEAD_WORDS, when that is no more than 1/LEAD_SHARE of the section.
# Measured on the development topics (bench/facts.py, bench/rouge.py): facts 124 -> 125 of 147,
# invented S1-S38 709 -> 719 of 864, ROUGE-1/2 at 250 words 50.7/22.2 -> 51.1/22.6; at 100 words
# (where it does not apply) it cost 36.8/16.8 -> 35.8/15.4 when it did.
MAX_LEAD_WORDS = 55
LEAD_SHARE = 4
# Content words a long lead shares with another headline or first sentence of the cluster.
HEADLINE_WORDS = 2


def _a_lead(item: EvidenceItem) -> bool:
    return min(member.position for member in item.members) == 0


def _tells_earlier(item: EvidenceItem, earlier: AbstractSet[tuple[str, int]]) -> bool:
    """Whether most reports of an item tell an earlier event (`earlier`: sentences by (source
    id, position), see `when.earlier_events`). Such an item stays in the pool sumy ranks, so
    that the centrality of the others does not change, but is never chosen: `what` tells the
    event, not last year's accident on the same road."""
    told = sum((ref.source_id, ref.position) in earlier for ref in item.members)
    return 2 * told > len(item.members)


def _length(item: EvidenceItem) -> int:
    """Words of the statement as shown: a wire dateline ("PEZINOK, Slovakia, Feb 13 (Reuters)
    -") is not shown, so it neither counts against the budget nor makes a lede too long."""
    return len(without_dateline(item.text).split())


def _statements(items: list[EvidenceItem]) -> list[bool]:
    """Whether each item states something that happened: its parse has a verb, and it is no
    definition. A photo caption ("HMS Cornwall at Zeebrugge in 2006.") or a list of names
    states nothing, however central; "Zambia is Africa's second-biggest copper producer",
    reprinted at the foot of three reports, is what a reader already knows."""
    from ..nlp import parse  # deferred: spaCy loads on the first brief that needs it

    return [
        any(token.pos_ in {"VERB", "AUX"} for token in doc)
        and not _a_definition(doc)
        and not _a_scene(doc)
        and not _habitual(doc)
        and not _over_the_years(doc)
        and not _about_the_reporting(doc)
        for doc in parse([item.text for item in items])
    ]


# What a newsroom says of its own reporting: "Reuters could not independently verify either
# account", "The firm did not respond to requests for comment", "... declined to comment".
_REPORTING_FORMULA = re.compile(
    r"\b(?:could\s+not|cannot|can['’]t|was\s+unable\s+to|were\s+unable\s+to)\s+"
    r"independently\s+(?:verify|confirm)\b"
    r"|\b(?:be|been|was|were|is|are)\s+(?:not\s+)?(?:immediately\s+)?(?:reached|available)\s+"
    r"for\s+comment\b"
    r"|\bnot\s+(?:immediately\s+)?(?:respond|reply|responded|replied)\s+to\s+(?:a\s+|an\s+)?"
    r"(?:requests?|e-?mails?|messages?|questions|inquiries|enquiries)\s+for\s+comment\b"
    r"|\bdeclined\s+to\s+comment\b",
    re.I,
)
# The verbs such a sentence is made of; any other verb tells something more ("resigned on
# Friday and declined to comment", "who was arrested on Tuesday, could not be reached").
_FORMULA_VERBS = frozenset(
    """decline declined declines comment respond responded reply replied reach reached verify
    confirm be is was were been""".split()
)


def _about_the_reporting(doc: Any) -> bool:
    """Whether a sentence only tells what the newsroom could not learn or check."""
    return _REPORTING_FORMULA.search(doc.text) is not None and all(
        token.lower_ in _FORMULA_VERBS or token.lower_ in SAYING
        for token in doc
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux", "auxpass", "neg"}
    )


# Words of what happens as a rule, not once: "on a typical winter morning", "regularly".
_AS_A_RULE = re.compile(
    r"\b(?:typical(?:ly)?|usually|generally|normally|regularly|routinely|"
    r"(?:every|each)\s+(?:year|day|morning|night|week|winter|summer|season))\b",
    re.I,
)


def _habitual(doc: Any) -> bool:
    """ "Balloon rides are among Luxor's most popular attractions, with dozens taking off on
    a typical winter morning", "Heists are common in South Africa, where gangs regularly attack
    vans": what happens as a rule, told in the present with no past verb, is background."""
    root = next((token for token in doc if token.dep_ == "ROOT"), None)
    return (
        root is not None
        and root.tag_ in {"VBZ", "VBP"}
        and not any(token.tag_ == "VBD" for token in doc)
        and _AS_A_RULE.search(doc.text) is not None
    )


def _over_the_years(doc: Any) -> bool:
    """ "Iran has seized several foreign vessels in the strait in recent years", "The plant has
    been in trouble before": what has happened before the event, told in the present perfect,
    is background."""
    root = next((token for token in doc if token.dep_ == "ROOT"), None)
    return (
        root is not None
        and root.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in root.children)
        and (OVER_THE_YEARS.search(doc.text) is not None or _before_it_all(root))
    )


def _before_it_all(root: Any) -> bool:
    """Whether the main verb itself is told as having happened before, at the sentence's end:
    "The plant has been in trouble before" (not "arrested three men, one of whom had been
    convicted before", nor "more than they had expected the night before")."""
    words = [token for token in root.doc if not token.is_punct]
    last = words[-1] if words else None
    if last is None:
        return False
    if last.lower_ in {"before", "previously"}:
        return last.head.i == root.i and last.dep_ == "advmod"
    return (  # "in the past"
        last.lower_ == "past" and last.head.lower_ == "in" and last.head.head.i == root.i
    )


# Nouns of a place a scene is painted as: "Via San Biagio was a street without a sound".
_SCENE_NOUNS = frozenset(
    "street streets town city village place scene sight landscape wasteland quarter district "
    "neighbourhood neighborhood square".split()
)


def _a_scene(doc: Any) -> bool:
    """ "The morning after, Via San Biagio dei Librai was a street without a sound", "By
    Friday, Grindavik was a ghost town": a place painted as a scene, a feature's opening that
    tells nothing that happened (a copula, a noun of a place, no figure, no verb under it)."""
    # (the copula with a subject and a noun after it: the parse may root "The morning after")
    root = next(
        (
            token
            for token in doc
            if token.lower_ in {"was", "were", "is", "are"}
            and any(c.dep_ == "nsubj" for c in token.children)
            and any(c.dep_ == "attr" for c in token.children)
        ),
        None,
    )
    if root is None:
        return False
    attr = next(c for c in root.children if c.dep_ == "attr")
    subject = next(c for c in root.children if c.dep_ == "nsubj")
    return (
        attr.lower_ in _SCENE_NOUNS
        # a place painted, not "The epicentre was a remote village" or "the target was a
        # square", and nothing else told ("..., police said", "when the bomb went off")
        and (subject.pos_ == "PROPN" or subject.lower_ in _SCENE_NOUNS)
        and not any(t.pos_ == "VERB" for t in doc)
        and not any(t.like_num for t in doc)
        and not any(t.pos_ in {"VERB", "AUX"} for t in attr.subtree)
        # ("the scene of the deadliest attack this year" tells of one)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in attr.children)
        and not any(_acts_too(c) for c in root.children)
    )


def _a_definition(doc: Any) -> bool:
    """ "Zambia is Africa's second-biggest copper producer": a place said to be what it always
    is, by a present "is"/"are" with a noun complement that tells no act (not "the toll is 14",
    "the suspect is a 41-year-old", "is in critical condition", "France is the first country
    to guarantee ...")."""
    root = next((token for token in doc if token.dep_ == "ROOT"), None)
    if root is None or root.lower_ not in {"is", "are"}:
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    attr = next((c for c in root.children if c.dep_ == "attr"), None)
    return (
        subject is not None
        and subject.ent_type_ in {"GPE", "LOC", "FAC"}
        and attr is not None
        and attr.pos_ in {"NOUN", "PROPN"}
        and not any(c.lower_ == "now" or _acts_too(c) for c in root.children)
        # "the first country to guarantee ...", "a country without a single elected official":
        # what it has just become is news
        and not any(t.pos_ in {"VERB", "AUX"} for t in attr.subtree)
    )


# Tried in stop 83 and not kept (`what` facts of the 266 invented clusters at 250 words, 1,375 of
# 1,953 as it is; ROUGE-1/2 on the development topics 50.7/22.5 at 250 words, 37.0/17.0 at 100):
# a statement whose news is a count of the dead or hurt, after one chosen that tells one, x0.5
# (1,374) or x0.25 (1,369); each pick's score divided by its length to the 0.3 (1,369; ROUGE
# 51.5/23.6 at 250 words, 36.0/16.1 at 100) or the 0.5 (1,376; 34.9/14.2 at 100); the share of
# its content bigrams carried by two reports and not yet told, as a factor (ROUGE-2 22.5 ->
# 20.4 at 250 words); MAX_LEAD_WORDS 40 (1,317) or LEAD_WEIGHT 0.5 (1,375; ROUGE-2 22.2 / 16.2);
# showing a lead without the clause it ends on retelling the event (", as anger grew over last
# Tuesday's collapse of a bridge ... that killed at least 23 people"), so that more statements
# fit (1,329: that clause holds the words a statement of the event needs). Almost every missed
# `what` fact (570 of 578) is in the pool, lost to the word budget: the statements that tell it
# rank below the reports' leads, which fill the section.
def select_what(
    evidence: EvidenceSet,
    max_words: int,
    algorithm: str = "lexrank",
    earlier: AbstractSet[tuple[str, int]] = frozenset(),
) -> list[EvidenceItem]:
    """Pick statements by sumy score x corroboration, without repeats, within `max_words`."""
    pool = candidates(evidence, max_words)
    if not pool:
        pool = [item for item in evidence.ranked() if item.text.split()][:1]
    ratings = sumy_scores([item.text for item in pool], algorithm)
    top = max(ratings, default=0.0) or 1.0
    best_evidence = max((item.score for item in pool), default=0.0) or 1.0
    responses = max_words > SHORT_SECTION_WORDS  # a short section tells the event itself

    def combined(index: int) -> float:
        item = pool[index]
        lead = min(member.position for member in item.members)
        return (
            (0.5 + ratings[index] / top)
            * (0.5 + item.score / best_evidence)
            * (1.0 + 0.3 * math.log(item.independent))
            * (1.0 + LEAD_WEIGHT / (1 + lead))
            * (RESPONSE_BONUS if responses and _RESPONSE.search(item.text) else 1.0)
        )

    # Greedy, best first; a statement first reported on a day no chosen statement comes from
    # gets NEW_DAY_BONUS, so a story told over several days is covered across them (the event,
    # then what followed) rather than by five wordings of its first day.
    day = _first_reported(evidence)
    rarity = _rarity(evidence)
    overlap = _weighted_dice(rarity)
    contained = _weighted_containment(rarity)
    scores = {
        index: combined(index)
        for index in range(len(pool))
        if not _tells_earlier(pool[index], earlier) and not mostly_quoted(pool[index].text)
    }
    scores_before = dict(scores)
    told = {index: _responses_told(pool[index]) for index in scores}  # (read once, not per pick)
    chosen: list[EvidenceItem] = []
    covered: set[str] = set()
    responded: set[str] = set()
    used = 0
    bar = SHORT_SECTION_OVERLAP if max_words <= SHORT_SECTION_WORDS else REDUNDANT_OVERLAP
    while scores and used < max_words:
        index = max(
            scores,
            key=lambda i: (
                scores[i]
                * (NEW_DAY_BONUS if day(pool[i]) not in covered else 1.0)
                * (NEW_RESPONSE_BONUS if responses and told[i] - responded else 1.0)
            ),
        )
        del scores[index]
        item = pool[index]
        length = _length(item)
        if used + length > max_words:
            continue
        news = _news_tokens(item)
        if any(
            overlap(news, other.tokens) > bar or contained(news, other.tokens) > REDUNDANT_CONTAINED
            for other in chosen
        ):
            continue
        chosen.append(item)
        covered.add(day(item))
        responded |= told[index]
        used += length
    unhurt = _no_harm_told(evidence, chosen, earlier)
    if unhurt is not None:
        # room is made by dropping the lowest-scored statements, never a report's lead nor the
        # first chosen; where that is not enough, nothing changes
        rank = {id(pool[index]): score for index, score in scores_before.items()}
        droppable = sorted(
            (item for item in chosen[1:] if not _a_lead(item)),
            key=lambda item: rank.get(id(item), 0.0),
        )
        room, dropped = max_words - used, []
        while droppable and room < _length(unhurt):
            dropped.append(droppable.pop(0))
            room += _length(dropped[-1])
        if room >= _length(unhurt):
            chosen = [item for item in chosen if item not in dropped] + [unhurt]
    return sorted(chosen, key=_reading_order(evidence))


# Reports that must say no one was hurt before `what` says it: at least two, and a third of
# the cluster's (one or two outlets of eight saying so, of a fish kill or an outage, is an aside).
NO_HARM_SOURCES, NO_HARM_SHARE = 2, 1 / 3


def _no_harm_told(
    evidence: EvidenceSet, chosen: list[EvidenceItem], earlier: AbstractSet[tuple[str, int]]
) -> EvidenceItem | None:
    """The best-ranked statement that no one was hurt, when `NO_HARM_SOURCES` sources (and a
    third of the cluster's) say so and no chosen statement does ("No one was hurt, officials
    said."): an editor tells it of an event that harmed no one, and the casualty list says it
    only as a count of none. A short one ("No one was hurt.") will do: the pool's lower bound
    on length is for news."""
    if any(_tells_no_harm(item) for item in chosen):
        return None
    harmless = [
        item
        for item in evidence.ranked()
        if not item.is_heading
        and _tells_no_harm(item)
        and _length(item) <= MAX_WORDS
        and not dangling(without_dateline(item.text))  # ("He said no one was injured")
        and not _LEANS_ON_BEFORE.search(item.text)  # "None was hurt", "..., he said."
        and not mostly_quoted(item.text)
        and not _tells_earlier(item, earlier)
        and not _after_another_time(evidence, item)
    ]
    sources = {member.source_id for item in harmless for member in item.members}
    needed = max(NO_HARM_SOURCES, math.ceil(NO_HARM_SHARE * len(evidence.articles)))
    return harmless[0] if len(sources) >= needed else None


def _after_another_time(evidence: EvidenceSet, item: EvidenceItem) -> bool:
    """Whether a report tells the statement right after a sentence dated away from the event:
    "In November 2016 a hole opened in Fukuoka. No one was hurt ..." is the earlier one's."""
    return any(
        tells_another_time(before.text)
        for ref in item.members
        for before in evidence.sentences(ref.source_id)
        if before.position == ref.position - 1
    )


# A statement of no harm that leans on the sentence before it: "None was hurt" (none of whom?),
# "No one was killed, he said." (who said?).
_LEANS_ON_BEFORE = re.compile(r"^\W*None\b|,\s+(?:he|she|they|it)\s+(?:said|says|added)\W*$")


def _tells_no_harm(item: EvidenceItem) -> bool:
    """ "No one was hurt", "no one was killed or injured" (not "no one was killed" alone, which
    may stand beside the injured, or be one side's claim against a toll)."""
    return "injured" in no_one_harmed_in(item.text)


# A later report's lead that retells the event after its news: ", five days after the failure
# of dozens of vote-counting machines threw the count into disarray".
_DAYS_AFTER = re.compile(
    r",\s+(?:(?:nearly|almost|about|just|barely|some|more\s+than|over)\s+)?"
    r"(?:(?:\w+|\d+)\s+(?:days?|weeks?|months?)|a\s+(?:day|week|month))\s+after\s+[^,;]+[.]?$",
    re.I,
)


def _news_tokens(item: EvidenceItem) -> frozenset[str]:
    """The tokens of a statement without the retelling a later lead ends on (`_DAYS_AFTER`):
    "Election officials ... proclaimed Ybañez the winner" is news beside "47 machines failed",
    however much of the failure it retells after it."""
    retold = _DAYS_AFTER.search(item.text)
    if retold is None:
        return item.tokens
    return frozenset(content_tokens(item.text[: retold.start()])) or item.tokens


def _rarity(evidence: EvidenceSet) -> dict[str, float]:
    """Each content token's inverse document frequency over the evidence items."""
    counts = Counter(token for item in evidence.items for token in item.tokens)
    return {token: math.log(len(evidence.items) / count) for token, count in counts.items()}


def _weighted_dice(weight: dict[str, float]) -> Callable[[frozenset[str], frozenset[str]], float]:
    def overlap(first: frozenset[str], second: frozenset[str]) -> float:
        total = sum(weight.get(t, 0.0) for t in first) + sum(weight.get(t, 0.0) for t in second)
        shared = sum(weight.get(t, 0.0) for t in first & second)
        return 2 * shared / total if total else 0.0

    return overlap


def _weighted_containment(
    weight: dict[str, float],
) -> Callable[[frozenset[str], frozenset[str]], float]:
    """How much of the shorter statement the other says (tokens weighted by rarity): "Five
    escapees were shot dead and six guards wounded" is inside a longer sentence that adds
    when and how, whatever Dice says of the two."""

    def share(first: frozenset[str], second: frozenset[str]) -> float:
        smaller = min(
            sum(weight.get(t, 0.0) for t in first), sum(weight.get(t, 0.0) for t in second)
        )
        shared = sum(weight.get(t, 0.0) for t in first & second)
        return shared / smaller if smaller else 0.0

    return share


def _first_reported(evidence: EvidenceSet) -> Any:
    """The day the earliest source carrying an item was published ("" when none has a date)."""
    published = {a.id: (a.published or "")[:10] for a in evidence.articles}

    def day(item: EvidenceItem) -> str:
        return min((published[ref.source_id] for ref in item.members), default="")

    return day


def time_order(evidence: EvidenceSet, items: list[EvidenceItem]) -> list[EvidenceItem]:
    """`items` in the order things were reported: by the day the earliest source carrying each
    was published, statements of the same day in reading order. (Rank order read "released ...
    charged ... suspended" for a story that happened the other way round.) The days a sentence
    names are not used: they often date its background ("detained on March 23")."""
    published = {a.id: (a.published or "")[:10] for a in evidence.articles}
    reading = _reading_order(evidence)

    def when(item: EvidenceItem) -> tuple[str, tuple[int, int]]:
        days = [published[ref.source_id] for ref in item.members if published[ref.source_id]]
        return (min(days) if days else "9999-99-99", reading(item))

    return sorted(items, key=when)


def _reading_order(evidence: EvidenceSet) -> Any:
    """Lead sentences first, as an article would tell it; ties by source order."""
    source_order = {article.id: index for index, article in enumerate(evidence.articles)}

    def key(item: EvidenceItem) -> tuple[int, int]:
        first = min(item.members, key=lambda ref: (ref.position, source_order[ref.source_id]))
        return (first.position, source_order[first.source_id])

    return key


def extract_what(
    evidence: EvidenceSet,
    max_words: int,
    algorithm: str = "lexrank",
    earlier: AbstractSet[tuple[str, int]] = frozenset(),
) -> list[Statement]:
    """The `what` section, in the order things were reported; `earlier`: sentences that tell
    an earlier event, never shown."""
    chosen = time_order(evidence, select_what(evidence, max_words, algorithm, earlier))
    if not chosen and evidence.items:
        # Even the best statement is longer than the budget: shorten its text, cite it whole.
        told = [
            item for item in candidates(evidence, max_words) if not _tells_earlier(item, earlier)
        ]
        best = (told or evidence.ranked())[0]
        return [
            Statement(text=shorten(clean_sentence(best.text), max_words), citations=cite_item(best))
        ]
    return [
        Statement(text=without_dateline(clean_sentence(item.text)), citations=cite_item(item))
        for item in chosen
    ]


def _acts_too(token: Any) -> bool:
    """ "Qatar is a close ally of the United States and hosts Hamas's office": a verb joined
    to "is" with no subject of its own tells what the place does."""
    return (
        token.dep_ == "conj"
        and token.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
    )
