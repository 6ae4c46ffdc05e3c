package dev.fovea.app.desktop.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The app's words, from the resource bundles in ui-resources (English, Portuguese). */
public final class Texts {
    public static final String BUNDLE = "dev.fovea.ui.i18n.messages";

    private final ResourceBundle bundle;

    public Texts(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        Locale locale = bundle.getLocale();
        return locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing translation must be visible in the UI, not fatal.
            return "!" + key + "!";
        }
    }

    /** {@link MessageFormat} patterns, so plurals use {@code {0,choice,...}} and numbers get grouping. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale()).format(arguments);
    }
}
