package dev.fovea.app.desktop.fakes;

import dev.fovea.app.desktop.backend.PhotoDetails;
import dev.fovea.app.desktop.backend.PhotoHit;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A made-up photo whose "embedding" is its colour, so colour words find it, as with the fixture model. */
public record FakePhoto(
        long id,
        Path path,
        String contentHash,
        LocalDateTime takenAt,
        String camera,
        String fileType,
        Double latitude,
        Double longitude,
        String colourName,
        float[] colour,
        long burst) {

    public Path folder() {
        return path.getParent();
    }

    public PhotoHit hit(float score, List<String> lexical, List<PhotoHit> stacked) {
        return new PhotoHit(
                id, path, contentHash, score, takenAt, lexical, stacked, isVideo(), isVideo() ? moment() : null);
    }

    public boolean isVideo() {
        return fileType.equals("mp4");
    }

    /** A made-up video lasts 10 to 99 seconds, sampled every 2 s; its best moment is one of those frames. */
    public double durationSeconds() {
        return 10 + id % 90;
    }

    public List<Double> frameTimes() {
        List<Double> times = new java.util.ArrayList<>();
        for (double t = 0; t < durationSeconds(); t += 2) {
            times.add(t);
        }
        return times;
    }

    private double moment() {
        return frameTimes().get((int) (id % frameTimes().size()));
    }

    public PhotoDetails details() {
        String[] makeModel = camera.split(" ", 2);
        return new PhotoDetails(
                id,
                path,
                2_400_000 + id * 37 % 900_000,
                4032,
                3024,
                fileType,
                takenAt == null ? null : takenAt.atOffset(ZoneOffset.ofHours(1)),
                makeModel[0],
                makeModel[1],
                "Wide " + (id % 3 + 1) + ".5 mm f/1.8",
                1.8,
                1 / 250.0,
                100,
                6.9,
                latitude,
                longitude);
    }
}
