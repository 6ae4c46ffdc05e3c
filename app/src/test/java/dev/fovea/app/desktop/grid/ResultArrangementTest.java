package dev.fovea.app.desktop.grid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.preferences.DateGrouping;
import dev.fovea.app.desktop.preferences.ResultOrder;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResultArrangementTest {
    private final ResultArrangement arrangement = new ResultArrangement(Locale.ENGLISH, "Date unknown");

    private static PhotoHit hit(long id, float score, LocalDateTime taken) {
        return new PhotoHit(id, Path.of("/p/" + id + ".jpg"), "h" + id, score, taken, List.of(), List.of());
    }

    private final List<PhotoHit> ranked = List.of(
            hit(1, 0.9f, LocalDateTime.of(2023, 5, 2, 10, 0)),
            hit(2, 0.8f, null),
            hit(3, 0.7f, LocalDateTime.of(2024, 1, 9, 8, 0)),
            hit(4, 0.6f, LocalDateTime.of(2023, 5, 20, 9, 0)));

    @Test
    void relevanceKeepsTheSearchOrderAndDateOrdersPutUndatedLast() {
        assertThat(ids(arrangement.arrange(ranked, ResultOrder.RELEVANCE, DateGrouping.NONE)))
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(ids(arrangement.arrange(ranked, ResultOrder.NEWEST, DateGrouping.NONE)))
                .containsExactly(3L, 4L, 1L, 2L);
        assertThat(ids(arrangement.arrange(ranked, ResultOrder.OLDEST, DateGrouping.NONE)))
                .containsExactly(1L, 4L, 3L, 2L);
    }

    @Test
    void monthSectionsRunNewestFirstKeepRelevanceWithinAndEndWithUnknownDates() {
        ResultArrangement.Arranged arranged = arrangement.arrange(ranked, ResultOrder.RELEVANCE, DateGrouping.MONTH);
        assertThat(ids(arranged)).containsExactly(3L, 1L, 4L, 2L);
        assertThat(arranged.sections())
                .containsExactly(
                        new GridLayout.Section("January 2024", 0, 1),
                        new GridLayout.Section("May 2023", 1, 3),
                        new GridLayout.Section("Date unknown", 3, 4));
    }

    @Test
    void yearAndDayTitles() {
        assertThat(arrangement
                        .arrange(ranked, ResultOrder.NEWEST, DateGrouping.YEAR)
                        .sections())
                .extracting(GridLayout.Section::title)
                .containsExactly("2024", "2023", "Date unknown");
        assertThat(arrangement
                        .arrange(ranked, ResultOrder.NEWEST, DateGrouping.DAY)
                        .sections()
                        .getFirst()
                        .title())
                .isEqualTo("Tuesday, January 9, 2024");
        assertThat(new ResultArrangement(Locale.forLanguageTag("pt-PT"), "?")
                        .arrange(ranked, ResultOrder.NEWEST, DateGrouping.MONTH)
                        .sections()
                        .getFirst()
                        .title())
                .isEqualTo("Janeiro 2024");
    }

    private static List<Long> ids(ResultArrangement.Arranged arranged) {
        return arranged.hits().stream().map(PhotoHit::photoId).toList();
    }
}
