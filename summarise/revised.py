"""Casualty figures their own voice later revised, marked by code whichever engine wrote them.

A toll moves over days: "at least 12 dead, the district administration said" on Thursday,
"19 confirmed dead" on Sunday. Each figure is still what its source said, and stays in the
brief with its citations; but a reader must not take Thursday's 12 for a count that stands.
A figure is revised when a report first published on a later day than every report of the
figure gives the same voice's figure of the same thing (the same kind, told in the same words
and place, of everyone or of the same group), and that figure is higher (a toll, a count of
the hurt or the held only grows as they are counted; a count of the missing, the trapped, the
displaced or of those in hospital may fall too). The revised line says what it became and when
(`revised_to`), and is listed after the figures that stand.

What is left alone: a figure whose voice is not named or is only "officials" (whose officials
cannot be told), one voice named in one word against a longer name ("police" and "traffic
police"), a figure of a named group or place on one side only ("six migrant workers", "people
in Isabela": a part, not the count), a lower figure of a count that only grows (Tuesday's nine
heatstroke deaths after Monday's 14: another day's count), and figures of the same day (rival
voices, not a revision).
"""

from __future__ import annotations

import re
from datetime import date

from .numbers import PRECISION_WORDS, amount_words
from .schema import Casualty, Claim, Dispute

# Words of a voice that name no body of its own: "officials" of which body, "sources" whose.
_NAMELESS = frozenset(
    """
    a an the of and in for at to on said says s official officials authority authorities
    spokesman spokeswoman spokesperson spokespeople sources source statement local senior
    mr mrs ms dr shri smt deputy
    """.split()
)
# Groups that are everyone the count is of, not a part of them.
_EVERYONE = frozenset(
    "people persons person bodies dead deaths victims residents individuals lives".split()
)
# Amounts that tell of one person, not a count: "a climber", "his wife".
_ONE_PERSON = frozenset({"a", "an", "his", "her", "their", "its"})
# Kinds whose count falls as days pass: the missing are found, the displaced go home; and the
# words of those still in care ("in hospital", "in critical condition"), who are discharged.
_FALLING_KINDS = frozenset({"missing", "trapped", "displaced"})
_STILL_IN_CARE = re.compile(r"\b(?:hospital|admitted|intensive|critical|serious)\b")
# Words that tell of another incident than the one counted before: "near Mtito Andei, another
# crash killed 13", "nine soldiers died in a separate attack" (read by `extractive.disputes`
# too, for a toll dispute that moved on).
ANOTHER_INCIDENT = re.compile(
    r"\b(?:another|second|separate|fresh|new)\s+(?:[\w\-]+\s+){0,2}?(?:attacks?|crash|collision|"
    r"blasts?|explosions?|bombings?|clash(?:es)?|raids?|strikes?|accidents?|fires?|incidents?|"
    r"quakes?|earthquakes?|storms?|landslides?|floods?|flooding|protests?|violence|riots?)\b",
    re.I,
)


def mark_revised(casualties: list[Casualty], published: dict[str, date | None]) -> list[Casualty]:
    """The casualty lines with each figure its voice later revised marked (`revised_to`: the
    later figure and its day) and listed after the lines that stand, before the background.
    `published` is each source's day."""
    days = [(_first_day(c, published), _last_day(c, published)) for c in casualties]
    marked: list[Casualty] = []
    for casualty, (_, last) in zip(casualties, days, strict=True):
        # (told first on a day after this one was last told: not a part of the same day's
        # count, "41, of whom 26 ...", nor a rival's)
        later = [
            (other, first)
            for other, (first, _) in zip(casualties, days, strict=True)
            if last is not None
            and first is not None
            and first > last
            and _same_count(casualty, other)
        ]
        if not later:
            marked.append(casualty)
            continue
        # the last day's figure; of two that day, the higher (the lower may be some of them)
        latest, first_told = max(later, key=lambda pair: (pair[1] or date.min, pair[0].count))
        marked.append(
            casualty.model_copy(
                update={"revised_to": f"{_amount(latest)} on {_day_written(first_told)}"}
            )
        )
    return sorted(marked, key=lambda c: (c.background, c.revised_to is not None))


def mark_revised_sides(disputes: list[Dispute], casualties: list[Casualty]) -> list[Dispute]:
    """The disputes with each side that gives a figure marked revised among the casualty lines
    (the same number, cited from the same sentence) marked so too: "17 (the district
    collector)" against "at least 25" says it became 19."""
    revised = [casualty for casualty in casualties if casualty.revised_to]
    if not revised:
        return disputes
    marked = []
    for dispute in disputes:
        claims = []
        for claim in dispute.claims:
            line = next((casualty for casualty in revised if _gives(claim, casualty)), None)
            claims.append(
                claim.model_copy(update={"revised_to": line.revised_to}) if line else claim
            )
        marked.append(dispute.model_copy(update={"claims": claims}))
    return marked


