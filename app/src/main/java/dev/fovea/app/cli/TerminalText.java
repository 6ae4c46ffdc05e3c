package dev.fovea.app.cli;

import java.util.HexFormat;

/**
 * Text for a terminal line: a file name may hold a newline (which would split one result into two lines) or an
 * escape sequence (which the terminal would obey), so control characters print as escapes. --json needs none of
 * this: its strings carry them escaped already.
 */
final class TerminalText {
    private TerminalText() {}

    static String oneLine(Object text) {
        String value = String.valueOf(text);
        if (value.chars().noneMatch(Character::isISOControl)) {
            return value;
        }
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        value.chars().forEach(c -> {
            switch (c) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        escaped.append("\\x").append(HexFormat.of().toHexDigits((byte) c));
                    } else {
                        escaped.append((char) c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
