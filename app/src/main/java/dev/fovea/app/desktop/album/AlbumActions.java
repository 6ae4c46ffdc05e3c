package dev.fovea.app.desktop.album;

import dev.fovea.app.desktop.backend.AlbumSummary;
import dev.fovea.app.desktop.backend.PhotoAlbums;
import dev.fovea.app.desktop.backend.PhotoHit;
import dev.fovea.app.desktop.backend.TypedSearch;
import dev.fovea.app.desktop.dialog.Confirmation;
import dev.fovea.app.desktop.i18n.Texts;
import dev.fovea.app.desktop.screen.DesktopContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the sidebar, the grid and the viewer do with albums: the list they all show, and making, saving searches as,
 * renaming, deleting, moving and filling albums, each in the background, the list following every change.
 */
public final class AlbumActions {
    private final DesktopContext context;
    private final Texts texts;
    private final PhotoAlbums albums;
    private final SimpleObjectProperty<List<AlbumSummary>> list = new SimpleObjectProperty<>(List.of());
    private BiConsumer<String, String> onRenamed = (name, newName) -> {};

    public AlbumActions(DesktopContext context) {
        this.context = context;
        this.texts = context.texts();
        this.albums = context.backend().albums();
    }

    /** The user's albums in the user's order, then the categories, as last read. */
    public ReadOnlyObjectProperty<List<AlbumSummary>> list() {
        return list;
    }

    /**
     * Called with an album's old and new name once it is renamed, or with null for the new name once it is deleted,
     * so a filter on it can follow.
     */
    public void setOnRenamed(BiConsumer<String, String> handler) {
        onRenamed = handler;
    }

    public void refresh() {
        context.executor().run(albums::list, list::set);
    }

    /** Asks for a name and makes the album; {@code then} gets the name once it exists. */
    public void create(Window owner, Consumer<String> then) {
        askName(owner, texts.get("album.new.title"), texts.get("album.new.action"), "")
                .ifPresent(name -> context.executor()
                        .run(
                                () -> {
                                    albums.create(name);
                                    return albums.list();
                                },
                                updated -> {
                                    list.set(updated);
                                    then.accept(name.strip());
                                }));
    }

    /**
     * Asks for a name (the query, to start with) and saves the search as it is typed, with its filters; {@code then}
     * gets the name once it is saved.
     */
    public void saveSearch(Window owner, TypedSearch search, Consumer<String> then) {
        askName(owner, texts.get("album.save.title"), texts.get("album.save.action"), search.query())
                .ifPresent(name -> context.executor()
                        .run(
                                () -> {
                                    albums.saveSearch(name, search);
                                    return albums.list();
                                },
                                updated -> {
                                    list.set(updated);
                                    then.accept(name.strip());
                                }));
    }

    /** Moves one of the user's albums {@code steps} places down (up when negative) in the sidebar. */
    public void move(String name, int steps) {
        List<String> own = list.get().stream()
                .filter(AlbumSummary::own)
                .map(AlbumSummary::name)
                .toList();
        int position = own.indexOf(name) + 1 + steps;
        if (position >= 1 && position <= own.size()) {
            context.executor()
                    .run(
                            () -> {
                                albums.move(name, position);
                                return albums.list();
                            },
                            list::set);
        }
    }

    public void rename(Window owner, String name) {
        askName(owner, texts.format("album.rename.title", name), texts.get("album.rename.action"), name)
                .filter(newName -> !newName.strip().equals(name))
                .ifPresent(newName -> context.executor()
                        .run(
                                () -> {
                                    albums.rename(name, newName);
                                    return albums.list();
                                },
                                updated -> {
                                    list.set(updated);
                                    onRenamed.accept(name, newName.strip());
                                }));
    }

    /** Asks first: deleting an album cannot be undone, though its photos stay. */
    public void delete(Window owner, String name) {
        if (Confirmation.ask(
                owner,
                texts.get("album.delete.action"),
                texts.format("album.delete.message", name),
                texts.get("dialog.cancel"))) {
            context.executor()
                    .run(
                            () -> {
                                albums.delete(name);
                                return albums.list();
                            },
                            updated -> {
                                list.set(updated);
                                onRenamed.accept(name, null);
                            });
        }
    }

    public void add(String name, List<PhotoHit> photos) {
        List<String> hashes = hashes(photos);
        context.executor()
                .run(
                        () -> {
                            albums.add(name, hashes);
                            return albums.list();
                        },
                        list::set);
    }

    public void remove(String name, List<PhotoHit> photos, Runnable then) {
        List<String> hashes = hashes(photos);
        context.executor()
                .run(
                        () -> {
                            albums.remove(name, hashes);
                            return albums.list();
                        },
                        updated -> {
                            list.set(updated);
                            then.run();
                        });
    }

    /**
     * "Add to album": an item per album and "New album…", for the photos {@code photos} gives when one is chosen.
     * Its items are made when it opens, so it always lists the albums there are.
     */
    public Menu addToMenu(Supplier<List<PhotoHit>> photos, Supplier<Window> owner) {
        Menu menu = new Menu(texts.get("album.addTo"), new FontIcon(Feather.BOOKMARK));
        // A menu with no items never opens, so it starts with the one item it always has.
        menu.getItems().setAll(newAlbumItem(photos, owner));
        menu.setOnShowing(event -> menu.getItems().setAll(addToItems(photos, owner)));
        return menu;
    }

    /** The items of "Add to album" as they are now: one per album, then "New album…". */
    public List<MenuItem> addToItems(Supplier<List<PhotoHit>> photos, Supplier<Window> owner) {
        List<MenuItem> items = new ArrayList<>();
        for (AlbumSummary album : list.get()) {
            if (album.kind() != AlbumSummary.Kind.ALBUM) {
                continue;
            }
            MenuItem item = new MenuItem(album.name());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> add(album.name(), photos.get()));
            items.add(item);
        }
        if (!items.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        items.add(newAlbumItem(photos, owner));
        return items;
    }

    private MenuItem newAlbumItem(Supplier<List<PhotoHit>> photos, Supplier<Window> owner) {
        MenuItem item = new MenuItem(texts.get("album.new"), new FontIcon(Feather.PLUS));
        item.setOnAction(event -> {
            List<PhotoHit> chosen = photos.get();
            create(owner.get(), name -> add(name, chosen));
        });
        return item;
    }

    /** Buttons named after the action, as {@link Confirmation} does, not the stock "OK". */
    private Optional<String> askName(Window owner, String title, String action, String current) {
        TextInputDialog dialog = new TextInputDialog(current);
        dialog.initOwner(owner);
        dialog.getDialogPane()
                .getButtonTypes()
                .setAll(
                        new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE),
                        new ButtonType(action, ButtonBar.ButtonData.OK_DONE));
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setGraphic(null);
        dialog.setContentText(texts.get("album.name"));
        return dialog.showAndWait().filter(name -> !name.isBlank());
    }

    private static List<String> hashes(List<PhotoHit> photos) {
        return photos.stream()
                .map(PhotoHit::contentHash)
                .filter(hash -> hash != null && !hash.isBlank())
                .distinct()
                .toList();
    }
}
