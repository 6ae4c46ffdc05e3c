package dev.fovea.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TensorPoolTest {
    @Test
    void aTensorGivenBackIsTheNextOneTakenAndANewOneOtherwise() {
        TensorPool pool = new TensorPool(12);
        float[] first = pool.take();
        float[] second = pool.take();
        assertThat(first).hasSize(12).isNotSameAs(second);

        pool.giveBack(first);
        assertThat(pool.take()).isSameAs(first);
        assertThat(pool.take()).isNotSameAs(first).isNotSameAs(second).hasSize(12);
    }

    @Test
    void aTensorOfAnotherLengthIsNotKept() {
        TensorPool pool = new TensorPool(12);
        float[] foreign = new float[8];
        pool.giveBack(foreign);
        assertThat(pool.take()).isNotSameAs(foreign).hasSize(12);
    }
}
