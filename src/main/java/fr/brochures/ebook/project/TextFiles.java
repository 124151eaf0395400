package fr.brochures.ebook.project;

import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads text files strictly as UTF-8, reporting unreadable files and invalid bytes instead of guessing. */
public final class TextFiles {

    private TextFiles() {
    }

    /** The file's text without a byte-order mark, or empty after reporting why it cannot be had. */
    public static Optional<String> read(Path file, String shownName, BuildReport report) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            report.error(MessageId.PRJ_003, Location.of(shownName), e.getClass().getSimpleName() + ": " + e.getMessage());
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            report.error(MessageId.PRJ_004, Location.of(shownName), firstInvalidOffset(bytes));
            return Optional.empty();
        }
    }

    /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    static int firstInvalidOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }
}
