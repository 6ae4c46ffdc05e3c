package dev.fovea.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A moment of a video file named on the command line as {@code VIDEO@SECONDS} (e.g. {@code clip.mp4@42.5}). */
record VideoMoment(Path video, double seconds) {
    private static final Pattern FORM = Pattern.compile("^(.+)@(\\d+(?:\\.\\d+)?)$");

    /** The moment {@code argument} names, when it has that form and the video file exists. */
    static Optional<VideoMoment> parse(Path argument) {
        Matcher matcher = FORM.matcher(argument.toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Path video = Path.of(matcher.group(1)).toAbsolutePath().normalize();
        return Files.isRegularFile(video)
                ? Optional.of(new VideoMoment(video, Double.parseDouble(matcher.group(2))))
                : Optional.empty();
    }
}
