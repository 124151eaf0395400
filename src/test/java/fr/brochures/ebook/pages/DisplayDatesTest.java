package fr.brochures.ebook.pages;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The book's date as its readers write it. */
class DisplayDatesTest {

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-01-06 | fr | 6\u00A0janvier 2022
            2025-02-01 | fr | 1er\u00A0février 2025
            2025-05-01 | fr-CA | 1er\u00A0mai 2025
            2025-05-11 | fr | 11\u00A0mai 2025
            2025-02-01 | en | 1\u00A0February 2025
            2025-02-21 | de | 21\u00A0Februar 2025
            2022-02    | fr | février 2022
            2022       | fr | 2022
            2022-02-30 | fr | 2022-02-30
            2018-05-08T02:24:50Z | en | 8\u00A0May 2018
            2018-05-08T00:30:00+02:00 | en | 8\u00A0May 2018
            """)
    void writesTheDateAsItsReadersDo(String iso, String language, String expected) {
        assertEquals(expected, DisplayDates.of(iso, language));
    }
}
