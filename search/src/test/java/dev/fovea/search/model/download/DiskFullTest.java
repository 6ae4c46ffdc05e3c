package dev.fovea.search.model.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fovea.search.FoveaException;
import dev.fovea.search.model.HubSources;
import dev.fovea.search.model.ModelStore;
import dev.fovea.testing.CalibratedCheckpoints;
import dev.fovea.testing.TestData;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A full disk while a model is downloaded or assembled: a clear message, nothing half-installed, the model in use
 * untouched. Runs on a real small file system ({@code FOVEA_TEST_SMALL_FS}: a folder on a tmpfs of 1 GB and 256
 * inodes, which .ci/run mounts), filled with ballast bytes or files, so the kernel's own "No space left on
 * device" is what the code meets.
 */
class DiskFullTest {
    private static final String SMALL_FS = "FOVEA_TEST_SMALL_FS";

    private Path work;
    private ModelStore store;

    @BeforeEach
    void installAModelOnTheSmallFileSystem() throws IOException {
        String small = System.getenv(SMALL_FS);
        assumeTrue(
                small != null && Files.isDirectory(Path.of(small)),
                "Skipped: set " + SMALL_FS + " to a folder on a small file system, e.g. `mount -t tmpfs -o "
                        + "size=1g,nr_inodes=256 tmpfs /tmp/fovea-small-fs` (.ci/run does).");
        work = Files.createTempDirectory(Path.of(small), "disk-full-");
        store = new ModelStore(work.resolve("models"));
        store.importFrom(TestData.fixtureModel());
        assertThat(store.activeId()).isPresent();
    }

    @AfterEach
    void emptyTheSmallFileSystem() throws IOException {
        if (work != null) {
            delete(work);
        }
    }

    @Test
    void assemblingOnAFullDiskSaysSoBeforeWritingAndKeepsTheModelInUse() throws IOException {
        Path checkpoint = CalibratedCheckpoints.of("mobileclip2-s0", "MobileCLIP2-S0", "safetensors");
        String before = store.activeId().orElseThrow();
        fillBytesLeaving(100_000_000);

        assertThatThrownBy(() -> store.importCheckpoint(checkpoint, Optional.empty(), "test"))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("Not enough disk space for assembling MobileCLIP2-S0")
                .hasMessageContaining("nothing was installed and the installed models are unchanged");

        nothingHalfInstalled(before);
    }

    @Test
    void runningOutOfSpaceWhileAssemblingLeavesNothingBehind() throws IOException {
        Path checkpoint = CalibratedCheckpoints.of("mobileclip2-s0", "MobileCLIP2-S0", "safetensors");
        String before = store.activeId().orElseThrow();
        // Bytes are plenty for the check before writing; files are what runs out: every inode but two is taken,
        // so the install meets the kernel's ENOSPC when it creates its third file or folder.
        List<Path> ballast = takeInodesLeaving(2);

        assertThatThrownBy(() -> store.importCheckpoint(checkpoint, Optional.empty(), "test"))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("No space left on device")
                .hasMessageContaining("nothing was installed");

        for (Path file : ballast) {
            Files.delete(file);
        }
        nothingHalfInstalled(before);
    }

    @Test
    void runningOutOfSpaceWhileDownloadingInstallsNothing() throws IOException {
        String before = store.activeId().orElseThrow();
        try (FakeHub hub = new FakeHub()) {
            hub.put("timm/MobileCLIP2-S0-OpenCLIP", HubSources.CHECKPOINT_FILE, new byte[1_000_000]);
            ModelStore downloading = new ModelStore(
                    work.resolve("models"),
                    new HubDownloader(hub.uri(), Duration.ofSeconds(5), Duration.ofSeconds(20), 1));
            // Bytes are plenty for the check before fetching; files are what runs out: every inode but one is
            // taken, so the download meets the kernel's ENOSPC when it creates its second file or folder.
            List<Path> ballast = takeInodesLeaving(1);

            assertThatThrownBy(() -> downloading.download("mobileclip2-s0", DownloadProgress.NONE))
                    .isInstanceOf(FoveaException.class)
                    .hasMessageContaining("No space left on device");

            for (Path file : ballast) {
                Files.delete(file);
            }
        }
        nothingHalfInstalled(before);
    }

    @Test
    void downloadingMoreThanTheDiskHoldsSaysSoBeforeFetching() throws IOException {
        String before = store.activeId().orElseThrow();
        fillBytesLeaving(50_000_000);
        try (FakeHub hub = new FakeHub()) {
            hub.put("timm/MobileCLIP2-S0-OpenCLIP", HubSources.CHECKPOINT_FILE, new byte[80_000_000]);
            ModelStore downloading = new ModelStore(
                    work.resolve("models"),
                    new HubDownloader(hub.uri(), Duration.ofSeconds(5), Duration.ofSeconds(20), 1));

            assertThatThrownBy(() -> downloading.download("mobileclip2-s0", DownloadProgress.NONE))
                    .isInstanceOf(FoveaException.class)
                    .hasMessageContaining("Not enough disk space for downloading timm/MobileCLIP2-S0-OpenCLIP")
                    .hasMessageContaining("it needs about 80 MB");
            assertThat(bytesIn(work.resolve("models/.downloads"))).isZero();
        }
        nothingHalfInstalled(before);
    }

    private void nothingHalfInstalled(String before) {
        assertThat(store.installed())
                .singleElement()
                .satisfies(model -> assertThat(model.id()).isEqualTo(before));
        assertThat(store.activeId()).contains(before);
        store.active().orElseThrow().verifyChecksums();
        try (Stream<Path> children = Files.list(work.resolve("models"))) {
            assertThat(children.map(path -> path.getFileName().toString()))
                    .allSatisfy(name -> assertThat(name).doesNotStartWith(".staging-"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Writes a ballast file until about {@code free} bytes are left. */
    private void fillBytesLeaving(long free) throws IOException {
        long ballast = DiskSpace.usable(work) - free;
        assumeTrue(ballast > 0, SMALL_FS + " has less than " + free + " bytes free");
        byte[] chunk = new byte[1 << 20];
        try (var out = Files.newOutputStream(work.resolve("ballast.bin"))) {
            for (long written = 0; written < ballast; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, ballast - written));
            }
        }
    }

    /** Creates empty files until the file system has no inode left, then frees {@code free} of them. */
    private List<Path> takeInodesLeaving(int free) throws IOException {
        Path folder = Files.createDirectory(work.resolve("ballast"));
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 0; i < 100_000; i++) {
                files.add(Files.createFile(folder.resolve("b" + i)));
            }
            throw new AssertionError(SMALL_FS + " has more than 100,000 inodes: mount it with nr_inodes=256");
        } catch (FileSystemException full) {
            assertThat(full.getMessage()).contains("No space left on device");
        }
        for (int i = 0; i < free; i++) {
            Files.delete(files.removeLast());
        }
        return files;
    }

    private static long bytesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
