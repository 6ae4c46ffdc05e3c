package dev.fovea.app.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Add library folders and index them; progress on stderr.")
final class IndexCommand extends FoveaSubcommand {

    @Option(names = "--watch", description = "Keep running and follow changes in the library folders.")
    boolean watch;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Photo folders to add to the library.")
    List<Path> paths;

    @Override
    public Integer call() {
        return notAvailableYet();
    }
}
