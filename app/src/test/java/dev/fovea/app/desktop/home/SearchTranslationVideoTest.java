package dev.fovea.app.desktop.home;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.search.index.StoredPhoto;
import dev.fovea.search.query.MatchReason;
import dev.fovea.search.query.SearchHit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A video result reaches the grid as a video with the moment its best frame shows (the tile's badge and tooltip). */
class SearchTranslationVideoTest {
    private static StoredPhoto stored(String name, String type) {
        return new StoredPhoto(
                7,
                "/media/" + name,
                "/media",
                name,
                type,
                null,
                null,
                null,
                null,
                null,
                null,
                320,
                240,
                "ab12cd34ef567890");
    }

    @Test
    void aVideoHitCarriesItsMoment() {
        SearchHit video = new SearchHit(
                stored("clip.mp4", "mp4").atMoment(42.5),
                0.3f,
                true,
                List.of(new MatchReason(MatchReason.Kind.LOOKS_LIKE, "0.300")),
                List.of());

        PhotoHit hit = SearchTranslation.hit(video);

        assertThat(hit.video()).isTrue();
        assertThat(hit.momentSeconds()).isEqualTo(42.5);
    }

    @Test
    void aPhotoHitHasNone() {
        PhotoHit hit = SearchTranslation.hit(new SearchHit(stored("a.jpg", "jpg"), 0.3f, true, List.of(), List.of()));

        assertThat(hit.video()).isFalse();
        assertThat(hit.momentSeconds()).isNull();
    }
}
