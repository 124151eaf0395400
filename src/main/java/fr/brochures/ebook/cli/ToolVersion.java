package fr.brochures.ebook.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code --version}: the version Maven wrote into {@code version.properties} when the tool was built (not a literal). */
public final class ToolVersion implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"ebook-builder " + version()};
    }

    /** The tool's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IOException("version.properties is missing from the tool's jar");
            }
            properties.load(in);
        }
        return properties.getProperty("version");
    }
}
