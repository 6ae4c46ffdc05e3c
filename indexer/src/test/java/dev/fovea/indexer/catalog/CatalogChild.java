package dev.fovea.indexer.catalog;

/** A process that opens a catalog and exits, as every fovea command does; prints where SQLite's library came from. */
public final class CatalogChild {
    private CatalogChild() {}

    public static void main(String[] args) {
        try (Catalog catalog = Catalog.open(java.nio.file.Path.of(args[0]))) {
            System.out.println(System.getProperty(SqliteNatives.PATH));
        }
    }
}
