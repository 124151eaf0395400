package fr.brochures.ebook.epubcheck;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.MissingResourceException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the validator says when EPUBCheck cannot be loaded, whatever the class loader threw. */
class EpubValidatorTest {

    private static final Path EPUB = Path.of("book.epub");

    @Test
    void aMissingClassIsNamed() {
        EpubValidator validator = new EpubValidator(epub -> {
            throw new NoClassDefFoundError("com/adobe/epubcheck/api/MasterReport");
        });
        EpubValidator.Unavailable e = assertThrows(EpubValidator.Unavailable.class, () -> validator.validate(EPUB));
        assertEquals("its class com.adobe.epubcheck.api.MasterReport cannot be found", e.getMessage());
    }

    @Test
    void theClassBehindAFailedInitialisationIsNamed() {
        EpubValidator validator = new EpubValidator(epub -> {
            throw new NoClassDefFoundError("Could not initialize class com.adobe.epubcheck.api.EpubCheck");
        });
        assertEquals("its class com.adobe.epubcheck.api.EpubCheck cannot be initialised",
                assertThrows(EpubValidator.Unavailable.class, () -> validator.validate(EPUB)).getMessage());
    }

    @Test
    void aMissingResourceIsNamed() {
        EpubValidator validator = new EpubValidator(epub -> {
            throw new MissingResourceException("Can't find bundle", "com.adobe.epubcheck.messages.MessageBundle", "");
        });
        assertEquals("its resource com.adobe.epubcheck.messages.MessageBundle cannot be found",
                assertThrows(EpubValidator.Unavailable.class, () -> validator.validate(EPUB)).getMessage());
    }

    @Test
    void aFailedStaticInitialisationSaysWhy() {
        EpubValidator validator = new EpubValidator(epub -> {
            throw new ExceptionInInitializerError(new IllegalStateException("schema missing"));
        });
        assertEquals("it cannot be loaded (schema missing)",
                assertThrows(EpubValidator.Unavailable.class, () -> validator.validate(EPUB)).getMessage());
    }
}
