package dev.fovea.app.desktop.map;

import dev.fovea.app.desktop.backend.MapArea;
import dev.fovea.app.desktop.backend.PhotoLocations;
import dev.fovea.search.places.CountryShapes;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The library on a world map: country outlines from the bundled Natural Earth data and the photos in
 * clusters with their counts. Scroll zooms, dragging pans, a click on a cluster opens its photos, and a box
 * drawn with Shift held becomes the map filter.
 */
public final class WorldMap extends Region {
    private static final Color SEA = Color.web("#dce9f2");
    private static final Color LAND = Color.web("#f4f1ea");
    private static final Color BORDER = Color.web("#b9b3a6");
    private static final Color CLUSTER = Color.web("#0969da");
    private static final double CLICK_SLOP = 4;

    private final Canvas canvas = new Canvas();
    private final MapViewport view = new MapViewport();
    private List<CountryShapes.Ring> outlines;
    private PhotoLocations locations = PhotoLocations.NONE;
    private List<PhotoClusters.Cluster> clusters = List.of();
    private Consumer<MapArea> onArea = area -> {};
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean drawingBox;
    private boolean dragged;

    public WorldMap(List<CountryShapes.Ring> outlines) {
        this.outlines = List.copyOf(outlines);
        getStyleClass().add("world-map");
        getChildren().add(canvas);
        canvas.addEventHandler(ScrollEvent.SCROLL, event -> {
            view.zoom(Math.pow(1.0015, event.getDeltaY()), event.getX(), event.getY());
            redraw();
            event.consume();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    /** Called with the area of an opened cluster or of a drawn box. */
    public void setOnArea(Consumer<MapArea> handler) {
        onArea = handler;
    }

    /** The countries to draw; the map shows the sea and the photos until they are read. */
    public void setOutlines(List<CountryShapes.Ring> newOutlines) {
        outlines = List.copyOf(newOutlines);
        redraw();
    }

    public void setLocations(PhotoLocations newLocations) {
        locations = newLocations;
        redraw();
    }

    /** Shows the surroundings of a point, as "open in map" does for a photo. */
    public void centreOn(double latitude, double longitude) {
        view.centreOn(latitude, longitude, 256);
        redraw();
    }

    public void zoom(double factor) {
        view.zoom(factor, view.width() / 2, view.height() / 2);
        redraw();
    }

    /** Whether the countries are drawn yet: they are read in the background when the page first opens. */
    public boolean showsCountries() {
        return !outlines.isEmpty();
    }

    /** The clusters drawn now, for tests and accessibility. */
    public List<PhotoClusters.Cluster> clusters() {
        return clusters;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            view.resize(width, height);
            redraw();
        }
    }

    /** Draws everything again; one frame. */
    public void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(SEA);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        drawOutlines(g);
        clusters = PhotoClusters.of(locations, view);
        drawClusters(g);
    }

    private void drawOutlines(GraphicsContext g) {
        g.setFill(LAND);
        g.setStroke(BORDER);
        g.setLineWidth(0.7);
        double west = view.longitude(0);
        double east = view.longitude(view.width());
        double north = view.latitude(0);
        double south = view.latitude(view.height());
        double[] xs = new double[0];
        double[] ys = new double[0];
        int[] kept = new int[0];
        for (CountryShapes.Ring ring : outlines) {
            if (ring.north() < south || ring.south() > north) {
                continue;
            }
            int points = ring.longitudes().length;
            if (xs.length < points) {
                xs = new double[points];
                ys = new double[points];
                kept = new int[points];
            }
            // An outline across the antimeridian lies partly east of 180°; its copy 360° west shows that part.
            for (double shift = 0; ring.east() + shift >= -180; shift -= 360) {
                if (ring.east() + shift < west || ring.west() + shift > east) {
                    continue;
                }
                // Points within a pixel of the last one drawn change nothing but the time a frame takes.
                int n = 0;
                for (int i = 0; i < points; i++) {
                    double x = view.x(ring.longitudes()[i] + shift);
                    double y = view.y(ring.latitudes()[i]);
                    if (n == 0 || i == points - 1 || Math.abs(x - xs[n - 1]) + Math.abs(y - ys[n - 1]) >= 1) {
                        xs[n] = x;
                        ys[n] = y;
                        kept[n++] = i;
                    }
                }
                if (n >= 3) {
                    g.fillPolygon(xs, ys, n);
                    strokeWithoutSeams(g, ring, kept, xs, ys, n);
                }
            }
        }
    }

    /**
     * Outlines cut at the antimeridian (Chukotka, Fiji, Antarctica) jump from 180° to -180° along the cut;
     * that edge is no border and would draw a line across the whole map.
     */
    private static void strokeWithoutSeams(
            GraphicsContext g, CountryShapes.Ring ring, int[] kept, double[] xs, double[] ys, int n) {
        double[] longitudes = ring.longitudes();
        double[] latitudes = ring.latitudes();
        g.beginPath();
        g.moveTo(xs[0], ys[0]);
        for (int j = 1; j < n; j++) {
            int i = kept[j];
            int before = kept[j - 1];
            boolean seam = Math.abs(longitudes[i] - longitudes[before]) > 180
                    || (Math.abs(longitudes[i]) == 180 && longitudes[i] == longitudes[before])
                    || (latitudes[i] <= -89.9 && latitudes[before] <= -89.9);
            if (seam) {
                g.moveTo(xs[j], ys[j]);
            } else {
                g.lineTo(xs[j], ys[j]);
            }
        }
        g.stroke();
    }

    private void drawClusters(GraphicsContext g) {
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(11));
        for (PhotoClusters.Cluster cluster : clusters) {
            double radius = 9 + 4 * Math.log10(cluster.photos());
            g.setFill(CLUSTER.deriveColor(0, 1, 1, 0.85));
            g.fillOval(cluster.x() - radius, cluster.y() - radius, 2 * radius, 2 * radius);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            g.strokeOval(cluster.x() - radius, cluster.y() - radius, 2 * radius, 2 * radius);
            g.setFill(Color.WHITE);
            g.fillText(Integer.toString(cluster.photos()), cluster.x(), cluster.y());
        }
    }

