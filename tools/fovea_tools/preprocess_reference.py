"""The reference image preprocessing: what open_clip feeds a model for a photo, written out as tensors.

Each image is opened with PIL, turned upright with ImageOps.exif_transpose and passed through open_clip's
eval transform (open_clip.image_transform) for a variant's pretrained configuration, or for an explicit
size/interpolation/mean/std. Each tensor is written as raw little-endian float32 in C order (3, S, S) to
OUT/<index>.f32, in the order the images were given. stdout gets one JSON line with the resolved transform,
then one JSON line per image: its PIL mode and tensor file, or the error PIL raised for it.

    python -m fovea_tools.preprocess_reference --model MobileCLIP2-S0 --pretrained dfndr2b --out DIR IMAGE...
    python -m fovea_tools.preprocess_reference --size 16 --interpolation bicubic --mean .5 .5 .5 --std .2 .2 .2 --out DIR IMAGE...

The Java parity tests (search and indexer modules) run this and compare Fovea's tensors with these.
"""

import argparse
import json
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from fovea_tools.open_clip_env import load_open_clip


def resolve_transform(open_clip, args):
    if args.model:
        pretrained = open_clip.get_pretrained_cfg(args.model, args.pretrained)
        if not pretrained:
            raise SystemExit(f"open_clip has no pretrained config {args.model}/{args.pretrained}")
        size = open_clip.get_model_config(args.model)["vision_cfg"]["image_size"]
        config = {
            "size": size,
            "interpolation": pretrained.get("interpolation", "bicubic"),
            "mean": list(pretrained.get("mean", open_clip.OPENAI_DATASET_MEAN)),
            "std": list(pretrained.get("std", open_clip.OPENAI_DATASET_STD)),
            "resize_mode": pretrained.get("resize_mode", "shortest"),
        }
    else:
        config = {
            "size": args.size,
            "interpolation": args.interpolation,
            "mean": args.mean,
            "std": args.std,
            "resize_mode": "shortest",
        }
    transform = open_clip.image_transform(
        config["size"],
        is_train=False,
        mean=tuple(config["mean"]),
        std=tuple(config["std"]),
        interpolation=config["interpolation"],
        resize_mode=config["resize_mode"],
    )
    return config, transform


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", help="open_clip model name, e.g. MobileCLIP2-S0")
    parser.add_argument("--pretrained", help="open_clip pretrained tag, e.g. dfndr2b")
    parser.add_argument("--size", type=int, help="square input size, without --model")
    parser.add_argument("--interpolation", choices=["bilinear", "bicubic"], default="bicubic")
    parser.add_argument("--mean", type=float, nargs=3, default=[0.0, 0.0, 0.0])
    parser.add_argument("--std", type=float, nargs=3, default=[1.0, 1.0, 1.0])
    parser.add_argument("--out", required=True, type=Path, help="folder for the .f32 tensors")
    parser.add_argument("images", nargs="+", type=Path)
    args = parser.parse_args()
    if bool(args.model) == bool(args.size):
        parser.error("give either --model and --pretrained, or --size")

    open_clip = load_open_clip()
    config, transform = resolve_transform(open_clip, args)
    args.out.mkdir(parents=True, exist_ok=True)
    print(json.dumps(config), flush=True)
    for index, path in enumerate(args.images):
        try:
            with Image.open(path) as image:
                mode = image.mode
                upright = ImageOps.exif_transpose(image)
                tensor = transform(upright).numpy().astype("<f4", copy=False)
        except Exception as error:  # the caller decides what a picture PIL cannot read means
            print(json.dumps({"image": str(path), "error": f"{type(error).__name__}: {error}"}), flush=True)
            continue
        target = args.out / f"{index}.f32"
        np.ascontiguousarray(tensor).tofile(target)
        print(json.dumps({"image": str(path), "tensor": str(target), "mode": mode, "shape": list(tensor.shape)}), flush=True)


if __name__ == "__main__":
    main()
