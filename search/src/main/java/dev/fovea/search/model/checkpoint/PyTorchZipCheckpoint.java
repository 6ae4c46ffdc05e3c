package dev.fovea.search.model.checkpoint;

import dev.fovea.search.FoveaException;
import dev.fovea.search.model.checkpoint.RestrictedUnpickler.TensorRef;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A PyTorch zip checkpoint ({@code torch.save} since PyTorch 1.6): {@code <archive>/data.pkl} describes the
 * tensors, {@code <archive>/data/<key>} holds each storage's raw little-endian bytes. The pickle is read by
 * {@link RestrictedUnpickler}, never executed.
 */
public final class PyTorchZipCheckpoint implements Checkpoint {
    /** A state dict's pickle is a few hundred kilobytes; a larger one is not a plain state dict. */
    private static final long MAX_PICKLE = 64L << 20;

    private final Path file;
    private final ZipFile zip;
    private final String archive;
    private final Map<String, CheckpointTensor> tensors;
    private final Map<String, TensorRef> references;

    private PyTorchZipCheckpoint(
            Path file,
            ZipFile zip,
            String archive,
            Map<String, CheckpointTensor> tensors,
            Map<String, TensorRef> references) {
        this.file = file;
        this.zip = zip;
        this.archive = archive;
        this.tensors = tensors;
        this.references = references;
    }

    static PyTorchZipCheckpoint open(Path file) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new FoveaException(file + " is a truncated or damaged zip (" + e.getMessage()
                    + "), not a complete PyTorch checkpoint. Download or copy it again.");
        } catch (IOException e) {
            throw new FoveaException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            PyTorchZipCheckpoint checkpoint = read(file, zip);
            zip = null;
            return checkpoint;
        } finally {
            if (zip != null) {
                try {
                    zip.close();
                } catch (IOException ignored) {
                    // Already failing with the reason that matters.
                }
            }
        }
    }

    private static PyTorchZipCheckpoint read(Path file, ZipFile zip) {
        ZipEntry pickle = zip.stream()
                .filter(entry -> entry.getName().endsWith("/data.pkl")
                        && entry.getName().indexOf('/') == entry.getName().length() - "/data.pkl".length())
                .findFirst()
                .orElseThrow(() -> new FoveaException(file + " is a zip but not a PyTorch checkpoint (no data.pkl)."));
        String archive = pickle.getName().substring(0, pickle.getName().length() - "data.pkl".length());
        if (pickle.getSize() > MAX_PICKLE) {
            throw new FoveaException(file + ": its data.pkl is " + pickle.getSize()
                    + " bytes, far more than a state dict of tensors needs; Fovea does not read it.");
        }
        Object root;
        try (InputStream in = zip.getInputStream(pickle)) {
            root = RestrictedUnpickler.read(file + " (data.pkl)", in.readAllBytes());
        } catch (IOException e) {
            throw new FoveaException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (root instanceof Map<?, ?> outer && outer.get("state_dict") instanceof Map<?, ?> inner) {
            root = inner;
        }
        if (!(root instanceof Map<?, ?> stateDict)) {
            throw new FoveaException(file + " does not hold a state dict (a mapping of names to tensors).");
        }
        Map<String, CheckpointTensor> tensors = new LinkedHashMap<>();
        Map<String, TensorRef> references = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : stateDict.entrySet()) {
            if (!(entry.getKey() instanceof String name) || !(entry.getValue() instanceof TensorRef reference)) {
                throw new FoveaException(
                        file + ": the state dict holds '" + entry.getKey() + "', which is not a named tensor.");
            }
            CheckpointTensor tensor =
                    new CheckpointTensor(name, reference.storage().dtype(), reference.size());
            checkFits(file, zip, archive, tensor, reference);
            tensors.put(name, tensor);
            references.put(name, reference);
        }
        return new PyTorchZipCheckpoint(
                file, zip, archive, Collections.unmodifiableMap(tensors), Collections.unmodifiableMap(references));
    }

    private static void checkFits(Path file, ZipFile zip, String archive, CheckpointTensor tensor, TensorRef ref) {
        ZipEntry storage = zip.getEntry(archive + "data/" + ref.storage().key());
        if (storage == null) {
            throw new FoveaException(file + ": tensor " + tensor.name() + " has no storage (data/"
                    + ref.storage().key() + ") in the zip; the checkpoint is damaged.");
        }
        long needed = ref.storage().elements() * ref.storage().dtype().bytes();
        if (storage.getSize() >= 0 && storage.getSize() < needed) {
            throw new FoveaException(file + ": the storage of tensor " + tensor.name() + " holds " + storage.getSize()
                    + " bytes where " + needed + " are needed; the checkpoint is truncated or damaged.");
        }
        long last = ref.offset();
        for (int i = 0; i < ref.size().length; i++) {
            if (ref.size()[i] < 0 || ref.stride()[i] < 0) {
                throw new FoveaException(file + ": tensor " + tensor.name() + " has a negative size or stride.");
            }
            if (ref.size()[i] > 0) {
                last += (ref.size()[i] - 1) * ref.stride()[i];
            }
        }
        if (tensor.elements() > 0 && (ref.offset() < 0 || last >= ref.storage().elements())) {
            throw new FoveaException(file + ": tensor " + tensor.describe() + " reaches beyond its storage; the "
                    + "checkpoint is damaged.");
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
    public InputStream open(String name) throws IOException {
        TensorRef ref = references.get(name);
        if (ref == null) {
            throw new IllegalArgumentException(file + " has no tensor " + name);
        }
        CheckpointTensor tensor = tensors.get(name);
        int bytes = ref.storage().dtype().bytes();
        InputStream storage = zip.getInputStream(
                zip.getEntry(archive + "data/" + ref.storage().key()));
        if (contiguous(ref)) {
            storage.skipNBytes(ref.offset() * bytes);
            return new BoundedInputStream(storage, tensor.byteLength());
        }
        // A view with other strides (rare in state dicts): gathered in memory, bounded by its storage's size.
        try (storage) {
            byte[] all = storage.readAllBytes();
            byte[] gathered = new byte[Math.toIntExact(tensor.byteLength())];
            long[] index = new long[ref.size().length];
            for (long element = 0, count = tensor.elements(); element < count; element++) {
                long source = ref.offset();
                for (int d = 0; d < index.length; d++) {
                    source += index[d] * ref.stride()[d];
                }
                System.arraycopy(
                        all, Math.toIntExact(source * bytes), gathered, Math.toIntExact(element * bytes), bytes);
                for (int d = index.length - 1; d >= 0 && ++index[d] == ref.size()[d]; d--) {
                    index[d] = 0;
                }
            }
            return new ByteArrayInputStream(gathered);
        }
    }

    private static boolean contiguous(TensorRef ref) {
        long expected = 1;
        for (int d = ref.size().length - 1; d >= 0; d--) {
            if (ref.size()[d] != 1 && ref.stride()[d] != expected) {
                return false;
            }
            expected *= ref.size()[d];
        }
        return true;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Read-only: nothing can be lost.
        }
    }

    /** Exactly {@code length} bytes of the underlying stream, then end of stream. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedInputStream(InputStream in, long length) {
            this.in = in;
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = in.read(bytes, offset, (int) Math.min(length, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
