"""The call: an openai client (any OpenAI-compatible base URL) wrapped by instructor.

Network failures (429, 5xx, timeouts, dropped connections) are retried by the openai client with
back-off, honouring Retry-After; instructor re-asks only when a draft fails validation. The two
never stack. Errors come back as `ProviderError` (worth falling back) or `ConfigurationError`
(the key or the model is wrong: falling back would hide it).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from ..config import Settings
from ..errors import ConfigurationError, ProviderError
from .draft import ITEM_MODELS, DraftBrief, EvidenceContext, salvage

# US dollars per million tokens (input, output), for the estimate in provenance.usage.
PRICES_PER_MILLION: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-5": (1.25, 10.00),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
}
OUTPUT_TOKENS_GUESS = 1_500  # for --estimate: a brief's typical answer


@dataclass
class Spend:
    """Requests and tokens of one brief, re-asks included."""

    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0

    def add(self, response: Any) -> None:
        self.requests += 1
        usage = getattr(response, "usage", None)
        self.input_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
        self.output_tokens += int(getattr(usage, "completion_tokens", 0) or 0)


@dataclass
class Outcome:
    draft: DraftBrief
    spend: Spend
    dropped: list[tuple[str, str, str]] = field(default_factory=list)  # field, text, why
    attempts: int = 1


def cost_usd(model: str, input_tokens: int, output_tokens: int) -> float | None:
    """Estimated cost for a known model (dated variants match their family), else None."""
    name = model.split("/")[-1].lower()
    for known in sorted(PRICES_PER_MILLION, key=len, reverse=True):
        if name == known or name.startswith(known + "-"):
            price_in, price_out = PRICES_PER_MILLION[known]
            return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)
    return None


def endpoint(settings: Settings) -> str:
    return urlparse(settings.base_url).netloc if settings.base_url else "api.openai.com"


def make_client(settings: Settings) -> Any:
    """The caller's client, or an openai.OpenAI for the configured key and base URL."""
    if settings.client is not None:
        return settings.client
    import openai

    return openai.OpenAI(
        # A base URL with no key of its own (Ollama, llama.cpp) gets a placeholder the request
        # then omits, so no Authorization header at all is sent there.
        api_key=settings.api_key or "no-key",
        base_url=settings.base_url,
        max_retries=settings.http_retries,
        timeout=settings.timeout,
    )


def _mode(name: str) -> Any:
    import instructor

    return {
        "tools": instructor.Mode.TOOLS,
        "json": instructor.Mode.JSON,
        "md_json": instructor.Mode.MD_JSON,
    }[name]


def request_draft(
    settings: Settings,
    messages: list[dict[str, str]],
    context: EvidenceContext,
    *,
    on_partial: Callable[[Any], None] | None = None,
) -> Outcome:
    """Ask for a draft; after the last re-ask, keep the items that verify and list the rest."""
    import instructor

    # instructor logs every failed attempt at ERROR level; with no logging configured Python
    # would print those to stderr. What failed is reported in the brief instead.
    logging.getLogger("instructor").addHandler(logging.NullHandler())
    client = make_client(settings)
    patched = instructor.from_openai(client, mode=_mode(settings.mode))
    spend = Spend()
    patched.on("completion:response", spend.add)
    extra: dict[str, Any] = {}
    if not settings.api_key and settings.client is None:
        import openai

        extra["extra_headers"] = {"Authorization": openai.Omit()}
    try:
        if on_partial is not None:
            return _stream(patched, settings, messages, context, spend, on_partial, extra)
        draft = patched.chat.completions.create(
            model=settings.model,
            response_model=DraftBrief,
            messages=messages,
            max_retries=settings.reasks,
            context={"evidence": context},
            temperature=0,
            **extra,
        )
        return Outcome(draft, spend, attempts=spend.requests or 1)
    except Exception as error:  # sorted out below: provider, configuration, or a bad draft
        return _recover(error, settings, context, spend)


