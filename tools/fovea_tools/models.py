"""Building the PyTorch model behind a Fovea model directory, identically for export and for reference."""

from __future__ import annotations

import hashlib
from pathlib import Path

import torch

from fovea_tools.open_clip_env import load_open_clip
from fovea_tools.registry import MOBILECLIP_S0_ADVICE, Variant, open_clip_facts


class ModelUnavailable(RuntimeError):
    pass


def build_model(variant: Variant, random_init: bool, seed: int, weights: Path | None = None) -> torch.nn.Module:
    """The open_clip model of a variant in eval mode, before reparameterization.

    Random weights depend only on the seed (and the torch version), so reference.py can rebuild exactly
    the model that export.py exported; weights_sha256 proves it did. With a weights file (an open_clip state
    dict as .safetensors, e.g. from fovea_tools.calibrated) the architecture is built and the file loaded.
    """
    if variant.open_clip_name is None:
        raise ModelUnavailable(MOBILECLIP_S0_ADVICE)
    open_clip = load_open_clip()
    quick_gelu = open_clip_facts(variant)["quick_gelu"]
    if weights is not None:
        model = open_clip.create_model(variant.open_clip_name, pretrained=None, force_quick_gelu=quick_gelu)
        load_weights(model, weights)
    elif random_init:
        torch.manual_seed(seed)
        model = open_clip.create_model(variant.open_clip_name, pretrained=None, force_quick_gelu=quick_gelu)
    else:
        try:
            model = open_clip.create_model(
                variant.open_clip_name, pretrained=variant.pretrained, force_quick_gelu=quick_gelu
            )
        except Exception as error:  # open_clip raises whatever the hub client raises when offline
            raise ModelUnavailable(
                f"could not load the pretrained weights of {variant.open_clip_name}/{variant.pretrained} "
                f"({type(error).__name__}: {error}). They come from the Hugging Face hub; without internet "
                f"pass --random-init --seed N to export the same architecture with random weights."
            ) from error
    return model.eval()


def load_weights(model: torch.nn.Module, weights: Path) -> None:
    from safetensors.torch import load_file

    if not weights.is_file():
        raise ModelUnavailable(f"the weights file {weights} does not exist")
    try:
        model.load_state_dict(load_file(str(weights)), strict=True)
    except RuntimeError as error:  # missing, unexpected or mis-shaped entries
        raise ModelUnavailable(f"{weights} does not hold this model's weights: {error}") from error


def weights_sha256(model: torch.nn.Module) -> str:
    """A digest of every parameter and buffer, by name, dtype, shape and bytes."""
    digest = hashlib.sha256()
    for name, tensor in sorted(model.state_dict().items()):
        tensor = tensor.detach().cpu().contiguous()
        digest.update(name.encode())
        digest.update(str(tensor.dtype).encode())
        digest.update(str(tuple(tensor.shape)).encode())
        digest.update(tensor.numpy().tobytes())
    return digest.hexdigest()


def reparameterize(model: torch.nn.Module) -> torch.nn.Module:
    """Fuse MobileOne/FastViT train-time branches into single convolutions, as Apple's reference does
    before inference and export (timm's helper; open_clip 3.3.0 has no reparameterization of its own)."""
    from timm.utils import reparameterize_model

    return reparameterize_model(model).eval()


class ImageTower(torch.nn.Module):
    def __init__(self, model: torch.nn.Module):
        super().__init__()
        self.model = model

    def forward(self, pixel_values: torch.Tensor) -> torch.Tensor:
        return self.model.encode_image(pixel_values, normalize=True)


class TextTower(torch.nn.Module):
    def __init__(self, model: torch.nn.Module):
        super().__init__()
        self.model = model

    def forward(self, input_ids: torch.Tensor) -> torch.Tensor:
        return self.model.encode_text(input_ids, normalize=True)
