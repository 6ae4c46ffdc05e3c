package dev.fovea.indexer.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.fovea.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and hostile files of every format: truncated, bit-flipped, random bytes behind a valid signature.
 * Each must decode or fail with an {@link UndecodableImageException}, within a time limit, and never take
 * the JVM down (the native decoders included: a crash would end this test run).
 */
class DecodeFuzzTest {
    private static final long SECONDS_PER_FILE = 20;
    private static final byte[][] SIGNATURES = {
        {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
        {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
        {'G', 'I', 'F', '8', '9', 'a'},
        {'B', 'M'},
        {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '},
        {'I', 'I', '*', 0},
        {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'},
        {0, 0, 0, 24, 'f', 't', 'y', 'p', 'a', 'v', 'i', 'f'},
        {'I', 'I', 'R', 'O'},
    };

    private static PhotoDecoder decoder;
    private static ExecutorService worker;

    @TempDir
    Path workDir;

    @BeforeAll
    static void start() {
        decoder = new PhotoDecoder();
        worker = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("fuzz-decode").daemon().factory());
    }

    @AfterAll
    static void stop() {
        worker.shutdownNow();
    }

    @Test
    void damagedFilesFailWithAReasonAndNeverHang() throws IOException {
        List<Path> seeds =
                new ArrayList<>(DecoderParityTest.generated(Files.createDirectories(workDir.resolve("seeds"))));
        seeds.addAll(sharedSeeds());
        Random random = new Random(20240601);
        Path cases = Files.createDirectories(workDir.resolve("cases"));
        int decoded = 0;
        int refused = 0;
        for (Path seed : seeds) {
            byte[] original = Files.readAllBytes(seed);
            String extension = seed.getFileName().toString().replaceAll(".*\\.", ".");
            List<byte[]> variants = new ArrayList<>();
            for (double fraction : new double[] {0.0, 0.001, 0.01, 0.1, 0.5, 0.9, 0.999}) {
                variants.add(java.util.Arrays.copyOf(original, Math.max(1, (int) (original.length * fraction))));
            }
            for (int i = 0; i < 12; i++) {
                byte[] flipped = original.clone();
                int flips = 1 + random.nextInt(16);
                for (int f = 0; f < flips; f++) {
                    // Damage the headers more often than the data: that is where decoders trust sizes.
                    int position = random.nextInt(4) == 0
                            ? random.nextInt(flipped.length)
                            : random.nextInt(Math.min(flipped.length, 512));
                    flipped[position] ^= (byte) (1 << random.nextInt(8));
                }
                variants.add(flipped);
            }
            for (int i = 0; i < variants.size(); i++) {
                Path file = Files.write(cases.resolve(seed.getFileName() + "-" + i + extension), variants.get(i));
                if (decodeWithinLimit(file, i % 2 == 0)) {
                    decoded++;
                } else {
                    refused++;
                }
                Files.delete(file);
            }
        }
        System.out.printf("Fuzz: %d damaged files decoded anyway, %d refused with a reason%n", decoded, refused);
        assertThat(refused).isPositive();
    }

    @Test
    void randomBytesBehindEverySignatureFailWithAReason() throws IOException {
        Random random = new Random(7);
        int cases = 0;
        for (byte[] signature : SIGNATURES) {
            for (int length : new int[] {signature.length, 64, 1000, 100_000}) {
                byte[] content = new byte[Math.max(length, signature.length)];
                random.nextBytes(content);
                System.arraycopy(signature, 0, content, 0, signature.length);
                Path file = Files.write(workDir.resolve("random-" + cases++ + ".bin"), content);
                decodeWithinLimit(file, cases % 2 == 0);
            }
        }
        assertThat(cases).isEqualTo(SIGNATURES.length * 4);
    }

    @Test
    void hostileCorpusFilesFailWithAReason() throws IOException {
        Path corpus = TestData.shared("corpora/image-rs");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(path ->
                            path.toString().contains("/fuzz") || path.toString().contains("/tests/bad/"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            decodeWithinLimit(file, false);
        }
        assertThat(files).isNotEmpty();
    }

    /** True when it decoded, false when refused with a reason; fails the test on anything else. */
    private static boolean decodeWithinLimit(Path file, boolean exact) {
        DecodeRequest request = exact ? DecodeRequest.fullResolution() : DecodeRequest.atLeast(256);
        Future<DecodedImage> result = worker.submit(() -> decoder.decode(file, request));
        try {
            DecodedImage image = result.get(SECONDS_PER_FILE, TimeUnit.SECONDS);
            assertThat(image.image().width()).isPositive();
            return true;
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof UndecodableImageException undecodable) {
                assertThat(undecodable.reason()).isNotBlank();
                assertThat(undecodable.getMessage()).contains(file.toString());
                return false;
            }
            throw new AssertionError(file + ": unexpected " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            result.cancel(true);
            return fail(file + " took more than " + SECONDS_PER_FILE + " s to decode");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    /** Real photos as seeds when the shared corpora are here: HEIC, AVIF and WebP have no generator. */
    private static List<Path> sharedSeeds() throws IOException {
        Path photos = TestData.repoRoot().resolveSibling("shared/corpora/camera-photos");
        if (!Files.isDirectory(photos)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(photos)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> path.toString().matches("(?i).*\\.(heic|heif|avif|webp)$")
                            || path.toString().endsWith("Landscape_6.jpg"))
                    .sorted()
                    .toList();
        }
    }
}
