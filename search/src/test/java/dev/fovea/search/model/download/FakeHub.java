package dev.fovea.search.model.download;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Hugging Face-like hub on 127.0.0.1 for download tests. Large files behave like LFS files (the resolve URL
 * redirects to a storage path and states the SHA-256 in {@code X-Linked-Etag}), small ones like git files
 * (served directly with the git blob hash as ETag). It can cut a transfer half-way (once or every time), stall
 * it, serve bytes other than the ones it announced, state a false size, or resume from the wrong byte.
 */
final class FakeHub implements AutoCloseable {
    static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    private static final int LFS_THRESHOLD = 10_000;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().name("fake-hub-", 0).daemon().factory());
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private final Map<String, Integer> dropAfterBytes = new ConcurrentHashMap<>();
    private final Map<String, Integer> stallAfterBytes = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private final Map<String, String> announcedSizes = new ConcurrentHashMap<>();
    private final Map<String, Integer> resumeOffsets = new ConcurrentHashMap<>();
    private final java.util.Set<String> dropEveryTime = ConcurrentHashMap.newKeySet();
    final List<String> rangeRequests = new CopyOnWriteArrayList<>();
    final AtomicInteger storageRequests = new AtomicInteger();

    FakeHub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    void put(String repository, String path, byte[] content) {
        files.put(repository + "/" + path, content);
    }

    /** Serves these bytes for the file while still announcing the digest of the real content. */
    void corrupt(String repository, String path, byte[] content) {
        served.put(repository + "/" + path, content);
    }

    /** The file's resolve URL redirects to this absolute address instead of the hub's own storage path. */
    void redirectTo(String repository, String path, String location) {
        redirects.put(repository + "/" + path, location);
    }

    /** The next transfer of the file is cut after this many bytes. */
    void dropOnce(String repository, String path, int bytes) {
        dropAfterBytes.put(repository + "/" + path, bytes);
    }

    /** The next transfer of the file stops sending after this many bytes and hangs for a while. */
    void stallOnce(String repository, String path, int bytes) {
        stallAfterBytes.put(repository + "/" + path, bytes);
    }

    /** The hub states this size for the file (X-Linked-Size), whatever it serves. */
    void announceSize(String repository, String path, String size) {
        announcedSizes.put(repository + "/" + path, size);
    }

    /** Every transfer of the file is cut after this many bytes of what it asked for. */
    void dropEveryTime(String repository, String path, int bytes) {
        dropEveryTime.add(repository + "/" + path);
        dropAfterBytes.put(repository + "/" + path, bytes);
    }

    /** A range request for the file is answered from this byte instead of the one asked for. */
    void resumeAt(String repository, String path, int offset) {
        resumeOffsets.put(repository + "/" + path, offset);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(1);
            if (path.startsWith("storage/")) {
                serveContent(exchange, path.substring("storage/".length()));
                return;
            }
            // REPO(owner/name)/resolve/REVISION/FILE
            String[] parts = path.split("/", 5);
            if (parts.length < 5
                    || !parts[2].equals("resolve")
                    || !(parts[3].equals("main") || parts[3].matches("[0-9a-f]{40}"))) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String key = parts[0] + "/" + parts[1] + "/" + parts[4];
            byte[] content = files.get(key);
            if (content == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().add("X-Repo-Commit", COMMIT);
            if (content.length >= LFS_THRESHOLD) {
                exchange.getResponseHeaders().add("X-Linked-Etag", "\"" + sha256(content) + "\"");
                exchange.getResponseHeaders()
                        .add("X-Linked-Size", announcedSizes.getOrDefault(key, Integer.toString(content.length)));
                exchange.getResponseHeaders().add("Location", redirects.getOrDefault(key, "/storage/" + key));
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            exchange.getResponseHeaders().add("ETag", "\"" + gitBlobSha1(content) + "\"");
            serveContent(exchange, key);
        }
    }

    private void serveContent(HttpExchange exchange, String key) throws IOException {
        byte[] content = served.getOrDefault(key, files.get(key));
        if (content == null) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().add("Content-Length", Integer.toString(content.length));
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        storageRequests.incrementAndGet();
        int start = 0;
        String range = exchange.getRequestHeaders().getFirst("Range");
        if (range != null) {
            rangeRequests.add(key + " " + range);
            start = resumeOffsets.getOrDefault(key, Integer.parseInt(range.replaceAll("bytes=(\\d+)-", "$1")));
            if (start >= content.length) {
                exchange.sendResponseHeaders(416, -1);
                return;
            }
            exchange.getResponseHeaders()
                    .add("Content-Range", "bytes " + start + "-" + (content.length - 1) + "/" + content.length);
            exchange.sendResponseHeaders(206, content.length - start);
        } else {
            exchange.sendResponseHeaders(200, content.length);
        }
        Integer drop = dropEveryTime.contains(key) ? dropAfterBytes.get(key) : dropAfterBytes.remove(key);
        Integer stall = stallAfterBytes.remove(key);
        OutputStream body = exchange.getResponseBody();
        int end = content.length;
        if (drop != null || stall != null) {
            end = Math.min(content.length, start + (drop != null ? drop : stall));
        }
        body.write(content, start, end - start);
        body.flush();
        if (stall != null) {
            sleep(5_000);
        }
        if (drop != null || stall != null) {
            // Failing the handler before the announced length closes the connection: a dropped download.
            throw new IOException("connection dropped on purpose");
        }
    }

    static String sha256(byte[] content) {
        MessageDigest digest = Sha256.newDigest();
        return HexFormat.of().formatHex(digest.digest(content));
    }

    static String gitBlobSha1(byte[] content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            digest.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
