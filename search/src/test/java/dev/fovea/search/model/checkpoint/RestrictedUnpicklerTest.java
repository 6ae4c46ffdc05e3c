package dev.fovea.search.model.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestrictedUnpicklerTest {

    @Test
    void aStateDictOfTensorsIsRead() {
        // What torch.save(OrderedDict(w=tensor of 2x3 float32)) pickles, written out opcode by opcode.
        String pickle = "\u0080\u0002ccollections\nOrderedDict\nq\u0000)Rq\u0001X\u0001\u0000\u0000\u0000w"
                + "ctorch._utils\n_rebuild_tensor_v2\nq\u0002((X\u0007\u0000\u0000\u0000storage"
                + "ctorch\nFloatStorage\nX\u0001\u0000\u0000\u00000X\u0003\u0000\u0000\u0000cpuK\u0006tQK\u0000"
                + "K\u0002K\u0003\u0086K\u0003K\u0001\u0086\u0089ccollections\nOrderedDict\n)RtRq\u0003s}b.";
        Object root = RestrictedUnpickler.read("test.bin", bytes(pickle));
        assertThat(root).isInstanceOf(Map.class);
        Object tensor = ((Map<?, ?>) root).get("w");
        assertThat(tensor).isInstanceOf(RestrictedUnpickler.TensorRef.class);
        RestrictedUnpickler.TensorRef ref = (RestrictedUnpickler.TensorRef) tensor;
        assertThat(ref.storage().dtype()).isEqualTo(TensorDtype.F32);
        assertThat(ref.storage().key()).isEqualTo("0");
        assertThat(ref.size()).containsExactly(2, 3);
        assertThat(ref.stride()).containsExactly(3, 1);
    }

    @Test
    void anUnexpectedGlobalIsRefusedAndNeverCalled() {
        String pickle = "cos\nsystem\n(X\u0004\u0000\u0000\u0000echotR.";
        assertThatThrownBy(() -> RestrictedUnpickler.read("evil.bin", bytes(pickle)))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("evil.bin")
                .hasMessageContaining("'os.system'");
    }

    @Test
    void opcodesAStateDictNeverUsesAreRefused() {
        // INST builds an object by calling a class: never in a state dict.
        assertThatThrownBy(() -> RestrictedUnpickler.read("odd.bin", bytes("\u0080\u0002(ibuiltins\nprint\n.")))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("opcode 0x69");
    }

    @Test
    void aTruncatedPickleSaysSo() {
        assertThatThrownBy(() -> RestrictedUnpickler.read("cut.bin", bytes("\u0080\u0002}q\u0000(X\u0005\u0000")))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("truncated");
    }

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }
}
