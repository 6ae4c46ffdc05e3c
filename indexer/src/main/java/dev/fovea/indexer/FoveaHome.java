package dev.fovea.indexer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder that holds all of Fovea's state: catalog, vector index, thumbnails, models, settings, logs.
 * Chosen by {@code --home}, else {@code FOVEA_HOME}, else the platform's convention for application data.
 */
public record FoveaHome(Path root) {

    public static final String ENV_VARIABLE = "FOVEA_HOME";

    public static FoveaHome resolve(Path explicit) {
        return resolve(
                explicit, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    static FoveaHome resolve(Path explicit, Map<String, String> env, String osName, Path userHome) {
        if (explicit != null) {
            return new FoveaHome(explicit.toAbsolutePath().normalize());
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new FoveaHome(Path.of(fromEnv).toAbsolutePath().normalize());
        }
        return new FoveaHome(platformDefault(env, osName.toLowerCase(Locale.ROOT), userHome));
    }

    private static Path platformDefault(Map<String, String> env, String os, Path userHome) {
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData)
                    : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("Fovea");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Fovea");
        }
        String xdgData = env.get("XDG_DATA_HOME");
        Path base = xdgData != null && Path.of(xdgData).isAbsolute()
                ? Path.of(xdgData)
                : userHome.resolve(".local").resolve("share");
        return base.resolve("fovea");
    }

    public Path catalog() {
        return root.resolve("catalog.db");
    }

    /** One vector index directory per model id below this. */
    public Path indexRoot() {
        return root.resolve("index");
    }

    public Path thumbnails() {
        return root.resolve("thumbnails");
    }

    public Path models() {
        return root.resolve("models");
    }

    public Path settings() {
        return root.resolve("settings.json");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** Held by the one process that indexes the library. */
    public Path indexingLock() {
        return root.resolve("indexing.lock");
    }

    public boolean hasLibrary() {
        return Files.exists(catalog());
    }
}
