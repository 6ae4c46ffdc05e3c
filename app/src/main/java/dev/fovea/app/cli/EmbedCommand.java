package dev.fovea.app.cli;

import dev.fovea.app.json.Json;
import dev.fovea.app.setup.ModelResolver;
import dev.fovea.indexer.decode.DecodeRequest;
import dev.fovea.indexer.decode.PhotoDecoder;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.image.PixelImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "embed",
        mixinStandardHelpOptions = true,
        description = "Print the L2-normalised embeddings of texts or images.")
final class EmbedCommand extends FoveaSubcommand {

    @Option(names = "--json", description = "One JSON object per input: input, embedding, dims, model.")
    boolean json;

    @Option(
            names = "--exact",
            description = "Decode images at full resolution, pixel for pixel as the reference (PIL) does, instead of"
                    + " the faster reduced-scale decode that indexing uses.")
    boolean exact;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Inputs inputs;

    static final class Inputs {
        @Option(names = "--text", arity = "1..*", paramLabel = "TEXT", description = "Texts to embed.")
        List<String> texts;

        @Option(names = "--image", arity = "1..*", paramLabel = "PATH", description = "Image files to embed.")
        List<Path> images;
    }

    /** One line of output. */
    record Embedding(String input, float[] embedding, int dims, String model) {}

    @Override
    public Integer call() {
        if (inputs.images != null) {
            inputs.images.forEach(image -> UserFiles.regularFile(image, "image file"));
        }
        try (EmbeddingModel model = EmbeddingModel.open(ModelResolver.resolve(modelDir(), home()))) {
            List<String> names = new ArrayList<>();
            float[][] vectors;
            if (inputs.texts != null) {
                names.addAll(inputs.texts);
                vectors = model.embedTexts(inputs.texts);
            } else {
                // As the indexer decodes: upright, reduced only as far as fidelity allows (or not with --exact).
                PhotoDecoder decoder = new PhotoDecoder();
                DecodeRequest request = exact
                        ? DecodeRequest.fullResolution()
                        : DecodeRequest.forModelInput(model.preprocessing().imageSize());
                List<PixelImage> images = new ArrayList<>();
                for (Path image : inputs.images) {
                    names.add(image.toString());
                    images.add(decoder.decode(image, request).image());
                }
                vectors = model.embedImages(images);
            }
            for (int i = 0; i < vectors.length; i++) {
                Embedding line = new Embedding(names.get(i), vectors[i], vectors[i].length, model.id());
                out().println(json ? Json.line(line) : plain(line));
            }
        }
        out().flush();
        return FoveaCli.OK;
    }

    private static String plain(Embedding line) {
        String values = IntStream.range(0, line.embedding().length)
                .mapToObj(i -> String.format(Locale.ROOT, "%.6f", line.embedding()[i]))
                .collect(Collectors.joining(" "));
        return TerminalText.oneLine(line.input()) + "\t" + line.dims() + "\t" + values;
    }
}
