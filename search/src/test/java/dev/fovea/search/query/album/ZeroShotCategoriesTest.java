package dev.fovea.search.query.album;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ZeroShotCategoriesTest {
    @Test
    void theBuiltInAlbumsCoverWhatPeopleLookFor() {
        List<Category> categories = ZeroShotCategories.builtIn();
        assertThat(categories)
                .extracting(Category::id)
                .doesNotHaveDuplicates()
                .contains("screenshots", "documents", "receipts", "food", "pets");
        assertThat(categories).filteredOn(Category::album).hasSizeGreaterThanOrEqualTo(10);
        assertThat(categories).filteredOn(category -> !category.album()).isNotEmpty();
        assertThat(categories)
                .allSatisfy(category -> assertThat(category.prompts())
                        .allSatisfy(prompt ->
                                assertThat(prompt).doesNotContain("{}").endsWith(".")));
    }

    @Test
    void everyTemplateIsOneOfTheClipPapers() throws IOException {
        Path reference = TestData.shared("reference/zero-shot");
        Set<String> paper = new HashSet<>(Files.readAllLines(reference.resolve("imagenet_templates.txt")));
        try (Stream<Path> files = Files.list(reference.resolve("clip-paper-datasets"))) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith("_templates.txt"))
                    .toList()) {
                paper.addAll(Files.readAllLines(file));
            }
        }
        assertThat(ZeroShotCategories.builtInTemplates())
                .isNotEmpty()
                .allSatisfy(template -> assertThat(paper).contains(template));
    }
}
