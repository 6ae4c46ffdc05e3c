package dev.fovea.search.index;

import dev.fovea.search.places.Place;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;

/** The index schema: one Lucene document per photo, and the names filters and queries use. */
public final class PhotoFields {
    /** Bumped when documents change shape; an index of another version is rebuilt from the catalog. */
    public static final int SCHEMA_VERSION = 3;

    public static final String ID = "id";
    public static final String ID_VALUE = "id_value";
    public static final String EMBEDDING = "embedding";
    public static final String PATH = "path";
    public static final String FOLDER = "folder";
    /** The folder and all its ancestors, as keywords: a folder filter includes subfolders. */
    public static final String FOLDER_ANCESTORS = "folder_ancestors";
    /** Folded names of the folder and its ancestors, for filtering by a folder's name. */
    public static final String FOLDER_NAMES = "folder_names";

    public static final String FILE_NAME = "file_name";
    public static final String FILE_TYPE = "file_type";
    public static final String TAKEN = "taken";
    public static final String CAMERA_MAKE = "camera_make";
    public static final String CAMERA_MODEL = "camera_model";
    public static final String LENS = "lens";
    public static final String LOCATION = "location";
    public static final String LATITUDE = "latitude";
    public static final String LONGITUDE = "longitude";
    public static final String HAS_LOCATION = "has_location";
    public static final String WIDTH = "width";
    public static final String HEIGHT = "height";
    public static final String ORIENTATION = "orientation";
    public static final String CONTENT_HASH = "content_hash";
    public static final String PLACE_CITY_ID = "place_city_id";
    public static final String PLACE_CITY = "place_city";
    public static final String PLACE_REGION = "place_region";
    public static final String PLACE_COUNTRY_CODE = "place_country_code";
    public static final String PLACE_COUNTRY = "place_country";
    /** Folded names of the photo's city, region and country (in every name they answer to), for place filters. */
    public static final String PLACE_NAMES = "place_names";

    /** Analysed words, matched with BM25 by lexical queries. */
    public static final String NAME_TEXT = "name_text";

    public static final String FOLDER_TEXT = "folder_text";
    public static final String CAMERA_TEXT = "camera_text";
    public static final String LENS_TEXT = "lens_text";
    public static final String PLACE_TEXT = "place_text";
    /** The words read in the picture, stored; accents folded, not stemmed: exact words and quoted phrases. */
    public static final String PHOTO_TEXT = "photo_text";
    /** The same words stemmed as English ("receipts" finds "receipt") and as Portuguese ("faturas", "fatura"). */
    public static final String PHOTO_TEXT_EN = "photo_text_en";

    public static final String PHOTO_TEXT_PT = "photo_text_pt";

    /** A video's length in milliseconds (videos only), for the duration filter. */
    public static final String DURATION_MILLIS = "duration_ms";

    /**
     * A video's sampled frames are child documents written in one block just before the video's document (Lucene's
     * block join): each holds its embedding in a field of its own, so searches of photos never see frames.
     */
    public static final String FRAME_EMBEDDING = "frame_embedding";

    public static final String FRAME_SECONDS = "frame_seconds";
    /** The video a frame belongs to, for deleting the frames with the video. */
    public static final String FRAME_OF = "frame_of";

    public static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;
    /** The value of a yes/no keyword field such as {@link #HAS_LOCATION}. */
    public static final String YES = "1";

    /** Offsets let "why it matched" quote the words as they were read, not their stems. */
    private static final FieldType WITH_OFFSETS = withOffsets();

    private PhotoFields() {}

    private static FieldType withOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    public static Term idTerm(long photoId) {
        return new Term(ID, Long.toString(photoId));
    }

    public static Term frameOfTerm(long videoId) {
        return new Term(FRAME_OF, Long.toString(videoId));
    }

    /**
     * Every photo and video document has an {@link #ID_VALUE}, frames do not: this tells block parents (photos are
     * blocks of one) from children.
     */
    public static Query parents() {
        return new FieldExistsQuery(ID_VALUE);
    }

    static Document frameToLucene(long videoId, double seconds, float[] unitEmbedding) {
        Document doc = new Document();
        doc.add(new StringField(FRAME_OF, Long.toString(videoId), Store.NO));
        doc.add(new KnnFloatVectorField(FRAME_EMBEDDING, unitEmbedding, SIMILARITY));
        doc.add(new StoredField(FRAME_SECONDS, seconds));
        return doc;
    }

