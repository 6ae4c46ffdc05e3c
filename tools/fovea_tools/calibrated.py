"""Calibrated random weights: a model on which distinct photos embed far apart, so parity tests can fail.

    python -m fovea_tools.calibrated --model MobileCLIP2-S0 --seed 7 --out DIR [--bin] [--check IMAGE...]

open_clip's random initialisation of MobileCLIP/FastViT (layer-scale gamma 1e-5, batch-norm statistics 0/1)
maps every photo to nearly the same embedding (pairwise cosine >= 0.9999), so a test comparing Fovea with
PyTorch on it passes whatever the image pipeline does. calibrate() changes such a model in place,
deterministically for a seed: layer scales ~U(0.05, 0.3), batch-norm affine randomised and running
statistics recalibrated on synthetic photo-like images, text attention sharpened. Distinct photos then
embed at a median pairwise cosine of about 0.5-0.7, like a trained model's.

The command writes DIR/open_clip_model.safetensors, the open_clip state dict before reparameterisation, as
the official hub checkpoints hold it (with --bin also DIR/open_clip_pytorch_model.bin, written by
torch.save). `python -m fovea_tools.export VARIANT --out MODEL_DIR --weights DIR/open_clip_model.safetensors`
exports a Fovea model directory from it. With --check it prints the median pairwise cosine of the given
images and texts under the calibrated model.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import torch

from fovea_tools.open_clip_env import load_open_clip

SAFETENSORS_FILE = "open_clip_model.safetensors"
BIN_FILE = "open_clip_pytorch_model.bin"
LAYER_SCALE_RANGE = (0.05, 0.3)
BATCH_NORM_WEIGHT_RANGE = (0.6, 1.4)
BATCH_NORM_BIAS_MEAN = -1.0
BATCH_NORM_BIAS_STD = 0.3
# Query and key projections are multiplied by this, so attention logits grow by its square: open_clip's
# initialisation gives nearly uniform attention, which averages every text into the same embedding.
TEXT_ATTENTION_SHARPENING = 3.0
CALIBRATION_BATCHES = 2
CALIBRATION_BATCH_SIZE = 8
CHECK_TEXTS = [
    "a photo of a dog",
    "the beach at sunset",
    "a red car parked in the snow",
    "kids playing football",
    "a bowl of soup on a wooden table",
    "mountains under a cloudy sky",
    "a birthday cake with candles",
    "a city street at night",
]


def calibrate(model: torch.nn.Module, seed: int, *, mean=None, std=None) -> torch.nn.Module:
    """Make distinct inputs embed far apart, in place and deterministically for a seed.

    mean/std are the normalisation the model's images get (default: the model's preprocess_cfg); the
    batch-norm statistics are measured on synthetic images normalised that way.
    """
    generator = torch.Generator().manual_seed(seed)
    config = getattr(model.visual, "preprocess_cfg", {})
    mean = torch.tensor(mean if mean is not None else config.get("mean", (0.0, 0.0, 0.0))).view(1, 3, 1, 1)
    std = torch.tensor(std if std is not None else config.get("std", (1.0, 1.0, 1.0))).view(1, 3, 1, 1)
    size = _image_size(model)
    with torch.no_grad():
        for module in model.modules():
            gamma = getattr(module, "gamma", None)
            if "LayerScale" in type(module).__name__ and isinstance(gamma, torch.nn.Parameter):
                gamma.uniform_(*LAYER_SCALE_RANGE, generator=generator)
            elif isinstance(module, torch.nn.modules.batchnorm._BatchNorm) and module.affine:
                module.weight.uniform_(*BATCH_NORM_WEIGHT_RANGE, generator=generator)
                module.bias.normal_(BATCH_NORM_BIAS_MEAN, BATCH_NORM_BIAS_STD, generator=generator)
        _sharpen_text_attention(model)
        images = [(synthetic_images(CALIBRATION_BATCH_SIZE, size, generator) - mean) / std
                  for _ in range(CALIBRATION_BATCHES)]
        _recalibrate_batch_norm(model, images)
    return model.eval()


def _image_size(model: torch.nn.Module) -> int:
    size = getattr(model.visual, "image_size", 224)
    return size[0] if isinstance(size, (tuple, list)) else int(size)


def _sharpen_text_attention(model: torch.nn.Module) -> None:
    text = getattr(model, "text", model)
    for name, module in text.named_modules():
        if isinstance(module, torch.nn.MultiheadAttention) and module.in_proj_weight is not None:
            width = module.embed_dim
            module.in_proj_weight[: 2 * width] *= TEXT_ATTENTION_SHARPENING
            if module.in_proj_bias is not None:
                module.in_proj_bias[: 2 * width] *= TEXT_ATTENTION_SHARPENING


def _recalibrate_batch_norm(model: torch.nn.Module, batches: list[torch.Tensor]) -> None:
    """Running statistics become the cumulative average over the batches of what each layer sees, with
    every earlier layer already normalising by its batch's statistics (what timm's and SWA's update_bn do)."""
    norms = [m for m in model.modules() if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)]
    if not norms:
        return
    model.eval()
    for norm in norms:
        norm.reset_running_stats()
        norm.momentum = None
        norm.train()
    for batch in batches:
        model.encode_image(batch)
    for norm in norms:
        norm.momentum = 0.1
    model.eval()


