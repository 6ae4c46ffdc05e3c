package dev.fovea.app.desktop.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in every language, every pattern formats, every %key in the FXML has a text. */
class TextsTest {

    @Test
    void portugueseHasExactlyTheEnglishKeys() throws IOException {
        assertThat(keys("messages_pt.properties")).isEqualTo(keys("messages.properties"));
    }

    @Test
    void everyTextIsAValidMessageFormatPattern() throws IOException {
        for (String bundle : Set.of("messages.properties", "messages_pt.properties")) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String formatted =
                        new MessageFormat(texts.getProperty(key), Locale.ENGLISH).format(new Object[] {3, 4, 5});
                assertThat(formatted).as(bundle + " " + key).isNotBlank();
            }
        }
    }

    @Test
    void choicePluralsReadWell() {
        Texts english = new Texts(Locale.ENGLISH);
        assertThat(english.format("search.count", 0)).isEqualTo("No photos");
        assertThat(english.format("search.count", 1)).isEqualTo("1 photo");
        assertThat(english.format("search.count", 12345)).isEqualTo("12,345 photos");
        Texts portuguese = new Texts(Locale.forLanguageTag("pt-PT"));
        assertThat(portuguese.format("search.count", 2)).isEqualTo("2 fotos");
        assertThat(portuguese.get("sidebar.photos")).isEqualTo("Fotos");
        assertThat(english.get("no.such.key")).isEqualTo("!no.such.key!");
    }

    @Test
    void everyKeyTheScreensUseExists() throws IOException {
        Set<String> known = keys("messages.properties");
        Pattern fxmlKey = Pattern.compile("\"%([a-zA-Z.]+)\"");
        for (String view : Stream.of("main", "search", "filters", "viewer", "library", "settings", "welcome")
                .toList()) {
            try (InputStream in = TextsTest.class.getResourceAsStream("/dev/fovea/ui/fxml/" + view + ".fxml")) {
                assertThat(in).as(view).isNotNull();
                Matcher matcher = fxmlKey.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (matcher.find()) {
                    assertThat(known).as(view + ".fxml").contains(matcher.group(1));
                }
            }
        }
    }

    private static Set<String> keys(String bundle) throws IOException {
        return new HashSet<>(Collections.list(load(bundle).propertyNames()).stream()
                .map(String::valueOf)
                .toList());
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/dev/fovea/ui/i18n/" + bundle)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
