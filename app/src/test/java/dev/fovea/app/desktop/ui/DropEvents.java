package dev.fovea.app.desktop.ui;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.PickResult;
import javafx.scene.input.TransferMode;

/**
 * A drag from another program cannot be started by the robot, so tests deliver the drag events the toolkit
 * would, with a dragboard holding the file.
 */
final class DropEvents {
    private DropEvents() {}

    /** Call on the FX thread; returns the event as delivered, to see whether it was accepted. */
    static DragEvent drag(Node target, EventType<DragEvent> type, Path file) {
        Dragboard dragboard = DragboardHelper.createDragboard(dropClipboard());
        ClipboardContent content = new ClipboardContent();
        content.putFiles(List.of(file.toFile()));
        dragboard.setContent(content);
        DragEvent event = new DragEvent(
                type, dragboard, 200, 200, 200, 200, TransferMode.COPY, null, target, new PickResult(target, 200, 200));
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
        return (TKClipboard) Proxy.newProxyInstance(
                TKClipboard.class.getClassLoader(),
                new Class<?>[] {TKClipboard.class},
                (proxy, method, arguments) -> method.getName().equals("getTransferModes")
                        ? Set.of(TransferMode.COPY)
                        : method.invoke(local, arguments));
    }
}