def synthetic_images(count: int, size: int, generator: torch.Generator) -> torch.Tensor:
    """Photo-like RGB images in [0, 1]: a luminance field with a 1/f spectrum and weaker colour fields (the
    channels of photos are strongly correlated and their colours muted), a few flat shapes with hard edges,
    fine texture and sensor noise. Batch-norm statistics measured on them centre what photos produce."""

    def field(channels: int, amplitudes: tuple) -> torch.Tensor:
        total = torch.zeros(count, channels, size, size)
        for cells, amplitude in amplitudes:
            noise = torch.randn(count, channels, cells, cells, generator=generator)
            total += amplitude * torch.nn.functional.interpolate(noise, size=(size, size), mode="bicubic",
                                                                 align_corners=False)
        return total

    scales = ((2, 0.16), (4, 0.1), (8, 0.06), (16, 0.04), (32, 0.025), (64, 0.015), (128, 0.01))
    luminance = field(1, scales) * (0.5 + torch.rand(count, 1, 1, 1, generator=generator))
    tint = 0.25 * torch.randn(count, 3, 1, 1, generator=generator) * torch.rand(count, 1, 1, 1, generator=generator)
    images = luminance + 0.35 * field(3, scales[:4]) + tint
    ys = torch.arange(size).view(1, size, 1)
    xs = torch.arange(size).view(1, 1, size)
    for index in range(count):
        for _ in range(int(torch.randint(0, 5, (1,), generator=generator))):
            x0, y0 = (int(v) for v in torch.randint(0, size, (2,), generator=generator))
            w, h = (int(v) for v in torch.randint(size // 16, size // 2, (2,), generator=generator))
            mask = ((ys >= y0) & (ys < y0 + h) & (xs >= x0) & (xs < x0 + w)).float()
            shade = 0.3 * torch.randn(1, generator=generator) + 0.1 * torch.randn(3, 1, 1, generator=generator)
            images[index] += shade * mask
    brightness = 0.25 + 0.5 * torch.rand(count, 1, 1, 1, generator=generator)
    images += brightness + 0.01 * torch.randn(count, 3, size, size, generator=generator)
    return images.clamp(0.0, 1.0)


def pretrained_normalisation(open_clip, model_name: str) -> tuple[tuple, tuple]:
    """The mean/std of the model's first pretrained tag: what its official checkpoints are used with."""
    tags = open_clip.list_pretrained_tags_by_model(model_name)
    config = open_clip.get_pretrained_cfg(model_name, tags[0]) if tags else {}
    return (tuple(config.get("mean", open_clip.OPENAI_DATASET_MEAN)),
            tuple(config.get("std", open_clip.OPENAI_DATASET_STD)))


def build_calibrated(model_name: str, seed: int):
    """open_clip's seeded random model, calibrated; returns (model, mean, std)."""
    open_clip = load_open_clip()
    if model_name not in open_clip.list_models():
        raise ValueError(f"open_clip has no model '{model_name}'; see open_clip.list_models()")
    mean, std = pretrained_normalisation(open_clip, model_name)
    torch.manual_seed(seed)
    model = open_clip.create_model(model_name, pretrained=None)
    return calibrate(model, seed, mean=mean, std=std), mean, std


def write_weights(model: torch.nn.Module, out: Path, with_bin: bool) -> list[Path]:
    from safetensors.torch import save_file

    out.mkdir(parents=True, exist_ok=True)
    # Cloning breaks storage shared between entries, which safetensors refuses to write.
    state = {name: tensor.detach().clone().contiguous() for name, tensor in model.state_dict().items()}
    written = [out / SAFETENSORS_FILE]
    save_file(state, str(written[0]))
    if with_bin:
        written.append(out / BIN_FILE)
        torch.save(state, written[1])
    return written


def median_pairwise_cosine(embeddings: torch.Tensor) -> float:
    embeddings = torch.nn.functional.normalize(embeddings, dim=-1)
    similarity = embeddings @ embeddings.T
    upper = torch.triu_indices(len(embeddings), len(embeddings), offset=1)
    return float(similarity[upper[0], upper[1]].median())


def check(model_name: str, model: torch.nn.Module, mean, std, images: list[Path]) -> dict:
    """Median pairwise cosines under the model, read as open_clip's users read the images."""
    from PIL import Image, ImageOps

    open_clip = load_open_clip()
    transform = open_clip.image_transform(_image_size(model), is_train=False, mean=mean, std=std)
    tokenizer = open_clip.get_tokenizer(model_name)
    result = {}
    with torch.no_grad():
        if len(images) >= 2:
            pixels = []
            for path in images:
                with Image.open(path) as image:
                    pixels.append(transform(ImageOps.exif_transpose(image)))
            result["images"] = len(images)
            result["image_median_cosine"] = median_pairwise_cosine(model.encode_image(torch.stack(pixels)))
        result["text_median_cosine"] = median_pairwise_cosine(model.encode_text(tokenizer(CHECK_TEXTS)))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", required=True, help="open_clip model name, e.g. MobileCLIP2-S0")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", required=True, type=Path, help="folder for the weights file(s)")
    parser.add_argument("--bin", action="store_true", help=f"also write {BIN_FILE} with torch.save")
    parser.add_argument("--check", nargs="*", default=[], type=Path, metavar="IMAGE",
                        help="print the median pairwise cosine of these images (and of a few texts)")
    args = parser.parse_args()
    try:
        model, mean, std = build_calibrated(args.model, args.seed)
    except ValueError as error:
        print(f"calibrated: {error}", file=sys.stderr)
        return 2
    written = write_weights(model, args.out, args.bin)
    summary = {"model": args.model, "seed": args.seed, "files": [str(path) for path in written]}
    if args.check:
        summary |= check(args.model, model, mean, std, args.check)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
