package dev.fovea.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import dev.fovea.search.index.PhotoDocument;
import dev.fovea.search.index.StoredPhoto;
import dev.fovea.search.index.VectorIndex;
import dev.fovea.search.model.ModelDirectory;
import dev.fovea.search.query.filter.SearchFilters;
import dev.fovea.search.query.parse.QueryParser;
import dev.fovea.search.query.place.KnownPlaces;
import dev.fovea.testing.TestData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search with the committed colour fixture model, pictures embedded by its image tower and queries by its
 * text tower: 8 red, 8 green and 8 blue pictures in shades, 6 half red and half blue, and 40 of muted
 * mixed colours. Half the pictures of each colour are PNGs in /lib/a, the other half JPEGs in /lib/b.
 */
class FixtureModelSearchTest {
    @TempDir
    static Path dir;

    static EmbeddingModel model;
    static VectorIndex index;
    static PhotoSearch search;
    static final Map<Long, String> kinds = new HashMap<>();

    @BeforeAll
    static void embedLibrary() {
        model = EmbeddingModel.open(ModelDirectory.open(TestData.fixtureModel()));
        index = VectorIndex.open(dir, model.dimensions());
        Random random = new Random(11);
        List<PixelImage> pictures = new ArrayList<>();
        List<String> pictureKinds = new ArrayList<>();
        int[][] primaries = {{220, 30, 30}, {30, 190, 40}, {30, 40, 220}};
        String[] names = {"red", "green", "blue"};
        for (int c = 0; c < 3; c++) {
            for (int shade = 0; shade < 8; shade++) {
                pictures.add(solid(jitter(primaries[c], random, 25)));
                pictureKinds.add(names[c]);
            }
        }
        for (int i = 0; i < 6; i++) {
            pictures.add(halves(jitter(primaries[0], random, 15), jitter(primaries[2], random, 15)));
            pictureKinds.add("red+blue");
        }
        for (int i = 0; i < 40; i++) {
            int grey = 90 + random.nextInt(80);
            pictures.add(solid(jitter(new int[] {grey, grey, grey}, random, 8)));
            pictureKinds.add("muted");
        }
        float[][] embeddings = model.embedImages(pictures);
        for (int i = 0; i < embeddings.length; i++) {
            long id = i + 1;
            boolean png = i % 2 == 0;
            String folder = png ? "/lib/a" : "/lib/b";
            String file = "pic" + id + (png ? ".png" : ".jpg");
            index.upsert(new PhotoDocument(
                    new StoredPhoto(
                            id,
                            folder + "/" + file,
                            folder,
                            file,
                            png ? "png" : "jpg",
                            1_600_000_000_000L + id * 86_400_000L,
                            null,
                            null,
                            null,
                            null,
                            null,
                            64,
                            48,
                            "hash" + id),
                    embeddings[i]));
            kinds.put(id, pictureKinds.get(i));
        }
        index.commit();
        QueryEncoder encoder = new QueryEncoder() {
            @Override
            public float[] embedText(String text) {
                return model.embedText(text);
            }

            @Override
            public float[] embedImage(Path image) {
                throw new UnsupportedOperationException("not needed here");
            }
        };
        search = new PhotoSearch(index, encoder, new QueryParser(KnownPlaces.NONE, Clock.systemUTC(), ZoneOffset.UTC));
    }

    @AfterAll
    static void close() {
        index.close();
        model.close();
    }

    private static int[] jitter(int[] rgb, Random random, int amount) {
        int[] shaded = new int[3];
        for (int i = 0; i < 3; i++) {
            shaded[i] = Math.clamp(rgb[i] + random.nextInt(2 * amount + 1) - amount, 0, 255);
        }
        return shaded;
    }

    private static PixelImage solid(int[] rgb) {
        return halves(rgb, rgb);
    }

    /** Left half one colour, right half another. */
    private static PixelImage halves(int[] left, int[] right) {
        int width = 64;
        int height = 64;
        byte[] pixels = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int[] rgb = x < width / 2 ? left : right;
                int at = (y * width + x) * 3;
                pixels[at] = (byte) rgb[0];
                pixels[at + 1] = (byte) rgb[1];
                pixels[at + 2] = (byte) rgb[2];
            }
        }
        return new PixelImage(width, height, PixelLayout.RGB, pixels);
    }

    private static SearchResults find(String text, SearchFilters filters, boolean belowCut) {
        return search.search(SearchRequest.of(text)
                .withFilters(filters)
                .withCollapsedDuplicates(false)
                .withBelowCut(belowCut)
                .withLimit(80));
    }

    private static List<String> kindsOf(List<SearchHit> hits) {
        return hits.stream().map(hit -> kinds.get(hit.photo().photoId())).toList();
    }

    @Test
    void aColourQueryFindsThatColour() {
        for (String colour : List.of("red", "green", "blue")) {
            SearchResults results = find(colour, SearchFilters.NONE, false);
            List<String> found = kindsOf(results.relevant());
            assertThat(found.subList(0, 8)).as(colour).containsOnly(colour);
            assertThat(found).as(colour).allMatch(kind -> kind.contains(colour) || kind.equals("muted"));
            // The cut sits three spreads above the bulk: a greyish picture with a tint may pass it, rarely.
            assertThat(found.stream().filter("muted"::equals).count())
                    .as(colour)
                    .isLessThanOrEqualTo(2);
        }
    }

    @Test
    void filtersExcludeWhatTheyMust() {
        SearchResults pngs = find("red", SearchFilters.NONE.withFileTypes(List.of("png")), true);
        assertThat(pngs.hits())
                .isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.photo().fileType()).isEqualTo("png"));
        assertThat(kindsOf(pngs.relevant()).subList(0, 4)).containsOnly("red");
        SearchResults inB = find("blue", SearchFilters.NONE.withFolders(List.of("/lib/b")), true);
        assertThat(inB.hits())
                .isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.photo().folder()).isEqualTo("/lib/b"));
    }

    @Test
    void aMinusTermPushesItsPhotosDown() {
        List<String> red = kindsOf(find("red", SearchFilters.NONE, true).hits());
        List<String> redNotBlue =
                kindsOf(find("red -blue", SearchFilters.NONE, true).hits());
        assertThat(red.subList(8, 14))
                .as("half-blue pictures are red enough to follow the red ones")
                .containsOnly("red+blue");
        assertThat(meanRank(redNotBlue, "red+blue")).isGreaterThan(meanRank(red, "red+blue") + 5);
        assertThat(redNotBlue.subList(0, 8)).containsOnly("red");
    }

    private static double meanRank(List<String> ranked, String kind) {
        return java.util.stream.IntStream.range(0, ranked.size())
                .filter(i -> ranked.get(i).equals(kind))
                .average()
                .orElseThrow();
    }

    @Test
    void similarToAPhotoStartsWithThePhotoItself() {
        for (long id : List.of(3L, 12L, 30L, 50L)) {
            SearchResults similar = search.similarTo(id, SearchFilters.NONE, 10);
            assertThat(similar.hits().getFirst().photo().photoId()).isEqualTo(id);
            assertThat(similar.hits().getFirst().similarity()).isGreaterThan(0.999f);
        }
    }
}
