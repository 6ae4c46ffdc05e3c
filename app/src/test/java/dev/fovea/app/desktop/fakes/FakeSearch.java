package dev.fovea.app.desktop.fakes;

import dev.fovea.app.desktop.backend.LibrarySearch;
import dev.fovea.app.desktop.backend.MapArea;
import dev.fovea.app.desktop.backend.PanelFilters;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.backend.QueryFilter;
import dev.fovea.app.desktop.backend.ShownResults;
import dev.fovea.app.desktop.backend.TypedSearch;
import dev.fovea.search.FoveaException;
import dev.fovea.search.query.filter.DurationRange;
import dev.fovea.search.query.filter.MediaKind;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.imageio.ImageIO;

/**
 * Search over the fake library as the fixture model behaves: colour words are directions in colour space,
 * {@code +word} adds and {@code -word} subtracts, a four-digit year is read as a date filter, other words
 * match file and folder names lexically. Enough to drive every path of the UI.
 */
public final class FakeSearch implements LibrarySearch {
    /** Cosine above which a photo counts as a match; the rest is "show more". */
    static final float CUTOFF = 0.97f;

    private final FakeLibrary library;
    private final FakeAlbums albums;
    private volatile int calls;

    public FakeSearch(FakeLibrary library, FakeAlbums albums) {
        this.library = library;
        this.albums = albums;
    }

    public int calls() {
        return calls;
    }

    @Override
    public ShownResults search(TypedSearch request) {
        calls++;
        List<QueryFilter> read = new ArrayList<>();
        PanelFilters filters = request.filters();
        float[] direction = new float[3];
        List<String> words = new ArrayList<>();
        for (String token : request.query().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (token.isBlank()) {
                continue;
            }
            if (token.matches("(19|20)\\d\\d") && !request.keptAsText().contains(token)) {
                int year = Integer.parseInt(token);
                read.add(new QueryFilter(QueryFilter.Kind.DATE, token, "1 Jan " + year + " – 31 Dec " + year));
                filters = filters.withDates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                continue;
            }
            float sign = token.startsWith("-") ? -1 : 1;
            String word = token.replaceFirst("^[+-]", "");
            float weight = token.startsWith("+") ? 1.5f : 1f;
            float[] colour = FakeLibraryData.COLOURS.get(word);
            if (colour != null) {
                for (int c = 0; c < 3; c++) {
                    direction[c] += sign * weight * colour[c];
                }
            } else if (!word.isEmpty()) {
                words.add(word);
            }
        }
        Predicate<FakePhoto> passes = passes(filters);
        if (request.browsing() || (isZero(direction) && words.isEmpty())) {
            return new ShownResults(browse(filters, request.stackDuplicates()), false, read);
        }
        // Like a vector index: rank only what is above the cut-off, count the rest.
        List<PhotoHit> ranked = new ArrayList<>();
        int below = 0;
        for (FakePhoto photo : library.searchable()) {
            if (!passes.test(photo)) {
                continue;
            }
            List<String> lexical = words.isEmpty()
                    ? List.of()
                    : words.stream()
                            .filter(word -> photo.path()
                                    .getFileName()
                                    .toString()
                                    .toLowerCase(Locale.ROOT)
                                    .contains(word))
                            .toList();
            float score = isZero(direction) ? (lexical.isEmpty() ? 0 : 0.98f) : cosine(direction, photo.colour());
            if (!lexical.isEmpty()) {
                score = Math.min(1f, score + 0.02f);
            }
            if (score >= CUTOFF || request.includeBelowCutoff()) {
                ranked.add(photo.hit(score, lexical, List.of()));
            } else {
                below++;
            }
        }
        ranked.sort(Comparator.comparing(PhotoHit::score).reversed());
        return new ShownResults(stack(ranked, request.stackDuplicates()), below > 0, read);
    }

    private record Browse(List<FakePhoto> photos, PanelFilters filters, boolean stack, List<PhotoHit> hits) {}

    private volatile Browse lastBrowse;

    /** Newest first; remembered (but for an album, which changes under the same filter), as the real index answers an unchanged browse from its own caches. */
    private List<PhotoHit> browse(PanelFilters filters, boolean stackDuplicates) {
        List<FakePhoto> photos = library.searchable();
        Browse last = lastBrowse;
        if (last == null
                || last.photos() != photos
                || !last.filters().equals(filters)
                || filters.album() != null
                || last.stack() != stackDuplicates) {
            List<PhotoHit> all = photos.stream()
                    .filter(passes(filters))
                    .sorted(Comparator.comparing(FakePhoto::takenAt, Comparator.nullsLast(Comparator.reverseOrder())))
                    .map(photo -> photo.hit(Float.NaN, List.of(), List.of()))
                    .toList();
            last = new Browse(photos, filters, stackDuplicates, stack(all, stackDuplicates));
            lastBrowse = last;
        }
        return last.hits();
    }

    @Override
    public ShownResults similarToPhoto(long photoId, PanelFilters filters) {
        calls++;
        FakePhoto photo = library.photos().stream()
                .filter(candidate -> candidate.id() == photoId)
                .findFirst()
                .orElseThrow(() -> new FoveaException("No photo " + photoId + " in the library."));
        return similar(photo.colour(), filters, photoId);
    }