def _gives(claim: Claim, casualty: Casualty) -> bool:
    """Whether a dispute's side gives a casualty line's figure, from one of its sentences."""
    numbers = {int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", claim.value or "")}
    cited = {(citation.source_id, citation.start) for citation in claim.citations}
    return casualty.count in numbers and bool(
        cited & {(citation.source_id, citation.start) for citation in casualty.citations}
    )


def _same_count(first: Casualty, second: Casualty) -> bool:
    """Whether `second` is the same voice's later figure of the count `first` gives."""
    if first.background or second.background or first.kind != second.kind or first.kind is None:
        return False
    if first.count is None or second.count is None or first.count == second.count:
        return False  # ("dozens": no figure to be revised, nor to revise one)
    if (second.amount_text or "").lower() in _ONE_PERSON:
        return False  # "a climber is still missing": one person's story, not a count
    befell = _what_befell(first)
    if befell != _what_befell(second):
        return False  # "38 treated for injuries" is not "2 in serious condition"
    falls = first.kind in _FALLING_KINDS or _STILL_IN_CARE.search(befell) is not None
    if second.count < first.count and not falls:
        return False  # Monday's 14 deaths, then Tuesday's nine: another day's, or some of them
    if _group_words(first) != _group_words(second) and not (
        _of_everyone(first) and _of_everyone(second)
    ):
        return False
    if any(ANOTHER_INCIDENT.search(citation.quote) for citation in second.citations):
        return False  # "another crash near Mtito Andei killed 13": not the first crash's toll
    return any(_one_voice(a, b) for a in _voice_words(first) for b in _voice_words(second))


def _one_voice(first: list[str], second: list[str]) -> bool:
    """Whether two voices' name words are one voice: the same words, or the same head with a
    longer name holding a shorter one of two words or more ("district administration" and
    "Satara district administration"; not "police" and "traffic police")."""
    shorter, longer = sorted((first, second), key=len)
    if set(shorter) == set(longer):
        return True
    return len(shorter) >= 2 and shorter[-1] == longer[-1] and set(shorter) <= set(longer)


def _group_words(casualty: Casualty) -> frozenset[str]:
    return frozenset(
        word.rstrip("s") for word in re.findall(r"[a-z]+", (casualty.group or "").lower())
    )


def _of_everyone(casualty: Casualty) -> bool:
    words = set(re.findall(r"[a-z]+", (casualty.group or "").lower()))
    return words <= _EVERYONE


def _what_befell(casualty: Casualty) -> str:
    """The words a line tells what befell them in, and where, without its amount ("killed",
    "in serious condition", "killed in Karachi"; "94 killed: people in Karachi" is "killed in
    karachi"): a count of one place is no revision of another's."""
    head, _, tail = casualty.description.partition(":")
    head = head.lower()
    for amount in (casualty.amount_text or "", str(casualty.count or "")):
        if amount:
            head = head.replace(amount.lower(), " ")
    head = re.sub(r"[\d,.]+", " ", head)
    qualifying = {word for words in PRECISION_WORDS.values() for word in words.split()}
    words = [word for word in head.split() if word not in qualifying]
    group = (casualty.group or "").lower()
    told = tail.strip().lower()
    if group and told.startswith(group):
        words += told[len(group) :].split()  # ("people in Karachi": its place)
    return " ".join(words)


def _voice_words(casualty: Casualty) -> list[list[str]]:
    """Each voice of a line ("Satara district collector Meena Kolhapure; district
    administration") as the words that name its body or person, in order, empty ones left out
    ("Ministry of Health": ministry, health; its head is "ministry", the word before "of")."""
    voices = []
    for voice in (casualty.attributed_to or "").split(";"):
        name, _, of = voice.lower().partition(" of ")
        words = [w for w in re.findall(r"[a-z]+", name) if w not in _NAMELESS]
        if words:  # (the head last, then what it is of: "ministry" of "Ministry of Health")
            voices.append([w for w in re.findall(r"[a-z]+", of) if w not in _NAMELESS] + words)
    return voices


def _last_day(casualty: Casualty, published: dict[str, date | None]) -> date | None:
    """The day of the last report that gives the line (None if one has no day)."""
    days = [published.get(citation.source_id) for citation in casualty.citations]
    known = [day for day in days if day is not None]
    return max(known) if known and len(known) == len(days) else None


def _first_day(casualty: Casualty, published: dict[str, date | None]) -> date | None:
    """The day the line was first told."""
    days = [day for c in casualty.citations if (day := published.get(c.source_id)) is not None]
    return min(days, default=None)


def _amount(casualty: Casualty) -> str:
    """A line's amount as the brief writes figures ("at least 27", "12,000", "9" for "Nine")."""
    return amount_words(
        casualty.precision, casualty.count, casualty.count_max, casualty.amount_text or ""
    )


def _day_written(day: date | None) -> str:
    return f"{day.day} {day:%B} {day.year}" if day else "a later day"
