package dev.fovea.app.desktop.search;

import dev.fovea.app.desktop.backend.PanelFilters;
import dev.fovea.app.desktop.i18n.Formats;
import dev.fovea.app.desktop.i18n.Texts;
import dev.fovea.search.query.filter.MediaKind;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** One chip per filter of the panel that is in force: what it says, and the filters without it. */
record FilterChipText(Ikon icon, String text, PanelFilters without) {

    static List<FilterChipText> of(PanelFilters filters, Texts texts, Formats formats) {
        List<FilterChipText> chips = new ArrayList<>();
        if (filters.album() != null) {
            chips.add(new FilterChipText(
                    Feather.BOOKMARK, texts.format("chip.album", filters.album()), filters.withAlbum(null)));
        }
        DateTimeFormatter date = new DateTimeFormatterBuilder()
                .appendLocalized(FormatStyle.MEDIUM, null)
                .toFormatter(texts.locale());
        if (filters.from() != null || filters.to() != null) {
            String text;
            if (filters.from() != null && filters.to() != null) {
                text = texts.format(
                        "chip.dates", filters.from().format(date), filters.to().format(date));
            } else if (filters.from() != null) {
                text = texts.format("chip.after", filters.from().format(date));
            } else {
                text = texts.format("chip.before", filters.to().format(date));
            }
            chips.add(new FilterChipText(Feather.CALENDAR, text, filters.withDates(null, null)));
        }
        if (filters.camera() != null) {
            chips.add(new FilterChipText(Feather.CAMERA, filters.camera(), filters.withCamera(null)));
        }
        if (filters.folder() != null) {
            chips.add(new FilterChipText(
                    Feather.FOLDER, String.valueOf(filters.folder().getFileName()), filters.withFolder(null)));
        }
        if (filters.fileType() != null) {
            chips.add(new FilterChipText(
                    Feather.FILE, filters.fileType().toUpperCase(Locale.ROOT), filters.withFileType(null)));
        }
        if (filters.place() != null) {
            chips.add(new FilterChipText(Feather.MAP_PIN, filters.place(), filters.withPlace(null)));
        }
        if (filters.area() != null) {
            chips.add(new FilterChipText(Feather.MAP, texts.get("chip.mapArea"), filters.withArea(null)));
        }
        if (filters.kind() != null) {
            chips.add(new FilterChipText(
                    filters.kind() == MediaKind.VIDEO ? Feather.FILM : Feather.IMAGE,
                    texts.get("filters.kind." + filters.kind().label()),
                    filters.withKind(null)));
        }
        if (filters.duration() != null) {
            chips.add(new FilterChipText(
                    Feather.CLOCK,
                    texts.get("filters.duration." + filters.duration().name()),
                    filters.withDuration(null)));
        }
        if (filters.withLocation()) {
            chips.add(new FilterChipText(Feather.MAP_PIN, texts.get("chip.location"), filters.withLocation(false)));
        }
        return chips;
    }
}
