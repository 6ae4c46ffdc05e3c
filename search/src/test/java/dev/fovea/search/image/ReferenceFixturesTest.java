package dev.fovea.search.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fovea.search.model.Interpolation;
import dev.fovea.search.model.Preprocessing;
import dev.fovea.testing.ReferencePreprocessing;
import dev.fovea.testing.SyntheticImages;
import dev.fovea.testing.TestData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core suite's check of the preprocessing, without Python: tensors that open_clip's transform computed on
 * small generated pictures (tools/fovea_tools/preprocess_reference.py, through {@link #regenerate}) are committed
 * under src/test/resources, and Fovea must reproduce them. Regenerate with
 * {@code ./mvnw -pl search test -Dtest=ReferenceFixturesTest -Dfovea.regenerateFixtures=true}.
 */
class ReferenceFixturesTest {
    private static final String FOLDER = "search/src/test/resources/dev/fovea/search/image/reference";

    private record Fixture(String name, long seed, int width, int height, PixelLayout layout, boolean palette) {
        PixelImage image() {
            return palette
                    ? SyntheticImages.generatePalette(width, height, 9, seed)
                    : SyntheticImages.generate(width, height, layout, seed);
        }
    }

    private static final List<Fixture> FIXTURES = List.of(
            new Fixture("rgb", 101, 45, 31, PixelLayout.RGB, false),
            new Fixture("rgba", 102, 29, 52, PixelLayout.RGBA, false),
            new Fixture("gray", 103, 40, 40, PixelLayout.GRAY, false),
            new Fixture("gray-alpha", 104, 33, 21, PixelLayout.GRAY_ALPHA, false),
            new Fixture("palette", 105, 38, 27, PixelLayout.RGB, true),
            new Fixture("upscaled", 106, 12, 9, PixelLayout.RGB, false));

    private static final List<Preprocessing> PREPROCESSINGS = List.of(
            Preprocessing.openAi(16, Interpolation.BICUBIC), Preprocessing.unnormalized(16, Interpolation.BILINEAR));

    @Test
    void reproducesCommittedReferenceTensors() throws IOException {
        for (Preprocessing preprocessing : PREPROCESSINGS) {
            ImagePreprocessor preprocessor = new ImagePreprocessor(preprocessing);
            for (Fixture fixture : FIXTURES) {
                float[] expected = ReferencePreprocessing.readFloats(file(preprocessing, fixture));
                float[] actual = new float[preprocessor.tensorLength()];
                preprocessor.write(fixture.image(), actual, 0);
                assertThat(actual)
                        .as("%s with %s", fixture.name(), preprocessing)
                        .containsExactly(expected, within(1e-5f));
            }
        }
    }

    @Test
    void writesAtTheOffsetIntoArraysAndBuffers() throws IOException {
        Preprocessing preprocessing = PREPROCESSINGS.getFirst();
        ImagePreprocessor preprocessor = new ImagePreprocessor(preprocessing);
        Fixture fixture = FIXTURES.getFirst();
        float[] expected = ReferencePreprocessing.readFloats(file(preprocessing, fixture));
        int length = preprocessor.tensorLength();
        float[] batch = new float[3 * length];
        preprocessor.write(fixture.image(), batch, length);
        java.nio.FloatBuffer buffer = ByteBuffer.allocateDirect(3 * length * Float.BYTES)
                .order(ByteOrder.nativeOrder())
                .asFloatBuffer();
        preprocessor.write(fixture.image(), buffer, 2 * length);

        assertThat(java.util.Arrays.copyOfRange(batch, length, 2 * length)).containsExactly(expected, within(1e-5f));
        assertThat(java.util.Arrays.copyOfRange(batch, 0, length)).containsOnly(0f);
        float[] fromBuffer = new float[length];
        buffer.get(2 * length, fromBuffer);
        assertThat(fromBuffer).containsExactly(expected, within(1e-5f));
        assertThat(buffer.position()).isZero();
    }

    @Test
    @EnabledIfSystemProperty(named = "fovea.regenerateFixtures", matches = "true")
    void regenerate(@TempDir Path workDir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Fixture fixture : FIXTURES) {
            files.add(SyntheticImages.writePng(fixture.image(), workDir.resolve(fixture.name() + ".png")));
        }
        for (Preprocessing preprocessing : PREPROCESSINGS) {
            List<float[]> tensors = ReferencePreprocessing.tensors(
                    ReferencePreprocessing.forPreprocessing(preprocessing, files, workDir));
            for (int i = 0; i < FIXTURES.size(); i++) {
                Path target = TestData.repoRoot().resolve(FOLDER).resolve(fileName(preprocessing, FIXTURES.get(i)));
                Files.createDirectories(target.getParent());
                ByteBuffer bytes =
                        ByteBuffer.allocate(tensors.get(i).length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                bytes.asFloatBuffer().put(tensors.get(i));
                Files.write(target, bytes.array());
            }
        }
        assertThat(TestData.repoRoot().resolve(FOLDER)).isDirectoryContaining("glob:**.f32");
    }

    private static Path file(Preprocessing preprocessing, Fixture fixture) {
        return TestData.repoRoot().resolve(FOLDER).resolve(fileName(preprocessing, fixture));
    }

    private static String fileName(Preprocessing preprocessing, Fixture fixture) {
        boolean normalized = preprocessing.mean()[0] != 0f;
        return fixture.name() + "-" + preprocessing.imageSize() + "-"
                + preprocessing.interpolation().name().toLowerCase(java.util.Locale.ROOT)
                + (normalized ? "-openai" : "") + ".f32";
    }
}
