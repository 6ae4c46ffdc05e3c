package dev.fovea.search.index;

import static dev.fovea.testing.TestPhotos.photo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fovea.search.query.filter.DurationRange;
import dev.fovea.search.query.filter.FilterQueries;
import dev.fovea.search.query.filter.MediaKind;
import dev.fovea.search.query.filter.SearchFilters;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Videos as blocks: frames are children of their video, searched with the block join, filtered like photos. */
class VideoBlocksTest {
    @TempDir
    Path dir;

    private static PhotoDocument video(long id, String folder, FrameVector... frames) {
        PhotoDocument base =
                photo(id, 1, 1, 1).in(folder).named("clip" + id + ".mp4").build();
        return new PhotoDocument(base.photo(), base.embedding(), List.of(frames));
    }

    private static PhotoDocument video(long id, double durationSeconds, FrameVector... frames) {
        PhotoDocument base =
                photo(id, 1, 1, 1).in("/v").named("clip" + id + ".mov").build();
        return new PhotoDocument(base.photo(), base.embedding(), List.of(frames), "", durationSeconds);
    }

    private static FrameVector frame(double seconds, float... vector) {
        return new FrameVector(seconds, vector);
    }

    @Test
    void aVideoIsFoundOnceAtItsBestFrame() {
        try (VectorIndex index = VectorIndex.open(dir, 3)) {
            index.upsert(photo(1, 1, 0, 0).build());
            index.upsert(photo(2, 0.9f, 0, 0.3f).build());
            index.upsert(video(3, "/videos", frame(0, 0, 1, 0), frame(4, 0.1f, 0, 1), frame(8, 0, 0.2f, 1)));
            index.commit();

            assertThat(index.size()).isEqualTo(3);
            assertThat(index.photoIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
            try (IndexView view = index.view()) {
                assertThat(view.frames()).isEqualTo(3);
                List<VectorHit> hits = view.nearest(new float[] {0, 0, 1}, 10, null);
                assertThat(hits).hasSize(3);
                StoredPhoto best = view.photo(hits.getFirst().doc());
                assertThat(best.photoId()).isEqualTo(3);
                assertThat(best.isVideo()).isTrue();
                assertThat(best.momentSeconds()).isEqualTo(4.0);
                assertThat(view.photoId(hits.getFirst().doc())).isEqualTo(3);
                assertThat(view.vector(hits.getFirst().doc())).containsExactly(frameUnit(0.1f, 0, 1), within(1e-6f));
                assertThat(hits.stream().map(hit -> view.photo(hit.doc()).photoId()))
                        .containsExactly(3L, 2L, 1L);
                assertThat(view.liveDocs()).hasSize(3);
                assertThat(view.vector(view.doc(3).orElseThrow()))
                        .as("a video found by id stands for its last frame")
                        .containsExactly(frameUnit(0, 0.2f, 1), within(1e-6f));
            }
        }
    }

    @Test
    void filtersApplyToVideosThroughTheirParent() {
        try (VectorIndex index = VectorIndex.open(dir, 3)) {
            index.upsert(photo(1, 0, 0, 1).in("/kept").build());
            index.upsert(video(2, "/kept", frame(2, 0, 1, 0)));
            index.upsert(video(3, "/other", frame(6, 0, 0, 1)));
            index.commit();
            try (IndexView view = index.view()) {
                List<VectorHit> hits = view.nearest(
                        new float[] {0, 0, 1}, 10, new TermQuery(new Term(PhotoFields.FOLDER_ANCESTORS, "/kept")));
                assertThat(hits.stream().map(hit -> view.photo(hit.doc()).photoId()))
                        .containsExactly(1L, 2L);
                assertThat(view.newest(null, 10).scoreDocs).hasSize(3);
            }
        }
    }

    @Test
    void theKindAndDurationFiltersKeepPhotosOrVideosOfALength() {
        try (VectorIndex index = VectorIndex.open(dir, 3)) {
            index.upsert(photo(1, 0, 0, 1).build());
            index.upsert(video(2, 12.0, frame(2, 0, 1, 0)));
            index.upsert(video(3, 600.0, frame(6, 0, 0, 1)));
            index.commit();
            try (IndexView view = index.view()) {
                assertThat(ids(view, SearchFilters.NONE.withKind(MediaKind.VIDEO)))
                        .containsExactlyInAnyOrder(2L, 3L);
                assertThat(ids(view, SearchFilters.NONE.withKind(MediaKind.PHOTO)))
                        .containsExactly(1L);
                assertThat(ids(view, SearchFilters.NONE.withDuration(new DurationRange(null, 30.0))))
                        .as("photos have no length, so a length keeps only videos")
                        .containsExactly(2L);
                assertThat(ids(view, SearchFilters.NONE.withDuration(new DurationRange(300.0, null))))
                        .containsExactly(3L);
                assertThat(ids(view, SearchFilters.NONE.withDuration(new DurationRange(12.0, 12.0))))
                        .as("bounds are inclusive")
                        .containsExactly(2L);
                assertThat(ids(view, SearchFilters.NONE.withDuration(new DurationRange(60.0, 30.0))))
                        .isEmpty();
                assertThat(ids(
                                view,
                                SearchFilters.NONE
                                        .withKind(MediaKind.PHOTO)
                                        .withDuration(new DurationRange(1.0, null))))
                        .isEmpty();
            }
        }
    }

    private static List<Long> ids(IndexView view, SearchFilters filters) {
        return view.nearest(new float[] {0, 0, 1}, 10, FilterQueries.toQuery(filters)).stream()
                .map(hit -> view.photo(hit.doc()).photoId())
                .toList();
    }

    @Test
    void replacingOrDeletingAVideoReplacesOrDeletesItsFrames() {
        try (VectorIndex index = VectorIndex.open(dir, 3)) {
            index.upsert(video(5, "/v", frame(0, 1, 0, 0), frame(2, 0, 1, 0)));
            index.upsert(video(5, "/v", frame(1, 0, 0, 1)));
            index.commit();
            try (IndexView view = index.view()) {
                assertThat(view.frames()).isEqualTo(1);
                assertThat(view.size()).isEqualTo(1);
                assertThat(view.photo(view.nearest(new float[] {1, 0, 0}, 5, null)
                                        .getFirst()
                                        .doc())
                                .momentSeconds())
                        .isEqualTo(1.0);
            }
            index.delete(5);
            index.commit();
            try (IndexView view = index.view()) {
                assertThat(view.frames()).isZero();
                assertThat(view.size()).isZero();
            }
        }
    }

    private static float[] frameUnit(float... v) {
        double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new float[] {(float) (v[0] / norm), (float) (v[1] / norm), (float) (v[2] / norm)};
    }
}
