package dev.fovea.app.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.fakes.FakeBackend;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.PickResult;
import javafx.scene.input.TransferMode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Dropping a picture file from another program onto the window searches by it. A drag from another
 * program cannot be started by the robot, so the test delivers the same drag events the toolkit would,
 * with a dragboard holding the file.
 */
class DropToSearchTest extends ShellTest {

    @Override
    protected DesktopBackend backend(Path work) {
        return FakeBackend.indexed(300, work);
    }

    @Test
    void droppingAGreenPictureFindsGreenPhotos() throws Exception {
        awaitMain();
        await(() -> !grid().hits().isEmpty());
        Path picture = work.resolve("dropped-green.png");
        BufferedImage green = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = green.createGraphics();
        g.setColor(new Color(50, 166, 64));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ImageIO.write(green, "png", picture.toFile());

        Node target = onFx(() -> grid());
        boolean accepted = onFx(() -> drag(target, DragEvent.DRAG_OVER, picture).isAccepted());
        assertThat(accepted).isTrue();
        assertThat(onFx(() -> lookup(".drop-hint").query().isVisible())).isTrue();
        onFx(() -> drag(target, DragEvent.DRAG_DROPPED, picture));

        await(() -> lookup(".chip-similar").tryQuery().isPresent() && !grid().hits().isEmpty() && grid().hits().getFirst().hasScore());
        assertThat(onFx(() -> lookup(".drop-hint").query().isVisible())).isFalse();
        List<PhotoHit> hits = onFx(() -> grid().hits());
        assertThat(hits.subList(0, 10)).allSatisfy(hit -> assertThat(colour(hit)).isEqualTo("green"));
    }

    @Test
    void aFileThatIsNotAPictureIsRefused() throws Exception {
        awaitMain();
        Path notes = java.nio.file.Files.writeString(work.resolve("notes.txt"), "not a picture");
        Node target = onFx(() -> grid());
        assertThat(onFx(() -> drag(target, DragEvent.DRAG_OVER, notes).isAccepted())).isFalse();
    }

    private static DragEvent drag(Node target, javafx.event.EventType<DragEvent> type, Path file) {
        Dragboard dragboard = DragboardHelper.createDragboard(dropClipboard());
        ClipboardContent content = new ClipboardContent();
        content.putFiles(List.of(file.toFile()));
        dragboard.setContent(content);
        DragEvent event = new DragEvent(type, dragboard, 200, 200, 200, 200, TransferMode.COPY, null, target,
                new PickResult(target, 200, 200));
        DragEvent delivered = event.copyFor(target, target);
        Event.fireEvent(target, delivered);
        return delivered;
    }

    /**
     * The toolkit's in-memory clipboard, answering what a drag from another program offers (copy), which
     * the plain local clipboard refuses to say.
     */
    private static TKClipboard dropClipboard() {
        TKClipboard local = Toolkit.getToolkit().createLocalClipboard();
        return (TKClipboard) Proxy.newProxyInstance(TKClipboard.class.getClassLoader(), new Class<?>[] {TKClipboard.class},
                (proxy, method, arguments) -> method.getName().equals("getTransferModes")
                        ? Set.of(TransferMode.COPY)
                        : method.invoke(local, arguments));
    }

    private String colour(PhotoHit hit) {
        return photo(hit).colourName();
    }
}
