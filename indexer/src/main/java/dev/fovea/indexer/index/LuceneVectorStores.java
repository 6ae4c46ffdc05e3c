package dev.fovea.indexer.index;

import dev.fovea.search.index.PhotoDocument;
import dev.fovea.search.index.VectorIndex;
import java.nio.file.Path;

/** Model indexes as the search module's Lucene {@link VectorIndex}. */
public final class LuceneVectorStores implements VectorStores {
    @Override
    public VectorStore open(Path directory, int dimensions) {
        return new Store(VectorIndex.open(directory, dimensions));
    }

    @Override
    public VectorStore openReadOnly(Path directory, int dimensions) {
        return new Store(VectorIndex.openReadOnly(directory, dimensions));
    }

    /** The Lucene index behind a store this factory opened, for searching it. */
    public static VectorIndex vectorIndex(VectorStore store) {
        return ((Store) store).index;
    }

    private record Store(VectorIndex index) implements VectorStore {
        @Override
        public void upsert(PhotoDocument photo) {
            index.upsert(photo);
        }

        @Override
        public void delete(long photoId) {
            index.delete(photoId);
        }

        @Override
        public void commit() {
            index.commit();
        }

        @Override
        public long[] photoIds() {
            return index.photoIds();
        }

        @Override
        public void close() {
            index.close();
        }
    }
}
