package dev.fovea.indexer.scan;

import java.nio.file.Path;
import java.util.List;

/**
 * A folder the user added to the library, with optional glob patterns relative to it. A pattern without a
 * slash matches a file or folder name at any depth ({@code Screenshots}, {@code *.png}); one with a slash
 * matches the path below the root ({@code 2019/**}).
 *
 * @param includes when not empty, only photos matching one of them are indexed
 * @param excludes files and folders matching any of them are left out
 */
public record LibraryRoot(long id, Path path, List<String> includes, List<String> excludes) {
    public LibraryRoot {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }
}
