package dev.fovea.app.desktop.search;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Short names for a list of folders: each folder's own name, with as many parent names as it takes to tell
 * it from the others ("2019/heic" and "2020/heic" instead of "heic" twice).
 */
final class FolderLabels {
    private final Map<Path, String> labels = new HashMap<>();

    FolderLabels(List<Path> folders) {
        for (Path folder : folders) {
            labels.put(folder, label(folder, folders));
        }
    }

    String of(Path folder) {
        String label = labels.get(folder);
        return label != null ? label : label(folder, List.of(folder));
    }

    private static String label(Path folder, List<Path> all) {
        int names = folder.getNameCount();
        for (int depth = 1; depth <= names; depth++) {
            Path tail = folder.subpath(names - depth, names);
            boolean shared = false;
            for (Path other : all) {
                if (!other.equals(folder) && other.endsWith(tail)) {
                    shared = true;
                    break;
                }
            }
            if (!shared) {
                return tail.toString();
            }
        }
        return folder.toString();
    }
}
