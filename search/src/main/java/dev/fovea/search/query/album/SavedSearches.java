package dev.fovea.search.query.album;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The user's saved searches, kept in one JSON file; written whole through a temporary file so a crash never leaves half a file. */
public final class SavedSearches {
    /** Records by their components only (not helpers like isEmpty()); unknown keys from newer versions are skipped. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    private final Path file;

    public SavedSearches(Path file) {
        this.file = file;
    }

    public synchronized List<SavedSearch> all() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(file.toFile(), new TypeReference<List<SavedSearch>>() {}));
        } catch (IOException e) {
            throw new FoveaException(
                    "Cannot read the saved searches in " + file + ": " + e.getMessage()
                            + ". Fix or delete the file; the searches in it are lost otherwise.",
                    e);
        }
    }

    /** Saves {@code search}, replacing one of the same name. */
    public synchronized void save(SavedSearch search) {
        List<SavedSearch> searches = new ArrayList<>(all());
        searches.removeIf(existing -> existing.name().equals(search.name()));
        searches.add(search);
        write(searches);
    }

    public synchronized void remove(String name) {
        List<SavedSearch> searches = new ArrayList<>(all());
        if (searches.removeIf(existing -> existing.name().equals(name))) {
            write(searches);
        }
    }

    private void write(List<SavedSearch> searches) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temporary.toFile(), searches);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new FoveaException(
                    "Cannot save the searches to " + file + ": " + e.getMessage()
                            + ". Check free space and permissions.",
                    e);
        }
    }
}
