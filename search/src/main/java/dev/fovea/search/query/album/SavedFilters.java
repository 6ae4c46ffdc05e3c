package dev.fovea.search.query.album;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fovea.search.FoveaException;
import dev.fovea.search.query.filter.SearchFilters;

/** A saved search's filters as the JSON the catalog keeps. */
public final class SavedFilters {
    /** Records by their components only (not helpers like isEmpty()); unknown keys from newer versions are skipped. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    private SavedFilters() {}

    public static String toJson(SearchFilters filters) {
        try {
            return JSON.writeValueAsString(filters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Search filters are plain records and always serialise", e);
        }
    }

    /** The filters of the saved search {@code name}; a damaged value is reported, never taken for "no filters". */
    public static SearchFilters fromJson(String name, String json) {
        try {
            return JSON.readValue(json, SearchFilters.class);
        } catch (JsonProcessingException e) {
            throw new FoveaException("The filters of the saved search '" + name + "' cannot be read ("
                    + e.getOriginalMessage() + "). Delete it and save the search again.");
        }
    }
}
