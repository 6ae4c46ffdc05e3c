package dev.fovea.app.cli;

import dev.fovea.indexer.FoveaHome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the global options and the command's own output streams. */
public abstract class FoveaSubcommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    protected final FoveaCommand root() {
        return (FoveaCommand) spec.root().userObject();
    }

    protected final FoveaHome home() {
        return root().home();
    }

    protected final Optional<Path> modelDir() {
        return root().modelDir();
    }

    protected final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected final PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
