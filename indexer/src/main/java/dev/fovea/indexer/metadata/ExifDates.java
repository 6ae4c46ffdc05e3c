package dev.fovea.indexer.metadata;

import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EXIF dates as written ("2019:06:01 12:34:56", sub-seconds and the offset in their own tags), read
 * leniently: blank or zeroed dates ("0000:00:00 00:00:00") mean unknown rather than year zero.
 */
final class ExifDates {
    private static final Pattern DATE = Pattern.compile(
            "\\s*(\\d{4})[:\\-/](\\d{1,2})[:\\-/](\\d{1,2})(?:[ T](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?)?.*");
    private static final Pattern OFFSET = Pattern.compile("\\s*([+-])(\\d{1,2}):?(\\d{2})\\s*");

    private ExifDates() {}

    /** DateTimeOriginal, else DateTimeDigitized, else the file's DateTime; each with its own offset tag. */
    static TakenAt takenAt(ExifIFD0Directory ifd0, ExifSubIFDDirectory sub) {
        TakenAt original = parse(
                sub,
                ExifDirectoryBase.TAG_DATETIME_ORIGINAL,
                ExifDirectoryBase.TAG_SUBSECOND_TIME_ORIGINAL,
                ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL);
        if (original != null) {
            return original;
        }
        TakenAt digitized = parse(
                sub,
                ExifDirectoryBase.TAG_DATETIME_DIGITIZED,
                ExifDirectoryBase.TAG_SUBSECOND_TIME_DIGITIZED,
                ExifDirectoryBase.TAG_TIME_ZONE_DIGITIZED);
        if (digitized != null) {
            return digitized;
        }
        TakenAt modified = parse(
                ifd0,
                ExifDirectoryBase.TAG_DATETIME,
                ExifDirectoryBase.TAG_SUBSECOND_TIME,
                ExifDirectoryBase.TAG_TIME_ZONE);
        if (modified != null && modified.offset() == null && sub != null) {
            // The file's DateTime keeps its offset in the SubIFD's OffsetTime tag.
            return new TakenAt(modified.local(), offset(MetadataReader.text(sub, ExifDirectoryBase.TAG_TIME_ZONE)));
        }
        return modified;
    }

    private static TakenAt parse(com.drew.metadata.Directory directory, int dateTag, int subSecondTag, int offsetTag) {
        LocalDateTime local = localDateTime(MetadataReader.text(directory, dateTag));
        if (local == null) {
            return null;
        }
        String subSeconds = MetadataReader.text(directory, subSecondTag);
        if (subSeconds != null && subSeconds.matches("\\d{1,9}")) {
            local = local.withNano(Integer.parseInt((subSeconds + "000000000").substring(0, 9)));
        }
        return new TakenAt(local, offset(MetadataReader.text(directory, offsetTag)));
    }

    static LocalDateTime localDateTime(String text) {
        if (text == null) {
            return null;
        }
        Matcher match = DATE.matcher(text);
        if (!match.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(match.group(1));
            if (year < 1800) {
                return null;
            }
            return LocalDateTime.of(
                    year,
                    Integer.parseInt(match.group(2)),
                    Integer.parseInt(match.group(3)),
                    group(match, 4),
                    group(match, 5),
                    group(match, 6));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static ZoneOffset offset(String text) {
        if (text == null) {
            return null;
        }
        Matcher match = OFFSET.matcher(text);
        if (!match.matches()) {
            return null;
        }
        try {
            int hours = Integer.parseInt(match.group(2));
            int minutes = Integer.parseInt(match.group(3));
            int sign = match.group(1).equals("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int group(Matcher match, int index) {
        String value = match.group(index);
        return value == null ? 0 : Integer.parseInt(value);
    }
}
