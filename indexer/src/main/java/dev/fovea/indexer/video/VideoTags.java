package dev.fovea.indexer.video;

import dev.fovea.indexer.metadata.TakenAt;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When and where a video was filmed, from the container's tags as FFmpeg reads them: Apple's
 * {@code com.apple.quicktime.creationdate} (local time with its offset) and {@code ...location.ISO6709}, else the
 * movie header's {@code creation_time} (UTC) and the {@code location} user data (©xyz) other phones write.
 *
 * @param takenAt null when the file does not say
 */
public record VideoTags(TakenAt takenAt, Double latitude, Double longitude, String make, String model) {
    private static final Pattern ISO6709 = Pattern.compile("^([+-]\\d+(?:\\.\\d+)?)([+-]\\d+(?:\\.\\d+)?)");
    private static final DateTimeFormatter APPLE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]Z");

    public static final VideoTags NONE = new VideoTags(null, null, null, null, null);

    static VideoTags parse(Map<String, String> tags) {
        Double[] location = location(first(tags, "com.apple.quicktime.location.ISO6709", "location"));
        return new VideoTags(
                takenAt(tags),
                location[0],
                location[1],
                first(tags, "com.apple.quicktime.make", "make"),
                first(tags, "com.apple.quicktime.model", "model"));
    }

    private static TakenAt takenAt(Map<String, String> tags) {
        String apple = tags.get("com.apple.quicktime.creationdate");
        if (apple != null) {
            try {
                OffsetDateTime local = OffsetDateTime.parse(apple.strip(), APPLE_DATE);
                return new TakenAt(local.toLocalDateTime(), local.getOffset());
            } catch (DateTimeParseException e) {
                // Fall through to the header's UTC time.
            }
        }
        String utc = tags.get("creation_time");
        if (utc == null) {
            return null;
        }
        try {
            LocalDateTime time = OffsetDateTime.parse(utc.strip())
                    .withOffsetSameInstant(ZoneOffset.UTC)
                    .toLocalDateTime();
            // Cameras without a clock write 1904-01-01 or 1970-01-01, QuickTime's and Unix's zero.
            return time.getYear() <= 1970 ? null : new TakenAt(time, ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Double[] location(String iso6709) {
        if (iso6709 != null) {
            Matcher matcher = ISO6709.matcher(iso6709.strip());
            if (matcher.find()) {
                double latitude = Double.parseDouble(matcher.group(1));
                double longitude = Double.parseDouble(matcher.group(2));
                if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 && (latitude != 0 || longitude != 0)) {
                    return new Double[] {latitude, longitude};
                }
            }
        }
        return new Double[] {null, null};
    }

    private static String first(Map<String, String> tags, String... keys) {
        for (String key : keys) {
            String value = tags.get(key);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
