package dev.fovea.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bytes an index takes on disk, and those a graph search reads (and so wants in memory): the graph and the
 * vectors it compares, the quantized ones when there are any (full-precision vectors are then read only for
 * the few candidates rescored). Files inside compound segments (small ones) count only in the total.
 *
 * @param totalBytes every file of the index
 * @param searchedBytes graphs ({@code .vex}) plus quantized vectors ({@code .veq}, {@code .veb}) or, without
 *     them, float vectors ({@code .vec})
 */
record IndexFootprint(long totalBytes, long searchedBytes) {
    private static final List<String> QUANTIZED = List.of(".veq", ".veb");

    static IndexFootprint of(Path directory) {
        long total = 0;
        long graph = 0;
        long floats = 0;
        long quantized = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                long size = Files.size(file);
                total += size;
                if (name.endsWith(".vex")) {
                    graph += size;
                } else if (name.endsWith(".vec")) {
                    floats += size;
                } else if (QUANTIZED.stream().anyMatch(name::endsWith)) {
                    quantized += size;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IndexFootprint(total, graph + (quantized > 0 ? quantized : floats));
    }
}
