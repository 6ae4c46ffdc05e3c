package dev.fovea.app.desktop.library;

import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.app.desktop.i18n.Formats;
import dev.fovea.app.desktop.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Indexing progress in words, for the sidebar and the library page. */
public final class IndexingTexts {
    private final Texts texts;
    private final Formats formats;

    public IndexingTexts(Texts texts) {
        this.texts = texts;
        this.formats = new Formats(texts);
    }

    public String title(IndexingStatus progress) {
        return texts.get("indexing.state." + progress.state().name().toLowerCase(Locale.ROOT));
    }

    /** "1,234 of 5,000 · 12.5 photos/s · about 5 min left". */
    public String detail(IndexingStatus progress) {
        List<String> parts = new ArrayList<>();
        if (progress.total() > 0) {
            parts.add(texts.format("indexing.doneOf", formats.count(progress.done()), formats.count(progress.total())));
        }
        if (progress.running() && progress.photosPerSecond() > 0) {
            parts.add(texts.format("indexing.rate", formats.decimal(progress.photosPerSecond(), 1)));
        }
        if (progress.running() && progress.eta() != null) {
            parts.add(texts.format("indexing.eta", formats.duration(progress.eta())));
        }
        if (progress.skipped() > 0) {
            parts.add(texts.format("indexing.skipped", progress.skipped()));
        }
        return String.join("  ·  ", parts);
    }

    /** A skip reason such as {@code unsupported-format} in words; unknown reasons as they are. */
    public String reason(String reason) {
        String key = "skip." + reason;
        String text = texts.get(key);
        return text.startsWith("!") ? reason : text;
    }
}
