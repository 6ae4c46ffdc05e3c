package dev.fovea.app.desktop.i18n;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers, sizes, dates and durations as people read them in the app's language. */
public final class Formats {
    private final Texts texts;
    private final Locale locale;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter longDateTime;

    public Formats(Texts texts) {
        this.texts = texts;
        this.locale = texts.locale();
        this.shortDate = new DateTimeFormatterBuilder()
                .appendLocalized(FormatStyle.MEDIUM, null)
                .toFormatter(locale);
        this.longDateTime = new DateTimeFormatterBuilder()
                .appendLocalized(FormatStyle.LONG, FormatStyle.SHORT)
                .toFormatter(locale);
    }

    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String decimal(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    public String date(LocalDateTime time) {
        return time == null ? texts.get("date.unknown") : time.format(shortDate);
    }

    public String dateTime(OffsetDateTime time) {
        // LONG styles need a zone; the offset EXIF gave is what the photo's own clock said.
        return time.atZoneSameInstant(time.getOffset()).format(longDateTime);
    }

    /** 1.4 GB, 230 MB, 12 kB (decimal units, as file managers show them). */
    public String bytes(long bytes) {
        if (bytes < 1000) {
            return texts.format("size.bytes", bytes);
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return decimal(value, value < 10 ? 1 : 0) + " " + units[unit];
    }

    /** "about 3 min", "about 2 h 10 min", "less than a minute". */
    public String duration(Duration duration) {
        long minutes = Math.round(duration.toSeconds() / 60.0);
        if (minutes < 1) {
            return texts.get("duration.underMinute");
        }
        if (minutes < 60) {
            return texts.format("duration.minutes", minutes);
        }
        return texts.format("duration.hours", minutes / 60, minutes % 60);
    }

    /** How long a search took: "4 ms", "1.2 s". */
    public String elapsed(long nanos) {
        long millis = Math.max(1, Math.round(nanos / 1e6));
        return millis < 1000 ? millis + " ms" : decimal(millis / 1000.0, 1) + " s";
    }
}
