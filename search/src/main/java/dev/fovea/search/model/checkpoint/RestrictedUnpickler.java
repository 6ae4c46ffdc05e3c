package dev.fovea.search.model.checkpoint;

import dev.fovea.search.FoveaException;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code data.pkl} of a PyTorch zip checkpoint without executing it. Like PyTorch's own
 * {@code weights_only} loader it knows a short list of pickle opcodes and of globals (the ordered dict, the
 * tensor rebuild functions and the storage types); anything else is refused, naming it. Functions are never
 * called: the few known ones are interpreted here, producing {@link TensorRef}s that point into the zip.
 */
final class RestrictedUnpickler {

    /** A tensor as {@code _rebuild_tensor_v2} describes it; offsets and strides count elements. */
    record TensorRef(StorageRef storage, long offset, long[] size, long[] stride) {}

    /** A storage of the zip: the entry {@code data/<key>} holding {@code elements} values of {@code dtype}. */
    record StorageRef(String key, TensorDtype dtype, long elements) {}

    private record Global(String module, String name) {
        String qualified() {
            return module + "." + name;
        }
    }

    private static final Object MARK = new Object();

    private static final Map<String, TensorDtype> STORAGES = Map.of(
            "FloatStorage", TensorDtype.F32,
            "HalfStorage", TensorDtype.F16,
            "BFloat16Storage", TensorDtype.BF16,
            "DoubleStorage", TensorDtype.F64,
            "LongStorage", TensorDtype.I64,
            "IntStorage", TensorDtype.I32,
            "BoolStorage", TensorDtype.BOOL);

    private static final List<String> FUNCTIONS =
            List.of("collections.OrderedDict", "torch._utils._rebuild_tensor_v2", "torch._utils._rebuild_parameter");

    private final String source;
    private final DataInputStream in;
    private final List<Object> stack = new ArrayList<>();
    private final Map<Integer, Object> memo = new HashMap<>();

    private RestrictedUnpickler(String source, byte[] pickle) {
        this.source = source;
        this.in = new DataInputStream(new ByteArrayInputStream(pickle));
    }

    /** The unpickled object: maps, lists (for tuples), strings, numbers, booleans, null and tensor references. */
    static Object read(String source, byte[] pickle) {
        try {
            return new RestrictedUnpickler(source, pickle).run();
        } catch (EOFException e) {
            throw new FoveaException(source + " ends before its STOP opcode: the checkpoint is truncated or damaged.");
        } catch (IOException | RuntimeException e) {
            if (e instanceof FoveaException fovea) {
                throw fovea;
            }
            throw new FoveaException(source + " is not a PyTorch checkpoint Fovea can read (" + e + ").", e);
        }
    }

    private Object run() throws IOException {
        while (true) {
            int opcode = in.readUnsignedByte();
            switch (opcode) {
                case 0x80 -> in.readUnsignedByte(); // PROTO
                case '.' -> {
                    return pop();
                }
                case 'c' -> push(global(line(), line()));
                case 'Q' -> push(persistent(pop()));
                case 'R' -> {
                    Object arguments = pop();
                    push(reduce(pop(), arguments));
                }
                case 'b' -> build(pop(), peek());
                case '(' -> push(MARK);
                case '}' -> push(new LinkedHashMap<>());
                case ')' -> push(List.of());
                case ']' -> push(new ArrayList<>());
                case 't' -> push(Collections.unmodifiableList(popToMark()));
                case 0x85 -> push(listOf(pop()));
                case 0x86 -> {
                    Object second = pop();
                    push(listOf(pop(), second));
                }
                case 0x87 -> {
                    Object third = pop();
                    Object second = pop();
                    push(listOf(pop(), second, third));
                }
                case 's' -> {
                    Object value = pop();
                    Object key = pop();
                    dict(peek()).put(key, value);
                }
                case 'u' -> {
                    List<Object> items = popToMark();
                    Map<Object, Object> dict = dict(peek());
                    for (int i = 0; i + 1 < items.size(); i += 2) {
                        dict.put(items.get(i), items.get(i + 1));
                    }
                }
                case 'a' -> {
                    Object value = pop();
                    list(peek()).add(value);
                }
                case 'e' -> {
                    List<Object> items = popToMark();
                    list(peek()).addAll(items);
                }
                case 'q' -> memo.put(in.readUnsignedByte(), peek());
                case 'r' -> memo.put(Integer.reverseBytes(in.readInt()), peek());
                case 'h' -> push(memoized(in.readUnsignedByte()));
                case 'j' -> push(memoized(Integer.reverseBytes(in.readInt())));
                case 'J' -> push((long) Integer.reverseBytes(in.readInt()));
                case 'K' -> push((long) in.readUnsignedByte());
                case 'M' -> push((long) (in.readUnsignedByte() | in.readUnsignedByte() << 8));
                case 0x8a -> push(long1(in.readUnsignedByte()));
                case 'X' -> push(text(Integer.reverseBytes(in.readInt())));
                case 0x8c -> push(text(in.readUnsignedByte())); // SHORT_BINUNICODE
                case 'G' -> push(in.readDouble());
                case 0x88 -> push(true);
                case 0x89 -> push(false);
                case 'N' -> push(null);
                default ->
                    throw new FoveaException(source + " uses pickle opcode 0x" + Integer.toHexString(opcode)
                            + ", which a plain state dict of tensors never needs; Fovea reads only such checkpoints "
                            + "and runs nothing from them. Use the model's open_clip_model.safetensors instead.");
            }
        }
    }

