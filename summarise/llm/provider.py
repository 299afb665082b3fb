"""The call: an openai client (any OpenAI-compatible base URL) wrapped by instructor.

`Settings.timeout` is a deadline for the whole exchange (every request, re-ask and retry). Network
failures (429, 5xx, dropped connections) are retried with back-off, honouring Retry-After, within
that deadline (transport.py); instructor re-asks only when a draft fails validation. The two
never stack. A streamed answer is collected into one completion and checked like any other: a
stream that ends without a whole answer is a failure, not a short brief.

Errors come back as `ProviderError` (worth falling back) or `ConfigurationError` (the key or the
model is wrong: falling back would hide it). Every message built from what the server sent passes
through `redact`: a key the server echoes, or the base URL's credentials, never leave this layer.
"""

from __future__ import annotations

import copy
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import urlsplit

from ..config import Settings
from ..errors import ConfigurationError, ProviderError, SummariseError
from ..redact import basic_token, redact, split_credentials
from .deadline import RETRY_STATUSES, Deadline
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
# Sent with every request: room for a full brief (a typical one is OUTPUT_TOKENS_GUESS), and an
# end to an answer that would not stop. Reasoning models count their thinking in the same cap.
MAX_OUTPUT_TOKENS = 4_096
MAX_REASONING_OUTPUT_TOKENS = 16_384
_REASONING_MODELS = re.compile(r"^(?:o\d|gpt-5)(?:$|[-.])")
# One HTTP answer, a stream included, is read to this many bytes at most; past it, refused.
MAX_ANSWER_BYTES = 8_000_000
PARTIAL_EVERY_SECONDS = 0.1  # how often a stream's partial draft is parsed for `on_partial`


class ExchangeFailure(Exception):
    """A failure of the exchange found here, not by the openai client (never re-asked)."""


class DeadlineReached(ExchangeFailure):
    def __init__(self) -> None:
        super().__init__("no time left for another request")


class IncompleteAnswer(ExchangeFailure):
    """A stream that ended, or broke off, before its answer was whole."""


@dataclass
class Spend:
    """Requests and tokens of one brief, re-asks and transport retries included."""

    answers: int = 0  # completions received
    sent: int = 0  # HTTP requests sent (retries included); 0 for a caller's own client
    input_tokens: int = 0
    output_tokens: int = 0

    @property
    def requests(self) -> int:
        """Requests made: those sent when our client counted them, else those answered."""
        return max(self.sent, self.answers)

    def add(self, response: Any) -> None:
        self.answers += 1
        usage = getattr(response, "usage", None)
        self.input_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
        self.output_tokens += int(getattr(usage, "completion_tokens", 0) or 0)

    def count_sent(self) -> None:
        self.sent += 1


@dataclass
class Outcome:
    draft: DraftBrief
    spend: Spend
    dropped: list[tuple[str, str, str]] = field(default_factory=list)  # field, text, why
    attempts: int = 1
    notes: list[str] = field(default_factory=list)  # warnings: what was lost, and why


def cost_usd(model: str, input_tokens: int, output_tokens: int) -> float | None:
    """Estimated cost for a known model (dated variants match their family), else None."""
    name = model.split("/")[-1].lower()
    for known in sorted(PRICES_PER_MILLION, key=len, reverse=True):
        if name == known or name.startswith(known + "-"):
            price_in, price_out = PRICES_PER_MILLION[known]
            return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)
    return None


def endpoint(settings: Settings) -> str:
    """host[:port] of the endpoint, for messages: never the URL's user name or password."""
    if not settings.base_url:
        return "api.openai.com"
    parts = urlsplit(settings.base_url)
    host = parts.hostname or "?"
    host = f"[{host}]" if ":" in host else host
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{host}:{port}" if port else host


def safe(text: str, settings: Settings) -> str:
    """A message fit to print: no key, no credentials of the base URL, nothing key-shaped."""
    secrets: list[str | None] = [settings.api_key]
    if settings.base_url:
        userinfo = urlsplit(settings.base_url).netloc.rpartition("@")[0]
        _, credentials = split_credentials(settings.base_url)
        if userinfo and credentials:
            text = text.replace(userinfo + "@", "")
            secrets += [credentials[1], basic_token(*credentials)]
    return redact(text, secrets)


