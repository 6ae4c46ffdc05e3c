package dev.fovea.search.model.download;

import dev.fovea.search.FoveaException;
import dev.fovea.search.thread.SearchThreads;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one file into {@code NAME.part}, continuing a partial file with an HTTP Range request, retrying a
 * dropped or stalled connection a few times, and renames it to {@code NAME} only once its digest matched.
 * A stalled transfer (no byte for {@code stallTimeout}) is cut by a watchdog thread, since java.net.http has
 * no read timeout for bodies.
 */
final class ResumableFetch {
    private static final Logger LOG = LoggerFactory.getLogger(ResumableFetch.class);
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");
    private static final int BUFFER = 1 << 16;
    private static final long REPORT_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    /** The cap of a file whose size neither Fovea nor the hub states: larger than any checkpoint Fovea offers. */
    static final long UNANNOUNCED_LIMIT = 4L << 30;

    private static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final RedirectPolicy redirects;
    private final Duration headersTimeout;
    private final Duration stallTimeout;
    private final int attempts;

    /** @param client a client that follows no redirects: {@code redirects} decides which to follow */
    ResumableFetch(
            HttpClient client, RedirectPolicy redirects, Duration headersTimeout, Duration stallTimeout, int attempts) {
        this.client = client;
        this.redirects = redirects;
        this.headersTimeout = headersTimeout;
        this.stallTimeout = stallTimeout;
        this.attempts = attempts;
    }

    /** Bytes of the whole model on disk so far, and the rate of this run, for {@link DownloadProgress}. */
    static final class Tally {
        private final long total;
        private final DownloadProgress progress;
        private final long startNanos = System.nanoTime();
        private long done;
        private long fetchedThisRun;
        private long lastReport;

        Tally(long total, DownloadProgress progress) {
            this.total = total;
            this.progress = progress;
        }

        void kept(String file, long bytes) {
            done += bytes;
            report(file, true);
        }

        void fetched(String file, long bytes) {
            done += bytes;
            fetchedThisRun += bytes;
            report(file, false);
        }

        void discarded(long bytes) {
            done -= bytes;
        }

        void report(String file, boolean force) {
            long now = System.nanoTime();
            if (force || now - lastReport >= REPORT_EVERY_NANOS) {
                lastReport = now;
                double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
                progress.progress(file, done, total, fetchedThisRun / seconds);
            }
        }
    }

