package dev.fovea.app.instance;

import dev.fovea.search.FoveaException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One app window per home. The first launch holds an OS lock on {@code app.lock} in the home (gone with the
 * process, so a crash never blocks the next launch) and listens on a loopback port written to {@code app.port}
 * with a random token; a later launch ("Open with Fovea" while Fovea is open) finds the lock taken, sends its
 * request to that port with the token, and exits. The token keeps other local programs from driving the app.
 */
public final class AppInstance implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppInstance.class);
    private static final String LOCK_FILE = "app.lock";
    private static final String PORT_FILE = "app.port";
    private static final String DONE = "ok";
    /** How long a second launch waits for the first to answer, e.g. while it is still starting. */
    private static final long HAND_OVER_MILLIS = 10_000;

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ServerSocket server;
    private final String token;
    private final Path portFile;
    private final List<LaunchRequest> early = new ArrayList<>();
    private Consumer<LaunchRequest> handler;

    private AppInstance(FileChannel lockChannel, FileLock lock, ServerSocket server, String token, Path portFile) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.server = server;
        this.token = token;
        this.portFile = portFile;
    }

    /** This process becomes the home's app, or empty when another process already is. */
    public static Optional<AppInstance> claim(Path home) {
        try {
            Files.createDirectories(home);
            FileChannel channel =
                    FileChannel.open(home.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            ServerSocket server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            String token = HexFormat.of().formatHex(secret);
            Path portFile = home.resolve(PORT_FILE);
            Path written =
                    Files.writeString(home.resolve(PORT_FILE + ".tmp"), server.getLocalPort() + " " + token + "\n");
            Files.move(written, portFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            AppInstance instance = new AppInstance(channel, lock, server, token, portFile);
            Thread.ofPlatform().daemon().name("fovea-app-instance").start(instance::listen);
            return Optional.of(instance);
        } catch (IOException e) {
            throw new FoveaException(
                    "Cannot set up the app in " + home + ": " + e.getMessage()
                            + ". Check that the Fovea home folder is writable.",
                    e);
        }
    }

    /** Whether an app is open on this home (its lock is held). */
    public static boolean isOpen(Path home) {
        Path file = home.resolve(LOCK_FILE);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                lock.release();
            }
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Hands a request to the app open on this home. False when it did not answer in time (still starting, or stuck). */
    public static boolean handOver(Path home, LaunchRequest launch) {
        String request = LaunchRequest.write(launch);
        long deadline = System.currentTimeMillis() + HAND_OVER_MILLIS;
        while (true) {
            try {
                String[] address =
                        Files.readString(home.resolve(PORT_FILE)).strip().split(" ");
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(address[0]))) {
                    socket.setSoTimeout((int) HAND_OVER_MILLIS);
                    Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                    out.write(address[1] + "\n" + request + "\n");
                    out.flush();
                    String answer = new BufferedReader(
                                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                            .readLine();
                    if (DONE.equals(answer)) {
                        return true;
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("The running app did not take the request yet", e);
            }
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Who is told of later launches, on this class's thread; launches that came before are told at once. */
    public void onRequest(Consumer<LaunchRequest> handler) {
        List<LaunchRequest> waiting;
        synchronized (this) {
            this.handler = handler;
            waiting = List.copyOf(early);
            early.clear();
        }
        waiting.forEach(handler);
    }

    private void listen() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(5_000);
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                if (!token.equals(in.readLine())) {
                    continue;
                }
                String request = in.readLine();
                deliver(LaunchRequest.read(request == null ? "" : request));
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                out.write(DONE + "\n");
                out.flush();
            } catch (IOException | RuntimeException e) {
                if (!server.isClosed()) {
                    LOG.warn("A request from another Fovea launch failed", e);
                }
            }
        }
    }

    private void deliver(LaunchRequest request) {
        Consumer<LaunchRequest> current;
        synchronized (this) {
            current = handler;
            if (current == null) {
                early.add(request);
                return;
            }
        }
        current.accept(request);
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(portFile);
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.debug("Closing the app instance", e);
        }
    }
}