    private Global global(String module, String name) {
        Global global = new Global(module, name);
        boolean storage = module.equals("torch") && STORAGES.containsKey(name);
        if (!storage && !FUNCTIONS.contains(global.qualified())) {
            throw new FoveaException(source + " refers to the Python global '" + global.qualified()
                    + "', which is not part of a plain checkpoint of tensors. Fovea executes nothing from a checkpoint "
                    + "and refuses this one; use the model's open_clip_model.safetensors, or a checkpoint saved with "
                    + "torch.save(model.state_dict()).");
        }
        return global;
    }

    private StorageRef persistent(Object id) {
        if (id instanceof List<?> tuple
                && tuple.size() == 5
                && "storage".equals(tuple.get(0))
                && tuple.get(1) instanceof Global type
                && STORAGES.containsKey(type.name())
                && tuple.get(2) instanceof String key
                && tuple.get(4) instanceof Long elements) {
            return new StorageRef(key, STORAGES.get(type.name()), elements);
        }
        throw new FoveaException(source + " refers to an object that is not a tensor storage (" + id + ").");
    }

    private Object reduce(Object function, Object arguments) {
        if (!(function instanceof Global global) || !(arguments instanceof List<?> args)) {
            throw new FoveaException(source + " calls something that is not a known function (" + function + ").");
        }
        return switch (global.qualified()) {
            case "collections.OrderedDict" -> new LinkedHashMap<>();
            case "torch._utils._rebuild_tensor_v2" -> tensor(args);
            case "torch._utils._rebuild_parameter" -> {
                if (args.isEmpty() || !(args.get(0) instanceof TensorRef tensor)) {
                    throw new FoveaException(source + ": a parameter without a tensor.");
                }
                yield tensor;
            }
            default -> throw new FoveaException(source + " calls " + global.qualified() + ", which Fovea does not.");
        };
    }

    private TensorRef tensor(List<?> args) {
        if (args.size() >= 4
                && args.get(0) instanceof StorageRef storage
                && args.get(1) instanceof Long offset
                && args.get(2) instanceof List<?> size
                && args.get(3) instanceof List<?> stride
                && size.size() == stride.size()) {
            return new TensorRef(storage, offset, longs(size), longs(stride));
        }
        throw new FoveaException(source + ": a tensor whose description Fovea does not understand (" + args + ").");
    }

    private void build(Object state, Object target) {
        // An OrderedDict state dict carries `_metadata` (module versions) as its instance state; tensors need none.
        if (!(target instanceof Map<?, ?>) || !(state instanceof Map<?, ?> || state == null)) {
            throw new FoveaException(source + " sets the state of an object Fovea does not know (" + target + ").");
        }
    }

    private long[] longs(List<?> values) {
        long[] result = new long[values.size()];
        for (int i = 0; i < result.length; i++) {
            if (!(values.get(i) instanceof Long value)) {
                throw new FoveaException(source + ": a tensor dimension is not an integer (" + values + ").");
            }
            result[i] = value;
        }
        return result;
    }

    private String line() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int c; (c = in.readUnsignedByte()) != '\n'; ) {
            if (text.length() > 200) {
                throw new FoveaException(source + ": a global name longer than 200 characters; not a checkpoint.");
            }
            text.append((char) c);
        }
        return text.toString();
    }

    private String text(int length) throws IOException {
        if (length < 0 || length > in.available()) {
            throw new EOFException();
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private long long1(int length) throws IOException {
        if (length > 8) {
            throw new FoveaException(source + ": an integer of " + length + " bytes; not a checkpoint.");
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            value |= (long) in.readUnsignedByte() << (8 * i);
        }
        if (length > 0 && length < 8 && (value & (1L << (8 * length - 1))) != 0) {
            value -= 1L << (8 * length);
        }
        return value;
    }

    private Object memoized(int index) {
        if (!memo.containsKey(index)) {
            throw new FoveaException(source + ": the pickle refers to memo slot " + index + " before filling it.");
        }
        return memo.get(index);
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> dict(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<Object, Object>) map;
        }
        throw new FoveaException(source + ": items set on something that is not a dict.");
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object value) {
        if (value instanceof ArrayList<?> list) {
            return (List<Object>) list;
        }
        throw new FoveaException(source + ": items appended to something that is not a list.");
    }

    private static List<Object> listOf(Object... values) {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    private void push(Object value) {
        stack.add(value);
    }

    private Object pop() {
        if (stack.isEmpty()) {
            throw new FoveaException(source + ": the pickle pops from an empty stack; the checkpoint is damaged.");
        }
        Object value = stack.removeLast();
        if (value == MARK) {
            throw new FoveaException(source + ": the pickle misplaces a MARK; the checkpoint is damaged.");
        }
        return value;
    }

    private Object peek() {
        if (stack.isEmpty() || stack.getLast() == MARK) {
            throw new FoveaException(source + ": the pickle reads an empty stack; the checkpoint is damaged.");
        }
        return stack.getLast();
    }

    private List<Object> popToMark() {
        int mark = stack.lastIndexOf(MARK);
        if (mark < 0) {
            throw new FoveaException(
                    source + ": the pickle has no MARK where one is needed; the checkpoint is damaged.");
        }
        List<Object> items = new ArrayList<>(stack.subList(mark + 1, stack.size()));
        stack.subList(mark, stack.size()).clear();
        return items;
    }
}
