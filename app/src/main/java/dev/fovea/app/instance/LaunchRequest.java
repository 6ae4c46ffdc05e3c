package dev.fovea.app.instance;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** What a later launch asks of the app already open on its home. */
public sealed interface LaunchRequest {
    /** Come to the front (a plain {@code fovea} while open). */
    record Show() implements LaunchRequest {}

    /** Come to the front on the photos similar to an image ("Open with Fovea"). */
    record SimilarTo(Path image) implements LaunchRequest {}

    /** Add these folders and index them: the app is the home's writer, so {@code fovea index} hands it the work. */
    record Index(List<Path> folders) implements LaunchRequest {
        public Index {
            folders = List.copyOf(folders);
        }
    }

    /** One line on the wire; paths are absolute and a tab never occurs in them in practice, so tabs separate. */
    static String write(LaunchRequest request) {
        return switch (request) {
            case Show show -> "show";
            case SimilarTo similar ->
                "image\t" + similar.image().toAbsolutePath().normalize();
            case Index index ->
                "index\t"
                        + String.join(
                                "\t",
                                index.folders().stream()
                                        .map(folder -> folder.toAbsolutePath()
                                                .normalize()
                                                .toString())
                                        .toList());
        };
    }

    static LaunchRequest read(String line) {
        String[] parts = line.split("\t");
        return switch (parts[0]) {
            case "image" -> new SimilarTo(Path.of(parts[1]));
            case "index" ->
                new Index(Arrays.stream(parts, 1, parts.length).map(Path::of).toList());
            default -> new Show();
        };
    }
}
