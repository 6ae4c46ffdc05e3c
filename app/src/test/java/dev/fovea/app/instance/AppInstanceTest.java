package dev.fovea.app.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppInstanceTest {
    @TempDir
    Path home;

    @Test
    void onlyOneHoldsAHomeAndItIsFreeAgainOnceClosed() {
        assertThat(AppInstance.isOpen(home)).isFalse();
        try (AppInstance first = AppInstance.claim(home).orElseThrow()) {
            assertThat(AppInstance.claim(home)).isEqualTo(Optional.empty());
            assertThat(AppInstance.isOpen(home)).isTrue();
        }
        try (AppInstance again = AppInstance.claim(home).orElseThrow()) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void requestsReachTheHandlerIncludingThoseSentBeforeItWasSet() {
        List<LaunchRequest> received = new CopyOnWriteArrayList<>();
        Path image = home.resolve("a photo.jpg").toAbsolutePath();
        try (AppInstance app = AppInstance.claim(home).orElseThrow()) {
            assertThat(AppInstance.handOver(home, new LaunchRequest.SimilarTo(image)))
                    .isTrue();
            app.onRequest(received::add);
            assertThat(AppInstance.handOver(home, new LaunchRequest.Show())).isTrue();
            assertThat(AppInstance.handOver(home, new LaunchRequest.Index(List.of(home, home.resolve("b")))))
                    .isTrue();
        }
        assertThat(received)
                .containsExactly(
                        new LaunchRequest.SimilarTo(image),
                        new LaunchRequest.Show(),
                        new LaunchRequest.Index(List.of(home, home.resolve("b"))));
    }
}
