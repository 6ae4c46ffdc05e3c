"""Fovea's model ids and where open_clip keeps each model.

Mirrors search/src/main/java/dev/fovea/search/model/ModelRegistry.java. The two are kept in step by
ModelRegistryAgreesWithOpenClipTest, which runs `python -m fovea_tools.registry --json` and compares
every variant's facts (dimensions, image size, preprocessing, causal mask) with the Java registry. Those
facts are not written here: they are read from open_clip's own model and pretrained configurations.

    python -m fovea_tools.registry [--json]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Variant:
    id: str
    display_name: str
    family: str
    open_clip_name: str | None
    pretrained: str


VARIANTS = [
    Variant("mobileclip-s0", "MobileCLIP-S0", "mobileclip", None, "datacompdr"),
    Variant("mobileclip-s1", "MobileCLIP-S1", "mobileclip", "MobileCLIP-S1", "datacompdr"),
    Variant("mobileclip-s2", "MobileCLIP-S2", "mobileclip", "MobileCLIP-S2", "datacompdr"),
    Variant("mobileclip-b", "MobileCLIP-B", "mobileclip", "MobileCLIP-B", "datacompdr"),
    Variant("mobileclip-blt", "MobileCLIP-B (LT)", "mobileclip", "MobileCLIP-B", "datacompdr_lt"),
    Variant("mobileclip2-s0", "MobileCLIP2-S0", "mobileclip2", "MobileCLIP2-S0", "dfndr2b"),
    Variant("mobileclip2-s2", "MobileCLIP2-S2", "mobileclip2", "MobileCLIP2-S2", "dfndr2b"),
    Variant("mobileclip2-s3", "MobileCLIP2-S3", "mobileclip2", "MobileCLIP2-S3", "dfndr2b"),
    Variant("mobileclip2-s4", "MobileCLIP2-S4", "mobileclip2", "MobileCLIP2-S4", "dfndr2b"),
    Variant("mobileclip2-b", "MobileCLIP2-B", "mobileclip2", "MobileCLIP2-B", "dfndr2b"),
    Variant("mobileclip2-l14", "MobileCLIP2-L-14", "mobileclip2", "MobileCLIP2-L-14", "dfndr2b"),
    Variant("openai-vit-b32", "OpenAI ViT-B/32", "openai_clip", "ViT-B-32", "openai"),
    Variant("openai-vit-b16", "OpenAI ViT-B/16", "openai_clip", "ViT-B-16", "openai"),
]

MOBILECLIP_S0_ADVICE = (
    "MobileCLIP-S0 is not in open_clip 3.3.0: its MCT text tower (4 transformer + 2 RepMixer blocks) "
    "lives only in Apple's ml-mobileclip repository, so tools/export.py cannot build it. Install the "
    "Hugging Face export instead: download Xenova/mobileclip_s0 (onnx/vision_model.onnx, "
    "onnx/text_model.onnx, tokenizer.json) and run `fovea model import DIR`."
)


class UnknownVariant(ValueError):
    pass


def find(variant_id: str) -> Variant:
    for variant in VARIANTS:
        if variant.id == variant_id.lower():
            return variant
    known = ", ".join(v.id for v in VARIANTS)
    raise UnknownVariant(f"unknown model variant '{variant_id}'; known: {known}")


def open_clip_facts(variant: Variant) -> dict:
    """What open_clip itself says about a variant: the values a Fovea manifest must carry."""
    from fovea_tools.open_clip_env import load_open_clip

    open_clip = load_open_clip()

    if variant.open_clip_name is None:
        return {}
    model_cfg = open_clip.get_model_config(variant.open_clip_name)
    pretrained_cfg = open_clip.get_pretrained_cfg(variant.open_clip_name, variant.pretrained)
    if not pretrained_cfg:
        raise UnknownVariant(f"open_clip has no pretrained tag '{variant.pretrained}' for {variant.open_clip_name}")
    text_cfg = model_cfg["text_cfg"]
    return {
        "embedding_dimensions": model_cfg["embed_dim"],
        "context_length": text_cfg.get("context_length", 77),
        "causal_text": not text_cfg.get("no_causal_mask", False),
        "quick_gelu": bool(pretrained_cfg.get("quick_gelu", False)),
        "preprocessing": {
            "image_size": model_cfg["vision_cfg"]["image_size"],
            "resize": pretrained_cfg.get("resize_mode", "shortest"),
            "crop": "center",
            "interpolation": pretrained_cfg.get("interpolation", "bicubic"),
            "mean": [float(x) for x in pretrained_cfg["mean"]],
            "std": [float(x) for x in pretrained_cfg["std"]],
        },
    }


def describe(variant: Variant) -> dict:
    return {
        "id": variant.id,
        "display_name": variant.display_name,
        "family": variant.family,
        "open_clip_name": variant.open_clip_name,
        "pretrained": variant.pretrained,
        **open_clip_facts(variant),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="one JSON object per variant and line")
    args = parser.parse_args()
    for variant in VARIANTS:
        if args.json:
            print(json.dumps(describe(variant)))
        else:
            name = variant.open_clip_name or "(not in open_clip)"
            print(f"{variant.id:16} {name:18} {variant.pretrained}")


if __name__ == "__main__":
    main()
