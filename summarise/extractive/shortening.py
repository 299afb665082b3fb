"""Clean shortenings of a parsed sentence: the statement without its asides (parentheses,
appositions, clauses set off by commas), never a fragment. Shared by the timeline (`when`) and
the summary (`what`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .common import SAYING, paired_quotes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def without_asides(doc: Doc, keep: set[int], max_words: int) -> set[int]:
    """`keep` without its parentheses, then without its asides, largest first, until it has
    at most `max_words` words (or no aside is left)."""
    keep = keep - parenthesised(doc, keep)
    for token in sorted(doc, key=lambda t: -len(list(t.subtree))):
        if word_count(doc, keep) <= max_words:
            break
        if token.i in keep and is_aside(doc, token):
            aside = {t.i for t in token.subtree}
            first, last = min(aside), max(aside)
            # the commas that set it off go with it: "X, an armed group, was" -> "X was"; the
            # one after it stays where it closes what is reported ("resumed at 12:40 pm, a
            # stoppage of three hours, the president said" -> "resumed at 12:40 pm, the ...")
            after = () if _closes_a_report(token) else (last + 1,)
            aside |= {i for i in (first - 1, *after) if 0 <= i < len(doc) and doc[i].text == ","}
            keep -= aside
    return keep


def _closes_a_report(aside: Token) -> bool:
    """Whether an aside ends what a verb of saying after it reports: its head is inside that
    verb's reported clause, and the words after it are the speaker's and the verb's."""
    last = max(t.i for t in aside.subtree)
    doc = aside.doc
    if last + 2 >= len(doc) or doc[last + 1].text != ",":
        return False
    after = doc[last + 2]
    head = aside.head
    for above in (head, *head.ancestors):
        if above.dep_ == "ccomp" and above.head.lower_ in SAYING and above.head.i > aside.i:
            # and what follows is the speaker, not more of the report ("the mine in Sutatausa,
            # a town ..., showed ..." goes on with the report: that comma goes)
            return not any(t.i == after.i for t in above.subtree)
    return False


def joined(doc: Doc, keep: set[int], article: set[int] | None = None) -> str:
    """The kept tokens with the spacing of the text; where tokens were taken out between two
    kept ones, a space if the text had one anywhere in the gap."""
    parts: list[str] = []
    previous = None
    for i in sorted(keep):
        gap = previous is not None and i != previous + 1 and not doc[previous].whitespace_
        if gap and any(doc[k].whitespace_ for k in range(previous or 0, i)):
            parts.append(" ")
        parts.append(("the " if article and i in article else "") + doc[i].text_with_ws)
        previous = i
    return "".join(parts)


def is_aside(doc: Doc, token: Token) -> bool:
    """An apposition, or a clause set off by a comma ("..., which ...", "..., who ...");
    not what a trailing "..., said the lawyer" reports, which the parser hangs on "said"
    as a parataxis before it."""
    if token.dep_ == "appos":
        # (not "whose director, Driss Azilal," that the parse made an apposition: the subject
        # of a relative clause whose verb it hung elsewhere, "... was suspended last Thursday")
        return token.doc[token.left_edge.i].lower_ != "whose"
    if token.dep_ == "parataxis":  # ", officials said,": yes; what "..., said X" says: no
        return not (token.i < token.head.i and token.head.lower_ in SAYING)

    first = min(t.i for t in token.subtree)
    after = max(t.i for t in token.subtree) + 1
    return (
        token.dep_ in {"relcl", "acl", "advcl"}
        and first > 0
        and doc[first - 1].text == ","
        and token.i > token.head.i
        # closed where it ends (by the punctuation after it, its own last comma, or the verb
        # of what it is said of: "The governor, who toured the site ... said"): a clause the
        # parse cuts inside a name ("which left the port of Vila | do Conde on January 21,")
        # is no aside to take out
        and (
            after >= len(doc)
            or doc[after].is_punct
            or doc[after - 1].is_punct
            or (doc[after].i == token.head.head.i and doc[after].dep_ == "ROOT")
        )
    )


def word_count(doc: Doc, keep: set[int]) -> int:
    return sum(1 for i in keep if not doc[i].is_punct)


def parenthesised(doc: Doc, keep: set[int]) -> set[int]:
    found: set[int] = set()
    depth = 0
    for token in doc:
        if token.text == "(":
            depth += 1
        if depth:
            found.add(token.i)
        if token.text == ")" and depth:
            depth -= 1
    return found if len(found) < len(keep) else set()


_LEADING = re.compile(r"^(?:(?:and|but|so|yet|however|meanwhile|also)\b[\s,]*)+", re.IGNORECASE)
_TRAILING = re.compile(r"(?:[\s,;]+\b(?:and|but|or|while|as|that|then)\b)+[\s,;]*([.!?]?)$", re.I)


def tidy(text: str) -> str:
    """Spacing and punctuation mended where words were taken out; no dangling "and", "but"
    at either end; no unpaired quotation mark."""
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:!?%)\]])", r"\1", text)
    text = re.sub(r"([(\[])\s+", r"\1", text)
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"(?:,\s*){2,}", ", ", text)
    text = re.sub(r"[,;:]\s*([.!?])", r"\1", text)
    text = _TRAILING.sub(r"\1", text.strip(" ,;:—–-"))
    text = _LEADING.sub("", text).strip(" ,;:—–-")
    return paired_quotes(text).strip()