    void fetch(URI uri, String name, Path target, long size, ExpectedDigest digest, Tally tally) throws IOException {
        if (Files.isRegularFile(target) && (size < 0 || Files.size(target) == size)) {
            tally.kept(name, Files.size(target));
            return;
        }
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        long have = Files.isRegularFile(part) ? Files.size(part) : 0;
        if (size >= 0 && have > size) {
            Files.delete(part);
            have = 0;
        }
        tally.kept(name, have);
        for (int attempt = 1; size < 0 || have < size; attempt++) {
            try {
                boolean complete = transfer(uri, name, part, have, size >= 0 ? size : UNANNOUNCED_LIMIT, tally);
                have = Files.size(part);
                if (complete || size < 0 || have >= size) {
                    break;
                }
                throw new IOException("the connection closed at byte " + have + " of " + size);
            } catch (IOException e) {
                have = Files.isRegularFile(part) ? Files.size(part) : 0;
                if (attempt >= attempts) {
                    throw new FoveaException(
                            "The download of " + name + " was interrupted (" + describe(e) + ") after " + attempts
                                    + " tries; " + have + " bytes are kept. Run the same command again to resume.",
                            e);
                }
                LOG.warn(
                        "Download of {} interrupted ({}); resuming at byte {} (try {} of {})",
                        name,
                        describe(e),
                        have,
                        attempt + 1,
                        attempts);
                pause(attempt);
            }
        }
        String actual = digest.actual(part);
        if (!actual.equals(digest.hex())) {
            tally.discarded(Files.size(part));
            Files.delete(part);
            throw new FoveaException(
                    name + " from " + uri.getHost() + " is not the expected file: it hashes to " + actual
                            + ", expected " + digest.describe()
                            + ". It was deleted and nothing was installed; try again later, "
                            + "or get the model files another way and use `fovea model import DIR`.");
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** One request; true when the server says the part is already complete. */
    private boolean transfer(URI uri, String name, Path part, long have, long limit, Tally tally) throws IOException {
        HttpResponse<InputStream> response = follow(uri, name, have);
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            boolean append;
            if (status == 206) {
                long start = response.headers()
                        .firstValue("content-range")
                        .map(CONTENT_RANGE::matcher)
                        .filter(Matcher::matches)
                        .map(m -> Long.parseLong(m.group(1)))
                        .orElse(-1L);
                if (start != have) {
                    throw new IOException("the server resumed at byte " + start + " instead of " + have);
                }
                append = true;
            } else if (status == 200) {
                tally.discarded(have);
                append = false;
            } else if (status == 416 && have > 0) {
                return true;
            } else if (status >= 500 || status == 429) {
                throw new IOException("HTTP " + status);
            } else {
                throw new FoveaException(
                        uri.getHost() + " answered HTTP " + status + " for " + name + "; try again later.");
            }
            copy(body, part, append, append ? limit - have : limit, name, tally);
            return false;
        }
    }

    /** The response to a GET of {@code uri}, following only the redirects the policy allows. */
    private HttpResponse<InputStream> follow(URI uri, String name, long have) throws IOException {
        URI at = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(at).timeout(headersTimeout).header("User-Agent", "fovea");
            if (have > 0) {
                request.header("Range", "bytes=" + have + "-");
            }
            HttpResponse<InputStream> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw cancelled(name);
            } catch (UnresolvedAddressException e) {
                throw HubDownloader.unreachable(at, e);
            }
            int status = response.statusCode();
            var location = response.headers().firstValue("location");
            if (status / 100 != 3 || location.isEmpty()) {
                return response;
            }
            response.body().close();
            URI next = at.resolve(location.get());
            redirects.check(next, name);
            at = next;
        }
        throw new FoveaException(uri.getHost() + " redirected " + name + " more than " + MAX_REDIRECTS + " times.");
    }

    private void copy(InputStream body, Path part, boolean append, long allowed, String name, Tally tally)
            throws IOException {
        AtomicLong lastByte = new AtomicLong(System.nanoTime());
        AtomicBoolean stalled = new AtomicBoolean();
        ScheduledExecutorService watchdog = SearchThreads.watchdog("fovea-download-watchdog");
        long stallNanos = stallTimeout.toNanos();
        // Shutting the watchdog down ends the checks; their failures have nowhere better to go than the log.
        Future<?> unused = watchdog.scheduleWithFixedDelay(
                () -> {
                    if (System.nanoTime() - lastByte.get() > stallNanos && stalled.compareAndSet(false, true)) {
                        closeQuietly(body);
                    }
                },
                200,
                200,
                TimeUnit.MILLISECONDS);
        StandardOpenOption mode = append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (OutputStream out =
                Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
            byte[] buffer = new byte[BUFFER];
            long written = 0;
            for (int read; (read = body.read(buffer)) >= 0; ) {
                if (Thread.currentThread().isInterrupted()) {
                    throw cancelled(name);
                }
                written += read;
                if (written > allowed) {
                    out.close();
                    Files.delete(part);
                    throw new FoveaException("The server sent more of " + name + " than its expected size; the "
                            + "download was stopped and deleted, nothing was installed. The hub or mirror is misbehaving: "
                            + "try again later or another mirror.");
                }
                out.write(buffer, 0, read);
                lastByte.set(System.nanoTime());
                tally.fetched(name, read);
            }
        } catch (IOException e) {
            throw stalled.get() ? new IOException("no data for " + stallTimeout.toSeconds() + " s", e) : e;
        } finally {
            watchdog.shutdownNow();
            tally.report(name, true);
        }
    }

    private static FoveaException cancelled(String name) {
        return new FoveaException("Download cancelled during " + name + "; run it again to resume.");
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(8_000, 500L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // The reader sees the closed stream as the failure it reports.
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
