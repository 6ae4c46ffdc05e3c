package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.desktop.backend.WarnedPhoto;
import dev.fovea.indexer.FoveaHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/**
 * #15 item 8 in the app: a photo libjpeg decodes with a warning is indexed, and the "Folders & indexing" page shows
 * it next to the skipped files, with the decoder's warning.
 */
class RealDecodeWarningsTest extends RealLibraryTest {
    private static final String WARNING = "Corrupt JPEG data: 3 extraneous bytes before marker 0xda";

    private Path damaged;

    @Override
    protected void prepare(FoveaHome home) throws IOException {
        super.prepare(home);
        byte[] jpeg = Files.readAllBytes(generated.getFirst().path());
        int scan = startOfScan(jpeg);
        byte[] withJunk = new byte[jpeg.length + 3];
        System.arraycopy(jpeg, 0, withJunk, 0, scan);
        withJunk[scan] = 0x11;
        withJunk[scan + 1] = 0x22;
        withJunk[scan + 2] = 0x33;
        System.arraycopy(jpeg, scan, withJunk, scan + 3, jpeg.length - scan);
        damaged = Files.write(photos().resolve("stray-bytes.jpg"), withJunk);
    }

    @Test
    void theLibraryPageListsPhotosDecodedWithWarnings() throws Exception {
        awaitMain();
        awaitIndexed();
        clickOn("Folders & indexing");
        VBox section = lookup("#warnedSection").queryAs(VBox.class);
        @SuppressWarnings("unchecked")
        TableView<WarnedPhoto> table = lookup("#warned").queryAs(TableView.class);
        await(() -> section.isVisible() && table.getItems().size() == 1);

        assertThat(table.getItems().getFirst()).isEqualTo(new WarnedPhoto(damaged, WARNING));
        assertThat(lookup("1 photo decoded with a warning").tryQuery()).isPresent();
        assertThat(lookup("stray-bytes.jpg").tryQuery())
                .as("the file's name in the table")
                .isPresent();
        assertThat(lookup(WARNING).tryQuery()).as("the warning in the table").isPresent();
        interact(() -> lookup(".page-scroll").queryAs(ScrollPane.class).setVvalue(1));
        Path shot = onFx(() -> Screenshots.save(stage.getScene(), "library-decode-warnings"));
        assertThat(shot).exists();
    }

    /** Where the scan's marker is, found by walking the segments (their payloads may hold any bytes). */
    private static int startOfScan(byte[] jpeg) {
        int at = 2;
        while ((jpeg[at + 1] & 0xff) != 0xDA) {
            at += 2 + (((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff));
        }
        return at;
    }
}
