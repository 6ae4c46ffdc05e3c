package dev.fovea.app.desktop.home;

import dev.fovea.app.desktop.backend.DuplicatePhoto;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.catalog.PhotoRow;
import dev.fovea.indexer.duplicates.DuplicatePhotos;
import java.util.List;

/** The duplicates page's groups from the library's serving index; stops when the page's work is cancelled. */
final class HomeDuplicates {
    private HomeDuplicates() {}

    static List<List<DuplicatePhoto>> groups(Library library) {
        return DuplicatePhotos.find(library, () -> Thread.currentThread().isInterrupted()).stream()
                .map(group -> group.photos().stream()
                        .map(member -> {
                            PhotoRow photo = member.photo();
                            return new DuplicatePhoto(
                                    photo.id(),
                                    photo.path(),
                                    photo.contentHash(),
                                    member.similarity(),
                                    member.exactCopy(),
                                    photo.metadata().width(),
                                    photo.metadata().height(),
                                    photo.size());
                        })
                        .toList())
                .toList();
    }
}
