package dev.fovea.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "model", mixinStandardHelpOptions = true,
        description = "List, download, import and choose embedding models.",
        subcommands = {
            ModelCommand.ListModels.class,
            ModelCommand.Download.class,
            ModelCommand.Import.class,
            ModelCommand.Use.class
        })
final class ModelCommand extends FoveaSubcommand {
    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return FoveaCli.USAGE;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Known variants, which are installed, which is in use.")
    static final class ListModels extends FoveaSubcommand {
        @Override
        public Integer call() {
            return notAvailableYet();
        }
    }

    @Command(name = "download", mixinStandardHelpOptions = true, description = "Download a model variant (with progress, resume and checksum).")
    static final class Download extends FoveaSubcommand {
        @Parameters(paramLabel = "VARIANT")
        String variant;

        @Override
        public Integer call() {
            return notAvailableYet();
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Install a model from a local directory (Hugging Face ONNX layout or tools/ export).")
    static final class Import extends FoveaSubcommand {
        @Parameters(paramLabel = "DIR")
        Path directory;

        @Override
        public Integer call() {
            return notAvailableYet();
        }
    }

    @Command(name = "use", mixinStandardHelpOptions = true, description = "Make an installed variant the active model.")
    static final class Use extends FoveaSubcommand {
        @Parameters(paramLabel = "VARIANT")
        String variant;

        @Override
        public Integer call() {
            return notAvailableYet();
        }
    }
}