def make_client(
    settings: Settings,
    deadline: Deadline | None = None,
    on_send: Callable[[], None] | None = None,
) -> Any:
    """The caller's client, or an openai.OpenAI for the configured key and base URL whose HTTP
    client keeps the deadline, retries within it and caps the answer's size."""
    if settings.client is not None:
        return settings.client
    import openai

    from .transport import deadline_client

    base_url, auth = split_credentials(settings.base_url) if settings.base_url else (None, None)
    return openai.OpenAI(
        # A base URL with no key of its own (Ollama, llama.cpp) gets a placeholder the request
        # then omits, so no Authorization header at all is sent there.
        api_key=settings.api_key or "no-key",
        base_url=base_url,
        max_retries=0,  # retried by the HTTP client, within the deadline
        timeout=settings.timeout,
        http_client=deadline_client(
            deadline or Deadline(settings.timeout),
            retries=settings.http_retries,
            max_bytes=MAX_ANSWER_BYTES,
            timeout=settings.timeout,
            auth=auth,
            on_send=on_send,
        ),
    )


def _mode(name: str) -> Any:
    import instructor

    return {
        "tools": instructor.Mode.TOOLS,
        "json_schema": instructor.Mode.JSON_SCHEMA,
        "json": instructor.Mode.JSON,
        "md_json": instructor.Mode.MD_JSON,
    }[name]


def _evidence_ids_enumerated(create: Callable[..., Any], ids: list[str]) -> Callable[..., Any]:
    """`create` whose draft schema (the `response_format` or the tool's parameters) lists the
    evidence ids of this prompt as the only values of `evidence_id`. A server that enforces the
    schema by grammar (llama.cpp, vLLM) then cannot write an id that is not in the prompt: a
    small model otherwise cites the source ("S1") instead of the evidence ("E1"). The
    validators check the ids all the same."""

    def enumerate_ids(schema: Any) -> None:
        if isinstance(schema, dict):
            properties = schema.get("properties")
            if isinstance(properties, dict) and isinstance(properties.get("evidence_id"), dict):
                properties["evidence_id"] = {**properties["evidence_id"], "enum": ids}
            for value in schema.values():
                enumerate_ids(value)
        elif isinstance(schema, list):
            for value in schema:
                enumerate_ids(value)

    def call(**kwargs: Any) -> Any:
        if ids:
            for key in ("response_format", "tools"):
                if key in kwargs:
                    kwargs[key] = copy.deepcopy(kwargs[key])
                    enumerate_ids(kwargs[key])
        return create(**kwargs)

    return call


def _tool_choice_as_string(create: Callable[..., Any]) -> Callable[..., Any]:
    """`create` that forces the tool call with `tool_choice: "required"` rather than the
    `{"type": "function", ...}` object: llama.cpp's server accepts only a string (it rejects
    the object and falls back to "auto", in its own log only), and with one tool the two mean
    the same to every server that takes both."""

    def call(**kwargs: Any) -> Any:
        if isinstance(kwargs.get("tool_choice"), dict) and len(kwargs.get("tools") or []) == 1:
            kwargs["tool_choice"] = "required"
        return create(**kwargs)

    return call


def request_options(model: str) -> dict[str, Any]:
    """Sampling and the output cap: reasoning models (o1, o3, gpt-5 ...) take
    max_completion_tokens and only their default temperature."""
    if _REASONING_MODELS.match(model.split("/")[-1].lower()):
        return {"max_completion_tokens": MAX_REASONING_OUTPUT_TOKENS}
    return {"max_tokens": MAX_OUTPUT_TOKENS, "temperature": 0}


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
    deadline = Deadline(settings.timeout)
    spend = Spend()
    client = make_client(settings, deadline, spend.count_sent)
    create = _bounded(client.chat.completions.create, deadline, settings.client is not None)
    if settings.mode == "tools" and settings.base_url:
        create = _tool_choice_as_string(create)
    create = _evidence_ids_enumerated(create, sorted(context.items, key=_evidence_order))
    if on_partial is not None:
        create = _streamed(create, on_partial)
    mode = _mode(settings.mode)
    patched = instructor.Instructor(
        client=client, create=instructor.patch(create=create, mode=mode), mode=mode
    )
    patched.on("completion:response", spend.add)
    extra: dict[str, Any] = {}
    if not settings.api_key and settings.client is None:
        import openai

        extra["extra_headers"] = {"Authorization": openai.Omit()}
    try:
        try:
            draft = patched.chat.completions.create(
                model=settings.model,
                response_model=DraftBrief,
                messages=cast(Any, messages),
                max_retries=settings.reasks,
                context={"evidence": context},
                **request_options(settings.model),
                **extra,
            )
            outcome = Outcome(draft, spend, attempts=spend.requests or 1)
        except Exception as error:  # sorted out below: provider, configuration, or a bad draft
            outcome = _recover(error, settings, context, spend)
    except ProviderError as failure:
        raise ProviderError(
            safe(str(failure), settings),
            requests=spend.requests,
            input_tokens=spend.input_tokens,
            output_tokens=spend.output_tokens,
        ) from None
    except SummariseError as failure:
        raise type(failure)(safe(str(failure), settings)) from None
    finally:
        if settings.client is None:  # ours: its connections close with it
            client.close()
    outcome.dropped = [
        (f, safe(text, settings), safe(why, settings)) for f, text, why in outcome.dropped
    ]
    outcome.notes = [safe(note, settings) for note in outcome.notes]
    return outcome


