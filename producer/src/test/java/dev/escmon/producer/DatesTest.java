package dev.escmon.producer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-02-28T17:13:00Z | 2025-02-28T17:13:00Z",
            "2025-02-28T11:13:00-06:00 | 2025-02-28T17:13:00Z",
            "2025-02-28T11:13:00 | 2025-02-28T17:13:00Z",
            "2025-02-28 11:13 | 2025-02-28T17:13:00Z",
            "2025-02-28 | 2025-02-28T06:00:00Z",
            "Fri, 28 Feb 2025 17:13:00 GMT | 2025-02-28T17:13:00Z",
            "Fri, 28 Feb 2025 17:13:00 +0000 | 2025-02-28T17:13:00Z",
            "Fri, 28 Feb 2025 12:13:00 EST | 2025-02-28T17:13:00Z",
            "28 Feb 25 12:13 EST | 2025-02-28T17:13:00Z",
            "Feb. 28, 2025 at 11:13 am | 2025-02-28T17:13:00Z",
            "February 28, 2025 at 11:13 AM | 2025-02-28T17:13:00Z",
            "Feb 28, 2025 11:13 a.m. | 2025-02-28T17:13:00Z"})
    void shouldReadTheDateFormatsFeedsAndNewsroomsUse(String text, String expected) {
        assertThat(Dates.parse(text, ZoneId.of("America/Mexico_City"))).isEqualTo(Instant.parse(expected));
    }
}
