"""Export the weightless graphs that Fovea joins with an official open_clip checkpoint (no Python at install).

    python -m fovea_tools.weightless VARIANT --out search/src/main/resources/dev/fovea/search/model/graphs
    python -m fovea_tools.weightless VARIANT --out DIR --check-weights FILE.safetensors

Per tower, DIR/<open_clip name>/ gets `<tower>.graph.onnx.gz`, a gzipped ONNX graph whose every weight is ONNX external data in
`<tower>.weights` (location, offset, length), named by its open_clip state-dict key, and
`<tower>.layout.json`, the same list for Java (name, dtype, shape, offset, length), so that Fovea writes
the weights file from a checkpoint and nothing else. The MobileOne / FastViT / RepMixer branches and their
batch norms stay in the graph as arithmetic over those weights: a subgraph of constants, which ONNX
Runtime folds into one convolution per block when it loads the model, so the assembled tower runs as the
reparameterised export does. With --check-weights the graphs are joined with that checkpoint's weights
here and compared with PyTorch's open_clip on the same weights. DIR/index.json says which folder serves
which variant (variants with identical open_clip configurations share one).
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sys
import types
from pathlib import Path

import numpy as np
import onnx
import torch
import torch.nn.functional as F

from fovea_tools import registry
from fovea_tools.models import ImageTower, ModelUnavailable, TextTower
from fovea_tools.open_clip_env import load_open_clip

# Offsets are multiples of this so that the weights file can be memory-mapped (ONNX's external-data advice;
# 64 KB is what Windows needs).
ALIGNMENT = 65536
TOWERS = {
    "image": ("image_encoder", "pixel_values", "image_embeds"),
    "text": ("text_encoder", "input_ids", "text_embeds"),
}


def _reparam_template(kernel_size, out_chs: int, in_chs: int, groups: int,
                      stride: int, dilation: int = 1) -> torch.nn.Conv2d:
    """The convolution that timm's reparameterize() would create, kept only for its stride and padding."""
    from timm.layers import create_conv2d

    return create_conv2d(in_chs, out_chs, kernel_size=kernel_size, stride=stride, dilation=dilation,
                         groups=groups, bias=True).requires_grad_(False)


def _mobileone_forward(self, x):
    kernel, bias = self._get_kernel_bias()
    return self.act(self.se(self._fovea_template._conv_forward(x, kernel, bias)))


def _large_kernel_forward(self, x):
    kernel, bias = self.get_kernel_bias()
    return self.act(self.se(self._fovea_template._conv_forward(x, kernel, bias)))


