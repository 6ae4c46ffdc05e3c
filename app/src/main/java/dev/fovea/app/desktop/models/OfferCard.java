package dev.fovea.app.desktop.models;

import dev.fovea.app.desktop.backend.ModelOffer;
import dev.fovea.app.desktop.i18n.Formats;
import dev.fovea.app.desktop.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A downloadable model as the first run and Settings show it: its name, the recommendation, published accuracy,
 * estimated speed here and download size, and a Download button.
 */
public final class OfferCard {
    private OfferCard() {}

    public static HBox of(ModelOffer offer, Texts texts, Consumer<ModelOffer> download) {
        Label name = new Label(offer.displayName());
        name.getStyleClass().add("offer-name");
        Label detail = new Label(String.join("  ·  ", facts(offer, texts)));
        detail.getStyleClass().add("offer-detail");
        // The first run's card is narrow: the facts wrap, the button keeps its whole label.
        detail.setWrapText(true);
        VBox text = new VBox(2, name, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button get = new Button(texts.get("welcome.model.download"), new FontIcon(Feather.DOWNLOAD));
        get.getStyleClass().add(offer.recommended() ? "accent" : "flat");
        get.setMinWidth(Region.USE_PREF_SIZE);
        get.setOnAction(event -> download.accept(offer));
        get.setAccessibleText(texts.get("welcome.model.download") + " " + offer.displayName());
        HBox card = new HBox(12, new FontIcon(Feather.CPU), text, get);
        card.getStyleClass().add("offer-card");
        card.setAlignment(Pos.CENTER_LEFT);
        return card;
    }

    private static List<String> facts(ModelOffer offer, Texts texts) {
        List<String> facts = new ArrayList<>();
        if (offer.recommended()) {
            facts.add(texts.get("welcome.model.recommended"));
        } else if (offer.light()) {
            facts.add(texts.get("welcome.model.light"));
        }
        if (offer.imageNetZeroShot() > 0) {
            facts.add(texts.format(
                    "welcome.model.accuracy", String.format(Locale.ROOT, "%.1f", offer.imageNetZeroShot())));
        }
        if (offer.estimatedMillisPerPhoto() > 0) {
            facts.add(texts.format("welcome.model.speed", offer.estimatedMillisPerPhoto()));
        }
        facts.add(new Formats(texts).bytes(offer.downloadBytes()));
        return facts;
    }
}