    private void pressed(MouseEvent event) {
        pressX = lastX = event.getX();
        pressY = lastY = event.getY();
        drawingBox = event.isShiftDown();
        dragged = false;
    }

    private void dragged(MouseEvent event) {
        dragged |= Math.hypot(event.getX() - pressX, event.getY() - pressY) > CLICK_SLOP;
        if (drawingBox) {
            redraw();
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setStroke(CLUSTER);
            g.setLineWidth(2);
            g.setFill(CLUSTER.deriveColor(0, 1, 1, 0.15));
            double x = Math.min(pressX, event.getX());
            double y = Math.min(pressY, event.getY());
            double w = Math.abs(event.getX() - pressX);
            double h = Math.abs(event.getY() - pressY);
            g.fillRect(x, y, w, h);
            g.strokeRect(x, y, w, h);
        } else {
            view.pan(event.getX() - lastX, event.getY() - lastY);
            redraw();
        }
        lastX = event.getX();
        lastY = event.getY();
    }

    private void released(MouseEvent event) {
        if (drawingBox && dragged) {
            redraw();
            onArea.accept(view.area(pressX, pressY, event.getX(), event.getY()));
        } else if (!dragged) {
            clusterAt(event.getX(), event.getY()).ifPresent(cluster -> onArea.accept(cluster.area()));
        }
        drawingBox = false;
    }

    private java.util.Optional<PhotoClusters.Cluster> clusterAt(double x, double y) {
        return clusters.stream()
                .filter(cluster ->
                        Math.hypot(cluster.x() - x, cluster.y() - y) <= 9 + 4 * Math.log10(cluster.photos()) + 2)
                .findFirst();
    }
}
