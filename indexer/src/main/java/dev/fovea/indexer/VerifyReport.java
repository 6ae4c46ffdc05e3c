package dev.fovea.indexer;

import dev.fovea.indexer.index.IndexCheck;
import java.util.List;

/**
 * The result of checking a library: each model index against the catalog, and the catalog against itself.
 *
 * @param problems catalog inconsistencies, one sentence each
 */
public record VerifyReport(List<IndexCheck> indexes, List<String> problems) {
    public boolean consistent() {
        return problems.isEmpty() && indexes.stream().allMatch(IndexCheck::consistent);
    }
}