    @Override
    public ShownResults similarToImage(Path image, PanelFilters filters) {
        calls++;
        try {
            BufferedImage picture = ImageIO.read(Files.newInputStream(image));
            if (picture == null) {
                throw new FoveaException(image + " is not a picture Fovea can read.");
            }
            return similar(meanColour(picture), filters, -1);
        } catch (IOException e) {
            throw new FoveaException("Cannot read " + image + ": " + e.getMessage(), e);
        }
    }

    /** The photo itself scores exactly 1, as its own stored vector does in the real index (float rounding aside). */
    private ShownResults similar(float[] colour, PanelFilters filters, long itself) {
        Predicate<FakePhoto> passes = passes(filters);
        List<PhotoHit> ranked = library.searchable().stream()
                .filter(passes)
                .map(photo -> photo.hit(
                        photo.id() == itself ? 1f : Math.min(cosine(colour, photo.colour()), Math.nextDown(1f)),
                        List.of(),
                        List.of()))
                .sorted(Comparator.comparing(PhotoHit::score).reversed())
                .limit(200)
                .toList();
        return new ShownResults(ranked, false, List.of());
    }

    /** Collapses each burst into its best photo. */
    private static List<PhotoHit> stack(List<PhotoHit> hits, boolean stack) {
        if (!stack) {
            return hits;
        }
        Map<Long, List<PhotoHit>> bursts = new LinkedHashMap<>();
        Map<Long, Long> burstOf = new java.util.HashMap<>();
        for (PhotoHit hit : hits) {
            long burst = burstOf.computeIfAbsent(
                    hit.photoId(), id -> (id - 1) % 37 > 0 && (id - 1) % 37 < 3 ? id - ((id - 1) % 37) : id);
            bursts.computeIfAbsent(burst, key -> new ArrayList<>()).add(hit);
        }
        return bursts.values().stream()
                .map(group -> group.size() == 1
                        ? group.getFirst()
                        : withStack(group.getFirst(), group.subList(1, group.size())))
                .toList();
    }

    private static PhotoHit withStack(PhotoHit best, List<PhotoHit> rest) {
        return new PhotoHit(
                best.photoId(),
                best.path(),
                best.contentHash(),
                best.score(),
                best.takenAt(),
                best.lexicalHits(),
                rest);
    }

    private Predicate<FakePhoto> passes(PanelFilters filters) {
        Set<String> album = filters.album() == null ? null : albums.contentHashes(filters.album());
        return photo -> (album == null || album.contains(photo.contentHash()))
                && (filters.from() == null
                        || (photo.takenAt() != null
                                && !photo.takenAt().toLocalDate().isBefore(filters.from())))
                && (filters.to() == null
                        || (photo.takenAt() != null
                                && !photo.takenAt().toLocalDate().isAfter(filters.to())))
                && (filters.camera() == null || photo.camera().equals(filters.camera()))
                && (filters.folder() == null || photo.path().startsWith(filters.folder()))
                && (filters.fileType() == null || photo.fileType().equals(filters.fileType()))
                && (!filters.withLocation() || photo.latitude() != null)
                // Made-up photos have no named places: a place filter keeps those in a folder of that name.
                && (filters.place() == null
                        || photo.folder().getFileName().toString().equals(filters.place()))
                && (filters.area() == null || inside(photo, filters.area()))
                && (filters.kind() == null || (filters.kind() == MediaKind.VIDEO) == photo.isVideo())
                && (filters.duration() == null
                        || (photo.isVideo() && within(filters.duration().range(), photo)));
    }

    private static boolean within(DurationRange range, FakePhoto video) {
        double seconds = video.durationSeconds();
        return (range.minSeconds() == null || seconds >= range.minSeconds())
                && (range.maxSeconds() == null || seconds <= range.maxSeconds());
    }

    private static boolean inside(FakePhoto photo, MapArea area) {
        if (photo.latitude() == null) {
            return false;
        }
        boolean longitude = area.west() <= area.east()
                ? photo.longitude() >= area.west() && photo.longitude() <= area.east()
                : photo.longitude() >= area.west() || photo.longitude() <= area.east();
        return longitude && photo.latitude() >= area.south() && photo.latitude() <= area.north();
    }

    static float[] meanColour(BufferedImage picture) {
        double[] sum = new double[3];
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                int rgb = picture.getRGB(x, y);
                sum[0] += (rgb >> 16) & 0xff;
                sum[1] += (rgb >> 8) & 0xff;
                sum[2] += rgb & 0xff;
            }
        }
        double pixels = (double) picture.getWidth() * picture.getHeight() * 255;
        return new float[] {(float) (sum[0] / pixels), (float) (sum[1] / pixels), (float) (sum[2] / pixels)};
    }

    private static boolean isZero(float[] vector) {
        return vector[0] == 0 && vector[1] == 0 && vector[2] == 0;
    }

    private static float cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < 3; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : (float) (dot / Math.sqrt(na * nb));
    }
}
