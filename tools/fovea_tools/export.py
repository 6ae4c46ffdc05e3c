"""Export an open_clip model to a Fovea model directory: two ONNX towers, the BPE vocabulary, the manifest.

    python -m fovea_tools.export mobileclip-s2 --out DIR [--random-init --seed N | --weights FILE] [--opset 18]

Without --random-init the pretrained weights are downloaded from the Hugging Face hub (internet needed).
With it the same architecture is exported with seeded random weights: right for tests and speed
measurements, useless for search. With --weights the architecture gets the weights of an open_clip state
dict in a .safetensors file (e.g. calibrated random weights from fovea_tools.calibrated). The export is checked against PyTorch with ONNX Runtime at the end.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

import numpy as np
import torch

from fovea_tools import manifest, registry
from fovea_tools.models import ImageTower, ModelUnavailable, TextTower, build_model, reparameterize, weights_sha256
from fovea_tools.open_clip_env import load_open_clip

VOCABULARY = "bpe_simple_vocab_16e6.txt.gz"
IMAGE_ENCODER = "image_encoder.onnx"
TEXT_ENCODER = "text_encoder.onnx"
CHECK_TEXTS = ["a photo of a dog", "crème brûlée on a plate", "the beach at sunrise, 2021"]
# Below this the exported graph computes something else than PyTorch, not merely in another float order.
MIN_COSINE = 0.9999


def export_tower(tower: torch.nn.Module, example: torch.Tensor, path: Path, input_name: str, output_name: str,
                 opset: int) -> None:
    batch = torch.export.Dim("batch")
    torch.onnx.export(
        tower,
        (example,),
        str(path),
        input_names=[input_name],
        output_names=[output_name],
        dynamic_shapes={input_name: {0: batch}},
        opset_version=opset,
        dynamo=True,
        external_data=False,
        optimize=True,
    )


def onnx_cosines(path: Path, input_name: str, inputs: torch.Tensor, expected: torch.Tensor) -> np.ndarray:
    import onnxruntime

    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    (actual,) = session.run(None, {input_name: inputs.numpy()})
    expected = expected.numpy()
    return (actual * expected).sum(axis=1) / (np.linalg.norm(actual, axis=1) * np.linalg.norm(expected, axis=1))


def export(variant: registry.Variant, out: Path, random_init: bool, seed: int, opset: int,
           weights: Path | None = None) -> dict:
    open_clip = load_open_clip()
    facts = registry.open_clip_facts(variant)
    size = facts["preprocessing"]["image_size"]
    out.mkdir(parents=True, exist_ok=True)

    started = time.monotonic()
    model = build_model(variant, random_init, seed, weights)
    digest = weights_sha256(model) if random_init or weights else None
    model = reparameterize(model)
    torch.backends.mha.set_fastpath_enabled(False)
    image_tower, text_tower = ImageTower(model).eval(), TextTower(model).eval()

    tokenizer = open_clip.get_tokenizer(variant.open_clip_name)
    generator = torch.Generator().manual_seed(seed)
    images = torch.rand(2, 3, size, size, generator=generator)
    texts = tokenizer(CHECK_TEXTS)

    with torch.no_grad():
        export_tower(image_tower, images, out / IMAGE_ENCODER, "pixel_values", "image_embeds", opset)
        export_tower(text_tower, texts, out / TEXT_ENCODER, "input_ids", "text_embeds", opset)
        exported = time.monotonic()
        check_images = torch.rand(3, 3, size, size, generator=generator)
        image_cosines = onnx_cosines(out / IMAGE_ENCODER, "pixel_values", check_images, image_tower(check_images))
        text_cosines = onnx_cosines(out / TEXT_ENCODER, "input_ids", texts[:2], text_tower(texts[:2]))

    shutil.copyfile(Path(open_clip.__file__).parent / VOCABULARY, out / VOCABULARY)
    described = (f"weights of {weights.name}" if weights else "random weights" if random_init
                 else f"{variant.pretrained} weights")
    fields = {
        "id": variant.id,
        "family": variant.family,
        "display_name": variant.display_name,
        "embedding_dimensions": facts["embedding_dimensions"],
        "source": f"open_clip {open_clip.__version__} {variant.open_clip_name}/{variant.pretrained}, "
                  f"{described}, tools/export.py",
        "random_weights": random_init or weights is not None,
    }
    if weights:
        # reference.py loads the same file to compute the PyTorch truth; the digest proves it is unchanged.
        fields |= {"weights_file": str(weights.resolve()), "weights_sha256": digest}
    elif random_init:
        fields |= {"seed": seed, "weights_sha256": digest}
    fields |= {
        "preprocessing": facts["preprocessing"],
        "tokenizer": manifest.tokenizer(out, VOCABULARY),
        "image_encoder": manifest.tower(out, IMAGE_ENCODER, "pixel_values", "image_embeds"),
        "text_encoder": manifest.tower(out, TEXT_ENCODER, "input_ids", "text_embeds"),
    }
    manifest.write(out, fields)
    return {
        "id": variant.id,
        "export_seconds": round(exported - started, 1),
        "image_encoder_mb": round((out / IMAGE_ENCODER).stat().st_size / 1e6, 1),
        "text_encoder_mb": round((out / TEXT_ENCODER).stat().st_size / 1e6, 1),
        "image_cosine_min": float(image_cosines.min()),
        "text_cosine_min": float(text_cosines.min()),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("variant", help="a Fovea model id, e.g. mobileclip-s2 (python -m fovea_tools.registry)")
    parser.add_argument("--out", required=True, type=Path, help="the model directory to write")
    parser.add_argument("--random-init", action="store_true", help="random weights instead of pretrained ones")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random weights and check inputs")
    parser.add_argument("--weights", type=Path, help="an open_clip state dict (.safetensors) to export instead")
    parser.add_argument("--opset", type=int, default=18, help="ONNX opset (default 18)")
    args = parser.parse_args()
    try:
        variant = registry.find(args.variant)
        if variant.open_clip_name is None:
            raise ModelUnavailable(registry.MOBILECLIP_S0_ADVICE)
        if args.weights and args.random_init:
            parser.error("give either --random-init or --weights")
        result = export(variant, args.out, args.random_init, args.seed, args.opset, args.weights)
    except (registry.UnknownVariant, ModelUnavailable) as error:
        print(f"export: {error}", file=sys.stderr)
        return 2
    print(f"{result['id']}: exported in {result['export_seconds']} s; image tower {result['image_encoder_mb']} MB, "
          f"text tower {result['text_encoder_mb']} MB")
    print(f"ONNX Runtime vs PyTorch cosine, lowest per output: image {result['image_cosine_min']:.7f}, "
          f"text {result['text_cosine_min']:.7f}")
    if min(result["image_cosine_min"], result["text_cosine_min"]) < MIN_COSINE:
        print(f"export: the ONNX graphs disagree with PyTorch (cosine below {MIN_COSINE})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
