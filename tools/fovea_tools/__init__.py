"""Fovea's Python tools: open_clip export, PyTorch reference computations, the fixture model (see tools/README.md)."""
