package fr.brochures.ebook;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** A written EPUB opened for assertions: its zip entries in order, their text, and parsed XHTML/XML documents. */
public final class EpubFile implements AutoCloseable {

    private final ZipFile zip;

    public EpubFile(Path path) {
        try {
            this.zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<ZipEntry> entries() {
        return new ArrayList<>(Collections.list(zip.entries()));
    }

    public List<String> names() {
        return entries().stream().map(ZipEntry::getName).toList();
    }

    public byte[] bytes(String name) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new AssertionError("no entry " + name + " in " + names());
        }
        try (var in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** An entry parsed as XML (namespace prefixes kept as written, e.g. {@code epub:type}). */
    public Document xml(String name) {
        Document document = Jsoup.parse(text(name), "", Parser.xmlParser());
        document.outputSettings().prettyPrint(false);
        return document;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
