package dev.fovea.indexer.catalog;

import dev.fovea.search.natives.NativesFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * Where sqlite-jdbc loads its native library from. Its loader copies it out of the jar into a new
 * {@code sqlite-VERSION-UUID-libsqlitejdbc.so} in the temporary folder at every start (about 0.1 s before the catalog
 * opens), and a killed process leaves the copy and its lock file behind. Unless {@code org.sqlite.lib.path} is set
 * already (the installed app ships the library unpacked), Fovea unpacks it once ({@link NativesFolder}) and points
 * the loader there; and it removes the copies earlier runs left.
 */
final class SqliteNatives {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteNatives.class);
    static final String PATH = "org.sqlite.lib.path";
    static final String NAME = "org.sqlite.lib.name";

    private SqliteNatives() {}

    static void prepare() {
        if (System.getProperty(PATH) != null) {
            return;
        }
        String fileName = LibraryLoaderUtil.getNativeLibName();
        String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
        NativesFolder.removeAbandoned("sqlite-*-" + fileName + "*");
        Optional<Path> folder =
                NativesFolder.of("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + platform.replace('/', '-'));
        if (folder.isEmpty()) {
            return;
        }
        try {
            NativesFolder.unpack(
                    SQLiteJDBCLoader.class, "/org/sqlite/native/" + platform + "/" + fileName, folder.get(), fileName);
            System.setProperty(PATH, folder.get().toString());
            System.setProperty(NAME, fileName);
        } catch (IOException | SecurityException e) {
            LOG.debug("sqlite-jdbc unpacks its own native library: {}", e.toString());
        }
    }
}
