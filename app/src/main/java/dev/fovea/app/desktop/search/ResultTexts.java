package dev.fovea.app.desktop.search;

import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.grid.TileText;
import dev.fovea.app.desktop.i18n.Formats;
import dev.fovea.app.desktop.i18n.Texts;
import dev.fovea.search.query.Moments;
import java.util.List;
import java.util.function.Supplier;

/** What tiles and the viewer say about a result: date, score and why it matched. */
public final class ResultTexts implements TileText {
    private final Texts texts;
    private final Formats formats;
    private final Supplier<List<String>> activeFilters;

    /** @param activeFilters descriptions of the filters the current search applied */
    public ResultTexts(Texts texts, Supplier<List<String>> activeFilters) {
        this.texts = texts;
        this.formats = new Formats(texts);
        this.activeFilters = activeFilters;
    }

    @Override
    public String hover(PhotoHit hit) {
        String date = formats.date(hit.takenAt());
        return hit.hasScore() ? date + "  ·  " + formats.decimal(hit.score(), 2) : date;
    }

    @Override
    public String why(PhotoHit hit) {
        StringBuilder why = new StringBuilder(hit.fileName());
        if (hit.hasScore()) {
            why.append('\n').append(texts.format("why.score", formats.decimal(hit.score(), 3)));
        }
        if (hit.momentSeconds() != null) {
            why.append('\n').append(texts.format("why.moment", Moments.clock(hit.momentSeconds())));
        }
        if (!hit.lexicalHits().isEmpty()) {
            why.append('\n').append(texts.format("why.words", String.join(", ", hit.lexicalHits())));
        }
        List<String> filters = activeFilters.get();
        if (!filters.isEmpty()) {
            why.append('\n').append(texts.format("why.filters", String.join(", ", filters)));
        }
        if (!hit.stacked().isEmpty()) {
            why.append('\n').append(texts.format("why.stacked", hit.stacked().size()));
        }
        return why.toString();
    }

    @Override
    public String accessible(PhotoHit hit) {
        return hit.fileName() + ", " + formats.date(hit.takenAt());
    }
}
