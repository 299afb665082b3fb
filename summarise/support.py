"""Do two sentences state the same thing, and does a quote back an item? One test for both.

Token overlap alone groups long sentences that merely share a phrase ("15 British sailors and
marines ... detained by Iranian forces on March 23") and lets a citation stand for an item its
words do not state. So a statement is compared on what makes it that statement:

- its **figures** (every number it states, in digits or words) must be the same;
- its **names** (capitalised words, acronyms matched to their spelled-out form) must be the same;
- its **polarity** (negations) must be the same;
- its **content words** must be covered in both directions, so that neither side adds a claim
  of its own; an attribution ("..., security sources said", "according to Reuters") is set
  aside first, since outlets word their attributions differently.

`same_statement` is symmetric and decides evidence grouping; `support_problem` is the directed
form (everything the item states is in the quote; the quote may say more) and decides whether a
citation may be printed for an item, for both engines and in `summarise verify`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .dates import CLOCK_WORDS, human_date
from .numbers import no_one_harmed_in, ordinal_word, stated_numbers
from .schema import Actor, Casualty, Claim, Place, Reaction, Statement, TimeRef
from .segment import canonical_spelling, content_tokens, fold, stop_words, words

# Both sentences must cover at least this share of each other's content words (after the
# attribution is set aside) to be one statement: the lowest value with no false "same" on the
# even-numbered pairs of tests/data/same_statement_pairs.jsonl (the odd ones check it).
SAME_STATEMENT_COVERAGE = 0.7
# Sentences with fewer content words than this are compared on exact wording only.
MIN_CONTENT_TOKENS = 3
# A quote supports an item when it covers at least this share of the item's content words, and
# every figure and name of the item.
SUPPORT_COVERAGE = 0.6
# What a time item dates is worded by one source; another source dating the same event words it
# its own way, so a time's citation needs its figures and half its words, not every name.
TIME_COVERAGE = 0.5
# A citation this short made only of names and figures is a dateline ("Thursday, March 29, 2007").
MAX_DATELINE_CHARS = 40
# A people or language word matches its country: Iran / Iranian, Lebanon / Lebanese, Iraq / Iraqi.
_DEMONYM = re.compile(r"(?:ian|ese|ish|an|i)$")
MIN_PREFIX = 4

# Verbs that report someone's words (not "announced" or "confirmed": announcing a decision is
# the news itself). Lower-case on purpose: "the United States" is not a verb.
_ATTRIBUTION_VERBS = r"said|says|say|told|tells|added|adds|reported|reports|quoted|wrote|writes"
# ", security sources said." / ", he told reporters on Thursday." at the end of a sentence.
_TRAILING_ATTRIBUTION = re.compile(
    rf"(?:,\s*|[\"”’]\s*,?\s*)(?:[^\s,;]+\s+){{0,6}}?(?:{_ATTRIBUTION_VERBS})\b"
    r"[^,;:\"“”]{0,60}?[.!?]?[\"”’']?\s*$"
)
# "according to Al Jazeera's reporter in Washington" wherever it stands, up to the next comma.
_ACCORDING_TO = re.compile(r",?\s*according to [^,;.]*", re.I)
# "Army spokesman Yahya Rasool said on Thursday that", "On Sunday, The Australian reported that"
# at the start of a sentence.
_LEADING_ATTRIBUTION = re.compile(
    rf"^\s*(?:(?i:on|late|early|last)\s+\w+day,?\s+)?(?:[^\s,;]+\s+){{0,6}}?(?:{_ATTRIBUTION_VERBS})"
    r"(?:\s+(?:on|late|early)?\s*\w+day)?\s+(?:that\s+)?"
)
# Negations, with the verbs that negate what follows them ("fail to care" = "not care").
_NEGATION = re.compile(
    r"\b(?:not|no|never|nor|neither|none|nobody|nothing|without|deny|denies|denied|cannot)\b"
    r"|n't\b|\b(?:fail(?:s|ed|ing)?|refus(?:e|es|ed|ing))\s+to\b"
)
# Words that report a statement rather than state it: they differ between outlets.
_REPORTING_WORDS = (
    "said says say told added reported stated according quoted cited spokesman spokeswoman "
    "spokesperson official officials source sources statement news agency reporters reporter "
    "correspondent media interview newspaper"
)
# Words of a title that do not name anyone on their own.
_TITLE = (
    "president minister prime secretary general mr mrs ms dr sir lord chief spokesman "
    "spokeswoman governor senator judge king queen prince colonel captain sergeant"
)


@lru_cache(maxsize=2)
def _stems(words: str) -> frozenset[str]:
    """A word list as content tokens (computed on first use: the stop words load lazily)."""
    return frozenset(token for word in words.split() for token in content_tokens(word))


@dataclass(frozen=True, slots=True)
class Parts:
    """What a sentence is compared on."""

    tokens: frozenset[str]  # content words, attribution set aside
    figures: frozenset[int]
    names: frozenset[str]  # folded capitalised words and acronyms, attribution set aside
    negations: int
    all_names: frozenset[str]  # names and content words of the whole text, attribution included
    initials: frozenset[str]  # initials of runs of capitalised words: "PMF"


@lru_cache(maxsize=50_000)
def parts_of(text: str) -> Parts:
    core = _without_attribution(text)
    tokens = frozenset(
        token for token in content_tokens(core) if token not in _stems(_REPORTING_WORDS)
    )
    return Parts(
        tokens=tokens,
        figures=_figures(core),
        names=_names(core),
        negations=len(_NEGATION.findall(core.lower().replace("’", "'"))),
        all_names=frozenset(content_tokens(text)) | _names(f"x {text}"),  # first word too
        initials=_initials(text),
    )


# A clock time: "8.26am", "08:26", "9.47 p.m." (its hour and minutes are two figures).
_CLOCK = re.compile(r"\b(\d{1,2})[.:](\d{2})(?=\s*[ap]\.?m\b)|\b(\d{1,2}):(\d{2})\b", re.I)


def _figures(text: str) -> frozenset[int]:
    """The numbers a text states, clock times read as hours and minutes; "one" ("the one
    thing", "one of the") is no figure."""
    text = _CLOCK.sub(lambda m: " ".join(g for g in m.groups() if g), text)
    return frozenset(stated_numbers(text) - {1})


def _is_year(figure: int) -> bool:
    return 1900 <= figure <= 2100


def _without_attribution(text: str) -> str:
    text = " ".join(text.split())
    core = _ACCORDING_TO.sub("", text)
    trailing = _TRAILING_ATTRIBUTION.search(core)
    if trailing and trailing.start() > len(core) // 3:
        core = core[: trailing.start()]
    leading = _LEADING_ATTRIBUTION.match(core)
    if leading and leading.end() < 2 * len(core) // 3:
        core = core[leading.end() :]
    return core


def _names(text: str) -> frozenset[str]:
    """Capitalised words that are not the sentence's first word, and acronyms anywhere."""
    stops = stop_words()
    found: set[str] = set()
    for index, word in enumerate(words(canonical_spelling(text))):
        for piece in word.split("-"):  # "Iran-backed", "US-led", "al-Sudani"
            if not piece[:1].isupper():
                continue
            folded = fold(piece).removesuffix("'s").rstrip(".")
            is_acronym = len(folded) >= 2 and piece.replace(".", "").isupper()
            if folded.isdigit() or (not is_acronym and (folded in stops or index == 0)):
                continue  # "US" the country is an acronym; "Us" opening a sentence is not
            found.add(_canonical(folded))
    return frozenset(found)


def _canonical(name: str) -> str:
    tokens = content_tokens(name.upper() if len(name) <= 4 else name.capitalize())
    return tokens[0] if tokens else name


def _initials(text: str) -> frozenset[str]:
    """'Popular Mobilization Forces' -> 'pmf': an acronym may stand for its spelled-out form."""
    found: set[str] = set()
    run: list[str] = []
    for word in [*words(text), ""]:
        if word[:1].isupper() and not word.isupper():
            run.append(word)
            continue
        if len(run) >= 2:
            for start in range(len(run) - 1):
                found.add("".join(part[0] for part in run[start:]).lower())
        run = []
    return frozenset(found)


def _matches(word: str, others: frozenset[str]) -> bool:
    if word in others:
        return True
    root = _DEMONYM.sub("", word)
    if len(root) >= MIN_PREFIX and any(other.startswith(root) for other in others):
        return True  # Iranian -> Iran
    return len(word) >= MIN_PREFIX and any(
        _DEMONYM.sub("", other).startswith(word) for other in others if other != word
    )  # Iran -> Iranian


def _covered(first: frozenset[str], second: frozenset[str]) -> float:
    """The share of `first` that `second` has (prefix matches count: Iran / Iranian)."""
    if not first:
        return 1.0
    return sum(_matches(word, second) for word in first) / len(first)


def _missing_names(item: Parts, quote: Parts) -> list[str]:
    """Names of `item` (attribution aside) that `quote` does not carry anywhere, attribution
    included, by spelling, prefix or acronym ("PMF" for "Popular Mobilization Forces")."""
    return [
        name
        for name in sorted(item.names)
        if not _matches(name, quote.all_names) and name not in quote.initials
    ]


def same_statement(first: str, second: str) -> bool:
    """True when the two sentences state the same thing (wire copy, translation, rewording)."""
    if " ".join(first.split()) == " ".join(second.split()):
        return True
    a, b = parts_of(first), parts_of(second)
    if len(a.tokens) < MIN_CONTENT_TOKENS or len(b.tokens) < MIN_CONTENT_TOKENS:
        return False
    if a.figures != b.figures or a.negations != b.negations:
        return False
    if _missing_names(a, b) or _missing_names(b, a):
        return False
    return (
        _covered(a.tokens, b.tokens) >= SAME_STATEMENT_COVERAGE
        and _covered(b.tokens, a.tokens) >= SAME_STATEMENT_COVERAGE
    )


def support_problem(
    item_text: str, quote: str, *, coverage: float = SUPPORT_COVERAGE, names: bool = True
) -> str | None:
    """Why `quote` does not back `item_text` (None when it does): a figure or (with `names`) a
    name of the item that the quote lacks, or too few of the item's words in the quote. A year
    the quote leaves implicit ("January 27", dated by its report) is not asked of it."""
    item, said = parts_of(item_text), parts_of(quote)
    stated = _figures(quote)
    missing_figures = sorted(item.figures - stated)
    if not any(_is_year(figure) for figure in stated):  # "January 27" dated 2024 by its report
        missing_figures = [figure for figure in missing_figures if not _is_year(figure)]
    if missing_figures:
        return f"the quote does not state {', '.join(map(str, missing_figures))}"
    missing = _missing_names(item, said) if names else []
    if missing:
        return f"the quote does not name {', '.join(missing)}"
    if coverage and item.tokens:
        quote_tokens = frozenset(content_tokens(quote))
        share = _covered(item.tokens, quote_tokens)
        if share < coverage:
            return f"the quote carries {share:.0%} of the item's words"
    return None


def claim_of(item: object) -> tuple[str, float]:
    """What a citation of this brief item must back, and how much of its wording.

    Statements, reactions and dispute claims are prose: the quote must carry their figures,
    names and most of their words. A person or a place needs only its name in the quote; a time
    needs what it dates (or, for a dateline, the date itself); a casualty line needs its figure
    (the line itself is worded by the engine: "15 detained: British sailors").
    """
    if isinstance(item, Statement):
        return item.text, SUPPORT_COVERAGE
    if isinstance(item, Reaction):
        return item.statement, SUPPORT_COVERAGE
    if isinstance(item, Claim):
        return item.statement, SUPPORT_COVERAGE
    if isinstance(item, TimeRef):
        return item.describes, TIME_COVERAGE
    if isinstance(item, Casualty):
        figures = " ".join(str(n) for n in (item.count, item.count_max) if n is not None)
        return figures or item.amount_text or "", 0.0
    if isinstance(item, Actor | Place):
        return item.name, 0.0
    raise TypeError(f"not a cited brief item: {type(item).__name__}")


def citation_support_problem(item: object, quote: str) -> str | None:
    """Why `quote` does not back this brief item (None when it does)."""
    if isinstance(item, Actor | Place):
        return _name_problem(item, quote)
    if isinstance(item, TimeRef) and _is_time_only(quote):
        return support_problem(item.text, quote, coverage=0.0)  # the dateline that dates it
    if isinstance(item, Claim) and item.value:
        # The claim asserts its value ("3", "Iranian waters", "2024-01-27"); its statement may be
        # worded by the engine ("It happened on ..."), so half of its words are enough.
        problems = [
            support_problem(value, quote, coverage=0.0)
            for value in _written_forms(_DATE_VALUE.sub(_human, item.value))
        ]
        value_problem = None if None in problems else problems[0]
        return value_problem or (
            support_problem(item.statement, quote, coverage=TIME_COVERAGE, names=False)
        )
    if (
        isinstance(item, Casualty)
        and item.count == 2
        and not stated_numbers(item.amount_text or "")
    ):
        # two people told one after the other, no numeral ("arrested the club's owner, Marek
        # Novak, and its manager"): the quote must name such a pair
        return None if _A_PAIR.search(quote) else "the quote does not name two people"
    if isinstance(item, Casualty) and item.count == 0:  # "no one killed": no figure to find
        if item.kind in no_one_harmed_in(quote):
            return None
        return f"the quote does not say no one was {item.kind}"
    text, coverage = claim_of(item)
    return support_problem(text, quote, coverage=coverage, names=not isinstance(item, TimeRef))


# Two people named one and then the other: "the club's owner, Marek Novak, and its manager",
# "a 29-year-old in Brno and a 35-year-old in Ostrava", "the owner and manager Ivan Kral".
_A_PAIR = re.compile(
    r"\b(?:the|an?|its|his|her|their)\s+[^,.;]{1,40}?(?:,[^,.;]{1,40},)?\s+and\s+"
    r"(?:(?:the|an?|its|his|her|their|another)\s+)?[a-z]",  # ("and manager Ivan Kral")
    re.I,
)
_DATE_VALUE = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b")
_CLOCK_VALUE = re.compile(r"(\d{2}):(\d{2})")


def _written_forms(value: str) -> list[str]:
    """How a source may write a claim's value: a clock time "19:15" as "7:15" (p.m.) too, and
    "00:00" as "midnight"; a small count "5" as its rank, "fifth"."""
    clock = _CLOCK_VALUE.fullmatch(value)
    if clock is None:
        # a toll a death takes to its rank: "5" as "a fifth patient died" (from the third: "a
        # second person died" is as often the second of the injured to die)
        rank = ordinal_word(int(value)) if value.isdigit() and int(value) >= 3 else None
        return [value, rank] if rank else [value]
    hour, minute = int(clock.group(1)), clock.group(2)
    twelve = hour - 12 if hour > 12 else 12 if hour == 0 else hour
    forms = [value, f"{twelve}:{minute}"]
    if minute == "00":  # "01:00" as "1 a.m.", "13:00" as "1 p.m."
        half = "a.m." if hour < 12 else "p.m."
        forms += [f"{twelve} {half}", f"{twelve} {half.replace('.', '')}"]
    # the hours news names by a word: "shortly after midnight", "at noon"
    return forms + [word for word, at in CLOCK_WORDS.items() if value == f"{at // 60:02d}:00"]


def _human(match: re.Match[str]) -> str:
    return human_date(match.group(0)) or match.group(0)


def _is_time_only(quote: str) -> bool:
    """A dateline such as "Thursday, March 29, 2007": figures and names, no statement."""
    parts = parts_of(f"x {quote}")
    return len(quote) <= MAX_DATELINE_CHARS and all(
        token.isdigit() or _matches(token, parts.names) for token in parts.tokens
    )


def _name_problem(item: Actor | Place, quote: str) -> str | None:
    """A person or place is backed by a quote that names it: any word of its name or of an
    alias (a surname alone, "Mr Blair", is enough; "Prime Minister" alone is not)."""
    said = parts_of(f"x {quote}")
    aliases = [item.name, *(item.aliases if isinstance(item, Actor) else [])]
    for alias in aliases:
        named = parts_of(f"x {alias}")
        if any(_matches(name, said.all_names) for name in named.names - _stems(_TITLE)):
            return None
        if not named.names and _matches_text(alias, quote):
            return None
    return f"the quote does not name {item.name}"


def _matches_text(alias: str, quote: str) -> bool:
    return " ".join(alias.lower().split()) in " ".join(quote.lower().split())
