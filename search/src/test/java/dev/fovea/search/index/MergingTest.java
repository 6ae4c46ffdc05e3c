package dev.fovea.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.util.InfoStream;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;

/**
 * Runs the app's merge policy over a library growing to a million photos the way the indexer grows it (a commit
 * of 500 photos at a time), with segments of the size float32 photos have on disk and every merge finished
 * before the next commit. Building such a library takes an hour; asking the policy takes a second.
 */
class MergingTest {
    private static final int COMMIT = 500;
    private static final long BYTES_PER_PHOTO = 2_230;

    @Test
    void aGrowingLibraryKeepsFewLargeSegmentsAndMergesEachPhotoAFewTimes() throws IOException {
        GrowingLibrary library = new GrowingLibrary(Merging.policy(2));
        int mostSegments = 0;
        int mostLargeSegments = 0;
        while (library.photos() < 1_000_000) {
            library.commit(COMMIT);
            if (library.photos() >= 100_000) {
                mostSegments = Math.max(mostSegments, library.segmentPhotos().size());
                mostLargeSegments = Math.max(mostLargeSegments, library.largeSegments());
            }
        }

        // Each segment's graph is walked with the full fan-out: a search costs about one walk per large segment.
        assertThat(mostLargeSegments)
                .as("segments over a twentieth of the library, from 100,000 photos on")
                .isLessThanOrEqualTo(3);
        assertThat(mostSegments).as("segments from 100,000 photos on").isLessThanOrEqualTo(7);
        // A merged graph starts from its largest segment's graph; the other segments' photos are inserted again.
        assertThat(library.reinsertedPhotos() / (double) library.photos())
                .as("photos inserted again by merges, per photo added")
                .isLessThan(3.5);
    }

    /** Segments of fake files whose sizes the policy reads, merged as the policy asks. */
    private static final class GrowingLibrary {
        private final Map<String, Long> fileSizes = new HashMap<>();
        private final FilterDirectory directory = new FilterDirectory(new ByteBuffersDirectory()) {
            @Override
            public long fileLength(String name) {
                return fileSizes.get(name);
            }
        };
        private final SegmentInfos segments = new SegmentInfos(Version.LATEST.major);
        private final MergePolicy policy;
        private int photos;
        private long reinserted;
        private int names;

        GrowingLibrary(MergePolicy policy) {
            this.policy = policy;
        }

        void commit(int added) throws IOException {
            segments.add(segment(added));
            photos += added;
            MergePolicy.MergeSpecification merges;
            while ((merges = policy.findMerges(MergeTrigger.FULL_FLUSH, segments, new NothingMerging())) != null) {
                for (MergePolicy.OneMerge merge : merges.merges) {
                    int merged = 0;
                    int largest = 0;
                    for (SegmentCommitInfo segment : merge.segments) {
                        merged += segment.info.maxDoc();
                        largest = Math.max(largest, segment.info.maxDoc());
                        segments.remove(segment);
                    }
                    reinserted += merged - largest;
                    segments.add(segment(merged));
                }
            }
        }

        int photos() {
            return photos;
        }

        long reinsertedPhotos() {
            return reinserted;
        }

        List<Integer> segmentPhotos() {
            List<Integer> sizes = new ArrayList<>();
            for (SegmentCommitInfo segment : segments) {
                sizes.add(segment.info.maxDoc());
            }
            return sizes;
        }

        int largeSegments() {
            return (int)
                    segmentPhotos().stream().filter(size -> size > photos / 20).count();
        }

        private SegmentCommitInfo segment(int segmentPhotos) {
            String name = "_" + Integer.toString(names++, Character.MAX_RADIX);
            SegmentInfo info = new SegmentInfo(
                    directory,
                    Version.LATEST,
                    Version.LATEST,
                    name,
                    segmentPhotos,
                    false,
                    false,
                    Codec.getDefault(),
                    Map.of(),
                    StringHelper.randomId(),
                    Map.of(),
                    null);
            info.setFiles(Set.of(name + ".vec"));
            fileSizes.put(name + ".vec", segmentPhotos * BYTES_PER_PHOTO);
            return new SegmentCommitInfo(info, 0, 0, -1, -1, -1, StringHelper.randomId());
        }
    }

    /** The merges are done at once, so none is running when the policy is asked. */
    private static final class NothingMerging implements MergePolicy.MergeContext {
        @Override
        public int numDeletesToMerge(SegmentCommitInfo info) {
            return 0;
        }

        @Override
        public int numDeletedDocs(SegmentCommitInfo info) {
            return 0;
        }

        @Override
        public InfoStream getInfoStream() {
            return InfoStream.NO_OUTPUT;
        }

        @Override
        public Set<SegmentCommitInfo> getMergingSegments() {
            return Set.of();
        }
    }
}
