package dev.fovea.indexer.catalog;

import java.util.List;

/**
 * The catalog's schema as an append-only list of steps; {@code PRAGMA user_version} records how many ran.
 * A released step is never edited: a change is a new step.
 */
final class CatalogMigrations {
    private CatalogMigrations() {}

    static final List<String> STEPS = List.of("""
            CREATE TABLE settings (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            CREATE TABLE roots (
                id            INTEGER PRIMARY KEY,
                path          TEXT NOT NULL UNIQUE,
                includes      TEXT NOT NULL DEFAULT '',
                excludes      TEXT NOT NULL DEFAULT '',
                added_at      INTEGER NOT NULL,
                last_scan_at  INTEGER,
                last_scan     TEXT,
                ignored_files INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE photos (
                id              INTEGER PRIMARY KEY,
                root_id         INTEGER NOT NULL REFERENCES roots(id) ON DELETE CASCADE,
                path            TEXT NOT NULL UNIQUE,
                folder          TEXT NOT NULL,
                file_name       TEXT NOT NULL,
                size            INTEGER NOT NULL,
                mtime           INTEGER NOT NULL,
                content_hash    TEXT,
                file_type       TEXT,
                width           INTEGER,
                height          INTEGER,
                taken_at        TEXT,
                taken_at_offset TEXT,
                camera_make     TEXT,
                camera_model    TEXT,
                lens            TEXT,
                f_number        REAL,
                exposure_time   REAL,
                iso             INTEGER,
                focal_length    REAL,
                latitude        REAL,
                longitude       REAL,
                orientation     INTEGER,
                status          TEXT NOT NULL CHECK (status IN ('pending', 'indexed', 'skipped')),
                skip_reason     TEXT,
                skip_detail     TEXT,
                model_id        TEXT,
                updated_at      INTEGER NOT NULL
            );
            CREATE INDEX photos_by_hash ON photos(content_hash);
            CREATE INDEX photos_by_root ON photos(root_id);
            CREATE INDEX photos_by_status ON photos(status, skip_reason);
            CREATE TABLE embeddings (
                content_hash TEXT NOT NULL,
                model_id     TEXT NOT NULL,
                dims         INTEGER NOT NULL,
                vector       BLOB NOT NULL,
                created_at   INTEGER NOT NULL,
                PRIMARY KEY (content_hash, model_id)
            ) WITHOUT ROWID;
            CREATE TABLE vector_indexes (
                model_id TEXT PRIMARY KEY,
                dims     INTEGER NOT NULL
            );
            CREATE TABLE index_journal (
                seq      INTEGER PRIMARY KEY AUTOINCREMENT,
                model_id TEXT NOT NULL,
                photo_id INTEGER NOT NULL
            );
            CREATE TABLE scan_problems (
                root_id INTEGER NOT NULL REFERENCES roots(id) ON DELETE CASCADE,
                path    TEXT NOT NULL,
                problem TEXT NOT NULL,
                seen_at INTEGER NOT NULL,
                PRIMARY KEY (root_id, path)
            );
            """, """
            CREATE TABLE videos (
                content_hash TEXT PRIMARY KEY,
                duration_s   REAL NOT NULL,
                codec        TEXT NOT NULL,
                partial      INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE video_frames (
                content_hash TEXT NOT NULL,
                model_id     TEXT NOT NULL,
                seconds      REAL NOT NULL,
                vector       BLOB NOT NULL,
                PRIMARY KEY (content_hash, model_id, seconds)
            ) WITHOUT ROWID;
            """, """
            CREATE TABLE photo_places (
                photo_id  INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
                latitude  REAL NOT NULL,
                longitude REAL NOT NULL,
                city_id   INTEGER,
                city      TEXT,
                region    TEXT,
                country   TEXT,
                country_name TEXT
            );
            CREATE INDEX photo_places_by_country ON photo_places(country, city);
            """, """
            ALTER TABLE embeddings ADD COLUMN exact INTEGER NOT NULL DEFAULT 0;
            """, """
            CREATE TABLE photo_text (
                content_hash TEXT PRIMARY KEY,
                outcome      TEXT NOT NULL,
                reader       TEXT NOT NULL,
                text         TEXT NOT NULL,
                words        TEXT NOT NULL,
                read_at      INTEGER NOT NULL
            ) WITHOUT ROWID;
            """, """
            CREATE TABLE albums (
                id         INTEGER PRIMARY KEY,
                name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
                created_at INTEGER NOT NULL
            );
            CREATE TABLE album_photos (
                album_id     INTEGER NOT NULL REFERENCES albums(id) ON DELETE CASCADE,
                content_hash TEXT NOT NULL,
                added_at     INTEGER NOT NULL,
                PRIMARY KEY (album_id, content_hash)
            ) WITHOUT ROWID;
            """, """
            ALTER TABLE albums ADD COLUMN query TEXT;
            ALTER TABLE albums ADD COLUMN filters TEXT;
            ALTER TABLE albums ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
            """);
}
