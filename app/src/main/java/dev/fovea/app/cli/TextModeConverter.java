package dev.fovea.app.cli;

import dev.fovea.indexer.text.TextMode;
import dev.fovea.search.FoveaException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --ocr auto|all|off}, in any case; anything else is a usage error naming the accepted values. */
final class TextModeConverter implements ITypeConverter<TextMode> {
    @Override
    public TextMode convert(String value) {
        try {
            return TextMode.parse(value);
        } catch (FoveaException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
