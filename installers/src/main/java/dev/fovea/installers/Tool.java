package dev.fovea.installers;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.spi.ToolProvider;

/** A JDK tool (jlink, jpackage) run in this JVM, so it is the JDK 25 that runs the packager. */
final class Tool {
    private final String name;
    private final ToolProvider provider;
    private final boolean verbose;

    Tool(String name, boolean verbose) {
        this.name = name;
        this.provider = ToolProvider.findFirst(name)
                .orElseThrow(() -> new PackagingException(
                        "This Java has no " + name + ": run the packager with a full JDK 25 (set JAVA_HOME to it)."));
        this.verbose = verbose;
    }

    void run(List<String> arguments) {
        if (verbose) {
            System.err.println("+ " + name + " " + String.join(" ", arguments));
        }
        StringWriter output = new StringWriter();
        PrintWriter writer = new PrintWriter(output, true);
        int exit = provider.run(writer, writer, arguments.toArray(String[]::new));
        if (verbose || exit != 0) {
            System.err.print(output);
        }
        if (exit != 0) {
            throw new PackagingException(name + " failed (exit " + exit + "); its output is above.");
        }
    }
}
