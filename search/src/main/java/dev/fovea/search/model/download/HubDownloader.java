package dev.fovea.search.model.download;

import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads the files of a {@link HubSource} from a Hugging Face compatible hub into a folder that keeps the
 * repository's layout. First it asks the hub about every file (one HEAD request each, no redirects followed):
 * this pins the commit when the source has none, learns sizes and digests, and fails within seconds when the
 * hub cannot be reached. Then it fetches each file with {@link ResumableFetch}; a file is renamed to its
 * final name only after its digest matched, so a folder never holds an unverified file under a real name.
 */
public final class HubDownloader {
    private static final Logger LOG = LoggerFactory.getLogger(HubDownloader.class);

    /** Hugging Face's own endpoint; {@code HF_ENDPOINT} overrides it as it does for Hugging Face's tools. */
    public static final URI HUGGING_FACE = URI.create("https://huggingface.co/");

    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_SAME_HOST_REDIRECTS = 5;

    private final URI hub;
    private final Duration connectTimeout;
    private final Duration stallTimeout;
    private final int attempts;

    public HubDownloader(URI hub, Duration connectTimeout, Duration stallTimeout, int attempts) {
        this.hub = hub.toString().endsWith("/") ? hub : URI.create(hub + "/");
        this.connectTimeout = connectTimeout;
        this.stallTimeout = stallTimeout;
        this.attempts = attempts;
    }

    /**
     * The hub of the {@code fovea.hub} system property, else of {@code HF_ENDPOINT}, else Hugging Face; gives up
     * on an unreachable hub after 10 s.
     */
    public static HubDownloader standard() {
        String endpoint = System.getProperty("fovea.hub", System.getenv("HF_ENDPOINT"));
        URI hub = endpoint != null && !endpoint.isBlank() ? URI.create(endpoint.strip()) : HUGGING_FACE;
        return new HubDownloader(hub, Duration.ofSeconds(10), Duration.ofSeconds(60), 4);
    }

    public URI hub() {
        return hub;
    }

    /** What was fetched: the folder in the repository's layout and the commit its files came from. */
    public record Fetched(Path directory, String repository, String revision, List<String> files) {}

    /**
     * Fetches every file of {@code source} into {@code downloadsRoot/<variant>@<commit>/}, resuming what an
     * earlier, interrupted call left there.
     */
    public Fetched fetch(HubSource source, Path downloadsRoot, DownloadProgress progress) {
        RedirectPolicy.checkEndpoint(hub);
        try (HttpClient probing = client(HttpClient.Redirect.NEVER);
                HttpClient fetching = client(HttpClient.Redirect.NEVER)) {
            String revision = source.revision().orElseGet(() -> resolveRevision(probing, source));
            List<Planned> plan = new ArrayList<>();
            for (HubFile file : source.files()) {
                plan.add(plan(probing, source, revision, file));
            }
            Path directory = downloadsRoot.resolve(source.variantId() + "@" + revision);
            Files.createDirectories(directory);
            long total = plan.stream().allMatch(p -> p.size >= 0)
                    ? plan.stream().mapToLong(p -> p.size).sum()
                    : -1;
            if (total > 0) {
                DiskSpace.require(directory, total - bytesIn(directory), "downloading " + source.repository());
            }
            ResumableFetch.Tally tally = new ResumableFetch.Tally(total, progress);
            ResumableFetch fetch = new ResumableFetch(
                    fetching, new RedirectPolicy(hub), connectTimeout.multipliedBy(3), stallTimeout, attempts);
            for (Planned planned : plan) {
                fetch.fetch(
                        planned.uri,
                        planned.file.path(),
                        directory.resolve(planned.file.path()),
                        planned.size,
                        planned.digest,
                        tally);
            }
            return new Fetched(
                    directory,
                    source.repository(),
                    revision,
                    source.files().stream().map(HubFile::path).toList());
        } catch (IOException e) {
            throw new FoveaException("Cannot write the download to " + downloadsRoot + ": " + e.getMessage(), e);
        }
    }

    private record Planned(HubFile file, URI uri, long size, ExpectedDigest digest) {}

