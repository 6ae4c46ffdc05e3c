package dev.fovea.search.model.checkpoint;

import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A model checkpoint as its authors publish it: a safetensors file or a PyTorch zip ({@code torch.save}), read
 * without executing anything. Tensors are streamed from the file on demand, so reading one costs no more
 * memory than a copy buffer.
 */
public sealed interface Checkpoint extends AutoCloseable permits SafetensorsCheckpoint, PyTorchZipCheckpoint {

    Path file();

    /** Every tensor by name, in the file's order. */
    Map<String, CheckpointTensor> tensors();

    /** The tensor's elements in C order, little-endian, in its own dtype: exactly {@code byteLength()} bytes. */
    InputStream open(String name) throws IOException;

    @Override
    void close();

    /** Opens a safetensors file or a PyTorch zip, told apart by their first bytes, not by the file's name. */
    static Checkpoint open(Path file) {
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(magic, 0, 4) < 4) {
                throw new FoveaException(file + " is empty or truncated: not a model checkpoint.");
            }
        } catch (NoSuchFileException e) {
            throw new FoveaException(file + " does not exist.");
        } catch (IOException e) {
            throw new FoveaException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        boolean zip = magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        return zip ? PyTorchZipCheckpoint.open(file) : SafetensorsCheckpoint.open(file);
    }
}