def _evidence_order(evidence_id: str) -> tuple[int, str]:
    digits = "".join(ch for ch in evidence_id if ch.isdigit())
    return (int(digits) if digits else 0, evidence_id)


def _bounded(create: Callable[..., Any], deadline: Deadline, callers: bool) -> Callable[..., Any]:
    """`create`, refused once the deadline has passed. A caller's own client gets the time left
    as its timeout (its HTTP client is its own: it bounds each read, not the whole answer)."""

    def call(**kwargs: Any) -> Any:
        left = deadline.left()
        if left <= 0:
            raise DeadlineReached()
        if callers:
            kwargs["timeout"] = left
        return create(**kwargs)

    return call


def _streamed(create: Callable[..., Any], on_partial: Callable[[Any], None]) -> Callable[..., Any]:
    """`create` that streams the answer, shows the partial draft as it comes, and returns one
    whole completion, so that instructor checks and re-asks it like any other answer."""

    def call(**kwargs: Any) -> Any:
        kwargs.pop("stream", None)
        # The server's own token counts come in a last chunk, when asked for.
        kwargs.setdefault("stream_options", {"include_usage": True})
        stream = create(stream=True, **kwargs)
        try:
            return _collect(stream, on_partial, kwargs)
        finally:  # read or not, the connection goes back
            close = getattr(stream, "close", None)
            if callable(close):
                close()

    return call


def _collect(stream: Any, on_partial: Callable[[Any], None], request: dict[str, Any]) -> Any:
    """The completion a stream adds up to. A server that ignored `stream` and sent one JSON
    completion is read as that; a stream that breaks off or ends with no finish_reason raises
    IncompleteAnswer."""
    from openai.types.chat import ChatCompletion

    response = getattr(stream, "response", None)
    kind = response.headers.get("content-type", "") if response is not None else ""
    if response is not None and "json" in kind:  # not server-sent events: one whole completion
        try:
            completion = ChatCompletion.model_validate(json.loads(response.read()))
        except ValueError as error:
            raise IncompleteAnswer(
                f"answered a streamed request with JSON that is not a completion: {_short(error)}"
            ) from None
        _show(on_partial, json.dumps(_raw_arguments(completion) or {}))
        return completion
    pieces: list[str] = []
    arguments: list[str] = []
    call_id = name = finish = usage = None
    shown = time.monotonic()
    for chunk in _chunks(stream):
        usage = getattr(chunk, "usage", None) or usage
        for choice in getattr(chunk, "choices", None) or []:
            if choice.index != 0:
                continue
            delta = choice.delta
            if delta is not None and delta.content:
                pieces.append(delta.content)
            for tool in (getattr(delta, "tool_calls", None) or []) if delta else []:
                if tool.index == 0:
                    call_id = tool.id or call_id
                    if tool.function is not None:
                        name = tool.function.name or name
                        arguments.append(tool.function.arguments or "")
            finish = choice.finish_reason or finish
        if time.monotonic() - shown >= PARTIAL_EVERY_SECONDS:
            _show(on_partial, "".join(arguments) or "".join(pieces))
            shown = time.monotonic()
    if finish is None:
        raise IncompleteAnswer(
            "the streamed answer ended before it was complete (no finish_reason)"
        )
    text, args = "".join(pieces), "".join(arguments)
    _show(on_partial, args or text)
    message: dict[str, Any] = {"role": "assistant", "content": text or None}
    if arguments or name:
        message["tool_calls"] = [
            {
                "id": call_id or "call_0",
                "type": "function",
                "function": {"name": name or DraftBrief.__name__, "arguments": args},
            }
        ]
    known = ("stop", "length", "tool_calls", "content_filter", "function_call")
    return ChatCompletion.model_validate(
        {
            "id": "streamed",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": str(request.get("model", "")),
            "choices": [
                {
                    "index": 0,
                    "message": message,
                    "finish_reason": finish if finish in known else "stop",
                }
            ],
            "usage": _usage(usage, request, args or text),
        }
    )


