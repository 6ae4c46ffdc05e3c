package dev.fovea.search.query;

/**
 * Why a photo is in the results.
 *
 * @param matched the word or phrase that matched a name or the text read in the picture, or the similarity as text for {@link Kind#LOOKS_LIKE}
 */
public record MatchReason(Kind kind, String matched) {

    public enum Kind {
        /** Its picture is close to the query. */
        LOOKS_LIKE,
        FILE_NAME,
        FOLDER_NAME,
        CAMERA,
        LENS,
        /** The name of the city, region or country it was taken in. */
        PLACE,
        /** Words read in the picture, as they were read. */
        PHOTO_TEXT,
        /** Only filters were given; it passes them. */
        FILTERS
    }
}
