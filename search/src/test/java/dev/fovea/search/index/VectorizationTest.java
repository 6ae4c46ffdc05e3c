package dev.fovea.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VectorizationTest {
    @Test
    void luceneUsesTheJdkVectorModuleInTests() {
        assertThat(Vectorization.provider())
                .as("surefire must add jdk.incubator.vector so Lucene's SIMD code is what the tests exercise")
                .isEqualTo("PanamaVectorizationProvider");
    }
}