def _repmixer_forward(self, x):
    from timm.models.fastvit import LayerScale2d

    mixer_kernel, mixer_bias = self.mixer._get_kernel_bias()
    norm_kernel, norm_bias = self.norm._get_kernel_bias()
    if isinstance(self.layer_scale, LayerScale2d):
        gamma = self.layer_scale.gamma
        kernel = self.mixer.id_tensor + gamma.unsqueeze(-1) * (mixer_kernel - norm_kernel)
        bias = torch.squeeze(gamma) * (mixer_bias - norm_bias)
    else:
        kernel = self.mixer.id_tensor + mixer_kernel - norm_kernel
        bias = mixer_bias - norm_bias
    return F.conv2d(x, kernel, bias, stride=1, padding=self.kernel_size // 2, groups=self.dim)


def _posenc_forward(self, x):
    kernel = self._fovea_identity + self.pos_enc.weight
    return F.conv2d(x, kernel, self.pos_enc.bias, stride=1, padding=self.spatial_shape[0] // 2, groups=self.groups)


def fold_in_graph(model: torch.nn.Module) -> torch.nn.Module:
    """Makes every reparameterisable block compute its fused convolution from its branch weights on each call,
    exactly as timm's reparameterize() computes it once, so the exported graph holds the un-fused weights under
    their checkpoint names and the fusion as a constant subgraph."""
    from timm.models.fastvit import MobileOneBlock, RepConditionalPosEnc, RepMixer, ReparamLargeKernelConv

    for module in model.modules():
        if isinstance(module, MobileOneBlock) and module.reparam_conv is None:
            module._fovea_template = _reparam_template(module.kernel_size, module.out_chs, module.in_chs,
                                                       module.groups, module.stride, module.dilation)
            if module.identity is not None:
                module._fuse_bn_tensor(module.identity)  # makes timm's id_tensor now, not while tracing
            module.forward = types.MethodType(_mobileone_forward, module)
        elif isinstance(module, ReparamLargeKernelConv) and module.reparam_conv is None:
            module._fovea_template = _reparam_template(module.kernel_size, module.out_chs, module.in_chs,
                                                       module.groups, module.stride)
            module.forward = types.MethodType(_large_kernel_forward, module)
        elif isinstance(module, RepMixer) and module.reparam_conv is None:
            module.mixer._fuse_bn_tensor(module.mixer.identity)
            module.forward = types.MethodType(_repmixer_forward, module)
        elif isinstance(module, RepConditionalPosEnc) and module.reparam_conv is None:
            groups, dim = module.groups, module.dim
            identity = torch.zeros(dim, dim // groups, *module.spatial_shape)
            for i in range(dim):
                identity[i, i % (dim // groups), module.spatial_shape[0] // 2, module.spatial_shape[1] // 2] = 1
            module._fovea_identity = identity
            module.forward = types.MethodType(_posenc_forward, module)
    return model


def _state_dict_name(initializer: str, state_dict: dict) -> str | None:
    """The exporter names a weight by its path from the tower wrapper (`model.visual.trunk...`)."""
    for candidate in (initializer, initializer.removeprefix("model.")):
        if candidate in state_dict:
            return candidate
    return None


def externalize(graph_path: Path, tower: str, state_dict: dict) -> dict:
    """Points every initializer that is a checkpoint tensor at the tower's weights file, named by its state-dict
    key; the others (small constants of the graph) are kept inside the graph."""
    from onnx.external_data_helper import load_external_data_for_tensor, uses_external_data

    model = onnx.load(str(graph_path), load_external_data=False)
    exporter_data = {entry.value for init in model.graph.initializer for entry in init.external_data
                     if entry.key == "location"}
    # The exporter's per-node stack traces and intermediate shapes are most of a graph's bytes; ONNX Runtime
    # needs neither.
    for node in model.graph.node:
        del node.metadata_props[:]
    del model.graph.value_info[:]
    weights_file = f"{tower}.weights"
    entries, offset, kept_inline = [], 0, 0
    for initializer in model.graph.initializer:
        name = _state_dict_name(initializer.name, state_dict)
        if name is None:
            if uses_external_data(initializer):
                load_external_data_for_tensor(initializer, str(graph_path.parent))
                initializer.data_location = onnx.TensorProto.DEFAULT
                del initializer.external_data[:]
            kept_inline += initializer.ByteSize()
            continue
        shape = tuple(initializer.dims)
        expected = state_dict[name]
        if shape != tuple(expected.shape):
            raise RuntimeError(f"{initializer.name}: graph shape {shape} is not the checkpoint's {tuple(expected.shape)}")
        if initializer.data_type != onnx.TensorProto.FLOAT:
            raise RuntimeError(f"{initializer.name}: ONNX type {initializer.data_type}, expected float32")
        _rename(model.graph, initializer.name, name)
        length = 4 * int(np.prod(shape, dtype=np.int64))
        entries.append({"name": name, "dtype": "float32", "shape": list(shape), "offset": offset, "length": length})
        initializer.ClearField("raw_data")
        initializer.ClearField("float_data")
        initializer.data_location = onnx.TensorProto.EXTERNAL
        del initializer.external_data[:]
        for key, value in (("location", weights_file), ("offset", str(offset)), ("length", str(length))):
            initializer.external_data.add(key=key, value=value)
        offset = (offset + length + ALIGNMENT - 1) // ALIGNMENT * ALIGNMENT
    onnx.save(model, str(graph_path))
    for location in exporter_data:
        (graph_path.parent / location).unlink(missing_ok=True)
    return {"weights_file": weights_file, "weights_size": offset, "inline_bytes": kept_inline, "tensors": entries}


def _rename(graph: onnx.GraphProto, old: str, new: str) -> None:
    if old == new:
        return
    for initializer in graph.initializer:
        if initializer.name == old:
            initializer.name = new
    for node in graph.node:
        for i, name in enumerate(node.input):
            if name == old:
                node.input[i] = new


def write_weights(directory: Path, layout: dict, state_dict: dict) -> None:
    """What Fovea's Java assembler does, for the check: the layout's tensors at their offsets."""
    with open(directory / layout["weights_file"], "wb") as out:
        out.truncate(layout["weights_size"])
        for entry in layout["tensors"]:
            out.seek(entry["offset"])
            out.write(state_dict[entry["name"]].detach().float().contiguous().numpy().tobytes())


def export(variant: registry.Variant, root: Path, opset: int) -> list[dict]:
    open_clip = load_open_clip()
    facts = registry.open_clip_facts(variant)
    size = facts["preprocessing"]["image_size"]
    out = root / variant.open_clip_name
    out.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(0)
    model = open_clip.create_model(variant.open_clip_name, pretrained=None,
                                   force_quick_gelu=facts["quick_gelu"]).eval()
    state_dict = model.state_dict()
    fold_in_graph(model)
    torch.backends.mha.set_fastpath_enabled(False)
    examples = {"image": torch.rand(2, 3, size, size),
                "text": open_clip.get_tokenizer(variant.open_clip_name)(["a photo of a dog", "a cat"])}
    results = []
    with torch.no_grad():
        for key, wrapper in (("image", ImageTower(model).eval()), ("text", TextTower(model).eval())):
            tower, input_name, output_name = TOWERS[key]
            graph_path = out / f"{tower}.graph.onnx"
            torch.onnx.export(wrapper, (examples[key],), str(graph_path), input_names=[input_name],
                              output_names=[output_name],
                              dynamic_shapes={input_name: {0: torch.export.Dim("batch")}},
                              opset_version=opset, dynamo=True, external_data=True,
                              # The exporter's optimiser would fold the fusion away with the names.
                              optimize=False)
            layout = externalize(graph_path, tower, state_dict)
            packed = graph_path.with_name(graph_path.name + ".gz")
            # mtime=0: the same graph gives the same bytes on every run.
            with open(graph_path, "rb") as raw, gzip.GzipFile(packed, "wb", compresslevel=9, mtime=0) as out_file:
                shutil.copyfileobj(raw, out_file)
            layout |= {"open_clip_name": variant.open_clip_name, "tower": key, "input": input_name,
                       "output": output_name, "graph_file": packed.name}
            (out / f"{tower}.layout.json").write_text(json.dumps(layout, indent=1) + "\n", encoding="utf-8")
            results.append({"tower": tower, "graph_bytes": graph_path.stat().st_size,
                            "shipped_gzip_bytes": packed.stat().st_size,
                            "tensors": len(layout["tensors"]), "inline_bytes": layout["inline_bytes"],
                            "weights_mb": round(layout["weights_size"] / 1e6, 1)})
            graph_path.unlink()
    unused = {name for name in state_dict if not name.endswith("num_batches_tracked") and name != "logit_scale"}
    unused -= {t["name"] for layout_file in out.glob("*.layout.json")
                                for t in json.loads(layout_file.read_text())["tensors"]}
    results.append({"checkpoint_tensors_in_no_graph": sorted(unused)})
    write_index(root)
    return results


def write_index(root: Path) -> None:
    """Which graph folder serves each variant: variants whose open_clip configurations are identical (e.g.
    MobileCLIP-S2 and MobileCLIP2-S2) share one."""
    open_clip = load_open_clip()
    by_config = {}
    for folder in sorted(p for p in root.iterdir() if (p / "image_encoder.layout.json").is_file()):
        by_config[json.dumps(open_clip.get_model_config(folder.name), sort_keys=True)] = folder.name
    index = {}
    for variant in registry.VARIANTS:
        if variant.open_clip_name is None:
            continue
        config = json.dumps(open_clip.get_model_config(variant.open_clip_name), sort_keys=True)
        if config in by_config:
            index[variant.id] = by_config[config]
    # The tokenizer vocabulary every assembled model directory gets: open_clip's own.
    shutil.copyfile(Path(open_clip.__file__).parent / "bpe_simple_vocab_16e6.txt.gz", root / "bpe_simple_vocab_16e6.txt.gz")
    (root / "index.json").write_text(json.dumps(index, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def check(variant: registry.Variant, root: Path, weights: Path) -> list[float]:
    """Joins the graphs with a checkpoint here, as Fovea does, and compares with PyTorch."""
    import tempfile

    import onnxruntime
    from safetensors.torch import load_file

    graphs = root / variant.open_clip_name
    out = Path(tempfile.mkdtemp(prefix="fovea-weightless-"))
    open_clip = load_open_clip()
    facts = registry.open_clip_facts(variant)
    state_dict = load_file(str(weights))
    model = open_clip.create_model(variant.open_clip_name, pretrained=None, force_quick_gelu=facts["quick_gelu"])
    model.load_state_dict(state_dict)
    model.eval()
    size = facts["preprocessing"]["image_size"]
    inputs = {"image": torch.rand(3, 3, size, size, generator=torch.Generator().manual_seed(1)),
              "text": open_clip.get_tokenizer(variant.open_clip_name)(["a photo of a dog", "crème brûlée", "x"])}
    cosines = []
    for key, wrapper in (("image", ImageTower(model).eval()), ("text", TextTower(model).eval())):
        tower, input_name, _ = TOWERS[key]
        layout = json.loads((graphs / f"{tower}.layout.json").read_text())
        write_weights(out, layout, state_dict)
        graph = out / f"{tower}.graph.onnx"
        with gzip.open(graphs / layout["graph_file"], "rb") as packed, open(graph, "wb") as raw:
            shutil.copyfileobj(packed, raw)
        session = onnxruntime.InferenceSession(str(graph), providers=["CPUExecutionProvider"])
        (actual,) = session.run(None, {input_name: inputs[key].numpy()})
        with torch.no_grad():
            expected = wrapper(inputs[key]).numpy()
        cosines.append(float(((actual * expected).sum(1) / np.linalg.norm(actual, axis=1)
                              / np.linalg.norm(expected, axis=1)).min()))
    shutil.rmtree(out)
    return cosines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("variant")
    parser.add_argument("--out", required=True, type=Path,
                        help="the graphs folder (search/src/main/resources/dev/fovea/search/model/graphs); the "
                             "variant's graphs go to OUT/<open_clip name>/")
    parser.add_argument("--opset", type=int, default=18)
    parser.add_argument("--check-weights", type=Path, help="an open_clip_model.safetensors to check the graphs with")
    args = parser.parse_args()
    try:
        variant = registry.find(args.variant)
        if variant.open_clip_name is None:
            raise ModelUnavailable(registry.MOBILECLIP_S0_ADVICE)
        if not args.check_weights:
            for result in export(variant, args.out, args.opset):
                print(json.dumps(result))
        else:
            image, text = check(variant, args.out, args.check_weights)
            print(f"ONNX Runtime (joined graphs) vs PyTorch cosine, lowest: image {image:.8f}, text {text:.8f}")
    except (registry.UnknownVariant, ModelUnavailable) as error:
        print(f"weightless: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