def _stream(
    patched: Any,
    settings: Settings,
    messages: list[dict[str, str]],
    context: EvidenceContext,
    spend: Spend,
    on_partial: Callable[[Any], None],
    extra: dict[str, Any],
) -> Outcome:
    """Stream partial drafts to `on_partial`, then validate the whole (no re-ask mid-stream)."""
    last: Any = None
    for partial in patched.chat.completions.create_partial(
        model=settings.model,
        response_model=DraftBrief,
        messages=messages,
        temperature=0,
        stream=True,
        **extra,
    ):
        last = partial
        on_partial(partial)
    raw = last.model_dump() if last is not None else {}
    if spend.input_tokens == 0:  # most servers send no usage in a stream: count it ourselves
        from .prompt import count_tokens

        spend.input_tokens = sum(count_tokens(m["content"]) for m in messages)
        spend.output_tokens = count_tokens(json.dumps(raw))
    spend.requests = max(spend.requests, 1)
    try:
        draft = DraftBrief.model_validate(raw, context={"evidence": context})
        return Outcome(draft, spend)
    except ValueError:
        kept, dropped = salvage(raw, context)
        return Outcome(kept, spend, dropped)


def _recover(
    error: Exception, settings: Settings, context: EvidenceContext, spend: Spend
) -> Outcome:
    import openai
    from instructor.core import InstructorRetryException

    cause: BaseException = error
    if isinstance(error, InstructorRetryException):
        if isinstance(error.__cause__, openai.APIError):
            cause = error.__cause__
        else:  # every attempt failed validation: keep what verifies from the last one
            raw = _raw_arguments(error.last_completion)
            kept, dropped = salvage(raw or {}, context)
            if raw is None or not any(getattr(kept, name) for name in ITEM_MODELS):
                raise ProviderError(
                    f"the model's answers never matched the brief's schema "
                    f"({error.n_attempts} attempts): {_last_failure(error)}"
                ) from None
            return Outcome(kept, spend, dropped, attempts=int(error.n_attempts or 1))
    where = endpoint(settings)
    if isinstance(cause, openai.AuthenticationError | openai.PermissionDeniedError):
        raise ConfigurationError(
            f"{where} refused the API key ({cause.status_code}): check OPENAI_API_KEY or --api-key"
        ) from None
    if isinstance(cause, openai.NotFoundError):
        raise ConfigurationError(
            f"{where} has no model {settings.model!r} (404): check SUMMARISE_MODEL or --model"
        ) from None
    if isinstance(cause, openai.APIStatusError):
        raise ProviderError(
            f"{where} answered {cause.status_code} after retries: {_short(cause)}"
        ) from None
    if isinstance(cause, openai.APITimeoutError):
        raise ProviderError(f"{where} did not answer within {settings.timeout:g} s") from None
    if isinstance(cause, openai.APIConnectionError):
        raise ProviderError(f"cannot reach {where}: {_short(cause)}") from None
    if isinstance(cause, openai.APIError):
        raise ProviderError(f"{where}: {_short(cause)}") from None
    raise ProviderError(
        f"{where}: unexpected answer ({type(cause).__name__}: {_short(cause)})"
    ) from None


def _last_failure(error: Any) -> str:
    attempts = getattr(error, "failed_attempts", None) or []
    cause = attempts[-1].exception if attempts else (error.__cause__ or error)
    return _short(cause)


def _short(error: BaseException) -> str:
    """The provider's own message, first line only, without request headers or bodies."""
    body = getattr(error, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and isinstance(inner.get("message"), str):
            return re.sub(r"\s+", " ", inner["message"]).strip()[:200]
    text = str(getattr(error, "message", None) or error).strip().splitlines()
    return re.sub(r"\s+", " ", text[0] if text else type(error).__name__)[:200]


def _raw_arguments(completion: Any) -> dict[str, Any] | None:
    """The JSON the model sent in its last answer (tool call arguments or message content)."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    calls = getattr(message, "tool_calls", None) or []
    texts = [call.function.arguments for call in calls] or [getattr(message, "content", None) or ""]
    for text in texts:
        text = re.sub(r"^```(?:json)?\s*|\s*```$", "", text.strip())
        try:
            value = json.loads(text)
        except (json.JSONDecodeError, TypeError):
            continue
        if isinstance(value, dict):
            return value
    return None
