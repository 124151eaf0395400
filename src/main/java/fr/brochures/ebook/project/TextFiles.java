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
            report.error(MessageId.PRJ_003, Location.of(shownName), IoProblems.describe(e));
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            int offset = firstInvalidOffset(bytes);
            report.error(MessageId.PRJ_004, positionOf(bytes, offset, shownName),
                    String.format("0x%02X", bytes[Math.min(offset, bytes.length - 1)] & 0xFF));
            return Optional.empty();
        }
    }

    /** The line and column (in characters, from 1) of the byte at {@code offset}, all bytes before it being valid UTF-8. */
    static Location positionOf(byte[] bytes, int offset, String shownName) {
        String before = new String(bytes, 0, Math.min(offset, bytes.length), StandardCharsets.UTF_8);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(shownName, line, before.codePointCount(lineStart, before.length()) + 1);
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
