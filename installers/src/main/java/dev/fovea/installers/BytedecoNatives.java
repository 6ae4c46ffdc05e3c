package dev.fovea.installers;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FFmpeg, Tesseract and Leptonica come as bytedeco jars: one of classes, and one of native libraries per system
 * (its classifier, e.g. {@code ffmpeg-8.1.2-1.5.14-macosx-arm64.jar}). The app's build takes those of the system it
 * runs on (the parent POM's javacpp-* profiles, or {@code -Djavacpp.platform=...}); a package built from another
 * system's would index no video and read no text, so the packager refuses it. JavaCPP unpacks the libraries into
 * the Fovea home's cache at first use.
 */
final class BytedecoNatives {
    private static final Pattern NATIVE_JAR =
            Pattern.compile("(javacpp|ffmpeg|tesseract|leptonica)-[0-9].*-((?:linux|macosx|windows)-[a-z0-9_]+)\\.jar");

    private BytedecoNatives() {}

    static void check(List<Path> jars, Platform platform) {
        String wanted = platform.javacppPlatform();
        TreeSet<String> found = new TreeSet<>();
        boolean ffmpeg = false;
        for (Path jar : jars) {
            Matcher matcher = NATIVE_JAR.matcher(jar.getFileName().toString());
            if (matcher.matches()) {
                found.add(matcher.group(2));
                ffmpeg |= matcher.group(1).equals("ffmpeg") && matcher.group(2).equals(wanted);
            }
        }
        found.remove(wanted);
        if (!found.isEmpty() || !ffmpeg) {
            throw new PackagingException("The app was built with the FFmpeg and Tesseract libraries of "
                    + (found.isEmpty() ? "no system" : String.join(", ", found)) + ", not of " + wanted
                    + " (this system): build it here (./mvnw -pl app -am package picks this system's), or with"
                    + " -Djavacpp.platform=" + wanted + ".");
        }
    }
}
