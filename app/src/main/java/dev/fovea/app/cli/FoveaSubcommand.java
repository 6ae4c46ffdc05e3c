package dev.fovea.app.cli;

import dev.fovea.indexer.FoveaHome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the global options and the command's own output streams. */
abstract class FoveaSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    final FoveaCommand root() {
        return (FoveaCommand) spec.root().userObject();
    }

    final FoveaHome home() {
        return root().home();
    }

    final Optional<Path> modelDir() {
        return root().modelDir();
    }

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    final PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
