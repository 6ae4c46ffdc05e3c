package dev.fovea.indexer.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderScannerTest {
    @TempDir
    Path root;

    record Found(List<String> photos, List<ScanProblem> problems, FolderScanner.Outcome outcome) {}

    Found scan(LibraryRoot libraryRoot) throws Exception {
        List<String> photos = new ArrayList<>();
        List<ScanProblem> problems = new ArrayList<>();
        FolderScanner.Outcome outcome = new FolderScanner()
                .scan(
                        libraryRoot,
                        libraryRoot.path(),
                        new FolderScanner.Listener() {
                            @Override
                            public void photo(ScannedFile file) {
                                photos.add(root.relativize(file.path()).toString());
                            }

                            @Override
                            public void problem(ScanProblem problem) {
                                problems.add(problem);
                            }
                        },
                        () -> false);
        return new Found(photos.stream().sorted().toList(), problems, outcome);
    }

    private void touch(String... paths) throws Exception {
        for (String path : paths) {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[] {1});
        }
    }

    @Test
    void skipsHiddenAndSystemFoldersAndCountsOtherFiles() throws Exception {
        touch(
                "a.jpg",
                "b.HEIC",
                "raw/c.NEF",
                "notes.txt",
                "clip.mov",
                ".hidden.jpg",
                ".git/x.jpg",
                "@eaDir/a.jpg/thumb.jpg",
                "$RECYCLE.BIN/d.jpg",
                ".Trash-1000/e.jpg",
                "node_modules/f.png",
                "Lightroom Previews.lrdata/g.jpg",
                "Caches/h.jpg",
                ".thumbnails/i.png",
                "deep/er/still.webp");
        Found found = scan(new LibraryRoot(1, root, List.of(), List.of()));
        // Videos are indexed too (after the photos); only notes.txt is ignored.
        assertThat(found.photos()).containsExactly("a.jpg", "b.HEIC", "clip.mov", "deep/er/still.webp", "raw/c.NEF");
        assertThat(found.outcome().ignoredFiles()).isEqualTo(1);
        assertThat(found.outcome().complete()).isTrue();
    }

    @Test
    void appliesIncludeAndExcludePatterns() throws Exception {
        touch("2019/a.jpg", "2019/Screenshots/s.png", "2020/b.jpg", "2020/c.png");
        Found excluded = scan(new LibraryRoot(1, root, List.of(), List.of("Screenshots", "2020/*.png")));
        assertThat(excluded.photos()).containsExactly("2019/a.jpg", "2020/b.jpg");
        Found included = scan(new LibraryRoot(1, root, List.of("*.png"), List.of()));
        assertThat(included.photos()).containsExactly("2019/Screenshots/s.png", "2020/c.png");
    }

    @Test
    void survivesSymbolicLinkLoops() throws Exception {
        touch("album/a.jpg");
        Files.createSymbolicLink(root.resolve("album/loop"), root);
        Found found = scan(new LibraryRoot(1, root, List.of(), List.of()));
        assertThat(found.photos()).contains("album/a.jpg");
        assertThat(found.problems())
                .anySatisfy(problem -> assertThat(problem.problem()).isEqualTo("symbolic link loop"));
        assertThat(found.outcome().complete()).isTrue();
    }

    @Test
    void recordsUnreadableFoldersAndGoesOn() throws Exception {
        assumeTrue(
                !"root".equals(System.getProperty("user.name")),
                "Skipped: root reads every folder, so none is unreadable.");
        touch("open/a.jpg", "closed/b.jpg");
        Path closed = root.resolve("closed");
        assumeTrue(
                closed.toFile().setReadable(false) && closed.toFile().setExecutable(false),
                "Skipped: cannot change permissions here.");
        try {
            Found found = scan(new LibraryRoot(1, root, List.of(), List.of()));
            assertThat(found.photos()).containsExactly("open/a.jpg");
            assertThat(found.problems())
                    .singleElement()
                    .satisfies(problem -> assertThat(problem.path()).isEqualTo(closed));
        } finally {
            closed.toFile().setReadable(true);
            closed.toFile().setExecutable(true);
        }
    }
}
