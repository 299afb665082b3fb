"""The LLM engine: the model writes the brief from numbered evidence; code checks every quote."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..config import Settings
from ..errors import ProviderError
from ..evidence import EvidenceSet
from ..schema import Dropped, EventBrief, Grounding, Provenance, Usage
from .draft import ITEM_MODELS, EvidenceContext, to_brief
from .prompt import build_prompt
from .provider import OUTPUT_TOKENS_GUESS, cost_usd, request_draft

__all__ = ["Estimate", "estimate", "llm_brief"]


@dataclass(frozen=True)
class Estimate:
    """What a brief would send, counted before any request."""

    input_tokens: int
    overhead_tokens: int
    evidence_tokens: int
    evidence_items: int
    left_out: int
    raw_tokens: int  # the articles as they are, concatenated: what dedup saves against
    output_tokens_guess: int
    estimated_cost_usd: float | None


def estimate(evidence: EvidenceSet, settings: Settings) -> Estimate:
    from .prompt import count_tokens

    prompt = build_prompt(evidence, settings.max_tokens_in)
    raw = sum(count_tokens(article.text) for article in evidence.articles)
    return Estimate(
        input_tokens=prompt.tokens,
        overhead_tokens=prompt.overhead_tokens,
        evidence_tokens=prompt.evidence_tokens,
        evidence_items=len(prompt.evidence),
        left_out=prompt.left_out,
        raw_tokens=raw,
        output_tokens_guess=OUTPUT_TOKENS_GUESS,
        estimated_cost_usd=cost_usd(settings.model, prompt.tokens, OUTPUT_TOKENS_GUESS),
    )


def llm_brief(
    evidence: EvidenceSet,
    settings: Settings,
    *,
    on_partial: Callable[[Any], None] | None = None,
) -> EventBrief:
    """A brief written by the model; quotes become exact citations, unverifiable items are
    dropped and listed. Raises ProviderError (fall back) or ConfigurationError (do not)."""
    prompt = build_prompt(evidence, settings.max_tokens_in)
    context = EvidenceContext({item.id: item for item in prompt.evidence})
    outcome = request_draft(settings, prompt.messages, context, on_partial=on_partial)
    spend = outcome.spend
    if not any(getattr(outcome.draft, name) for name in ITEM_MODELS):
        # A schema-valid answer with every list empty (small models under a grammar do this):
        # a brief of a headline alone is not a brief.
        raise ProviderError(
            "the model's answer held no item at all (every section empty)",
            requests=spend.requests,
            input_tokens=spend.input_tokens,
            output_tokens=spend.output_tokens,
        )
    warnings = []
    if prompt.left_out:
        warnings.append(
            f"{prompt.left_out} lower-ranked evidence items did not fit the "
            f"{settings.max_tokens_in}-token input budget and were not sent (--max-tokens-in)"
        )
    warnings += outcome.notes
    if outcome.dropped:
        warnings.append(
            f"{len(outcome.dropped)} items of the model's answer never verified after "
            f"{outcome.attempts} attempts and were dropped (listed in provenance.dropped)"
        )
    provenance = Provenance(
        engine="llm",
        model=settings.model,
        prompt_version=prompt.version,
        usage=Usage(
            requests=spend.requests,
            input_tokens=spend.input_tokens,
            output_tokens=spend.output_tokens,
            estimated_cost_usd=cost_usd(settings.model, spend.input_tokens, spend.output_tokens),
        ),
        warnings=warnings,
        dropped=[
            Dropped(kind=field, text=text, reason=f"did not verify: {why}")
            for field, text, why in outcome.dropped
        ],
        grounding=Grounding(verified=False),
    )
    return to_brief(outcome.draft, context, provenance)
