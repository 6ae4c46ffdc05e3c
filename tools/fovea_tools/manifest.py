"""Writing and reading fovea-model.json, the manifest of a model directory (docs/model-directory.md)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

MANIFEST = "fovea-model.json"
FORMAT = 1
CONTEXT_LENGTH = 77


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def tower(directory: Path, file: str, input_name: str, output_name: str) -> dict:
    return {"file": file, "sha256": sha256(directory / file), "input": input_name, "output": output_name}


def tokenizer(directory: Path, file: str) -> dict:
    return {"type": "clip-bpe", "file": file, "sha256": sha256(directory / file), "context_length": CONTEXT_LENGTH}


def write(directory: Path, manifest: dict) -> Path:
    """Writes the manifest with a stable key order and a final newline, so reruns give identical bytes."""
    path = directory / MANIFEST
    path.write_text(json.dumps({"format": FORMAT, **manifest}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def read(directory: Path) -> dict:
    path = Path(directory) / MANIFEST
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: not a Fovea model directory")
    return json.loads(path.read_text(encoding="utf-8"))
