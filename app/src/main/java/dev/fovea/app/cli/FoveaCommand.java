package dev.fovea.app.cli;

import dev.fovea.app.cli.bench.BenchCommand;
import dev.fovea.app.setup.FoveaVersion;
import dev.fovea.indexer.FoveaHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

@Command(
        name = "fovea",
        mixinStandardHelpOptions = true,
        versionProvider = FoveaCommand.Version.class,
        description = {
            "Private, offline semantic photo search.",
            "Without a command, opens the desktop app; given an IMAGE, the app opens on photos similar to it."
        },
        footer = {
            "",
            "Exit codes: 0 ok, 1 failure, 2 bad usage.",
            "All state lives in the home folder (--home, else FOVEA_HOME, else the platform's data folder)."
        },
        subcommands = {
            IndexCommand.class,
            SearchCommand.class,
            SimilarCommand.class,
            StatusCommand.class,
            PlacesCommand.class,
            AlbumsCommand.class,
            AlbumCommand.class,
            DuplicatesCommand.class,
            VerifyCommand.class,
            ModelCommand.class,
            TokenizeCommand.class,
            EmbedCommand.class,
            TextCommand.class,
            BenchCommand.class
        })
public final class FoveaCommand implements Callable<Integer> {
    private final DesktopOpener desktop;

    @Option(
            names = "--home",
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            description =
                    "Folder that holds all of Fovea's state (default: FOVEA_HOME, else the platform's data folder).")
    private Path home;

    @Option(
            names = "--model-dir",
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            description = "Use this model directory as is, instead of the home's active model.")
    private Path modelDir;

    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "Log more to stderr (-v info, -vv debug).")
    private boolean[] verbose = new boolean[0];

    // What the desktop's "Open with Fovea" passes: one image file, no subcommand.
    @Parameters(
            arity = "0..1",
            paramLabel = "IMAGE",
            description = "Open the desktop app on photos similar to this image.")
    private Path image;

    FoveaCommand(DesktopOpener desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        return desktop.open(home(), similarTo());
    }

    private Optional<Path> similarTo() {
        if (image == null) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(image)) {
            throw new UsageException("'" + image + "' is neither a command nor an image file; see fovea --help.");
        }
        return Optional.of(image.toAbsolutePath().normalize());
    }

    public FoveaHome home() {
        return FoveaHome.resolve(home);
    }

    public Optional<Path> modelDir() {
        return Optional.ofNullable(modelDir).map(path -> path.toAbsolutePath().normalize());
    }

    public int verbosity() {
        return verbose.length;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "fovea " + FoveaVersion.get(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vm.vendor") + ")"
            };
        }
    }
}
