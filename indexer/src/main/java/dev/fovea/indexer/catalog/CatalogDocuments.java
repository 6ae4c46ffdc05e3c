package dev.fovea.indexer.catalog;

import dev.fovea.indexer.metadata.PhotoMetadata;
import dev.fovea.search.index.FrameVector;
import dev.fovea.search.index.PhotoDocument;
import dev.fovea.search.index.StoredPhoto;
import dev.fovea.search.places.Place;
import dev.fovea.search.places.ReverseGeocoder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a model's vector index should hold, read from the catalog: every photo whose content has an embedding for it. */
public final class CatalogDocuments {
    private static final String SELECT =
            "SELECT p.id, p.path, p.folder, p.file_name, p.file_type, p.width, p.height, p.taken_at,"
                    + " p.taken_at_offset, p.camera_make, p.camera_model, p.lens, p.f_number, p.exposure_time, p.iso, p.focal_length,"
                    + " p.latitude, p.longitude, p.orientation, p.content_hash, e.vector,"
                    + " pl.city_id, pl.city, pl.region, pl.country, pl.country_name, t.text"
                    + " FROM photos p JOIN embeddings e ON e.content_hash = p.content_hash AND e.model_id = ?"
                    + " LEFT JOIN photo_places pl ON pl.photo_id = p.id"
                    + " LEFT JOIN photo_text t ON t.content_hash = p.content_hash";
    private static final int CHUNK = 500;

    private CatalogDocuments() {}

    public static Set<Long> ids(Connection connection, String modelId) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT p.id FROM photos p JOIN embeddings e ON e.content_hash = p.content_hash AND e.model_id = ?")) {
            select.setString(1, modelId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The documents of these photos; a photo absent from the result does not belong in the index. */
    public static Map<Long, PhotoDocument> of(Connection connection, String modelId, Collection<Long> photoIds)
            throws SQLException {
        Map<Long, PhotoDocument> documents = new HashMap<>();
        List<Long> ids = new ArrayList<>(photoIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE p.id IN (" + marks + ")")) {
                select.setString(1, modelId);
                for (int i = 0; i < chunk.size(); i++) {
                    select.setLong(i + 2, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        PhotoDocument document = document(rows);
                        documents.put(document.photo().photoId(), document);
                    }
                }
            }
        }
        for (Map.Entry<Long, PhotoDocument> entry : documents.entrySet()) {
            PhotoDocument document = entry.getValue();
            if (document.photo().isVideo() && document.photo().contentHash() != null) {
                List<FrameVector> frames =
                        VideoTable.frames(connection, document.photo().contentHash(), modelId);
                if (!frames.isEmpty()) {
                    entry.setValue(new PhotoDocument(
                            document.photo(),
                            document.embedding(),
                            frames,
                            document.text(),
                            VideoTable.durationSeconds(
                                    connection, document.photo().contentHash())));
                }
            }
        }
        return documents;
    }

    private static PhotoDocument document(ResultSet rows) throws SQLException {
        PhotoMetadata m = PhotoTable.metadata(rows, 5);
        Place place = PlaceTable.place(rows, 22);
        return new PhotoDocument(
                new StoredPhoto(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        m.fileType(),
                        m.takenAt() == null ? null : m.takenAt().floatingEpochMillis(),
                        m.cameraMake(),
                        m.cameraModel(),
                        m.lens(),
                        m.latitude(),
                        m.longitude(),
                        m.width() == null ? 0 : m.width(),
                        m.height() == null ? 0 : m.height(),
                        rows.getString(20),
                        place,
                        place == null ? List.of() : ReverseGeocoder.bundled().namesOf(place)),
                EmbeddingTable.decode(rows.getBytes(21)),
                List.of(),
                rows.getString(27));
    }
}
