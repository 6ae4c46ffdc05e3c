package dev.fovea.indexer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.search.model.ModelRegistry;
import dev.fovea.search.model.ModelVariant;
import dev.fovea.search.model.Preprocessing;
import dev.fovea.testing.ReferencePreprocessing;
import dev.fovea.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusParityTest {
    private static final PhotoDecoder DECODER = new PhotoDecoder();

    @TempDir
    Path workDir;

    @Test
    void oddFormatsMatchOpenClip() throws IOException {
        Path corpus = TestData.shared("corpora/image-rs/tests/images");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(path -> path.toString().matches("(?i).*/(png|gif|bmp|tiff|webp)/.*\\.(png|gif|bmp|tif|tiff|webp)$"))
                    .sorted().toList();
        }
        ParitySurvey survey = new ParitySurvey();
        for (ModelVariant variant : representatives().values()) {
            survey.compare(variant.preprocessing(), files, ReferencePreprocessing.forVariant(variant, files, workDir),
                    (file, preprocessing) -> ParitySurvey.tensor(DECODER, file, preprocessing, DecodeRequest.fullResolution()),
                    (file, mode) -> Optional.empty());
            break;
        }
        System.out.println(survey.report());
        assertThat(survey.mismatches()).isEmpty();
    }

    static Map<Preprocessing, ModelVariant> representatives() {
        Map<Preprocessing, ModelVariant> byPreprocessing = new LinkedHashMap<>();
        for (ModelVariant variant : ModelRegistry.all()) {
            if (variant.openClipName().isPresent()) {
                byPreprocessing.putIfAbsent(variant.preprocessing(), variant);
            }
        }
        return byPreprocessing;
    }
}
