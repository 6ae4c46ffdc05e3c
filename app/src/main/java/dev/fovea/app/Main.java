package dev.fovea.app;

import dev.fovea.app.cli.FoveaCli;
import dev.fovea.app.desktop.DesktopLauncher;

/** Entry point of both faces of Fovea: no subcommand opens the desktop app, a subcommand runs the CLI. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(FoveaCli.run(DesktopLauncher::launch, args));
    }
}
