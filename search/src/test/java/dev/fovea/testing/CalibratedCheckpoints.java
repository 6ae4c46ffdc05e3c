package dev.fovea.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * open_clip state dicts with seeded "calibrated" weights (tools/fovea_tools/calibrated.py, seed 7), as the official
 * hub checkpoints hold them; made once per build under search/target/parity-checkpoints. Skips without tools/.venv.
 */
public final class CalibratedCheckpoints {
    private CalibratedCheckpoints() {}

    /** @param format {@code safetensors} or {@code bin} (torch.save) */
    public static Path of(String variantId, String openClipName, String format) {
        TestData.python();
        Path dir = TestData.repoRoot().resolve("search/target/parity-checkpoints/" + variantId);
        Path file = dir.resolve(format.equals("bin") ? "open_clip_pytorch_model.bin" : "open_clip_model.safetensors");
        if (!Files.isRegularFile(file)) {
            PythonTools.run("calibrated", "--model", openClipName, "--seed", "7", "--out", dir.toString(), "--bin");
        }
        return file;
    }
}
