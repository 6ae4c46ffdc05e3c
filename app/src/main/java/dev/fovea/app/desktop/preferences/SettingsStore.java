package dev.fovea.app.desktop.preferences;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fovea.app.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes the {@code desktop} section of the home's settings.json, keeping whatever other
 * sections hold. A damaged file gives the defaults (and is left for the user to look at) rather than a
 * dead app; a write replaces the file atomically so a crash never leaves half a file.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final String SECTION = "desktop";
    private static final ObjectMapper MAPPER = Json.mapper();

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public DesktopSettings load() {
        if (!Files.isRegularFile(file)) {
            return DesktopSettings.DEFAULTS;
        }
        try {
            JsonNode section = MAPPER.readTree(file.toFile()).path(SECTION);
            return section.isObject() ? MAPPER.treeToValue(section, DesktopSettings.class) : DesktopSettings.DEFAULTS;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring unreadable settings in {}: {}", file, e.getMessage());
            return DesktopSettings.DEFAULTS;
        }
    }

    /** Blocking; call off the FX thread. */
    public void save(DesktopSettings settings) throws IOException {
        ObjectNode root = readRoot();
        root.set(SECTION, MAPPER.valueToTree(settings));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".settings", ".tmp");
        try {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private ObjectNode readRoot() {
        try {
            if (Files.isRegularFile(file) && MAPPER.readTree(file.toFile()) instanceof ObjectNode existing) {
                return existing;
            }
        } catch (IOException e) {
            LOG.warn("Replacing unreadable settings file {}: {}", file, e.getMessage());
        }
        return MAPPER.createObjectNode();
    }
}
