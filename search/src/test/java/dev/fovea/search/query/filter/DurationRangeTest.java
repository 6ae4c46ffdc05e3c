package dev.fovea.search.query.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import org.junit.jupiter.api.Test;

class DurationRangeTest {
    @Test
    void readsDurationsAsPeopleWriteThem() {
        assertThat(DurationRange.parseSeconds("90")).isEqualTo(90);
        assertThat(DurationRange.parseSeconds("90s")).isEqualTo(90);
        assertThat(DurationRange.parseSeconds("1.5")).isEqualTo(1.5);
        assertThat(DurationRange.parseSeconds("2m")).isEqualTo(120);
        assertThat(DurationRange.parseSeconds("2min")).isEqualTo(120);
        assertThat(DurationRange.parseSeconds("1h")).isEqualTo(3600);
        assertThat(DurationRange.parseSeconds("1:30")).isEqualTo(90);
        assertThat(DurationRange.parseSeconds("1:02:03")).isEqualTo(3723);
    }

    @Test
    void refusesWhatIsNotADuration() {
        for (String bad : new String[] {"", "soon", "-5", "1:-2", "NaN", "1::2"}) {
            assertThatThrownBy(() -> new DurationRange(DurationRange.parseSeconds(bad), null))
                    .as(bad)
                    .isInstanceOf(FoveaException.class);
        }
    }

    @Test
    void intersectingKeepsTheNarrowerBounds() {
        DurationRange range = new DurationRange(10.0, null).intersect(new DurationRange(5.0, 60.0));
        assertThat(range).isEqualTo(new DurationRange(10.0, 60.0));
        assertThat(new DurationRange(60.0, 30.0).isEmpty()).isTrue();
    }

    @Test
    void readsTheKindOfFile() {
        assertThat(MediaKind.parse("Videos")).isEqualTo(MediaKind.VIDEO);
        assertThat(MediaKind.parse("photo")).isEqualTo(MediaKind.PHOTO);
        assertThatThrownBy(() -> MediaKind.parse("audio")).isInstanceOf(FoveaException.class);
    }
}
