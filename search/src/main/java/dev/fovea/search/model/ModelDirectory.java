package dev.fovea.search.model;

import dev.fovea.search.FoveaException;
import dev.fovea.search.model.download.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A directory with a valid {@code fovea-model.json} whose files are all there, inside it. Opening checks the
 * manifest and the files' presence (cheap, done on every start); {@link #verifyChecksums()} reads every byte
 * and is done once, when a model is installed.
 */
public final class ModelDirectory {
    private final Path path;
    private final ModelManifest manifest;

    private ModelDirectory(Path path, ModelManifest manifest) {
        this.path = path;
        this.manifest = manifest;
    }

    public static ModelDirectory open(Path dir) {
        Path path = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            throw new FoveaException(
                    "Model directory " + path + (Files.exists(path) ? " is not a directory." : " does not exist.")
                            + " Use `fovea model list` to see installed models.");
        }
        Path manifestFile = path.resolve(ManifestFile.NAME);
        ModelManifest manifest = ManifestFile.read(manifestFile);
        ModelDirectory directory = new ModelDirectory(path, manifest);
        for (ModelManifest.ListedFile listed : manifest.files()) {
            Path file = directory.file(listed.path());
            if (!Files.isRegularFile(file)) {
                throw new FoveaException(manifestFile + " names '" + listed.path() + "' (" + listed.field() + ") but "
                        + file + " is missing. Re-export or re-import the model.");
            }
            if (!insideAfterLinks(path, file)) {
                throw new FoveaException(manifestFile + ": '" + listed.path() + "' (" + listed.field()
                        + ") leads outside the model directory through a symbolic link; copy the file in instead.");
            }
        }
        return directory;
    }

    public Path path() {
        return path;
    }

    public ModelManifest manifest() {
        return manifest;
    }

    public String id() {
        return manifest.id();
    }

    /** A file of this directory; refuses paths that would leave it. */
    public Path file(String relative) {
        Path resolved = path.resolve(relative).normalize();
        if (!resolved.startsWith(path) || resolved.equals(path)) {
            throw new FoveaException("'" + relative + "' is outside the model directory " + path + ".");
        }
        return resolved;
    }

    /** Reads every file the manifest lists and compares its SHA-256; names the first file that differs. */
    public void verifyChecksums() {
        for (ModelManifest.ListedFile listed : manifest.files()) {
            Path file = file(listed.path());
            String actual = Sha256.of(file);
            if (!actual.equals(listed.sha256())) {
                throw new FoveaException(file + " is damaged or not the file its manifest names: its SHA-256 is "
                        + actual
                        + ", the manifest (" + listed.field().replace(".file", ".sha256") + ") says " + listed.sha256()
                        + ". Download or import the model again.");
            }
        }
    }

    /** Bytes of the files the manifest lists. */
    public long sizeInBytes() {
        long total = 0;
        for (ModelManifest.ListedFile listed : manifest.files()) {
            try {
                total += Files.size(file(listed.path()));
            } catch (IOException e) {
                throw new FoveaException("Cannot read " + file(listed.path()) + ": " + e.getMessage(), e);
            }
        }
        return total;
    }

    private static boolean insideAfterLinks(Path dir, Path file) {
        try {
            return file.toRealPath().startsWith(dir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return manifest.id() + " at " + path;
    }
}
