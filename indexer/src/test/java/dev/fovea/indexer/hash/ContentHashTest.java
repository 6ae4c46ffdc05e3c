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

        ContentHash.Content read = ContentHash.read(file, (int) Files.size(file), true, null);

        assertThat(read.bytes()).isEqualTo(Files.readAllBytes(file));
        assertThat(read.length()).isEqualTo(read.bytes().length);
        assertThat(read.hash()).isEqualTo(ContentHash.of(file)).isEqualTo(ContentHash.of(Files.readAllBytes(file)));
    }

    @Test
    void knownContentIsReadWithoutHashing() throws Exception {
        Path file = file(1000);

        ContentHash.Content read = ContentHash.read(file, 1000, false, null);

        assertThat(read.bytes()).isEqualTo(Files.readAllBytes(file));
        assertThat(read.hash()).isNull();
    }

    @Test
    void aFileThatShrankSinceTheScanGivesWhatItHolds() throws Exception {
        Path file = file(600_000);

        ContentHash.Content read = ContentHash.read(file, 700_000, true, null);

        assertThat(read.length()).isEqualTo(600_000);
        assertThat(java.util.Arrays.copyOf(read.bytes(), read.length())).isEqualTo(Files.readAllBytes(file));
        assertThat(read.hash()).isEqualTo(ContentHash.of(file));
    }

    @Test
    void aBufferLargeEnoughIsReadIntoAndOnlyItsStartIsTheFile() throws Exception {
        Path file = file(600_000);
        byte[] buffer = new byte[1 << 20];
        java.util.Arrays.fill(buffer, (byte) 0x55);

        ContentHash.Content read = ContentHash.read(file, 600_000, true, buffer);

        assertThat(read.bytes()).isSameAs(buffer);
        assertThat(read.length()).isEqualTo(600_000);
        assertThat(java.util.Arrays.copyOf(read.bytes(), read.length())).isEqualTo(Files.readAllBytes(file));
        assertThat(read.hash()).isEqualTo(ContentHash.of(file));
    }

    @Test
    void aBufferTooSmallIsLeftAlone() throws Exception {
        Path file = file(600_000);
        byte[] buffer = new byte[1000];

        ContentHash.Content read = ContentHash.read(file, 600_000, false, buffer);

        assertThat(read.bytes()).isNotSameAs(buffer).isEqualTo(Files.readAllBytes(file));
        assertThat(buffer).containsOnly(0);
    }

    @Test
    void aFileThatGrewSinceTheScanIsLeftToStreaming() throws Exception {
        Path file = file(600_000);

        assertThat(ContentHash.read(file, 500_000, true, new byte[1 << 20])).isNull();
    }
}
