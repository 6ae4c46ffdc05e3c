package dev.fovea.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where tests find their data: the repository's own generated fixtures, the shared corpora beside the
 * clone ({@code ../shared}, optional) and the Python environment {@code .ci/run} sets up ({@code tools/.venv},
 * optional). Tests that need an optional piece skip with a message saying what is missing.
 */
public final class TestData {
    private TestData() {}

    public static Path repoRoot() {
        String fromBuild = System.getProperty("fovea.repo.root");
        if (fromBuild != null && Files.isRegularFile(Path.of(fromBuild, "mvnw"))) {
            return Path.of(fromBuild).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("search"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "Cannot find the repository root from " + Path.of("").toAbsolutePath());
    }

    /** The tiny committed ONNX model (colour-meaningful towers) that downstream tests embed with. */
    public static Path fixtureModel() {
        return repoRoot().resolve("search/src/test/fixture-model");
    }

    /**
     * The fixture model whose text tower also reads a few category words as colours (a screenshot is white, a
     * sunset orange, a landscape green), so the app's tests see photos in zero-shot categories.
     */
    public static Path categoryFixtureModel() {
        return repoRoot().resolve("search/src/test/fixture-category-model");
    }

    /** {@code ../shared}, or the test is skipped when this clone has no shared data beside it. */
    public static Path shared() {
        Path shared = repoRoot().resolveSibling("shared");
        assumeTrue(
                Files.isDirectory(shared),
                "Skipped: needs the shared corpora at " + shared + " (absent in this clone).");
        return shared;
    }

    public static Path shared(String relative) {
        Path path = shared().resolve(relative);
        assumeTrue(Files.exists(path), "Skipped: " + path + " is absent.");
        return path;
    }

    /** The Python of {@code tools/.venv} (made by {@code .ci/run}), or the test is skipped. */
    public static Path python() {
        Path python = repoRoot().resolve("tools/.venv/bin/python");
        assumeTrue(
                Files.isExecutable(python),
                "Skipped: needs the Python environment tools/.venv (.ci/run makes it; see tools/README.md).");
        return python;
    }

    /**
     * The CLIP BPE vocabulary as open_clip ships it (in tools/.venv), else the shared reference copy;
     * the test is skipped when neither is here.
     */
    public static Path clipVocabulary() {
        Optional<Path> fromWheel = openClipPackage()
                .map(dir -> dir.resolve("bpe_simple_vocab_16e6.txt.gz"))
                .filter(Files::isRegularFile);
        if (fromWheel.isPresent()) {
            return fromWheel.get();
        }
        Path shared = repoRoot().resolveSibling("shared/reference/clip-bpe/bpe_simple_vocab_16e6.txt.gz");
        assumeTrue(
                Files.isRegularFile(shared),
                "Skipped: needs the CLIP vocabulary from open_clip (tools/.venv, made by .ci/run) or ../shared.");
        return shared;
    }

    private static Optional<Path> openClipPackage() {
        Path lib = repoRoot().resolve("tools/.venv/lib");
        if (!Files.isDirectory(lib)) {
            return Optional.empty();
        }
        try (Stream<Path> pythons = Files.list(lib)) {
            return pythons.map(dir -> dir.resolve("site-packages/open_clip"))
                    .filter(Files::isDirectory)
                    .findFirst();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
