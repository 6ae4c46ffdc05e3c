"""PyTorch-side truth for Fovea's parity tests, printed as one JSON object (floats exact to float32).

    python -m fovea_tools.reference embed --model-dir DIR [--text T ...] [--image FILE ...]
    python -m fovea_tools.reference tokenize --vocab FILE --texts-json FILE

embed rebuilds the torch model of a model directory written by export.py (the same seed, or the same
weights file; the manifest's weights_sha256 proves the weights are the ones exported) and prints open_clip's token ids and text
embeddings, and the image embeddings of files read as open_clip's users read them: EXIF orientation
applied (ImageOps.exif_transpose), then open_clip's eval transform for the manifest's preprocessing.

tokenize prints, for every string of a JSON array, open_clip's cleaned text and token ids with the given
vocabulary: what the Java tokenizer must reproduce.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from fovea_tools import manifest, registry
from fovea_tools.open_clip_env import load_open_clip


class ReferenceError(RuntimeError):
    pass


def simple_tokenizer(vocabulary: Path):
    load_open_clip()
    from open_clip.tokenizer import SimpleTokenizer

    return SimpleTokenizer(bpe_path=str(vocabulary))


def tokenize(vocabulary: Path, texts: list[str]) -> dict:
    tokenizer = simple_tokenizer(vocabulary)
    from open_clip.tokenizer import _clean_lower

    rows = []
    for text in texts:
        try:
            rows.append({"cleaned": _clean_lower(text), "ids": tokenizer([text])[0].tolist()})
        except Exception as error:  # open_clip's own failure is a result too: Java must not crash there
            rows.append({"error": f"{type(error).__name__}: {error}"})
    return {"vocabulary": str(vocabulary), "results": rows}


def load_checkpoint(variant: registry.Variant, checkpoint: Path):
    """The open_clip model of a variant with the weights of a checkpoint file (safetensors or torch.save zip), e.g.
    one Fovea assembled a model directory from."""
    import torch

    open_clip = load_open_clip()
    facts = registry.open_clip_facts(variant)
    model = open_clip.create_model(variant.open_clip_name, pretrained=None, force_quick_gelu=facts["quick_gelu"])
    if checkpoint.suffix == ".safetensors":
        from safetensors.torch import load_file

        state_dict = load_file(str(checkpoint))
    else:
        state_dict = torch.load(str(checkpoint), map_location="cpu", weights_only=True)
    model.load_state_dict(state_dict)
    return model.eval()


def rebuild(model_dir: Path, fields: dict, checkpoint: Path | None = None):
    from fovea_tools.models import ModelUnavailable, build_model, weights_sha256

    variant = registry.find(fields["id"])
    if checkpoint is not None:
        return load_checkpoint(variant, checkpoint)
    random_weights = bool(fields.get("random_weights"))
    weights = Path(fields["weights_file"]) if "weights_file" in fields else None
    try:
        model = build_model(variant, random_weights, int(fields.get("seed", 0)), weights)
    except ModelUnavailable as error:
        raise ReferenceError(str(error)) from error
    if random_weights and weights_sha256(model) != fields.get("weights_sha256"):
        source = f"in {weights}" if weights else f"(seed {fields.get('seed')})"
        raise ReferenceError(
            f"rebuilt weights of {fields['id']} {source} differ from those {model_dir} was exported with: "
            f"another torch or open_clip version, or a changed weights file? Export again with this environment."
        )
    return model


def embed(model_dir: Path, texts: list[str], images: list[Path], checkpoint: Path | None = None) -> dict:
    import torch
    from PIL import Image, ImageOps

    open_clip = load_open_clip()
    fields = manifest.read(model_dir)
    if fields.get("family") == "fixture":
        raise ReferenceError("the fixture model has no PyTorch original; its ONNX graphs are the reference")
    model = rebuild(model_dir, fields, checkpoint)
    tokenizer = simple_tokenizer(model_dir / fields["tokenizer"]["file"])
    preprocessing = fields["preprocessing"]
    transform = open_clip.image_transform(
        preprocessing["image_size"],
        is_train=False,
        mean=tuple(preprocessing["mean"]),
        std=tuple(preprocessing["std"]),
        resize_mode=preprocessing["resize"],
        interpolation=preprocessing["interpolation"],
    )
    result = {"model_id": fields["id"], "dimensions": fields["embedding_dimensions"], "texts": [], "images": []}
    with torch.no_grad():
        if texts:
            ids = tokenizer(texts)
            embeddings = model.encode_text(ids, normalize=True)
            for text, row, embedding in zip(texts, ids, embeddings):
                result["texts"].append({"text": text, "token_ids": row.tolist(), "embedding": embedding.tolist()})
        for path in images:
            with Image.open(path) as image:
                pixels = transform(ImageOps.exif_transpose(image)).unsqueeze(0)
            embedding = model.encode_image(pixels, normalize=True)[0]
            result["images"].append({"path": str(path), "embedding": embedding.tolist()})
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    embed_parser = commands.add_parser("embed", help="token ids and embeddings of texts and images")
    embed_parser.add_argument("--model-dir", required=True, type=Path)
    embed_parser.add_argument("--weights", type=Path, help="take the weights from this checkpoint (safetensors or "
                              "torch.save file) rather than as the manifest says, e.g. for a model Fovea assembled from it")
    embed_parser.add_argument("--text", nargs="*", default=[])
    embed_parser.add_argument("--image", nargs="*", default=[], type=Path)
    tokenize_parser = commands.add_parser("tokenize", help="open_clip's cleaned text and token ids")
    tokenize_parser.add_argument("--vocab", required=True, type=Path)
    tokenize_parser.add_argument("--texts-json", required=True, type=Path, help="a JSON array of strings")
    args = parser.parse_args()
    try:
        if args.command == "embed":
            result = embed(args.model_dir, args.text, args.image, args.weights)
        else:
            result = tokenize(args.vocab, json.loads(args.texts_json.read_text(encoding="utf-8")))
    except (ReferenceError, registry.UnknownVariant, FileNotFoundError) as error:
        print(f"reference: {error}", file=sys.stderr)
        return 1
    json.dump(result, sys.stdout, ensure_ascii=True)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
