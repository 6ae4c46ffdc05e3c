"""Generate the tiny committed fixture model: two ONNX towers that understand colours and nothing else.

    python -m fovea_tools.fixture_model --out search/src/test/fixture-model

Same input and output names and ranks as the real towers, so every Fovea code path runs on it, and its
answers are predictable: the query "red" ranks red photos first, and an image fed as BGR instead of RGB
reads as the wrong colour.

- Embedding space: one axis per colour of COLOURS plus a last, neutral axis.
- Image tower: the mean colour of each quarter of the picture (a 2x2 average pool), compared with every
  colour's prototype by a Gaussian of the RGB distance, summed over the quarters, plus a small constant
  on the neutral axis; L2-normalised.
- Text tower: a CLIP BPE vocabulary learned from the colour words alone (same file format as OpenAI's),
  so that each colour word is one token; an embedding table maps those tokens to their colour's axis and
  the start token to the neutral axis (everything else, padding id 0 included, to zero); summed over the
  sequence and L2-normalised. Text without colour words therefore embeds as the neutral axis.

With --categories the text tower also reads a few words of Fovea's zero-shot categories as colours (a
screenshot is white, a sunset or sunrise orange, a landscape or the countryside green), so photos of those
colours fall into the "Screenshots", "Sunsets" and "Landscapes" categories: a second committed model for the
app's tests, whose colour answers are the same.

    python -m fovea_tools.fixture_model --categories --out search/src/test/fixture-category-model

The output is byte-identical on every run (fixed gzip header, no timestamps, sorted tie-breaks), and is
checked with ONNX Runtime before the script ends.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import io
import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from fovea_tools import manifest

# name, RGB prototype in [0,1], extra words meaning the same colour
COLOURS = [
    ("red", (0.90, 0.10, 0.10), []),
    ("orange", (1.00, 0.55, 0.00), []),
    ("yellow", (0.95, 0.90, 0.10), []),
    ("green", (0.10, 0.70, 0.20), []),
    ("cyan", (0.00, 0.85, 0.90), []),
    ("blue", (0.10, 0.20, 0.90), []),
    ("purple", (0.50, 0.10, 0.60), []),
    ("pink", (1.00, 0.60, 0.75), []),
    ("brown", (0.55, 0.30, 0.10), []),
    ("white", (1.00, 1.00, 1.00), []),
    ("gray", (0.50, 0.50, 0.50), ["grey"]),
    ("black", (0.00, 0.00, 0.00), []),
]
# --categories: words of categories.json's prompts, read as the colour of photos in that category.
CATEGORY_WORDS = {"screenshot": "white", "sunset": "orange", "sunrise": "orange", "landscape": "green",
                  "countryside": "green"}
DIMENSIONS = len(COLOURS) + 1
NEUTRAL_AXIS = len(COLOURS)
NEUTRAL_WEIGHT = 0.1
# Gaussian sharpness on squared RGB distance: red vs orange (distance^2 0.22) scores exp(-4.4) ~ 0.01.
SHARPNESS = 20.0
IMAGE_SIZE = 64
CONTEXT_LENGTH = 77
VOCABULARY = "bpe_fixture_vocab.txt.gz"
IMAGE_ENCODER = "image_encoder.onnx"
TEXT_ENCODER = "text_encoder.onnx"
OPSET = 18
IR_VERSION = 9


def bytes_to_unicode() -> list[str]:
    """CLIP's reversible byte -> printable character table, in vocabulary order."""
    printable = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    codes = printable[:]
    extra = 0
    for byte in range(256):
        if byte not in printable:
            printable.append(byte)
            codes.append(256 + extra)
            extra += 1
    return [chr(code) for code in codes]


def learn_merges(words: list[str]) -> list[tuple[str, str]]:
    """Byte-pair encoding learned until every word is one symbol; ties broken by the pair's text."""
    segmented = {word: list(word[:-1]) + [word[-1] + "</w>"] for word in words}
    merges = []
    while any(len(symbols) > 1 for symbols in segmented.values()):
        counts = collections.Counter()
        for symbols in segmented.values():
            counts.update(zip(symbols, symbols[1:]))
        best = min(counts, key=lambda pair: (-counts[pair], pair))
        merges.append(best)
        for word, symbols in segmented.items():
            merged, i = [], 0
            while i < len(symbols):
                if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == best:
                    merged.append(symbols[i] + symbols[i + 1])
                    i += 2
                else:
                    merged.append(symbols[i])
                    i += 1
            segmented[word] = merged
    return merges


def colour_words(categories: bool = False) -> dict[str, int]:
    """Every colour word (with --categories, and category word) and the axis it points to."""
    words = {word: axis for axis, (name, _, synonyms) in enumerate(COLOURS) for word in [name, *synonyms]}
    if categories:
        words.update({word: words[colour] for word, colour in CATEGORY_WORDS.items()})
    return words


