package dev.fovea.app.desktop.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Open" says so when no program takes the file, instead of failing silently. */
class DesktopSystemActionsTest {
    private final Path photo = Path.of("/photos/IMG_0001.HEIC");

    @Test
    void anOpenerThatFailsIsReportedWithWhatToDo() {
        assertThatThrownBy(() -> DesktopSystemActions.openWith(List.of("false"), photo))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("No program is set up to open IMG_0001.HEIC")
                .hasMessageContaining("Show in folder");
    }

    @Test
    void aMissingOpenerIsReportedTheSameWay() {
        assertThatThrownBy(() -> DesktopSystemActions.openWith(List.of("/no/such/opener"), photo))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("No program is set up");
    }

    @Test
    void anOpenerThatSucceedsIsQuiet() throws Exception {
        assertThat(DesktopSystemActions.openWith(List.of("true"), photo)).isEqualTo(photo);
    }
}
