package dev.fovea.indexer.watch;

import dev.fovea.indexer.scan.LibraryRoot;
import dev.fovea.indexer.scan.PathRules;
import dev.fovea.indexer.thread.IndexerThreads;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the library folders and reports which folders changed, debounced: a burst of events (a copy of a
 * hundred photos, an editor saving twice) becomes one report once the folders have been quiet for a while.
 * File-system events are not reliable everywhere (network shares, lost events on overflow, watch limits), so
 * a periodic report of every root backs them up.
 */
public final class LibraryWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LibraryWatcher.class);

    private final List<LibraryRoot> roots;
    private final Duration quiet;
    private final Duration rescanEvery;
    private final Consumer<Set<Path>> changed;
    private final WatchService service;
    private final Map<WatchKey, Path> watched = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    /**
     * @param quiet how long folders must be quiet before their changes are reported
     * @param rescanEvery how often every root is reported regardless of events
     * @param changed receives the changed folders (each to be rescanned with what is below it), on the watcher's thread
     */
    public LibraryWatcher(List<LibraryRoot> roots, Duration quiet, Duration rescanEvery, Consumer<Set<Path>> changed)
            throws IOException {
        this.roots = List.copyOf(roots);
        this.quiet = quiet;
        this.rescanEvery = rescanEvery;
        this.changed = changed;
        this.service =
                roots.isEmpty() ? null : roots.getFirst().path().getFileSystem().newWatchService();
        for (LibraryRoot root : roots) {
            registerTree(root, root.path());
        }
        this.thread = IndexerThreads.start("fovea-watcher", Thread.MIN_PRIORITY, this::run);
    }

    private void run() {
        Set<Path> pending = new LinkedHashSet<>();
        long lastEvent = 0;
        long lastRescan = System.nanoTime();
        while (!closed) {
            try {
                WatchKey key = service == null ? null : service.poll(200, TimeUnit.MILLISECONDS);
                if (service == null) {
                    Thread.sleep(200);
                }
                if (key != null) {
                    collect(key, pending);
                    lastEvent = System.nanoTime();
                }
                long now = System.nanoTime();
                if (!pending.isEmpty() && now - lastEvent >= quiet.toNanos()) {
                    report(Set.copyOf(pending));
                    pending.clear();
                }
                if (now - lastRescan >= rescanEvery.toNanos()) {
                    lastRescan = now;
                    report(Set.copyOf(roots.stream().map(LibraryRoot::path).toList()));
                }
            } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("The library watcher failed; periodic rescans go on", e);
            }
        }
    }

    private void collect(WatchKey key, Set<Path> pending) {
        Path folder = watched.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                roots.forEach(root -> pending.add(root.path()));
                continue;
            }
            Path child = folder.resolve((Path) event.context());
            LibraryRoot root = rootOf(folder);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child) && root != null) {
                registerTree(root, child);
                pending.add(child);
            } else {
                pending.add(folder);
            }
        }
        if (!key.reset()) {
            watched.remove(key);
        }
    }

    private void report(Set<Path> folders) {
        Set<Path> outermost = new LinkedHashSet<>();
        for (Path folder : folders) {
            if (folders.stream().noneMatch(other -> !other.equals(folder) && folder.startsWith(other))) {
                outermost.add(folder);
            }
        }
        changed.accept(outermost);
    }

    private LibraryRoot rootOf(Path folder) {
        return roots.stream()
                .filter(root -> folder.startsWith(root.path()))
                .findFirst()
                .orElse(null);
    }

    private void registerTree(LibraryRoot root, Path start) {
        PathRules rules = new PathRules(root);
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!rules.entersFolder(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    try {
                        watched.put(
                                dir.register(
                                        service,
                                        StandardWatchEventKinds.ENTRY_CREATE,
                                        StandardWatchEventKinds.ENTRY_DELETE,
                                        StandardWatchEventKinds.ENTRY_MODIFY),
                                dir);
                    } catch (IOException e) {
                        // Out of watches (inotify's limit) or unreadable: the periodic rescan covers it.
                        LOG.debug("Cannot watch {}: {}", dir, e.toString());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.debug("Cannot watch below {}: {}", start, e.toString());
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            if (service != null) {
                service.close();
            }
            thread.join(5_000);
        } catch (IOException e) {
            LOG.debug("Closing the watch service: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
