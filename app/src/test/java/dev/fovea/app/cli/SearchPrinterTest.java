package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fovea.app.json.Json;
import dev.fovea.search.index.StoredPhoto;
import dev.fovea.search.query.MatchReason;
import dev.fovea.search.query.SearchHit;
import dev.fovea.search.query.SearchResults;
import dev.fovea.search.query.parse.QueryParser;
import dev.fovea.search.query.place.KnownPlaces;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchPrinterTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private SearchResults results() {
        var parsed = new QueryParser(KnownPlaces.NONE, Clock.systemUTC(), ZoneOffset.UTC).parse("tram July 2023");
        StoredPhoto tram = new StoredPhoto(
                7,
                "/p/Lisbon/tram.jpg",
                "/p/Lisbon",
                "tram.jpg",
                "jpg",
                1_689_000_000_000L,
                "Google",
                "Pixel 7",
                null,
                38.7,
                -9.1,
                4000,
                3000,
                "ab");
        StoredPhoto twin = new StoredPhoto(
                9,
                "/p/Lisbon/tram-2.jpg",
                "/p/Lisbon",
                "tram-2.jpg",
                "jpg",
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                0,
                null);
        StoredPhoto other =
                new StoredPhoto(8, "/p/x.jpg", "/p", "x.jpg", "jpg", null, null, null, null, null, null, 0, 0, null);
        return new SearchResults(
                parsed,
                List.of(
                        new SearchHit(
                                tram,
                                0.31f,
                                true,
                                List.of(
                                        new MatchReason(MatchReason.Kind.LOOKS_LIKE, "0.310"),
                                        new MatchReason(MatchReason.Kind.FILE_NAME, "tram")),
                                List.of(new SearchHit(twin, 0.3f, true, List.of(), List.of()))),
                        new SearchHit(other, 0.12f, false, List.of(), List.of())),
                1,
                false,
                0.25f,
                List.of());
    }

    @Test
    void peopleSeeOneLinePerPhotoAndWhatWasReadAsFilters() {
        SearchPrinter.print(results(), false, new PrintWriter(out), new PrintWriter(err));
        assertThat(out.toString().lines())
                .containsExactly(
                        "0.310  /p/Lisbon/tram.jpg  (file name: tram; +1 near-identical)",
                        "0.120  /p/x.jpg  (below the cut)");
        assertThat(err.toString())
                .contains("Read \"July 2023\" as date July 2023")
                .contains("tram \"July 2023\"");
    }

    @Test
    void programsGetOneJsonArray() throws Exception {
        SearchPrinter.print(results(), true, new PrintWriter(out), new PrintWriter(err));
        JsonNode array = Json.mapper().readTree(out.toString());
        assertThat(array.size()).isEqualTo(2);
        JsonNode first = array.get(0);
        assertThat(first.get("photo_id").asLong()).isEqualTo(7);
        assertThat(first.get("path").asText()).isEqualTo("/p/Lisbon/tram.jpg");
        assertThat(first.get("score").asText()).isEqualTo("0.31");
        assertThat(first.get("why").get(1).get("kind").asText()).isEqualTo("file_name");
        assertThat(first.get("taken").asText()).startsWith("2023-07-10");
        assertThat(first.get("duplicates").get(0).asLong()).isEqualTo(9);
        assertThat(array.get(1).has("taken")).isFalse();
    }
}