    /** What an earlier, interrupted call already fetched (whole files and partial ones). */
    private static long bytesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
    }

    private HttpClient client(HttpClient.Redirect redirect) {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(redirect)
                .build();
    }

    private String resolveRevision(HttpClient probing, HubSource source) {
        HubFile first = source.files().getFirst();
        HttpHeaders headers = probe(probing, source, "main", first).headers;
        String commit = headers.firstValue("x-repo-commit")
                .map(value -> value.toLowerCase(Locale.ROOT))
                .orElse("");
        if (!COMMIT.matcher(commit).matches()) {
            throw new FoveaException(
                    hub + " did not say which commit of " + source.repository() + " 'main' is, so the download "
                            + "cannot be pinned. Download the files yourself and install them with `fovea model import DIR`.");
        }
        LOG.info("{}: resolved main to commit {}", source.repository(), commit);
        return commit;
    }

    private Planned plan(HttpClient probing, HubSource source, String revision, HubFile file) {
        Probe probe = probe(probing, source, revision, file);
        HttpHeaders headers = probe.headers;
        Optional<String> linkedSha = headers.firstValue("x-linked-etag")
                .map(HubDownloader::unquote)
                .filter(v -> SHA256.matcher(v).matches());
        long announced = headers.firstValue("x-linked-size")
                .or(() -> probe.redirected ? Optional.empty() : headers.firstValue("content-length"))
                .map(HubDownloader::parseSize)
                .orElse(-1L);
        if (file.sha256().isPresent()
                && linkedSha.isPresent()
                && !file.sha256().get().equals(linkedSha.get())) {
            throw new FoveaException(source.repository() + "@" + revision + " serves a different " + file.path()
                    + " (SHA-256 " + linkedSha.get() + ") than the one Fovea pinned ("
                    + file.sha256().get()
                    + "). Nothing was downloaded. Update Fovea, or import the model with `fovea model import DIR`.");
        }
        if (file.size() >= 0 && announced >= 0 && file.size() != announced) {
            throw new FoveaException(source.repository() + "@" + revision + " serves " + file.path() + " with "
                    + announced + " bytes where Fovea pinned " + file.size()
                    + ". Nothing was downloaded. Update Fovea, or use `fovea model import DIR`.");
        }
        ExpectedDigest digest = file.sha256()
                .map(sha -> ExpectedDigest.sha256(sha, "pinned by Fovea"))
                .or(() -> linkedSha.map(sha -> ExpectedDigest.sha256(sha, "LFS oid stated by " + hub.getHost())))
                .or(() -> headers.firstValue("etag")
                        .map(HubDownloader::unquote)
                        .filter(v -> COMMIT.matcher(v).matches())
                        .map(sha1 -> ExpectedDigest.gitBlob(sha1, "git blob hash stated by " + hub.getHost())))
                .orElseThrow(() ->
                        new FoveaException(hub + " states no checksum for " + source.repository() + "/" + file.path()
                                + " and Fovea has none pinned, so it will not install it. Download the model yourself and use "
                                + "`fovea model import DIR`."));
        long size = file.size() >= 0 ? file.size() : announced;
        return new Planned(file, fileUri(source, revision, file), size, digest);
    }

    private record Probe(HttpHeaders headers, boolean redirected) {}

    /**
     * HEAD of a file's resolve URL. Redirects within the hub (a renamed repository) are followed; the one to
     * the storage host is not: the hub's own answer carries the commit, size and digest headers.
     */
    private Probe probe(HttpClient probing, HubSource source, String revision, HubFile file) {
        URI uri = fileUri(source, revision, file);
        for (int hop = 0; hop <= MAX_SAME_HOST_REDIRECTS; hop++) {
            HttpResponse<Void> response = send(
                    probing,
                    HttpRequest.newBuilder(uri)
                            .method("HEAD", HttpRequest.BodyPublishers.noBody())
                            .timeout(connectTimeout.multipliedBy(2))
                            .header("User-Agent", "fovea")
                            .build(),
                    source);
            int status = response.statusCode();
            if (status == 200) {
                return new Probe(response.headers(), false);
            }
            Optional<String> location = response.headers().firstValue("location");
            if (status / 100 == 3 && location.isPresent()) {
                URI next = uri.resolve(location.get());
                if (response.headers().firstValue("x-linked-etag").isPresent() || !sameHost(next, uri)) {
                    return new Probe(response.headers(), true);
                }
                uri = next;
                continue;
            }
            throw failure(status, source, revision, file);
        }
        throw new FoveaException(
                hub + " redirected " + source.repository() + "/" + file.path() + " too often; try again later.");
    }

    private FoveaException failure(int status, HubSource source, String revision, HubFile file) {
        String what = source.repository() + "/" + file.path() + " at " + revision;
        return switch (status) {
            case 404 ->
                new FoveaException(
                        hub.getHost() + " has no " + what + ". Update Fovea, or use `fovea model import DIR`.");
            case 401, 403 ->
                new FoveaException(hub.getHost() + " refused access to " + what + " (HTTP " + status + ").");
            default ->
                new FoveaException(hub.getHost() + " answered HTTP " + status + " for " + what + "; try again later.");
        };
    }

    private HttpResponse<Void> send(HttpClient client, HttpRequest request, HubSource source) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FoveaException("Download of " + source.variantId() + " cancelled.");
        } catch (IOException | UnresolvedAddressException e) {
            throw unreachable(hub, e);
        }
    }

    static FoveaException unreachable(URI hub, Exception cause) {
        String reason = cause instanceof HttpTimeoutException
                ? "no answer in time"
                : cause instanceof ConnectException
                                || cause instanceof UnresolvedAddressException
                                || cause.getCause() instanceof UnresolvedAddressException
                        ? "no connection"
                        : String.valueOf(cause.getMessage());
        return new FoveaException(
                "Cannot reach " + hub.getHost() + " (" + reason + "). Check the internet connection; "
                        + "without one, copy the model files from another computer and install them with `fovea model import DIR`.",
                cause);
    }

    private URI fileUri(HubSource source, String revision, HubFile file) {
        return hub.resolve(source.repository() + "/resolve/" + revision + "/" + file.path());
    }

    private static boolean sameHost(URI a, URI b) {
        return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort();
    }

    private static String unquote(String etag) {
        return etag.replaceFirst("^W/", "").replace("\"", "").strip().toLowerCase(Locale.ROOT);
    }

    private static long parseSize(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