def _chunks(stream: Any) -> Any:
    """The stream's chunks; a broken connection or an event that is not JSON ends it with
    IncompleteAnswer (the openai client's own errors pass as they are)."""
    import openai

    try:
        yield from stream
    except openai.OpenAIError:
        raise
    except Exception as error:
        raise IncompleteAnswer(f"the streamed answer broke off: {_short(error)}") from None


def _usage(usage: Any, request: dict[str, Any], answer: str) -> dict[str, int]:
    """The stream's own usage if it sent one; most do not, so count it as o200k would."""
    if usage is not None and getattr(usage, "prompt_tokens", None):
        return {
            "prompt_tokens": int(usage.prompt_tokens),
            "completion_tokens": int(usage.completion_tokens or 0),
            "total_tokens": int(usage.prompt_tokens) + int(usage.completion_tokens or 0),
        }
    sent = sum(_tokens(str(m.get("content") or "")) for m in request.get("messages", []))
    out = _tokens(answer)
    return {"prompt_tokens": sent, "completion_tokens": out, "total_tokens": sent + out}


def _tokens(text: str) -> int:
    """Tokens of a text; a huge one (counting it would take long) at four characters each."""
    from .prompt import count_tokens

    return count_tokens(text) if len(text) <= 200_000 else len(text) // 4


def _show(on_partial: Callable[[Any], None], text: str) -> None:
    """The partial draft so far, to `on_partial` (nothing when it does not parse yet)."""
    start = text.find("{")
    if start < 0:
        return
    from instructor import Partial
    from pydantic_core import from_json

    try:
        value = from_json(text[start:].encode(), allow_partial="trailing-strings")
        partial = cast(Any, Partial)[DraftBrief].get_partial_model().model_validate(value)
    except (ValueError, TypeError):  # half a draft may break a validator: show nothing yet
        return
    on_partial(partial)


def _recover(
    error: Exception, settings: Settings, context: EvidenceContext, spend: Spend
) -> Outcome:
    import openai
    from instructor.core import IncompleteOutputException, InstructorRetryException

    where = endpoint(settings)
    if isinstance(error, IncompleteOutputException):  # finish_reason "length": the cap was hit
        return _cut_off(error, settings, context, spend)
    cause: BaseException = error
    if isinstance(error, InstructorRetryException):
        if isinstance(error.__cause__, openai.OpenAIError | ExchangeFailure):
            cause = error.__cause__
        else:  # every attempt failed validation: keep what verifies from the last one
            raw = _raw_arguments(error.last_completion)
            kept_draft, dropped = salvage(raw or {}, context)
            if raw is None or not any(getattr(kept_draft, name) for name in ITEM_MODELS):
                raise ProviderError(
                    f"the model's answers never matched the brief's schema "
                    f"({error.n_attempts} attempts): {_last_failure(error)}"
                ) from None
            return Outcome(kept_draft, spend, dropped, attempts=int(error.n_attempts or 1))
    if isinstance(cause, openai.AuthenticationError | openai.PermissionDeniedError):
        raise ConfigurationError(
            f"{where} refused the API key ({cause.status_code}): check OPENAI_API_KEY or --api-key"
        ) from None
    if isinstance(cause, openai.NotFoundError):
        raise ConfigurationError(
            f"{where} has no model {settings.model!r} (404): check SUMMARISE_MODEL or --model"
        ) from None
    earlier = _salvage_earlier(error, context, spend, _failure(cause, settings))
    if earlier is not None:
        return earlier
    raise ProviderError(_failure(cause, settings)) from None


