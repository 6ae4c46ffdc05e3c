package dev.fovea.app.desktop.screen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a {@link View} with the app's texts; controllers receive the {@link DesktopContext} in their constructor. */
public final class ViewLoader {

    public record Loaded<C>(Parent root, C controller) {}

    private final DesktopContext context;

    public ViewLoader(DesktopContext context) {
        this.context = context;
    }

    public <C> Loaded<C> load(View view) {
        URL location = ViewLoader.class.getResource(view.resource());
        if (location == null) {
            throw new IllegalStateException("Missing " + view.resource() + " (ui-resources not on the class path?)");
        }
        FXMLLoader loader = new FXMLLoader(location, context.texts().bundle());
        loader.setControllerFactory(this::controller);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + view.resource(), e);
        }
    }

    private Object controller(Class<?> type) {
        try {
            return type.getConstructor(DesktopContext.class).newInstance(context);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(type + " needs a public constructor taking the DesktopContext", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Cannot create " + type, e.getCause());
        }
    }
}
