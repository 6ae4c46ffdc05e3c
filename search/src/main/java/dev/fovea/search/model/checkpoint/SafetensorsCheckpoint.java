package dev.fovea.search.model.checkpoint;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A safetensors file: a little-endian u64 header length, a JSON header naming each tensor's dtype, shape and
 * byte range in the data section, then the data. The header is checked whole before any tensor is read: ranges
 * inside the file, of the size their shape needs, not overlapping.
 */
public final class SafetensorsCheckpoint implements Checkpoint {
    /** safetensors' own limit; a larger header is a damaged or hostile file. */
    private static final long MAX_HEADER = 100L << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final FileChannel channel;
    private final Map<String, CheckpointTensor> tensors;
    private final Map<String, Long> starts;

    private SafetensorsCheckpoint(
            Path file, FileChannel channel, Map<String, CheckpointTensor> tensors, Map<String, Long> starts) {
        this.file = file;
        this.channel = channel;
        this.tensors = tensors;
        this.starts = starts;
    }

    static SafetensorsCheckpoint open(Path file) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            SafetensorsCheckpoint checkpoint = read(file, channel);
            channel = null;
            return checkpoint;
        } catch (IOException e) {
            throw new FoveaException("Cannot read " + file + ": " + e.getMessage(), e);
        } finally {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // Already failing with the reason that matters.
                }
            }
        }
    }

    private static SafetensorsCheckpoint read(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer prefix = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, prefix, 0);
        long headerLength = prefix.flip().getLong();
        if (size < 8 || headerLength <= 0 || headerLength > MAX_HEADER || 8 + headerLength > size) {
            throw notSafetensors(
                    file, "its header length (" + headerLength + " bytes) does not fit the file (" + size + " bytes)");
        }
        ByteBuffer header = ByteBuffer.allocate((int) headerLength);
        readFully(channel, header, 8);
        JsonNode root;
        try {
            root = JSON.readTree(header.array());
        } catch (JacksonException e) {
            throw notSafetensors(file, "its header is not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw notSafetensors(file, "its header is not a JSON object");
        }
        long dataStart = 8 + headerLength;
        long dataLength = size - dataStart;
        Map<String, CheckpointTensor> tensors = new LinkedHashMap<>();
        Map<String, Long> starts = new LinkedHashMap<>();
        List<long[]> ranges = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String name = entry.getKey();
            if (name.equals("__metadata__")) {
                continue;
            }
            CheckpointTensor tensor = tensor(file, name, entry.getValue());
            JsonNode offsets = entry.getValue().path("data_offsets");
            long begin = offsets.path(0).asLong(-1);
            long end = offsets.path(1).asLong(-1);
            if (!offsets.isArray() || offsets.size() != 2 || begin < 0 || end < begin) {
                throw new FoveaException(file + ": tensor " + name + " has no valid data_offsets. The file is damaged; "
                        + "download it again.");
            }
            if (end > dataLength) {
                throw new FoveaException(file + " is truncated: tensor " + name + " ends at byte " + (dataStart + end)
                        + " of a " + size + "-byte file. Download it again.");
            }
            if (end - begin != tensor.byteLength()) {
                throw new FoveaException(file + ": tensor " + tensor.describe() + " needs " + tensor.byteLength()
                        + " bytes but the header gives it " + (end - begin) + ". The file is damaged.");
            }
            tensors.put(name, tensor);
            starts.put(name, dataStart + begin);
            ranges.add(new long[] {begin, end});
        }
        ranges.sort(Comparator.comparingLong(range -> range[0]));
        for (int i = 1; i < ranges.size(); i++) {
            if (ranges.get(i)[0] < ranges.get(i - 1)[1]) {
                throw new FoveaException(file + ": two tensors share bytes " + ranges.get(i)[0] + ".."
                        + ranges.get(i - 1)[1] + " of the data. The file is damaged or not a safetensors file.");
            }
        }
        return new SafetensorsCheckpoint(
                file, channel, Collections.unmodifiableMap(tensors), Collections.unmodifiableMap(starts));
    }

    private static CheckpointTensor tensor(Path file, String name, JsonNode node) {
        String dtype = node.path("dtype").asText("");
        TensorDtype type = switch (dtype.toUpperCase(Locale.ROOT)) {
            case "F32" -> TensorDtype.F32;
            case "F16" -> TensorDtype.F16;
            case "BF16" -> TensorDtype.BF16;
            case "F64" -> TensorDtype.F64;
            case "I64" -> TensorDtype.I64;
            case "I32" -> TensorDtype.I32;
            case "BOOL" -> TensorDtype.BOOL;
            default ->
                throw new FoveaException(file + ": tensor " + name + " has dtype '" + dtype
                        + "', which Fovea cannot use (it reads F32, F16, BF16, F64 and integer tensors).");
        };
        JsonNode shapeNode = node.path("shape");
        if (!shapeNode.isArray()) {
            throw new FoveaException(file + ": tensor " + name + " has no shape. The file is damaged.");
        }
        long[] shape = new long[shapeNode.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = shapeNode.get(i).asLong(-1);
            if (shape[i] < 0) {
                throw new FoveaException(file + ": tensor " + name + " has a negative dimension. The file is damaged.");
            }
        }
        return new CheckpointTensor(name, type, shape);
    }

    private static FoveaException notSafetensors(Path file, String why) {
        return new FoveaException(file + " is not a safetensors file or a PyTorch checkpoint: " + why
                + ". Give the model's open_clip_model.safetensors or open_clip_pytorch_model.bin, complete.");
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                throw new IOException("unexpected end of file at byte " + at);
            }
            at += read;
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public Map<String, CheckpointTensor> tensors() {
        return tensors;
    }

    @Override
    public InputStream open(String name) {
        CheckpointTensor tensor = tensors.get(name);
        if (tensor == null) {
            throw new IllegalArgumentException(file + " has no tensor " + name);
        }
        long start = starts.get(name);
        // A bounded view on a shared channel: positional reads, so streams of several tensors do not interfere.
        return new InputStream() {
            private long position = start;
            private final long end = start + tensor.byteLength();

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                if (position >= end) {
                    return -1;
                }
                int wanted = (int) Math.min(length, end - position);
                int read = channel.read(ByteBuffer.wrap(bytes, offset, wanted), position);
                if (read < 0) {
                    throw new IOException(file + " ended inside tensor " + name);
                }
                position += read;
                return read;
            }
        };
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Read-only: nothing can be lost.
        }
    }
}
