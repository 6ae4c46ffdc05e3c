package dev.fovea.app.setup;

import dev.fovea.indexer.FoveaHome;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where JavaCPP unpacks FFmpeg's native libraries (about 70 MB): by default {@code ~/.javacpp/cache}, outside
 * Fovea's home, where uninstalling or a temporary home would leave them behind. JavaCPP reads the property
 * once, when a bytedeco class first loads, so this runs before any command does.
 */
public final class NativeLibraryCache {
    public static final String PROPERTY = "org.bytedeco.javacpp.cachedir";

    private NativeLibraryCache() {}

    /** Points JavaCPP into the home's cache unless the JVM was started with a folder of its own (as tests are). */
    public static void keepIn(FoveaHome home) {
        keepIn(home, System.getProperties());
    }

    static void keepIn(FoveaHome home, Properties properties) {
        if (properties.getProperty(PROPERTY) == null) {
            properties.setProperty(PROPERTY, folder(home).toString());
        }
    }

    public static Path folder(FoveaHome home) {
        return home.root().resolve("cache").resolve("javacpp");
    }
}
