package dev.fovea.indexer.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentHashTest {
    @TempDir
    Path temp;

    /** Larger than one read chunk and not a multiple of it, so the hash is fed in several uneven pieces. */
    private Path file(int size) throws Exception {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(temp.resolve("photo-" + size + ".jpg"), bytes);
    }

    @Test
    void readingWhileHashingGivesTheBytesAndTheStreamedHash() throws Exception {
        Path file = file(3 * 256 * 1024 + 12_345);

        ContentHash.Content read = ContentHash.read(file, (int) Files.size(file), true);

        assertThat(read.bytes()).isEqualTo(Files.readAllBytes(file));
        assertThat(read.hash()).isEqualTo(ContentHash.of(file)).isEqualTo(ContentHash.of(Files.readAllBytes(file)));
    }

    @Test
    void knownContentIsReadWithoutHashing() throws Exception {
        Path file = file(1000);

        ContentHash.Content read = ContentHash.read(file, 1000, false);

        assertThat(read.bytes()).isEqualTo(Files.readAllBytes(file));
        assertThat(read.hash()).isNull();
    }

    @Test
    void aFileThatShrankSinceTheScanGivesWhatItHolds() throws Exception {
        Path file = file(600_000);

        ContentHash.Content read = ContentHash.read(file, 700_000, true);

        assertThat(read.bytes()).isEqualTo(Files.readAllBytes(file));
        assertThat(read.hash()).isEqualTo(ContentHash.of(file));
    }

    @Test
    void aFileThatGrewSinceTheScanIsLeftToStreaming() throws Exception {
        Path file = file(600_000);

        assertThat(ContentHash.read(file, 500_000, true)).isNull();
    }
}
