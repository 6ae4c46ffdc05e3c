package dev.fovea.app.desktop.viewer;

import dev.fovea.app.desktop.backend.PhotoDetails;
import dev.fovea.app.desktop.i18n.Formats;
import dev.fovea.app.desktop.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The viewer's details as label and value pairs, only for what is known. */
final class PhotoFacts {

    record Fact(String label, String value) {}

    private PhotoFacts() {}

    static List<Fact> of(PhotoDetails photo, Texts texts, Formats formats) {
        List<Fact> facts = new ArrayList<>();
        if (photo.takenAt() != null) {
            facts.add(new Fact(texts.get("details.date"), formats.dateTime(photo.takenAt())));
        }
        String camera = camera(photo.cameraMake(), photo.cameraModel());
        if (!camera.isEmpty()) {
            facts.add(new Fact(texts.get("details.camera"), camera));
        }
        if (photo.lens() != null) {
            facts.add(new Fact(texts.get("details.lens"), photo.lens()));
        }
        String exposure = exposure(photo, formats);
        if (!exposure.isEmpty()) {
            facts.add(new Fact(texts.get("details.exposure"), exposure));
        }
        String size = photo.width() > 0 ? photo.width() + " × " + photo.height() + "  ·  " : "";
        facts.add(new Fact(texts.get("details.size"), size + formats.bytes(photo.fileBytes())));
        if (photo.fileType() != null) {
            facts.add(new Fact(texts.get("details.type"), photo.fileType().toUpperCase(Locale.ROOT)));
        }
        if (photo.hasLocation()) {
            facts.add(new Fact(texts.get("details.location"), coordinates(photo.latitude(), photo.longitude())));
        }
        facts.add(new Fact(texts.get("details.file"), photo.path().toString()));
        return facts;
    }

    /** "Apple iPhone 13" rather than "Apple Apple iPhone 13": many makers repeat the make in the model. */
    static String camera(String make, String model) {
        if (model == null || model.isBlank()) {
            return make == null ? "" : make.strip();
        }
        if (make == null
                || make.isBlank()
                || model.toLowerCase(Locale.ROOT).startsWith(make.strip().toLowerCase(Locale.ROOT))) {
            return model.strip();
        }
        return make.strip() + " " + model.strip();
    }

    static String exposure(PhotoDetails photo, Formats formats) {
        List<String> parts = new ArrayList<>();
        if (photo.fNumber() != null) {
            parts.add("ƒ/" + formats.decimal(photo.fNumber(), photo.fNumber() < 10 ? 1 : 0));
        }
        if (photo.exposureTime() != null && photo.exposureTime() > 0) {
            double seconds = photo.exposureTime();
            parts.add(seconds >= 0.3 ? formats.decimal(seconds, 1) + " s" : "1/" + Math.round(1 / seconds) + " s");
        }
        if (photo.iso() != null) {
            parts.add("ISO " + photo.iso());
        }
        if (photo.focalLength() != null) {
            parts.add(formats.decimal(photo.focalLength(), 0) + " mm");
        }
        return String.join("  ·  ", parts);
    }

    /** Degrees with hemisphere letters, 5 decimals (about a metre). */
    static String coordinates(double latitude, double longitude) {
        return String.format(
                Locale.ROOT,
                "%.5f° %s, %.5f° %s",
                Math.abs(latitude),
                latitude >= 0 ? "N" : "S",
                Math.abs(longitude),
                longitude >= 0 ? "E" : "W");
    }
}
