package dev.fovea.app.cli;

import dev.fovea.search.FoveaException;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "embed", mixinStandardHelpOptions = true,
        description = "Print the L2-normalised embeddings of texts or images.")
final class EmbedCommand extends FoveaSubcommand {

    @Option(names = "--json", description = "One JSON object per input: input, embedding, dims, model.")
    boolean json;

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
        try (EmbeddingModel model = EmbeddingModel.open(ModelResolver.resolve(modelDir(), home()))) {
            List<String> names = new ArrayList<>();
            float[][] vectors;
            if (inputs.texts != null) {
                names.addAll(inputs.texts);
                vectors = model.embedTexts(inputs.texts);
            } else {
                List<PixelImage> images = new ArrayList<>();
                for (Path image : inputs.images) {
                    names.add(image.toString());
                    images.add(decode(image));
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
                .mapToObj(i -> String.format(Locale.ROOT, "%.6f", line.embedding()[i])).collect(Collectors.joining(" "));
        return line.input() + "\t" + line.dims() + "\t" + values;
    }

    /**
     * SEAM until the indexer's PhotoDecoder (helper "imaging") is in main: ImageIO, RGB, no EXIF orientation.
     * Replace with {@code PhotoDecoder.decode(path, new DecodeRequest(size, true))}.
     */
    private static PixelImage decode(Path file) {
        BufferedImage image;
        try {
            image = Files.isRegularFile(file) ? ImageIO.read(file.toFile()) : null;
        } catch (IOException e) {
            throw new FoveaException("Cannot read the image " + file + ": " + e.getMessage(), e);
        }
        if (image == null) {
            throw new FoveaException(file + (Files.exists(file) ? " is not an image Fovea can read." : " does not exist."));
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        byte[] rgb = new byte[width * height * 3];
        for (int i = 0; i < argb.length; i++) {
            rgb[3 * i] = (byte) (argb[i] >> 16);
            rgb[3 * i + 1] = (byte) (argb[i] >> 8);
            rgb[3 * i + 2] = (byte) argb[i];
        }
        return new PixelImage(width, height, PixelLayout.RGB, rgb);
    }
}
