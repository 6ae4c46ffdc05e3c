package dev.fovea.search.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fovea.search.FoveaException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads a CLIP BPE vocabulary from either format a model directory may hold (docs/model-directory.md):
 * OpenAI's merges list (gzipped or plain), numbered exactly as open_clip's {@code SimpleTokenizer} numbers
 * it, or a Hugging Face {@code tokenizer.json} that carries its own ids.
 */
final class VocabularyReader {
    /** open_clip reads at most this many merges: OpenAI's file holds more than CLIP was trained with. */
    private static final int MAX_MERGES = 49152 - 256 - 2;

    private static final List<String> START_NAMES = List.of("<|startoftext|>", BpeVocabulary.START_OF_TEXT);
    private static final List<String> END_NAMES = List.of("<|endoftext|>", BpeVocabulary.END_OF_TEXT);

    private VocabularyReader() {}

    static BpeVocabulary read(Path file) {
        String text = decode(file, readBytes(file));
        return text.stripLeading().startsWith("{") ? fromTokenizerJson(file, text) : fromMerges(file, text);
    }

    private static byte[] readBytes(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            boolean gzip = bytes.length > 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
            if (!gzip) {
                return bytes;
            }
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new FoveaException(
                    "Cannot read the tokenizer vocabulary " + file + ": " + e.getMessage()
                            + ". Check that the file exists and is a complete copy.",
                    e);
        }
    }

    private static String decode(Path file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw invalid(file, "it is not UTF-8 text");
        }
    }

    private static BpeVocabulary fromMerges(Path file, String text) {
        String[] lines = text.split("\n", -1);
        if (!lines[0].contains("#version")) {
            throw invalid(file, "its first line is not a BPE merges header ('#version: ...')");
        }
        Map<String, Integer> ids = new HashMap<>();
        List<String> tokens = new java.util.ArrayList<>(MAX_MERGES + 514);
        for (int i = 0; i < 256; i++) {
            tokens.add(String.valueOf(ByteLevelAlphabet.symbolAt(i)));
        }
        for (int i = 0; i < 256; i++) {
            tokens.add(ByteLevelAlphabet.symbolAt(i) + BpeVocabulary.END_OF_WORD);
        }
        Map<String, Integer> ranks = new HashMap<>();
        int mergeCount = Math.min(lines.length - 1, MAX_MERGES);
        for (int rank = 0; rank < mergeCount; rank++) {
            String line = lines[rank + 1];
            String[] symbols = line.strip().split("\\s+", -1);
            boolean lastAndEmpty = line.isBlank() && rank == lines.length - 2;
            if (lastAndEmpty) {
                tokens.add(""); // open_clip reads a final newline as one more, empty, merge
                continue;
            }
            if (symbols.length != 2) {
                throw invalid(file, "line " + (rank + 2) + " is not two symbols separated by a space: '" + line + "'");
            }
            tokens.add(symbols[0] + symbols[1]);
            ranks.put(BpeVocabulary.mergeKey(symbols[0], symbols[1]), rank);
        }
        tokens.add(BpeVocabulary.START_OF_TEXT);
        tokens.add(BpeVocabulary.END_OF_TEXT);
        for (int id = 0; id < tokens.size(); id++) {
            ids.put(tokens.get(id), id); // a repeated token keeps its last id, as in open_clip
        }
        return new BpeVocabulary(ids, ranks, tokens.size() - 2, tokens.size() - 1);
    }

    private static BpeVocabulary fromTokenizerJson(Path file, String text) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw invalid(file, "it is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        JsonNode model = root.path("model");
        if (!model.path("vocab").isObject() || !model.path("merges").isArray()) {
            throw invalid(file, "it has no BPE model with 'vocab' and 'merges'");
        }
        Map<String, Integer> ids = new HashMap<>();
        model.path("vocab")
                .properties()
                .forEach(entry -> ids.put(entry.getKey(), entry.getValue().asInt()));
        root.path("added_tokens")
                .forEach(token ->
                        ids.put(token.path("content").asText(), token.path("id").asInt()));
        Map<String, Integer> ranks = new HashMap<>();
        int rank = 0;
        for (JsonNode merge : model.path("merges")) {
            String[] symbols = merge.isArray()
                    ? new String[] {merge.path(0).asText(), merge.path(1).asText()}
                    : merge.asText().split(" ");
            if (symbols.length != 2 || !ids.containsKey(symbols[0] + symbols[1])) {
                throw invalid(file, "merge " + rank + " (" + merge + ") does not make a token of its vocabulary");
            }
            ranks.putIfAbsent(BpeVocabulary.mergeKey(symbols[0], symbols[1]), rank++);
        }
        for (int i = 0; i < 256; i++) {
            String symbol = String.valueOf(ByteLevelAlphabet.symbolAt(i));
            if (!ids.containsKey(symbol) || !ids.containsKey(symbol + BpeVocabulary.END_OF_WORD)) {
                throw invalid(file, "it is not a CLIP byte-level vocabulary (no token '" + symbol + "')");
            }
        }
        return new BpeVocabulary(ids, ranks, special(file, ids, START_NAMES), special(file, ids, END_NAMES));
    }

    private static int special(Path file, Map<String, Integer> ids, List<String> names) {
        return names.stream()
                .filter(ids::containsKey)
                .map(ids::get)
                .findFirst()
                .orElseThrow(() -> invalid(file, "it has no " + names.getFirst() + " token"));
    }

    private static FoveaException invalid(Path file, String why) {
        return new FoveaException("The tokenizer vocabulary " + file + " is not usable: " + why
                + ". Use the bpe_simple_vocab_16e6.txt.gz that open_clip ships, or the model's tokenizer.json.");
    }
}
