package dev.fovea.search.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * STAND-IN until helper "tools" lands the real CLIP tokenizer in main (same public API): byte ids, not BPE.
 * Delete this file when merging main brings the real one.
 */
public final class ClipTokenizer {
    private static final int CONTEXT = 77;

    private ClipTokenizer() {}

    public static ClipTokenizer load(Path vocabulary) {
        return new ClipTokenizer();
    }

    public int contextLength() {
        return CONTEXT;
    }

    public int startToken() {
        return 512;
    }

    public int endToken() {
        return 513;
    }

    public int[] encode(String text) {
        int[] ids = new int[CONTEXT];
        byte[] bytes = text.toLowerCase().getBytes(StandardCharsets.UTF_8);
        int n = Math.min(bytes.length, CONTEXT - 2);
        ids[0] = startToken();
        for (int i = 0; i < n; i++) {
            ids[i + 1] = bytes[i] & 0xff;
        }
        ids[n + 1] = endToken();
        return ids;
    }
}
