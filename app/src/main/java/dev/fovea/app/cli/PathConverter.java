package dev.fovea.app.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Paths typed by the user. Java reads file names in the locale's encoding; under the C locale that is ASCII,
 * so a name with any other character cannot even be named. The message says how to run instead.
 */
final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("cannot use the path '" + value + "': " + e.getReason()
                    + " in this system's file name encoding (" + System.getProperty("sun.jnu.encoding")
                    + "). Run Fovea under a UTF-8 locale, e.g. LC_ALL=C.UTF-8 (the 'fovea' launcher does this).");
        }
    }
}
