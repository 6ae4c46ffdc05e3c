package dev.fovea.search.model.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubDownloaderTest {
    private static final String REPO = "Xenova/mobileclip_s2";
    private static final byte[] VISION = FakeHub.randomBytes(300_000, 1);
    private static final byte[] TEXT = FakeHub.randomBytes(200_000, 2);
    private static final byte[] TOKENIZER = "{\"model\": {\"type\": \"BPE\"}}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path downloads;

    private FakeHub hub;

    @BeforeEach
    void startHub() throws IOException {
        hub = new FakeHub();
        hub.put(REPO, "onnx/vision_model.onnx", VISION);
        hub.put(REPO, "onnx/text_model.onnx", TEXT);
        hub.put(REPO, "tokenizer.json", TOKENIZER);
    }

    @AfterEach
    void stopHub() {
        hub.close();
    }

    private HubDownloader downloader(int attempts) {
        return new HubDownloader(hub.uri(), Duration.ofSeconds(2), Duration.ofMillis(700), attempts);
    }

    private static HubSource unpinned() {
        return new HubSource(
                "mobileclip-s2",
                REPO,
                Optional.empty(),
                List.of(
                        HubFile.unpinned("onnx/vision_model.onnx"),
                        HubFile.unpinned("onnx/text_model.onnx"),
                        HubFile.unpinned("tokenizer.json")));
    }

    @Test
    void fetchesEveryFileFromTheResolvedCommitAndReportsProgress() throws IOException {
        List<long[]> reports = new ArrayList<>();
        HubDownloader.Fetched fetched = downloader(1)
                .fetch(unpinned(), downloads, (file, done, total, rate) -> reports.add(new long[] {done, total}));

        assertThat(fetched.revision()).isEqualTo(FakeHub.COMMIT);
        assertThat(fetched.directory().getFileName().toString()).isEqualTo("mobileclip-s2@" + FakeHub.COMMIT);
        assertThat(Files.readAllBytes(fetched.directory().resolve("onnx/vision_model.onnx")))
                .isEqualTo(VISION);
        assertThat(Files.readAllBytes(fetched.directory().resolve("onnx/text_model.onnx")))
                .isEqualTo(TEXT);
        assertThat(Files.readAllBytes(fetched.directory().resolve("tokenizer.json")))
                .isEqualTo(TOKENIZER);
        long total = VISION.length + TEXT.length + TOKENIZER.length;
        assertThat(reports.getLast()).containsExactly(total, total);
        assertThat(reports).allSatisfy(report -> assertThat(report[0]).isBetween(0L, total));
    }

    @Test
    void resumesWithARangeRequestAfterTheConnectionDrops() throws IOException {
        hub.dropOnce(REPO, "onnx/vision_model.onnx", 100_000);

        HubDownloader.Fetched fetched = downloader(3).fetch(unpinned(), downloads, DownloadProgress.NONE);

        assertThat(Files.readAllBytes(fetched.directory().resolve("onnx/vision_model.onnx")))
                .isEqualTo(VISION);
        assertThat(hub.rangeRequests)
                .singleElement()
                .asString()
                .startsWith(REPO + "/onnx/vision_model.onnx bytes=")
                .doesNotEndWith("=0-");
    }

    @Test
    void aLaterRunResumesWhatAnInterruptedRunKept() throws IOException {
        hub.dropOnce(REPO, "onnx/vision_model.onnx", 120_000);

        assertThatThrownBy(() -> downloader(1).fetch(unpinned(), downloads, DownloadProgress.NONE))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("Run the same command again to resume");
        Path part = downloads.resolve("mobileclip-s2@" + FakeHub.COMMIT + "/onnx/vision_model.onnx.part");
        assertThat(part).exists();
        long kept = Files.size(part);
        assertThat(kept).isPositive().isLessThan(VISION.length);

        HubDownloader.Fetched fetched = downloader(1).fetch(unpinned(), downloads, DownloadProgress.NONE);

        assertThat(Files.readAllBytes(fetched.directory().resolve("onnx/vision_model.onnx")))
                .isEqualTo(VISION);
        assertThat(hub.rangeRequests).containsExactly(REPO + "/onnx/vision_model.onnx bytes=" + kept + "-");
        assertThat(part).doesNotExist();
    }

    @Test
    void aStalledTransferIsCutAndResumed() throws IOException {
        hub.stallOnce(REPO, "onnx/text_model.onnx", 50_000);

        HubDownloader.Fetched fetched = downloader(3).fetch(unpinned(), downloads, DownloadProgress.NONE);

        assertThat(Files.readAllBytes(fetched.directory().resolve("onnx/text_model.onnx")))
                .isEqualTo(TEXT);
        assertThat(hub.rangeRequests).singleElement().asString().startsWith(REPO + "/onnx/text_model.onnx bytes=");
    }

    @Test
    void aFileThatDoesNotMatchItsDigestIsDeletedAndRefused() {
        byte[] tampered = VISION.clone();
        tampered[1234] ^= 1;
        hub.corrupt(REPO, "onnx/vision_model.onnx", tampered);

        assertThatThrownBy(() -> downloader(1).fetch(unpinned(), downloads, DownloadProgress.NONE))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("onnx/vision_model.onnx")
                .hasMessageContaining("is not the expected file")
                .hasMessageContaining(FakeHub.sha256(VISION));
        Path dir = downloads.resolve("mobileclip-s2@" + FakeHub.COMMIT + "/onnx");
        assertThat(dir.resolve("vision_model.onnx")).doesNotExist();
        assertThat(dir.resolve("vision_model.onnx.part")).doesNotExist();
    }

    @Test
    void aHubServingOtherBytesThanThePinnedOnesIsRefusedBeforeDownloading() {
        HubSource pinned = new HubSource(
                "mobileclip-s2",
                REPO,
                Optional.of(FakeHub.COMMIT),
                List.of(HubFile.pinned("onnx/vision_model.onnx", "ab".repeat(32), VISION.length)));

        assertThatThrownBy(() -> downloader(1).fetch(pinned, downloads, DownloadProgress.NONE))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("serves a different onnx/vision_model.onnx");
        assertThat(hub.storageRequests).hasValue(0);
    }

    @Test
    void aSmallGitFileIsCheckedAgainstItsBlobHash() {
        hub.corrupt(REPO, "tokenizer.json", "{\"model\": {\"type\": \"WordPiece\"}}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> downloader(1).fetch(unpinned(), downloads, DownloadProgress.NONE))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("tokenizer.json")
                .hasMessageContaining("git blob SHA-1");
    }

    @Test
    void anUnreachableHubFailsWithinSecondsAndPointsToImport() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        HubDownloader offline = new HubDownloader(
                URI.create("http://127.0.0.1:" + closedPort + "/"), Duration.ofSeconds(10), Duration.ofSeconds(60), 4);
        long start = System.nanoTime();

        assertThatThrownBy(() -> offline.fetch(unpinned(), downloads, DownloadProgress.NONE))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("Cannot reach 127.0.0.1")
                .hasMessageContaining("fovea model import DIR");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aHubThatNeverAnswersFailsAfterTheTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofPlatform().name("silent-hub").daemon().start(() -> {
                List<Socket> held = new ArrayList<>();
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    held.forEach(socket -> {
                        try {
                            socket.close();
                        } catch (IOException ignored) {
                            // closing anyway
                        }
                    });
                }
            });
            HubDownloader silentHub = new HubDownloader(
                    URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/"),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(60),
                    4);
            long start = System.nanoTime();

            assertThatThrownBy(() -> silentHub.fetch(unpinned(), downloads, DownloadProgress.NONE))
                    .isInstanceOf(FoveaException.class)
                    .hasMessageContaining("no answer in time");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
            acceptor.interrupt();
        }
    }
}
