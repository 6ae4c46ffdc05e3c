package dev.fovea.app.desktop.search;

import dev.fovea.app.desktop.backend.DurationChoice;
import dev.fovea.app.desktop.backend.FilterChoices;
import dev.fovea.app.desktop.backend.PanelFilters;
import dev.fovea.app.desktop.backend.PlaceChoice;
import dev.fovea.app.desktop.screen.DesktopContext;
import dev.fovea.search.query.filter.MediaKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** The filters panel: each control edits the session's filters; chips removing a filter reset the control. */
public final class FiltersController {
    private final DesktopContext context;

    @FXML
    private DatePicker from;

    @FXML
    private DatePicker to;

    @FXML
    private ComboBox<String> camera;

    @FXML
    private ComboBox<Path> folder;

    @FXML
    private ComboBox<String> type;

    @FXML
    private ComboBox<PlaceChoice> place;

    @FXML
    private ComboBox<MediaKind> kind;

    @FXML
    private ComboBox<DurationChoice> duration;

    @FXML
    private CheckBox withLocation;

    private ObjectProperty<PanelFilters> filters;
    private boolean updating;

    private FolderLabels folderLabels = new FolderLabels(List.of());

    public FiltersController(DesktopContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        String any = context.texts().get("filters.any");
        camera.setConverter(anyConverter(any, value -> value));
        folder.setConverter(anyConverter(any, value -> folderLabels.of(value)));
        type.setConverter(anyConverter(any, value -> value.toUpperCase(Locale.ROOT)));
        // Cities indented under their country, each with its number of photos.
        place.setConverter(anyConverter(
                any, value -> (value.country() ? "" : "    ") + value.name() + "  (" + value.photos() + ")"));
        kind.setConverter(anyConverter(
                context.texts().get("filters.kind.both"),
                value -> context.texts().get("filters.kind." + value.label())));
        setItems(kind, List.of(MediaKind.values()));
        duration.setConverter(anyConverter(any, value -> context.texts().get("filters.duration." + value.name())));
        setItems(duration, List.of(DurationChoice.values()));
        from.valueProperty()
                .addListener((property, old, value) -> edit(current -> current.withDates(value, current.to())));
        to.valueProperty()
                .addListener((property, old, value) -> edit(current -> current.withDates(current.from(), value)));
        camera.valueProperty().addListener((property, old, value) -> edit(current -> current.withCamera(value)));
        folder.valueProperty().addListener((property, old, value) -> edit(current -> current.withFolder(value)));
        type.valueProperty().addListener((property, old, value) -> edit(current -> current.withFileType(value)));
        place.valueProperty()
                .addListener((property, old, value) ->
                        edit(current -> current.withPlace(value == null ? null : value.name())));
        kind.valueProperty().addListener((property, old, value) -> edit(current -> current.withKind(value)));
        duration.valueProperty().addListener((property, old, value) -> edit(current -> current.withDuration(value)));
        withLocation
                .selectedProperty()
                .addListener((property, old, value) -> edit(current -> current.withLocation(value)));
    }

    public void bind(ObjectProperty<PanelFilters> sessionFilters) {
        filters = sessionFilters;
        filters.addListener((property, old, now) -> showFilters(now));
    }

    /** Asks the library which cameras, folders, types and places exist (they change while indexing). */
    public void refreshChoices() {
        context.executor().run(() -> context.backend().library().filterChoices(), this::showChoices);
    }

    @FXML
    private void clear() {
        filters.set(PanelFilters.NONE);
    }

    private void showChoices(FilterChoices choices) {
        updating = true;
        try {
            setItems(camera, choices.cameras());
            folderLabels = new FolderLabels(choices.folders());
            setItems(folder, choices.folders());
            setItems(type, choices.fileTypes());
            setItems(place, choices.places());
            showFilters(filters.get());
        } finally {
            updating = false;
        }
    }

    private static <T> void setItems(ComboBox<T> box, List<T> values) {
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(values);
        box.getItems().setAll(items);
    }

    private void showFilters(PanelFilters shown) {
        boolean was = updating;
        updating = true;
        try {
            from.setValue(shown.from());
            to.setValue(shown.to());
            camera.setValue(shown.camera());
            folder.setValue(shown.folder());
            type.setValue(shown.fileType());
            place.setValue(place.getItems().stream()
                    .filter(choice -> choice != null && choice.name().equals(shown.place()))
                    .findFirst()
                    .orElse(null));
            kind.setValue(shown.kind());
            duration.setValue(shown.duration());
            withLocation.setSelected(shown.withLocation());
        } finally {
            updating = was;
        }
    }

    private void edit(UnaryOperator<PanelFilters> change) {
        if (updating || filters == null) {
            return;
        }
        PanelFilters next = change.apply(filters.get());
        if (!Objects.equals(next, filters.get())) {
            filters.set(next);
        }
    }

    private static <T> StringConverter<T> anyConverter(String any, Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? any : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("The filter choices are not editable");
            }
        };
    }
}
