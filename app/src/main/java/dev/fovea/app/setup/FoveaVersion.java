package dev.fovea.app.setup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version the build stamped into the app. */
public final class FoveaVersion {
    private FoveaVersion() {}

    public static String get() {
        try (InputStream in = FoveaVersion.class.getResourceAsStream("/dev/fovea/app/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
