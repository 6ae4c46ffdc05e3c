"""Seeded "calibrated" random weights for an open_clip model: distinct photos embed far apart, so a wrong
fusion or a misplaced tensor shows in a parity test (plain random init leaves layer scales at 1e-5 and batch
norms at identity, which hides both).

    python -m fovea_tools.calibrated --model MobileCLIP2-S0 --seed 7 --out DIR [--bin]

writes DIR/open_clip_model.safetensors, the un-reparameterised state dict as the official hub checkpoints
hold it (with --bin also DIR/open_clip_pytorch_model.bin, written by torch.save).

Minimal version written by the `models` helper to the contract the `fidelity` helper owns (calibrate(model,
seed) changes the model in place, deterministically for the seed); fidelity's version replaces it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch

from fovea_tools.open_clip_env import load_open_clip

CALIBRATION_BATCHES = 4
CALIBRATION_BATCH_SIZE = 4


def calibrate(model: torch.nn.Module, seed: int) -> torch.nn.Module:
    """Layer scales ~U(0.05, 0.3), batch-norm affine randomised and running statistics recalibrated on synthetic
    images, text attention sharpened; deterministic for a seed."""
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            leaf = name.rsplit(".", 1)[-1]
            if "layer_scale" in name or leaf in ("gamma", "ls_1", "ls_2") or ".ls_" in name:
                parameter.copy_(0.05 + 0.25 * torch.rand(parameter.shape, generator=generator))
            elif name.endswith("attn.in_proj_weight") and not name.startswith("visual"):
                # Queries and keys 3x larger: attention that picks tokens instead of averaging them.
                dim = parameter.shape[1]
                parameter[: 2 * dim] *= 3.0
        batch_norms = [m for m in model.modules() if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)]
        for norm in batch_norms:
            norm.weight.copy_(0.5 + torch.rand(norm.weight.shape, generator=generator))
            norm.bias.copy_(0.2 * torch.randn(norm.bias.shape, generator=generator))
            norm.reset_running_stats()
            norm.momentum = None  # a cumulative average over the calibration batches
        if batch_norms:
            size = model.visual.image_size if hasattr(model.visual, "image_size") else 256
            size = size[0] if isinstance(size, (tuple, list)) else size
            model.eval()
            for norm in batch_norms:
                norm.train()
            for _ in range(CALIBRATION_BATCHES):
                # Smooth synthetic pictures: low-frequency colour fields plus a little noise.
                low = torch.rand(CALIBRATION_BATCH_SIZE, 3, 8, 8, generator=generator)
                images = torch.nn.functional.interpolate(low, size=(size, size), mode="bilinear", align_corners=False)
                images = (images + 0.05 * torch.randn(images.shape, generator=generator)).clamp(0, 1)
                model.encode_image(images)
            for norm in batch_norms:
                norm.momentum = 0.1
    return model.eval()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", required=True, help="an open_clip model name, e.g. MobileCLIP2-S0")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--bin", action="store_true", help="also write open_clip_pytorch_model.bin (torch.save)")
    args = parser.parse_args()
    from safetensors.torch import save_file

    open_clip = load_open_clip()
    torch.manual_seed(args.seed)
    model = calibrate(open_clip.create_model(args.model, pretrained=None), args.seed)
    state_dict = {name: tensor.detach().contiguous().clone() for name, tensor in model.state_dict().items()}
    args.out.mkdir(parents=True, exist_ok=True)
    save_file(state_dict, str(args.out / "open_clip_model.safetensors"))
    if args.bin:
        torch.save(state_dict, str(args.out / "open_clip_pytorch_model.bin"))
    print(f"{args.model} (seed {args.seed}): {len(state_dict)} tensors -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