def _failure(cause: BaseException, settings: Settings) -> str:
    """One line saying what went wrong with the endpoint."""
    import openai

    where = endpoint(settings)
    if isinstance(cause, openai.APITimeoutError | DeadlineReached):
        return (
            f"{where} did not answer within {settings.timeout:g} s (no complete answer by the "
            "deadline of the whole exchange, --timeout)"
        )
    if isinstance(cause, openai.APIStatusError):
        retried = cause.status_code in RETRY_STATUSES or cause.status_code >= 500
        return (
            f"{where} answered {cause.status_code}{' after retries' if retried else ''}: "
            f"{_short(cause)}"
        )
    if isinstance(cause, openai.APIConnectionError):
        return f"cannot reach {where}: {_short(cause)}"
    if isinstance(cause, openai.APIError | ExchangeFailure):
        return f"{where}: {_short(cause)}"
    return f"{where}: unexpected answer ({type(cause).__name__}: {_short(cause)})"


def _salvage_earlier(
    error: Any, context: EvidenceContext, spend: Spend, why: str
) -> Outcome | None:
    """After a re-ask that failed on the network, the verified items of the answer before it."""
    attempts = getattr(error, "failed_attempts", None) or []
    raw = _raw_arguments(attempts[-1].completion) if attempts else None
    if raw is None:
        return None
    kept, dropped = salvage(raw, context)
    if not any(getattr(kept, name) for name in ITEM_MODELS):
        return None
    note = f"the re-ask failed ({why}): the items of the earlier answer that verify were kept"
    return Outcome(kept, spend, dropped, attempts=len(attempts) + 1, notes=[note])


def _cut_off(error: Any, settings: Settings, context: EvidenceContext, spend: Spend) -> Outcome:
    """An answer cut at the output cap: its whole items that verify, with a warning; the items
    it was cut in are listed as dropped."""
    cap = request_options(settings.model)
    limit = cap.get("max_tokens") or cap.get("max_completion_tokens")
    raw = _raw_arguments(error.last_completion, partial=True)
    kept, dropped = salvage(raw or {}, context)
    said = f"the model's answer was cut off at the {limit:,}-token output limit"
    if raw is None or not any(getattr(kept, name) for name in ITEM_MODELS):
        raise ProviderError(f"{endpoint(settings)}: {said}; nothing of it could be used") from None
    note = f"{said}: the brief has the items that came before the cut, and is incomplete"
    return Outcome(kept, spend, dropped, attempts=spend.requests or 1, notes=[note])


def _last_failure(error: Any) -> str:
    attempts = getattr(error, "failed_attempts", None) or []
    cause = attempts[-1].exception if attempts else (error.__cause__ or error)
    return _validation_words(cause) or _short(cause)


def _validation_words(error: BaseException) -> str | None:
    """A failed draft in words: the first problems with where they are ("what.0.citations: field
    required"), not pydantic's header ("1 validation error for DraftBrief")."""
    from pydantic import ValidationError

    if not isinstance(error, ValidationError):
        return None
    problems = [
        f"{'.'.join(str(part) for part in e['loc']) or 'the answer'}: {e['msg'].lower()}"
        for e in error.errors()[:MAX_PROBLEMS_SHOWN]
    ]
    more = error.error_count() - len(problems)
    return re.sub(r"\s+", " ", "; ".join(problems) + (f" (and {more} more)" if more > 0 else ""))[
        :300
    ]


MAX_PROBLEMS_SHOWN = 2


def _short(error: BaseException) -> str:
    """The provider's own message, first line only, without request headers or bodies."""
    body = getattr(error, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and isinstance(inner.get("message"), str):
            return re.sub(r"\s+", " ", inner["message"]).strip()[:200]
    text = str(getattr(error, "message", None) or error).strip().splitlines()
    return re.sub(r"\s+", " ", text[0] if text else type(error).__name__)[:200]


def _raw_arguments(completion: Any, *, partial: bool = False) -> dict[str, Any] | None:
    """The JSON the model sent in its last answer (tool call arguments or message content);
    with `partial`, as much of a cut-off answer as parses."""
    from pydantic_core import from_json

    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    calls = getattr(message, "tool_calls", None) or []
    texts = [call.function.arguments for call in calls] or [getattr(message, "content", None) or ""]
    for text in texts:
        text = re.sub(r"^```(?:json)?\s*|\s*```$", "", (text or "").strip())
        try:
            value = from_json(text.encode(), allow_partial=partial)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    return None
