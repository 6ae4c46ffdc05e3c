package dev.fovea.search.model.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads go only where they should and stop at the size they should; a Hugging Face cache copy is reused. */
class DownloadSafetyTest {
    private static final String REPO = "timm/MobileCLIP2-S0-OpenCLIP";
    private static final String FILE = "open_clip_model.safetensors";
    private static final byte[] CHECKPOINT = FakeHub.randomBytes(200_000, 9);

    @TempDir
    Path temp;

    private FakeHub hub;

    @BeforeEach
    void startHub() throws IOException {
        hub = new FakeHub();
        hub.put(REPO, FILE, CHECKPOINT);
    }

    @AfterEach
    void stopHub() {
        hub.close();
    }

    private HubDownloader downloader() {
        return new HubDownloader(hub.uri(), Duration.ofSeconds(2), Duration.ofSeconds(2), 1);
    }

    private static HubSource source() {
        return new HubSource("mobileclip2-s0", REPO, Optional.empty(), List.of(HubFile.unpinned(FILE)));
    }

    @Test
    void aServerSendingMoreThanTheAnnouncedSizeIsCutOffAndNothingIsKept() {
        byte[] endless = FakeHub.randomBytes(CHECKPOINT.length * 3, 10);
        hub.corrupt(REPO, FILE, endless);

        assertThatThrownBy(() -> downloader().fetch(source(), temp, DownloadProgress.NONE))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("more of " + FILE + " than its expected size");
        Path dir = temp.resolve("mobileclip2-s0@" + FakeHub.COMMIT);
        assertThat(dir.resolve(FILE + ".part")).doesNotExist();
        assertThat(dir.resolve(FILE)).doesNotExist();
    }

    @Test
    void aRedirectToAnotherHostIsRefused() {
        // localhost is this machine too, but not the host the hub was named by.
        hub.redirectTo(REPO, FILE, "http://localhost:" + hub.uri().getPort() + "/storage/" + REPO + "/" + FILE);

        assertThatThrownBy(() -> downloader().fetch(source(), temp, DownloadProgress.NONE))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("redirected the download of " + FILE + " to http://localhost")
                .hasMessageContaining("refuses");
        assertThat(hub.storageRequests).hasValue(0);
    }

    @Test
    void plainHttpIsRefusedUnlessTheHubIsOnThisComputer() {
        HubDownloader remote = new HubDownloader(
                URI.create("http://mirror.example.com/"), Duration.ofSeconds(1), Duration.ofSeconds(1), 1);

        assertThatThrownBy(() -> remote.fetch(source(), temp, DownloadProgress.NONE))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("Refusing the plain http:// hub http://mirror.example.com/")
                .hasMessageContaining("HF_ENDPOINT");
        assertThat(RedirectPolicy.loopback("127.0.0.1")).isTrue();
        assertThat(RedirectPolicy.loopback("[::1]")).isTrue();
        assertThat(RedirectPolicy.loopback("127.evil.example")).isFalse();
    }

    @Test
    void huggingFaceStorageHostsAreTheHubsOwn() {
        RedirectPolicy policy = new RedirectPolicy(URI.create("https://huggingface.co/"));
        policy.check(URI.create("https://cdn-lfs-us-1.hf.co/repos/ab/cd"), FILE);
        policy.check(URI.create("https://cas-bridge.xethub.hf.co/xet-bridge-us/1"), FILE);
        assertThatThrownBy(() -> policy.check(URI.create("https://evil.example/x"), FILE))
                .hasMessageContaining("evil.example");
        assertThatThrownBy(() -> policy.check(URI.create("http://cdn-lfs.hf.co/x"), FILE))
                .hasMessageContaining("http://cdn-lfs.hf.co");
    }

    @Test
    void aVerifiedCopyInTheHuggingFaceCacheIsFoundAndADamagedOneIgnored() throws IOException {
        Path cacheRoot = temp.resolve("hf-home/hub");
        Path repo = cacheRoot.resolve("models--timm--MobileCLIP2-S0-OpenCLIP");
        String sha = FakeHub.sha256(CHECKPOINT);
        Path blob = Files.write(Files.createDirectories(repo.resolve("blobs")).resolve(sha), CHECKPOINT);
        Path snapshot = Files.createDirectories(repo.resolve("snapshots/" + FakeHub.COMMIT));
        Files.createSymbolicLink(snapshot.resolve(FILE), Path.of("../../blobs/" + sha));
        HuggingFaceCache cache = HuggingFaceCache.standard(
                Map.of("HF_HOME", temp.resolve("hf-home").toString()), temp);

        HuggingFaceCache.Cached found = cache.find(source()).orElseThrow();
        assertThat(found.file()).isEqualTo(blob.toRealPath());
        assertThat(found.sha256()).isEqualTo(sha);
        assertThat(found.revision()).isEqualTo(FakeHub.COMMIT);

        byte[] damaged = CHECKPOINT.clone();
        damaged[7] ^= 1;
        Files.write(blob, damaged);
        assertThat(cache.find(source())).isEmpty();
    }
}