def vocabulary(merges: list[tuple[str, str]]) -> dict[str, int]:
    """Token -> id exactly as open_clip's SimpleTokenizer numbers them."""
    tokens = bytes_to_unicode()
    tokens += [token + "</w>" for token in tokens]
    tokens += ["".join(merge) for merge in merges]
    tokens += ["<start_of_text>", "<end_of_text>"]
    return {token: index for index, token in enumerate(tokens)}


def write_vocabulary(path: Path, merges: list[tuple[str, str]]) -> None:
    # No trailing newline: open_clip would read an empty last line as one more (empty) merge.
    text = "#version: 0.2 - Fovea fixture vocabulary, learned from colour words by tools/fovea_tools/fixture_model.py\n"
    text += "\n".join(f"{first} {second}" for first, second in merges)
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as file:
        file.write(text.encode("utf-8"))
    path.write_bytes(buffer.getvalue())


def embedding_table(ids: dict[str, int], categories: bool) -> np.ndarray:
    table = np.zeros((len(ids), DIMENSIONS), dtype=np.float32)
    for word, axis in colour_words(categories).items():
        table[ids[word + "</w>"], axis] = 1.0
    table[ids["<start_of_text>"], NEUTRAL_AXIS] = NEUTRAL_WEIGHT
    return table


def save(model: onnx.ModelProto, path: Path) -> None:
    onnx.checker.check_model(model, full_check=True)
    path.write_bytes(model.SerializeToString(deterministic=True))


def finish(graph: onnx.GraphProto) -> onnx.ModelProto:
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="fovea_tools.fixture_model", producer_version="1")
    model.ir_version = IR_VERSION
    return model


def text_tower(table: np.ndarray) -> onnx.ModelProto:
    graph = helper.make_graph(
        [
            helper.make_node("Gather", ["embeddings", "input_ids"], ["token_vectors"], axis=0),
            helper.make_node("ReduceSum", ["token_vectors", "sequence_axis"], ["summed"], keepdims=0),
            helper.make_node("LpNormalization", ["summed"], ["text_embeds"], axis=1, p=2),
        ],
        "fixture_text_tower",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", CONTEXT_LENGTH])],
        [helper.make_tensor_value_info("text_embeds", TensorProto.FLOAT, ["batch", DIMENSIONS])],
        [numpy_helper.from_array(table, "embeddings"), numpy_helper.from_array(np.array([1], np.int64), "sequence_axis")],
    )
    return finish(graph)


def image_tower() -> onnx.ModelProto:
    prototypes = np.array([rgb for _, rgb, _ in COLOURS], dtype=np.float32)  # [C, 3]
    # Squared distance |m - p|^2 = |m|^2 - 2 m.p + |p|^2, then a Gaussian, for every quarter m.
    half = IMAGE_SIZE // 2
    initializers = [
        numpy_helper.from_array(prototypes.T.copy(), "prototypes_t"),  # [3, C]
        numpy_helper.from_array((prototypes ** 2).sum(axis=1).astype(np.float32), "prototype_norms"),  # [C]
        numpy_helper.from_array(np.array([0, 3, 4], np.int64), "quarters_shape"),
        numpy_helper.from_array(np.array([-2.0], np.float32), "minus_two"),
        numpy_helper.from_array(np.array([-SHARPNESS], np.float32), "minus_sharpness"),
        numpy_helper.from_array(np.array([2], np.int64), "channel_axis"),
        numpy_helper.from_array(np.array([1], np.int64), "quarter_axis"),
        # One more column, on the right of the colour axes, holding the neutral constant.
        numpy_helper.from_array(np.array([0, 0, 0, 1], np.int64), "neutral_pads"),
        numpy_helper.from_array(np.array(NEUTRAL_WEIGHT, np.float32), "neutral"),
    ]
    nodes = [
        helper.make_node("AveragePool", ["pixel_values"], ["pooled"], kernel_shape=[half, half], strides=[half, half]),
        helper.make_node("Reshape", ["pooled", "quarters_shape"], ["by_channel"]),  # [N, 3, 4]
        helper.make_node("Transpose", ["by_channel"], ["quarters"], perm=[0, 2, 1]),  # [N, 4, 3]
        helper.make_node("Mul", ["quarters", "quarters"], ["squares"]),
        helper.make_node("ReduceSum", ["squares", "channel_axis"], ["quarter_norms"], keepdims=1),  # [N, 4, 1]
        helper.make_node("MatMul", ["quarters", "prototypes_t"], ["dots"]),  # [N, 4, C]
        helper.make_node("Mul", ["dots", "minus_two"], ["minus_two_dots"]),
        helper.make_node("Add", ["quarter_norms", "minus_two_dots"], ["partial"]),
        helper.make_node("Add", ["partial", "prototype_norms"], ["distances"]),
        helper.make_node("Mul", ["distances", "minus_sharpness"], ["exponents"]),
        helper.make_node("Exp", ["exponents"], ["similarities"]),
        helper.make_node("ReduceSum", ["similarities", "quarter_axis"], ["colour_scores"], keepdims=0),  # [N, C]
        helper.make_node("Pad", ["colour_scores", "neutral_pads", "neutral"], ["scores"], mode="constant"),
        helper.make_node("LpNormalization", ["scores"], ["image_embeds"], axis=1, p=2),
    ]
    graph = helper.make_graph(
        nodes,
        "fixture_image_tower",
        [helper.make_tensor_value_info("pixel_values", TensorProto.FLOAT, ["batch", 3, IMAGE_SIZE, IMAGE_SIZE])],
        [helper.make_tensor_value_info("image_embeds", TensorProto.FLOAT, ["batch", DIMENSIONS])],
        initializers,
    )
    return finish(graph)