    /**
     * A photo's document with its embedding, or a video's without one (its frames carry theirs).
     *
     * @param durationSeconds a video's length, null for photos and videos of unknown length
     */
    static Document toLucene(StoredPhoto photo, float[] unitEmbedding, String text, Double durationSeconds) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(photo.photoId()), Store.NO));
        doc.add(new NumericDocValuesField(ID_VALUE, photo.photoId()));
        if (unitEmbedding != null) {
            doc.add(new KnnFloatVectorField(EMBEDDING, unitEmbedding, SIMILARITY));
        }
        doc.add(new StringField(PATH, photo.path(), Store.YES));
        String folder = FolderPaths.normalize(Objects.requireNonNullElse(photo.folder(), ""));
        doc.add(new StoredField(FOLDER, folder));
        for (String ancestor : FolderPaths.withAncestors(folder)) {
            doc.add(new StringField(FOLDER_ANCESTORS, ancestor, Store.NO));
        }
        for (String name : FolderPaths.foldedNames(folder)) {
            doc.add(new StringField(FOLDER_NAMES, name, Store.NO));
        }
        doc.add(new TextField(FOLDER_TEXT, folder, Store.NO));
        addText(doc, FILE_NAME, NAME_TEXT, photo.fileName());
        if (photo.fileType() != null && !photo.fileType().isBlank()) {
            doc.add(new StringField(FILE_TYPE, FileTypes.normalize(photo.fileType()), Store.YES));
        }
        if (photo.takenAtMillis() != null) {
            doc.add(new LongField(TAKEN, photo.takenAtMillis(), Store.YES));
        }
        addText(doc, CAMERA_MAKE, CAMERA_TEXT, photo.cameraMake());
        addText(doc, CAMERA_MODEL, CAMERA_TEXT, photo.cameraModel());
        addText(doc, LENS, LENS_TEXT, photo.lens());
        if (photo.hasLocation()) {
            doc.add(new LatLonPoint(LOCATION, photo.latitude(), photo.longitude()));
            doc.add(new StoredField(LATITUDE, photo.latitude()));
            doc.add(new StoredField(LONGITUDE, photo.longitude()));
            doc.add(new StringField(HAS_LOCATION, YES, Store.NO));
        }
        if (photo.place() != null) {
            addPlace(doc, photo.place(), photo.placeNames());
        }
        doc.add(new IntField(WIDTH, photo.width(), Store.YES));
        doc.add(new IntField(HEIGHT, photo.height(), Store.YES));
        doc.add(new StringField(ORIENTATION, photo.orientation().label(), Store.NO));
        if (durationSeconds != null) {
            doc.add(new LongField(DURATION_MILLIS, Math.round(durationSeconds * 1000), Store.YES));
        }
        if (photo.contentHash() != null && !photo.contentHash().isBlank()) {
            doc.add(new StringField(CONTENT_HASH, photo.contentHash().toLowerCase(Locale.ROOT), Store.YES));
        }
        if (!text.isBlank()) {
            doc.add(new StoredField(PHOTO_TEXT, text));
            for (String field : List.of(PHOTO_TEXT, PHOTO_TEXT_EN, PHOTO_TEXT_PT)) {
                doc.add(new Field(field, text, WITH_OFFSETS));
            }
        }
        return doc;
    }

    private static void addPlace(Document doc, Place place, List<String> names) {
        doc.add(new StoredField(PLACE_CITY_ID, place.cityId()));
        addStored(doc, PLACE_CITY, place.city());
        addStored(doc, PLACE_REGION, place.region());
        addStored(doc, PLACE_COUNTRY_CODE, place.countryCode());
        addStored(doc, PLACE_COUNTRY, place.country());
        Set<String> folded = new LinkedHashSet<>();
        for (String name : names) {
            folded.add(FolderPaths.fold(name));
        }
        for (String name : folded) {
            doc.add(new StringField(PLACE_NAMES, name, Store.NO));
        }
        doc.add(new TextField(PLACE_TEXT, String.join(" ; ", names), Store.NO));
    }

    private static void addStored(Document doc, String name, String value) {
        if (value != null) {
            doc.add(new StoredField(name, value));
        }
    }

    private static void addText(Document doc, String storedName, String textName, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StoredField(storedName, value));
            doc.add(new TextField(textName, value, Store.NO));
        }
    }

    static StoredPhoto fromLucene(long photoId, Document doc) {
        return new StoredPhoto(
                photoId,
                doc.get(PATH),
                doc.get(FOLDER),
                doc.get(FILE_NAME),
                doc.get(FILE_TYPE),
                longOrNull(doc.getField(TAKEN)),
                doc.get(CAMERA_MAKE),
                doc.get(CAMERA_MODEL),
                doc.get(LENS),
                doubleOrNull(doc.getField(LATITUDE)),
                doubleOrNull(doc.getField(LONGITUDE)),
                intOrZero(doc.getField(WIDTH)),
                intOrZero(doc.getField(HEIGHT)),
                doc.get(CONTENT_HASH),
                place(doc),
                List.of());
    }

    private static Place place(Document doc) {
        String country = doc.get(PLACE_COUNTRY_CODE);
        return country == null
                ? null
                : new Place(
                        doc.getField(PLACE_CITY_ID).numericValue().longValue(),
                        doc.get(PLACE_CITY),
                        doc.get(PLACE_REGION),
                        country,
                        doc.get(PLACE_COUNTRY));
    }

    private static Long longOrNull(IndexableField field) {
        return field == null ? null : field.numericValue().longValue();
    }

    private static Double doubleOrNull(IndexableField field) {
        return field == null ? null : field.numericValue().doubleValue();
    }

    private static int intOrZero(IndexableField field) {
        return field == null ? 0 : field.numericValue().intValue();
    }
}
