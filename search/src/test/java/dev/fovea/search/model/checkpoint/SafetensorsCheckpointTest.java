package dev.fovea.search.model.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsCheckpointTest {
    @TempDir
    Path dir;

    @Test
    void readsFloat32Float16AndBfloat16AsFloat32() throws IOException {
        float[] values = {1.5f, -2.25f, 0f, 3.0e-3f, 65504f, -0.5f};
        ByteBuffer f32 = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer f16 = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer bf16 = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            f32.putFloat(value);
            f16.putShort(Float.floatToFloat16(value));
            bf16.putShort((short) (Float.floatToRawIntBits(value) >>> 16));
        }
        Path file = safetensors(
                "{\"a\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]},"
                        + "\"b\":{\"dtype\":\"F16\",\"shape\":[6],\"data_offsets\":[24,36]},"
                        + "\"c\":{\"dtype\":\"BF16\",\"shape\":[3,2],\"data_offsets\":[36,48]},"
                        + "\"__metadata__\":{\"format\":\"pt\"}}",
                concat(f32.array(), f16.array(), bf16.array()));

        try (Checkpoint checkpoint = Checkpoint.open(file)) {
            assertThat(checkpoint).isInstanceOf(SafetensorsCheckpoint.class);
            assertThat(checkpoint.tensors()).containsOnlyKeys("a", "b", "c");
            assertThat(checkpoint.tensors().get("a").shape()).containsExactly(2, 3);
            assertThat(asFloats(checkpoint, "a")).containsExactly(values);
            float[] half = asFloats(checkpoint, "b");
            for (int i = 0; i < values.length; i++) {
                assertThat(half[i]).isCloseTo(values[i], org.assertj.core.data.Percentage.withPercentage(0.1));
            }
            float[] brain = asFloats(checkpoint, "c");
            for (int i = 0; i < values.length; i++) {
                assertThat(brain[i]).isCloseTo(values[i], org.assertj.core.data.Percentage.withPercentage(1));
            }
        }
    }

    @Test
    void aTruncatedFileNamesTheTensorItCuts() throws IOException {
        Path file = safetensors(
                "{\"visual.proj\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", new byte[10]);
        assertThatThrownBy(() -> Checkpoint.open(file))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("truncated")
                .hasMessageContaining("visual.proj")
                .hasMessageContaining(file.toString());
    }

    @Test
    void aRangeThatDisagreesWithTheShapeIsRefused() throws IOException {
        Path file = safetensors("{\"w\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,16]}}", new byte[16]);
        assertThatThrownBy(() -> Checkpoint.open(file)).hasMessageContaining("needs 12 bytes");
    }

    @Test
    void overlappingTensorsAreRefused() throws IOException {
        Path file = safetensors(
                "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                        + "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}",
                new byte[12]);
        assertThatThrownBy(() -> Checkpoint.open(file)).hasMessageContaining("share bytes");
    }

    @Test
    void garbageIsNotTakenForACheckpoint() throws IOException {
        Path file = dir.resolve("photo.jpg");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 1, 2, 3, 4, 5, 6, 7, 8});
        assertThatThrownBy(() -> Checkpoint.open(file))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("not a safetensors file or a PyTorch checkpoint");
        Path empty = Files.write(dir.resolve("empty.safetensors"), new byte[0]);
        assertThatThrownBy(() -> Checkpoint.open(empty)).hasMessageContaining("empty or truncated");
    }

    static float[] asFloats(Checkpoint checkpoint, String name) throws IOException {
        CheckpointTensor tensor = checkpoint.tensors().get(name);
        Path out = Files.createTempFile("tensor", ".f32");
        try (FileChannel channel = FileChannel.open(out, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            long written = new Float32Writer().write(checkpoint, tensor, channel, 0);
            assertThat(written).isEqualTo(tensor.elements() * 4);
        }
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
        Files.delete(out);
        float[] values = new float[(int) tensor.elements()];
        bytes.asFloatBuffer().get(values);
        return values;
    }

    private Path safetensors(String header, byte[] data) throws IOException {
        byte[] json = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer length =
                ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(json.length);
        Path file = dir.resolve("model-" + Arrays.hashCode(json) + ".safetensors");
        Files.write(file, concat(length.array(), json, data));
        return file;
    }

    private static byte[] concat(byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part);
        }
        return out.toByteArray();
    }
}
