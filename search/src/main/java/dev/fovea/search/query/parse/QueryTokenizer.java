package dev.fovea.search.query.parse;

import dev.fovea.search.query.parse.QueryToken.Kind;
import dev.fovea.search.query.parse.QueryToken.Sign;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits what was typed into tokens: {@code beach "golden hour" +sunset^2 -people img:/x/y.jpg photo:42}.
 * Never fails: an operator without a word, an unclosed quote or a bad weight is read as well as it can be
 * and noted, so search-as-you-type works on half-typed queries.
 */
final class QueryTokenizer {
    private final String text;
    private final List<String> notes;
    private int position;

    private QueryTokenizer(String text, List<String> notes) {
        this.text = text;
        this.notes = notes;
    }

    static List<QueryToken> tokenize(String text, List<String> notes) {
        return new QueryTokenizer(text, notes).tokens();
    }

    private List<QueryToken> tokens() {
        List<QueryToken> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (position >= text.length()) {
                return tokens;
            }
            QueryToken token = next();
            if (token != null) {
                tokens.add(token);
            }
        }
    }

    private QueryToken next() {
        int start = position;
        Sign sign = Sign.NONE;
        char first = text.charAt(position);
        if (first == '+' || first == '-') {
            sign = first == '+' ? Sign.PLUS : Sign.MINUS;
            position++;
            if (position >= text.length() || Character.isWhitespace(text.charAt(position))) {
                notes.add("Ignored '" + first + "' with nothing after it.");
                return null;
            }
        }
        Kind kind = Kind.WORD;
        String value;
        if (startsWithIgnoreCase("img:") || startsWithIgnoreCase("image:")) {
            position += startsWithIgnoreCase("img:") ? 4 : 6;
            kind = Kind.IMAGE;
            value = quotedOrBare();
        } else if (startsWithIgnoreCase("photo:")) {
            position += 6;
            kind = Kind.PHOTO;
            value = bare();
        } else if (text.charAt(position) == '"') {
            kind = Kind.PHRASE;
            value = quotedOrBare();
        } else {
            value = bare();
        }
        Float weight = weight();
        if (value.isBlank()) {
            if (kind != Kind.PHRASE) {
                notes.add("Ignored '" + text.substring(start, position) + "': it names nothing to search for.");
            }
            return null;
        }
        return new QueryToken(kind, value, sign, weight, start, position);
    }

    private String quotedOrBare() {
        if (position < text.length() && text.charAt(position) == '"') {
            int close = text.indexOf('"', position + 1);
            String value = text.substring(position + 1, close < 0 ? text.length() : close);
            position = close < 0 ? text.length() : close + 1;
            return value.strip();
        }
        return bare();
    }

    /** A word runs to the next space; a trailing {@code ^weight} is left for {@link #weight()}. */
    private String bare() {
        int start = position;
        while (position < text.length() && !Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        String word = text.substring(start, position);
        int caret = word.lastIndexOf('^');
        if (caret >= 0) {
            position = start + caret;
            word = word.substring(0, caret);
        }
        return word;
    }

    private Float weight() {
        if (position >= text.length() || text.charAt(position) != '^') {
            return null;
        }
        int start = ++position;
        while (position < text.length() && !Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        String number = text.substring(start, position);
        try {
            float weight = Float.parseFloat(number);
            if (Float.isFinite(weight) && weight > 0 && weight <= 100) {
                return weight;
            }
        } catch (NumberFormatException e) {
            // Reported below like any other unusable weight.
        }
        notes.add("Ignored the weight '^" + number + "': use a positive number up to 100, e.g. sunset^2.");
        return null;
    }

    private boolean startsWithIgnoreCase(String prefix) {
        return text.regionMatches(true, position, prefix, 0, prefix.length());
    }

    private void skipWhitespace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }
}
