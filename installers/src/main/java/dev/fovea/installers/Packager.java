package dev.fovea.installers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Packages the built app (app/target) for the system it runs on: a trimmed runtime, the app image, then
 * each native package. Run from the repository root by installers/package-linux.sh, package-macos.sh or
 * package-windows.ps1, which build the app first.
 */
@Command(
        name = "fovea-packager",
        mixinStandardHelpOptions = true,
        description = "Builds Fovea's native packages for this system from app/target.")
public final class Packager implements Callable<Integer> {

    @Option(
            names = "--app",
            defaultValue = "app/target",
            paramLabel = "DIR",
            description = "The built app: fovea-app.jar, lib/, lib/javafx/, jvm.args (default: ${DEFAULT-VALUE}).")
    Path appTarget;

    @Option(
            names = "--icons",
            defaultValue = "installers/src/icons",
            paramLabel = "DIR",
            description = "The rendered icons (default: ${DEFAULT-VALUE}).")
    Path icons;

    @Option(
            names = "--output",
            defaultValue = "installers/target/packages",
            paramLabel = "DIR",
            description = "Where the packages go; emptied first (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(
            names = "--type",
            split = ",",
            paramLabel = "TYPE",
            description = "Package types to build: app-image, deb, rpm, appdir (Linux), msi (Windows), dmg (macOS). "
                    + "Default: all of this system's.")
    List<String> types;

    @Option(
            names = "--image-decoders",
            paramLabel = "DIR",
            description = "A folder with this system's libturbojpeg and libheif to bundle (Windows, macOS).")
    Path imageDecoders;

    @Option(
            names = "--tessdata",
            paramLabel = "DIR",
            description = "A folder with Tesseract's eng.traineddata and por.traineddata to bundle; needed on Windows"
                    + " and macOS, which have no packages of them.")
    Path languageData;

    @Option(
            names = "--mac-signing-identity",
            paramLabel = "NAME",
            description = "Sign the macOS app and .dmg with this Developer ID certificate.")
    String macSigningIdentity;

    @Option(
            names = "--without-aot-cache",
            description = "Package without the AOT cache that makes the app start sooner (Linux), e.g. where there"
                    + " is no display to train it on.")
    boolean withoutAotCache;

    @Option(
            names = "--aot-training-model",
            defaultValue = "search/src/test/fixture-model",
            paramLabel = "DIR",
            description = "The model the AOT cache's training session indexes with (default: ${DEFAULT-VALUE}).")
    Path aotTrainingModel;

    @Option(names = "--verbose", description = "Show the jlink and jpackage commands and their output.")
    boolean verbose;

    private final long started = System.nanoTime();

    public static void main(String[] args) {
        System.exit(new CommandLine(new Packager())
                .setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
                    if (!(exception instanceof PackagingException)) {
                        throw exception;
                    }
                    commandLine.getErr().println("fovea-packager: " + exception.getMessage());
                    return 1;
                })
                .execute(args));
    }

    @Override
    public Integer call() throws IOException {
        Platform platform = Platform.current();
        List<String> wanted = types == null ? platform.packageTypes() : types;
        for (String type : wanted) {
            if (!platform.packageTypes().contains(type)) {
                throw new PackagingException("This system (" + platform.id() + ") builds " + platform.packageTypes()
                        + ", not " + type + ".");
            }
        }
        if (languageData == null && !platform.isLinux()) {
            throw new PackagingException(
                    "Reading text in photos needs Tesseract's language data, which " + platform.id()
                            + " does not install: pass --tessdata with a folder holding " + LanguageData.FILES
                            + " (installers/tessdata-from-debian.sh makes one from Debian's packages).");
        }
        Release release = Release.of(appTarget.resolve(AppInput.MAIN_JAR));
        Tool jpackage = new Tool("jpackage", verbose);
        Path work = output.resolve("work");
        Outputs.deleteRecursively(output);
        Files.createDirectories(work);
        Installers installers =
                Installers.of(platform, jpackage, release, work, Optional.ofNullable(macSigningIdentity));

        progress("Staging the app for " + platform.id());
        List<String> nativeOptions = new AppInput(appTarget, platform)
                .stage(work.resolve("input"), Optional.ofNullable(imageDecoders), Optional.ofNullable(languageData));
        progress("Linking the runtime");
        Path runtime = work.resolve("runtime");
        new RuntimeImage(new Tool("jlink", verbose), platform).create(appTarget.resolve("lib/javafx"), runtime);
        progress("Making the app image");
        Path appImage = new AppImage(jpackage, release)
                .create(
                        work.resolve("input"),
                        runtime,
                        installers.icon(icons),
                        AppImage.javaOptions(appTarget.resolve("jvm.args"), nativeOptions),
                        installers.appImageOptions(),
                        output);

        Optional<Path> aotCache = Optional.empty();
        if (platform.isLinux() && !withoutAotCache) {
            progress("Training the AOT cache on a desktop session");
            aotCache = Optional.of(new AotCache(appImage, work).train(aotTrainingModel));
        }

        List<String> report = new ArrayList<>();
        report.add(line("app image " + output.relativize(appImage), Outputs.size(appImage)));
        report.add(line("  of which the runtime", Outputs.size(runtime)));
        if (aotCache.isPresent()) {
            report.add(line("  of which the AOT cache", Outputs.size(aotCache.get())));
        }
        for (String type : wanted) {
            if (!type.equals("app-image")) {
                progress("Building the " + type);
                Path made = installers.build(type, appImage, icons, output);
                report.add(line(output.relativize(made).toString(), Outputs.size(made)));
            }
        }
        Outputs.deleteRecursively(work);
        progress("Done:");
        report.forEach(System.out::println);
        return 0;
    }

    private static String line(String what, long bytes) {
        return String.format(Locale.ROOT, "  %-44s %10s", what, Outputs.megabytes(bytes));
    }

    private void progress(String message) {
        System.out.printf(Locale.ROOT, "fovea-packager: [%4.0f s] %s%n", (System.nanoTime() - started) / 1e9, message);
    }
}
