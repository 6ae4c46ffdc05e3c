package dev.fovea.app.cli.bench;

import dev.fovea.app.cli.FoveaCli;
import dev.fovea.app.cli.FoveaSubcommand;
import dev.fovea.indexer.bench.IndexBenchmark;
import dev.fovea.indexer.decode.DecodeRequest;
import dev.fovea.indexer.decode.PhotoDecoder;
import dev.fovea.search.places.ReverseGeocoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "places",
        mixinStandardHelpOptions = true,
        description = {
            "Reverse geocoding speed: naming the place of many coordinates, against decoding one photo-sized JPEG",
            "(the least the indexer does for a photo before embedding it), measured in the same run."
        })
final class BenchPlacesCommand extends FoveaSubcommand {
    @Option(
            names = "--coordinates",
            paramLabel = "N",
            defaultValue = "100000",
            description = "Coordinates to name: random points on Earth, every other one moved next to the city"
                    + " nearest it when one is near (default: ${DEFAULT-VALUE}).")
    int coordinates;

    @Option(
            names = "--work",
            paramLabel = "DIR",
            defaultValue = "target/bench/places",
            description = "Where the generated photos are kept (default: ${DEFAULT-VALUE}).")
    Path work;

    @Override
    public Integer call() throws Exception {
        long loadStart = System.nanoTime();
        ReverseGeocoder geocoder = ReverseGeocoder.bundled();
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;

        Random random = new Random(18);
        double[] latitudes = new double[coordinates];
        double[] longitudes = new double[coordinates];
        for (int i = 0; i < coordinates; i++) {
            latitudes[i] = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
            longitudes[i] = 360 * random.nextDouble() - 180;
            if (i % 2 == 0) {
                // Near a city: somewhere people take photos, within a few km of a place of 1000 people.
                var near = geocoder.placeOf(latitudes[i], longitudes[i]);
                if (near.isPresent() && near.get().cityId() != 0) {
                    double[] centre = geocoder.centreOf(near.get().cityId()).orElseThrow();
                    latitudes[i] = centre[0] + random.nextGaussian() * 0.03;
                    longitudes[i] = Math.clamp(centre[1] + random.nextGaussian() * 0.03, -180, 180);
                }
            }
        }
        long named = 0;
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            named = 0;
            long start = System.nanoTime();
            for (int i = 0; i < coordinates; i++) {
                named += geocoder.placeOf(latitudes[i], longitudes[i]).isPresent() ? 1 : 0;
            }
            double micros = (System.nanoTime() - start) / 1e3 / coordinates;
            if (round == 1) {
                double decodeMillis = decodeMillis();
                out().printf(
                                Locale.ROOT,
                                "places: %d coordinates, %d named, %.2f µs each (data loaded in %.0f ms)%n"
                                        + "decode of one 4000x3000 JPEG: %.1f ms; geocoding costs %.5f of it%n",
                                coordinates,
                                named,
                                micros,
                                loadMillis,
                                decodeMillis,
                                micros / 1000 / decodeMillis);
            }
        }
        out().flush();
        return FoveaCli.OK;
    }

    private double decodeMillis() throws Exception {
        List<Path> photos = IndexBenchmark.photoSet(Files.createDirectories(work), 4, 4000, 3000);
        PhotoDecoder decoder = new PhotoDecoder();
        decoder.decode(photos.getFirst(), DecodeRequest.atLeast(256));
        long start = System.nanoTime();
        for (Path photo : photos) {
            decoder.decode(photo, DecodeRequest.atLeast(256));
        }
        return (System.nanoTime() - start) / 1e6 / photos.size();
    }
}
