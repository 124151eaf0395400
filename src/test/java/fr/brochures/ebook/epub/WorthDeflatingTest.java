package fr.brochures.ebook.epub;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which images the EPUB writer stores as they are, and which it deflates. */
class WorthDeflatingTest {

    @Test
    void incompressibleBytesSuchAsAPhotographAreStored() {
        byte[] noise = new byte[200_000];
        new Random(7).nextBytes(noise);
        assertFalse(Epub3Writer.worthDeflating(noise));
    }

    @Test
    void bytesWithLargeFlatAreasSuchAsACoverAreDeflated() {
        byte[] flat = new byte[200_000];
        new Random(7).nextBytes(flat);
        Arrays.fill(flat, 50_000, 150_000, (byte) 0x20); // the middle, where the sample is taken, is flat
        assertTrue(Epub3Writer.worthDeflating(flat));
    }

    @Test
    void aSmallFileIsDeflatedWhateverItHolds() {
        byte[] small = new byte[10_000];
        new Random(7).nextBytes(small);
        assertTrue(Epub3Writer.worthDeflating(small), "not worth judging: a few bytes at most");
    }
}
