package dev.fovea.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fovea.app.json.Json;
import dev.fovea.search.FoveaException;
import dev.fovea.search.text.ClipTokenizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "tokenize",
        mixinStandardHelpOptions = true,
        description = {
            "Print the CLIP token ids of each TEXT, in order: start token, the text's tokens, end token, "
                    + "padded with 0 to 77 ids, exactly as open_clip tokenizes it.",
            "The vocabulary is --vocab FILE, else the tokenizer of --model-dir's model."
        })
final class TokenizeCommand extends FoveaSubcommand {
    private static final String MANIFEST = "fovea-model.json";

    @Option(names = "--json", description = "One JSON array of 77 ids per line (default: the ids before the padding).")
    boolean json;

    @Option(
            names = "--vocab",
            paramLabel = "FILE",
            description = "CLIP BPE merges (.txt.gz or .txt) or a Hugging Face tokenizer.json.")
    Path vocabulary;

    @Parameters(arity = "1..*", paramLabel = "TEXT")
    List<String> texts;

    @Override
    public Integer call() {
        ClipTokenizer tokenizer = ClipTokenizer.load(vocabulary());
        PrintWriter out = out();
        for (String text : texts) {
            int[] ids = tokenizer.encode(text);
            out.println(json ? Json.line(ids) : readable(ids));
        }
        out.flush();
        return 0;
    }

    private Path vocabulary() {
        if (vocabulary != null) {
            return vocabulary;
        }
        return modelDir()
                .map(TokenizeCommand::manifestVocabulary)
                .orElseThrow(() -> new UsageException(
                        "tokenize needs a vocabulary: pass --vocab FILE (e.g. open_clip's bpe_simple_vocab_16e6.txt.gz) "
                                + "or --model-dir DIR (a model directory with fovea-model.json)."));
    }

    /** Reads only the manifest's {@code tokenizer.file}; the model store will own manifest reading. */
    private static Path manifestVocabulary(Path modelDir) {
        Path manifest = modelDir.resolve(MANIFEST);
        JsonNode root;
        try {
            root = Json.mapper().readTree(Files.readString(manifest));
        } catch (IOException e) {
            throw new FoveaException(
                    "Cannot read " + manifest + " (" + e.getMessage() + "): --model-dir must be a "
                            + "Fovea model directory, with the fovea-model.json that tools/export.py or 'fovea model' writes.",
                    e);
        }
        String file = root.path("tokenizer").path("file").asText("");
        Path vocabulary = modelDir.resolve(file).normalize();
        if (file.isEmpty() || !vocabulary.startsWith(modelDir.normalize())) {
            throw new FoveaException(manifest + " has no usable tokenizer.file ("
                    + (file.isEmpty() ? "missing" : "'" + file + "' leaves the directory")
                    + "). Export or install the model again.");
        }
        return vocabulary;
    }

    /** The ids up to the end token, then how many padding zeros follow. */
    private static String readable(int[] ids) {
        int end = ids.length;
        while (end > 0 && ids[end - 1] == 0) {
            end--;
        }
        String tokens = IntStream.of(Arrays.copyOf(ids, end))
                .mapToObj(Integer::toString)
                .collect(Collectors.joining(" "));
        return end == ids.length ? tokens : tokens + "  (then " + (ids.length - end) + " zeros)";
    }
}
