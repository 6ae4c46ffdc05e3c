package dev.fovea.app.desktop.search;

import dev.fovea.app.desktop.backend.PanelFilters;
import dev.fovea.app.desktop.backend.QueryFilter;
import dev.fovea.app.desktop.i18n.Formats;
import dev.fovea.app.desktop.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * A chip for every filter in force, each undoable: the similar-photo search, what the query was read as, and the
 * panel's filters. Also what the result texts name as the filters of the search that found a photo.
 */
final class FilterChips {
    private final FlowPane chips;
    private final SearchState session;
    private final Texts texts;
    private final Formats formats;
    private final List<String> activeFilters = new ArrayList<>();

    FilterChips(FlowPane chips, SearchState session, Texts texts, Formats formats) {
        this.chips = chips;
        this.session = session;
        this.texts = texts;
        this.formats = formats;
    }

    /** The filters of the answer shown last, as their chips say them. */
    List<String> active() {
        return List.copyOf(activeFilters);
    }

    void show(SearchState.Answer answer) {
        List<Node> nodes = new ArrayList<>();
        activeFilters.clear();
        String remove = texts.get("chip.remove");
        switch (answer.query()) {
            case SearchState.SimilarPhoto similar ->
                nodes.add(new Chip(
                        Feather.IMAGE,
                        texts.format("chip.similar", similar.photo().fileName()),
                        "chip-similar",
                        remove,
                        session::clearSimilar));
            case SearchState.SimilarImage image ->
                nodes.add(new Chip(
                        Feather.IMAGE,
                        texts.format("chip.similar", image.image().getFileName()),
                        "chip-similar",
                        remove,
                        session::clearSimilar));
            case SearchState.TextQuery text -> {}
        }
        for (QueryFilter filter : answer.results().readAsFilters()) {
            String label = texts.format("chip.parsed", filter.phrase(), filter.meaning());
            activeFilters.add(filter.meaning());
            nodes.add(new Chip(
                    icon(filter.kind()),
                    label,
                    "chip-parsed",
                    texts.get("chip.keepAsText"),
                    () -> session.keepAsText(filter.phrase())));
        }
        PanelFilters filters = session.filtersProperty().get();
        for (FilterChipText chip : FilterChipText.of(filters, texts, formats)) {
            activeFilters.add(chip.text());
            nodes.add(new Chip(
                    chip.icon(),
                    chip.text(),
                    "chip-filter",
                    remove,
                    () -> session.filtersProperty().set(chip.without())));
        }
        chips.getChildren().setAll(nodes);
        chips.setVisible(!nodes.isEmpty());
        chips.setManaged(!nodes.isEmpty());
    }

    private static Ikon icon(QueryFilter.Kind kind) {
        return switch (kind) {
            case DATE -> Feather.CALENDAR;
            case PLACE -> Feather.MAP_PIN;
            case FOLDER -> Feather.FOLDER;
            case CAMERA -> Feather.CAMERA;
        };
    }
}
