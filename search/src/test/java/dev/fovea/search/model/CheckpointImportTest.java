package dev.fovea.search.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import dev.fovea.search.model.checkpoint.WeightsLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad checkpoints are refused with the file and the tensor named, and leave the installed models as they were. */
class CheckpointImportTest {
    private static final String VARIANT = "mobileclip2-s0";

    @TempDir
    Path temp;

    private ModelStore store;

    @BeforeEach
    void installAnotherModel() throws IOException {
        store = new ModelStore(temp.resolve("home/models"));
        store.importFrom(FakeModels.foveaDirectory(temp.resolve("export"), "custom-a"));
    }

    @Test
    void missingExtraAndMisshapenTensorsAreAllNamedAndNothingIsInstalled() throws IOException {
        WeightsLayout.Entry first =
                CheckpointAssembly.layout(VARIANT, "image_encoder").tensors().getFirst();
        long[] wrong = first.shape().clone();
        wrong[0] += 1;
        Path file = safetensors(
                "open_clip_model.safetensors",
                "{\"" + first.name() + "\":" + tensor("F32", wrong, 0) + ",\"head.extra.weight\":"
                        + tensor("F32", new long[] {2}, bytes("F32", wrong)) + "}",
                bytes("F32", wrong) + 8);

        assertThatThrownBy(() -> store.importCheckpoint(file, Optional.of(VARIANT), "test"))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("tensors are missing")
                .hasMessageContaining("head.extra.weight")
                .hasMessageContaining(first.name() + " (f32 " + Arrays.toString(wrong) + ")")
                .hasMessageContaining("Nothing was installed");
        assertUnchanged();
    }

    @Test
    void aPickleCallingAnythingButTensorRebuildsIsRefusedUnexecuted() throws IOException {
        Path marker = temp.resolve("executed");
        String pickle =
                "\u0080\u0002cos\nsystem\nX" + le32(("touch " + marker).length()) + "touch " + marker + "\u0085R.";
        Path file = temp.resolve("open_clip_pytorch_model.bin");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            stored(zip, "archive/data.pkl", pickle.getBytes(StandardCharsets.ISO_8859_1));
            stored(zip, "archive/version", "3\n".getBytes(StandardCharsets.US_ASCII));
        }

        assertThatThrownBy(() -> store.importCheckpoint(file, Optional.of(VARIANT), "test"))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("'os.system'");
        assertThat(marker).doesNotExist();
        assertUnchanged();
    }

    @Test
    void aTruncatedCheckpointIsRefusedNamingTheTensor() throws IOException {
        WeightsLayout.Entry first =
                CheckpointAssembly.layout(VARIANT, "image_encoder").tensors().getFirst();
        Path file = safetensors(
                "open_clip_model.safetensors",
                "{\"" + first.name() + "\":" + tensor("F32", first.shape(), 0) + "}",
                16);

        assertThatThrownBy(() -> store.importCheckpoint(file, Optional.of(VARIANT), "test"))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("truncated")
                .hasMessageContaining(first.name());
        assertUnchanged();
    }

    @Test
    void aCheckpointOfNoKnownVariantCannotBeRecognised() throws IOException {
        Path file = safetensors("mystery.safetensors", "{\"w\":" + tensor("F32", new long[] {2}, 0) + "}", 8);

        assertThatThrownBy(() -> store.importFrom(file))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("match none")
                .hasMessageContaining("--variant");
        assertUnchanged();
    }

    private void assertUnchanged() throws IOException {
        assertThat(store.activeId()).contains("custom-a");
        assertThat(store.installed()).extracting(ModelDirectory::id).containsExactly("custom-a");
        ModelDirectory.open(store.root().resolve("custom-a")).verifyChecksums();
        try (var entries = Files.list(store.root())) {
            assertThat(entries.map(path -> path.getFileName().toString()).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("active", "custom-a");
        }
    }

    private static String tensor(String dtype, long[] shape, long begin) {
        return "{\"dtype\":\"" + dtype + "\",\"shape\":" + Arrays.toString(shape) + ",\"data_offsets\":[" + begin + ","
                + (begin + bytes(dtype, shape)) + "]}";
    }

    private static long bytes(String dtype, long[] shape) {
        return Arrays.stream(shape).reduce(1, Math::multiplyExact) * (dtype.equals("F32") ? 4 : 2);
    }

    private Path safetensors(String name, String header, long dataBytes) throws IOException {
        byte[] json = header.getBytes(StandardCharsets.UTF_8);
        Path file = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(ByteBuffer.allocate(8)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .putLong(json.length)
                    .array());
            out.write(json);
            out.write(new byte[Math.toIntExact(dataBytes)]);
        }
        return file;
    }

    private static String le32(int value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 4; i++) {
            out.write(value >> (8 * i));
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private static void stored(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }
}
