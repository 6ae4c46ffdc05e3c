package dev.fovea.search.query.album;

import dev.fovea.search.FoveaException;
import dev.fovea.search.query.PhotoSearch;
import dev.fovea.search.query.QueryEncoder;
import dev.fovea.search.query.SearchResults;
import dev.fovea.search.query.filter.SearchFilters;
import java.util.List;

/**
 * Zero-shot smart albums (screenshots, documents, receipts, food, pets, ...): the photos nearest a
 * category's prompt embedding that are above the relevance cut and classified into that category rather
 * than any other. The prompts are embedded once, on first use (a few seconds with a real model).
 */
public final class SmartAlbums {
    private final PhotoSearch search;
    private final QueryEncoder encoder;
    private final List<Category> categories;
    private volatile CategoryClassifier classifier;

    public SmartAlbums(PhotoSearch search, QueryEncoder encoder) {
        this(search, encoder, ZeroShotCategories.builtIn());
    }

    public SmartAlbums(PhotoSearch search, QueryEncoder encoder, List<Category> categories) {
        this.search = search;
        this.encoder = encoder;
        this.categories = List.copyOf(categories);
    }

    public List<Category> albums() {
        return categories.stream().filter(Category::album).toList();
    }

    public SearchResults album(String id, SearchFilters filters, int limit) {
        Category category = albums().stream()
                .filter(album -> album.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new FoveaException("There is no smart album '" + id + "'; there are: "
                        + String.join(", ", albums().stream().map(Category::id).toList()) + "."));
        CategoryClassifier classifier = classifier();
        return search.nearVector(
                category.label(), classifier.vector(id), vector -> classifier.belongs(id, vector), filters, limit);
    }

    private CategoryClassifier classifier() {
        CategoryClassifier built = classifier;
        if (built == null) {
            synchronized (this) {
                built = classifier;
                if (built == null) {
                    built = CategoryClassifier.build(categories, encoder);
                    classifier = built;
                }
            }
        }
        return built;
    }
}
