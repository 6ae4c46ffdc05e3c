"""Writes the tiny ONNX towers the encoder tests load (EmbeddingModelTest): a valid toy model directory and
towers that break the manifest's contract one way each. Run from this folder with tools/.venv/bin/python;
the output is deterministic and committed, so the tests need no Python.
"""
import hashlib
import json
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = Path(__file__).parent
SIZE, DIMS, CONTEXT, VOCAB_ROWS = 8, 4, 77, 520
rng = np.random.default_rng(7)
MIX = rng.standard_normal((3, DIMS)).astype(np.float32)
EMBED = rng.standard_normal((VOCAB_ROWS, DIMS)).astype(np.float32)
EMBED[0] = 0  # padding adds nothing


def save(graph, name):
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="fovea-tests")
    model.ir_version = 8
    onnx.checker.check_model(model)
    # Deterministic bytes: no timestamps or paths go into the file.
    (HERE / name).parent.mkdir(parents=True, exist_ok=True)
    (HERE / name).write_bytes(model.SerializeToString())


def image_tower(name, out_name="image_embeds", out_dims=DIMS, declared=None, rank3=False):
    """declared: a symbolic name for the output's second axis, hidden from shape inference by a Reshape."""
    mix = MIX if out_dims == DIMS else rng.standard_normal((3, out_dims)).astype(np.float32)
    nodes = [helper.make_node("GlobalAveragePool", ["pixel_values"], ["pooled"]),
             helper.make_node("Flatten", ["pooled"], ["flat"]),
             helper.make_node("MatMul", ["flat", "mix"], ["mixed" if rank3 or declared else out_name])]
    if declared:
        nodes += [helper.make_node("Shape", ["mixed"], ["shape"]),
                  helper.make_node("Gather", ["shape", "zero"], ["rows"], axis=0),
                  helper.make_node("Concat", ["rows", "minus_one"], ["target"], axis=0),
                  helper.make_node("Reshape", ["mixed", "target"], [out_name])]
    if rank3:
        nodes.append(helper.make_node("Unsqueeze", ["mixed", "axis"], [out_name]))
    inits = [numpy_helper.from_array(mix, "mix")]
    if declared:
        inits += [numpy_helper.from_array(np.array([0], dtype=np.int64), "zero"),
                  numpy_helper.from_array(np.array([-1], dtype=np.int64), "minus_one")]
    if rank3:
        inits.append(numpy_helper.from_array(np.array([1], dtype=np.int64), "axis"))
    out_shape = ["batch", 1, out_dims] if rank3 else ["batch", declared if declared is not None else out_dims]
    graph = helper.make_graph(nodes, "image",
                              [helper.make_tensor_value_info("pixel_values", TensorProto.FLOAT, ["batch", 3, SIZE, SIZE])],
                              [helper.make_tensor_value_info(out_name, TensorProto.FLOAT, out_shape)], inits)
    save(graph, name)


def text_tower(name, int32=False, extra_input=False):
    ids = "input_ids"
    nodes = []
    if int32:
        nodes.append(helper.make_node("Cast", ["input_ids"], ["ids64"], to=TensorProto.INT64))
        ids = "ids64"
    nodes += [helper.make_node("Gather", ["embed", ids], ["tokens"]),
              helper.make_node("ReduceSum", ["tokens", "axes"], ["summed"], keepdims=0)]
    if extra_input:
        nodes.append(helper.make_node("Cast", ["attention_mask"], ["maskf"], to=TensorProto.FLOAT))
        nodes.append(helper.make_node("ReduceSum", ["maskf", "axes"], ["count"], keepdims=1))
        nodes.append(helper.make_node("Div", ["summed", "count"], ["text_embeds"]))
    else:
        nodes.append(helper.make_node("Identity", ["summed"], ["text_embeds"]))
    inputs = [helper.make_tensor_value_info("input_ids", TensorProto.INT32 if int32 else TensorProto.INT64, ["batch", CONTEXT])]
    if extra_input:
        inputs.append(helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", CONTEXT]))
    graph = helper.make_graph(nodes, "text", inputs,
                              [helper.make_tensor_value_info("text_embeds", TensorProto.FLOAT, ["batch", DIMS])],
                              [numpy_helper.from_array(EMBED, "embed"), numpy_helper.from_array(np.array([1], dtype=np.int64), "axes")])
    save(graph, name)


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


image_tower("toy/image_encoder.onnx")
text_tower("toy/text_encoder.onnx")
(HERE / "toy/vocab.txt").write_text("#version: 0.2\nh e\nl l\n", encoding="utf-8")
manifest = {
    "format": 1, "id": "toy", "family": "fixture", "display_name": "Encoder test toy", "embedding_dimensions": DIMS,
    "source": "search/src/test/onnx-cases/make_cases.py", "random_weights": True, "seed": 7,
    "preprocessing": {"image_size": SIZE, "resize": "shortest", "crop": "center", "interpolation": "bilinear",
                      "mean": [0.0, 0.0, 0.0], "std": [1.0, 1.0, 1.0]},
    "tokenizer": {"type": "clip-bpe", "file": "vocab.txt", "sha256": sha256(HERE / "toy/vocab.txt"), "context_length": CONTEXT},
    "image_encoder": {"file": "image_encoder.onnx", "sha256": sha256(HERE / "toy/image_encoder.onnx"),
                      "input": "pixel_values", "output": "image_embeds"},
    "text_encoder": {"file": "text_encoder.onnx", "sha256": sha256(HERE / "toy/text_encoder.onnx"),
                     "input": "input_ids", "output": "text_embeds"},
}
(HERE / "toy/fovea-model.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")

image_tower("broken/image_wrong_dims.onnx", out_dims=5)
image_tower("broken/image_wrong_output_name.onnx", out_name="features")
image_tower("broken/image_rank3_output.onnx", rank3=True)
image_tower("broken/image_undeclared_wrong_dims.onnx", out_dims=5, declared="dims")
text_tower("broken/text_int32.onnx", int32=True)
text_tower("broken/text_extra_input.onnx", extra_input=True)
