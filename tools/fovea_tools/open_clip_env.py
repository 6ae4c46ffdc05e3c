"""Importing open_clip with the CPU build of torch.

The torchvision wheel that pairs with torch 2.13.0+cpu on machines without the PyTorch CPU index is the
CUDA build: its C++ operators cannot load against CPU torch, and torchvision 0.28 then fails at import
because it registers fake kernels for `torchvision::nms` and `torchvision::qnms` without checking that the
operators exist. open_clip imports torchvision for its transforms and FrozenBatchNorm2d only, never for
those operators, so declaring the two schemas (no kernels) lets the import succeed. With a working
torchvision this does nothing.
"""

from __future__ import annotations

import sys

_declared_ops = None


def _declare_missing_torchvision_ops() -> None:
    global _declared_ops
    import torch

    try:
        import torchvision  # noqa: F401
        return
    except RuntimeError as error:
        if "torchvision::nms" not in str(error):
            raise
    for name in [name for name in sys.modules if name == "torchvision" or name.startswith("torchvision.")]:
        del sys.modules[name]
    _declared_ops = torch.library.Library("torchvision", "FRAGMENT")
    _declared_ops.define("nms(Tensor dets, Tensor scores, float iou_threshold) -> Tensor")
    _declared_ops.define("qnms(Tensor dets, Tensor scores, float iou_threshold) -> Tensor")
    import torchvision  # noqa: F401,F811


def load_open_clip():
    """The open_clip module, importable whichever torchvision build is installed."""
    _declare_missing_torchvision_ops()
    import open_clip

    return open_clip
