package fr.brochures.ebook.write;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BuildTimestampTest {

    @ParameterizedTest(name = "epoch={0} modified={1} date={2} → {3}")
    @CsvSource(nullValues = "-", value = {
            "1700000000, 2026-11-23T00:00:00Z, 2022-02, 2023-11-14T22:13:20Z",
            "-,          2026-11-23T10:20:30Z, 2022-02, 2026-11-23T10:20:30Z",
            "-,          2018-05-08T02:24:50+02:00, 2022-02, 2018-05-08T00:24:50Z",
            "-,          2018-05-08T00:30:00-05:30, 2022-02, 2018-05-08T06:00:00Z",
            "-,          2026-11-23T10:20:30.75Z, 2022-02, 2026-11-23T10:20:30Z",
            "-,          2026-11-23,           2022-02, 2026-11-23T00:00:00Z",
            "-,          -,                    2022-02, 2022-02-01T00:00:00Z",
            "-,          -,                    2022,    2022-01-01T00:00:00Z",
            "-,          -,                    2022-02-15, 2022-02-15T00:00:00Z"})
    void picksSourceDateEpochThenModifiedThenDate(Long epoch, String modified, String date, String expected) {
        assertEquals(expected, BuildTimestamp.of(epoch, modified, date).iso());
    }

    @ParameterizedTest
    @CsvSource({"0, 1980-01-01T00:00:02", "1700000000, 2023-11-14T22:13:20"})
    void zipTimesAreUtcAndNeverBefore1980(long epoch, String expected) {
        assertEquals(expected, BuildTimestamp.of(epoch, null, "2022").zipTime().toString());
    }
}
