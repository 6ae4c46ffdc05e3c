package dev.fovea.indexer.testing;

import dev.fovea.indexer.index.VectorStore;
import dev.fovea.indexer.index.VectorStores;
import dev.fovea.search.index.PhotoDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A vector index stand-in with Lucene's durability model: changes live in memory until commit() writes
 * them atomically to one file, so a killed process loses exactly its uncommitted changes.
 */
public final class FileVectorStores implements VectorStores {
    @Override
    public VectorStore open(Path directory, int dimensions) {
        return new Store(directory);
    }

    /** The committed documents of an index directory: photo id → "contentHash path". */
    public static Map<Long, String> committed(Path directory) {
        Map<Long, String> documents = new TreeMap<>();
        Path file = directory.resolve("documents.txt");
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file)) {
                    String[] parts = line.split(" ", 2);
                    documents.put(Long.parseLong(parts[0]), parts[1]);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }

    private static final class Store implements VectorStore {
        private final Path directory;
        private final Map<Long, String> documents;

        Store(Path directory) {
            this.directory = directory;
            this.documents = committed(directory);
        }

        @Override
        public synchronized void upsert(PhotoDocument document) {
            documents.put(
                    document.photo().photoId(),
                    document.photo().contentHash() + " " + document.photo().path());
        }

        @Override
        public synchronized void delete(long photoId) {
            documents.remove(photoId);
        }

        @Override
        public synchronized void commit() {
            List<String> lines = new ArrayList<>();
            documents.forEach((id, document) -> lines.add(id + " " + document));
            try {
                Files.createDirectories(directory);
                Path temporary = directory.resolve("documents.tmp");
                Files.write(temporary, lines);
                Files.move(
                        temporary,
                        directory.resolve("documents.txt"),
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public synchronized long[] photoIds() {
            return documents.keySet().stream().mapToLong(Long::longValue).toArray();
        }

        @Override
        public void close() {}
    }
}
