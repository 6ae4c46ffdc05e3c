package dev.fovea.app.desktop.map;

import dev.fovea.app.desktop.backend.MapArea;
import dev.fovea.app.desktop.screen.DesktopContext;
import dev.fovea.search.places.CountryShapes;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The map page: where the library's photos were taken. Opening a cluster or drawing a box hands its area to
 * the photos page as the map filter.
 */
public final class MapController {
    /** A cluster of one photo is a point; a box query needs some width to hold it. */
    private static final double PADDING_DEGREES = 1e-5;

    private final DesktopContext context;
    private WorldMap map;
    private Consumer<MapArea> onArea = area -> {};

    @FXML
    private StackPane mapHolder;

    @FXML
    private Label photoCount;

    public MapController(DesktopContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        // Reading the outlines takes about a second: not on the FX thread, so the page opens at once.
        map = new WorldMap(List.of());
        context.executor().run(() -> CountryShapes.bundled().rings(), map::setOutlines);
        map.setOnArea(area -> onArea.accept(new MapArea(
                Math.max(-90, area.south() - PADDING_DEGREES),
                Math.max(-180, area.west() - PADDING_DEGREES),
                Math.min(90, area.north() + PADDING_DEGREES),
                Math.min(180, area.east() + PADDING_DEGREES))));
        mapHolder.getChildren().add(map);
    }

    public void setOnArea(Consumer<MapArea> handler) {
        onArea = handler;
    }

    public WorldMap map() {
        return map;
    }

    /** Reads the photos' locations again (they change while indexing). */
    public void refresh() {
        context.executor().run(() -> context.backend().library().locations(), locations -> {
            photoCount.setText(context.texts().format("map.photos", locations.size()));
            map.setLocations(locations);
        });
    }

    @FXML
    private void zoomIn() {
        map.zoom(2);
    }

    @FXML
    private void zoomOut() {
        map.zoom(0.5);
    }
}
