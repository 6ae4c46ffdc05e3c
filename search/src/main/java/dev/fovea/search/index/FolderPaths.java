package dev.fovea.search.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How folders are written in the index: forward slashes, no trailing slash, and every ancestor beside the
 * folder itself, so filtering on a folder includes its subfolders with one term lookup.
 */
public final class FolderPaths {
    private FolderPaths() {}

    public static String normalize(String folder) {
        String slashes = folder.replace('\\', '/');
        while (slashes.length() > 1 && slashes.endsWith("/") && !slashes.endsWith(":/")) {
            slashes = slashes.substring(0, slashes.length() - 1);
        }
        return slashes;
    }

    /** The folder and each of its ancestors, innermost first. */
    public static List<String> withAncestors(String folder) {
        List<String> paths = new ArrayList<>();
        String current = normalize(folder);
        while (!current.isEmpty()) {
            paths.add(current);
            int slash = current.lastIndexOf('/');
            if (slash < 0 || current.equals("/") || current.endsWith(":/")) {
                break;
            }
            current = slash == 0 ? "/" : current.substring(0, slash);
            if (current.endsWith(":")) {
                current = current + "/";
            }
        }
        return paths;
    }

    /** The names of the folder and its ancestors, folded for matching what users type ("São Paulo" = "sao paulo"). */
    public static List<String> foldedNames(String folder) {
        List<String> names = new ArrayList<>();
        for (String part : normalize(folder).split("/", -1)) {
            if (!part.isBlank() && !part.endsWith(":")) {
                names.add(fold(part));
            }
        }
        return names;
    }

    /** Lowercase without accents and with single spaces: the form user-typed names are compared in. */
    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