def write_manifest(out: Path, categories: bool) -> None:
    manifest.write(out, {
        "id": "fixture-categories" if categories else "fixture-colour",
        "family": "fixture",
        "display_name": "Fixture (colours, three categories)" if categories else "Fixture (colours)",
        "embedding_dimensions": DIMENSIONS,
        "source": "tools/fovea_tools/fixture_model.py" + (" --categories" if categories else "")
                  + ": synthetic, meaningful on colours only",
        "random_weights": False,
        "preprocessing": {
            "image_size": IMAGE_SIZE,
            "resize": "shortest",
            "crop": "center",
            "interpolation": "bilinear",
            "mean": [0.0, 0.0, 0.0],
            "std": [1.0, 1.0, 1.0],
        },
        "tokenizer": manifest.tokenizer(out, VOCABULARY),
        "image_encoder": manifest.tower(out, IMAGE_ENCODER, "pixel_values", "image_embeds"),
        "text_encoder": manifest.tower(out, TEXT_ENCODER, "input_ids", "text_embeds"),
    })


def check(out: Path, ids: dict[str, int], categories: bool) -> list[str]:
    """Runs both towers with ONNX Runtime; returns what is wrong (nothing when the model works)."""
    import onnxruntime

    problems = []
    image = onnxruntime.InferenceSession(str(out / IMAGE_ENCODER), providers=["CPUExecutionProvider"])
    text = onnxruntime.InferenceSession(str(out / TEXT_ENCODER), providers=["CPUExecutionProvider"])

    def tokens(words: list[str]) -> np.ndarray:
        row = [ids["<start_of_text>"]] + [ids[w + "</w>"] for w in words] + [ids["<end_of_text>"]]
        return np.array([row + [0] * (CONTEXT_LENGTH - len(row))], dtype=np.int64)

    solids = np.stack([np.broadcast_to(np.array(rgb, np.float32)[:, None, None], (3, IMAGE_SIZE, IMAGE_SIZE))
                       for _, rgb, _ in COLOURS])
    (image_embeds,) = image.run(None, {"pixel_values": solids})
    (bgr_embeds,) = image.run(None, {"pixel_values": solids[:, ::-1].copy()})
    for axis, (name, _, _) in enumerate(COLOURS):
        (query,) = text.run(None, {"input_ids": tokens([name])})
        ranking = np.argsort(-(image_embeds @ query[0]))
        if ranking[0] != axis:
            problems.append(f"'{name}' ranks the {COLOURS[ranking[0]][0]} image first")
    red, blue = 0, 5
    if np.argmax(bgr_embeds[red, :NEUTRAL_AXIS]) != blue:
        problems.append("a red image fed as BGR does not read as blue")
    (neutral,) = text.run(None, {"input_ids": tokens([])})
    if not np.isclose(neutral[0, NEUTRAL_AXIS], 1.0):
        problems.append("text without colour words is not the neutral axis")
    for word, axis in colour_words(categories).items():
        if word + "</w>" not in ids:
            problems.append(f"'{word}' is not a single token")
            continue
        (query,) = text.run(None, {"input_ids": tokens([word])})
        if np.argmax(image_embeds @ query[0]) != axis:
            problems.append(f"'{word}' does not rank the {COLOURS[axis][0]} image first")
    return problems


def generate(out: Path, categories: bool = False) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    merges = learn_merges(sorted(colour_words(categories)))
    ids = vocabulary(merges)
    write_vocabulary(out / VOCABULARY, merges)
    save(text_tower(embedding_table(ids, categories)), out / TEXT_ENCODER)
    save(image_tower(), out / IMAGE_ENCODER)
    write_manifest(out, categories)
    return check(out, ids, categories)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path, help="directory to (re)write")
    parser.add_argument("--categories", action="store_true",
                        help="also read a few category words as colours (the app's category tests)")
    args = parser.parse_args()
    problems = generate(args.out, args.categories)
    for problem in problems:
        print(f"fixture_model: {problem}", file=sys.stderr)
    if problems:
        return 1
    total = sum(path.stat().st_size for path in args.out.iterdir())
    print(f"fixture model written to {args.out} ({total} bytes) and checked with ONNX Runtime")
    return 0


if __name__ == "__main__":
    sys.exit(main())
