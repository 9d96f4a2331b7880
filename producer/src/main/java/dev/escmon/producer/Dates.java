package dev.escmon.producer;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Parses the publication dates found in the wild: ISO 8601 with or without zone (no zone = the declared
 * default zone), plain dates, RFC 822/1123 (feeds), and newsroom styles such as
 * {@code Feb. 28, 2025 at 5:13 pm}.
 */
public final class Dates {
    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.ROOT),
            new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("MMM d, yyyy 'at' h:mm a").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("MMMM d, yyyy 'at' h:mm a").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("MMM d, yyyy h:mm a").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("MMMM d, yyyy h:mm a").toFormatter(Locale.ENGLISH));

    /** RFC 822 dates with zone names or two-digit years, as older feeds write them ("Thu, 06 Mar 25 14:00 EST"). */
    private static final List<DateTimeFormatter> RFC_822_NAMED_ZONES = List.of(
            new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("[EEE, ]d MMM yyyy HH:mm[:ss] z").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("[EEE, ]d MMM yy HH:mm[:ss] z").toFormatter(Locale.ENGLISH));

    private Dates() {
    }

    public static Instant parse(String text, ZoneId defaultZone) {
        if (text == null || text.isBlank()) {
            throw new DateTimeException("empty date");
        }
        String s = text.strip();
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // next format
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // next format
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // next format
        }
        for (DateTimeFormatter f : RFC_822_NAMED_ZONES) {
            try {
                return ZonedDateTime.parse(s, f).toInstant();
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        String cleaned = s.replaceAll("(?i)\\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.", "$1")
                .replaceAll("(?i)\\bsept\\b", "Sep")
                .replaceAll("(?i)\\b([ap])\\.m\\.", "$1m");
        for (DateTimeFormatter f : LOCAL_FORMATS) {
            try {
                return LocalDateTime.parse(cleaned, f).atZone(defaultZone).toInstant();
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        try {
            return LocalDate.parse(s).atStartOfDay(defaultZone).toInstant();
        } catch (DateTimeParseException e) {
            throw new DateTimeException("unparseable date '" + s + "' (use ISO 8601, e.g. 2025-02-28T17:13:00Z)");
        }
    }

    public static Instant parse(String text) {
        return parse(text, ZoneOffset.UTC);
    }
}
