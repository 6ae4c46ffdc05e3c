package dev.fovea.search.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fovea.testing.PythonTools;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Java registry and tools/fovea_tools/registry.py name the same variants, and every fact the Java
 * registry states (dimensions, preprocessing, causal mask) is what open_clip 3.3.0's own configurations say.
 */
class ModelRegistryAgreesWithOpenClipTest {

    @Test
    void javaRegistryMatchesPythonRegistryAndOpenClip() throws IOException {
        Map<String, JsonNode> python = new LinkedHashMap<>();
        for (String line : PythonTools.run("registry", "--json").split("\\R")) {
            JsonNode variant = new ObjectMapper().readTree(line);
            python.put(variant.get("id").asText(), variant);
        }
        assertThat(python.keySet())
                .containsExactlyElementsOf(
                        ModelRegistry.all().stream().map(ModelVariant::id).toList());

        for (ModelVariant variant : ModelRegistry.all()) {
            JsonNode facts = python.get(variant.id());
            String id = variant.id();
            assertThat(facts.get("display_name").asText()).as(id).isEqualTo(variant.displayName());
            assertThat(facts.get("family").asText())
                    .as(id)
                    .isEqualTo(variant.family().name().toLowerCase(Locale.ROOT));
            assertThat(facts.get("pretrained").asText()).as(id).isEqualTo(variant.openClipPretrained());
            assertThat(
                            facts.get("open_clip_name").isNull()
                                    ? null
                                    : facts.get("open_clip_name").asText())
                    .as(id)
                    .isEqualTo(variant.openClipName().orElse(null));
            if (variant.openClipName().isEmpty()) {
                continue;
            }
            assertThat(facts.get("embedding_dimensions").asInt()).as(id).isEqualTo(variant.embeddingDimensions());
            assertThat(facts.get("context_length").asInt()).as(id).isEqualTo(variant.contextLength());
            assertThat(facts.get("causal_text").asBoolean()).as(id).isEqualTo(variant.causalText());
            JsonNode preprocessing = facts.get("preprocessing");
            Preprocessing expected = variant.preprocessing();
            assertThat(preprocessing.get("image_size").asInt()).as(id).isEqualTo(expected.imageSize());
            assertThat(preprocessing.get("resize").asText()).as(id).isEqualTo("shortest");
            assertThat(preprocessing.get("interpolation").asText())
                    .as(id)
                    .isEqualTo(expected.interpolation().name().toLowerCase(Locale.ROOT));
            for (int channel = 0; channel < 3; channel++) {
                assertThat(preprocessing.get("mean").get(channel).floatValue())
                        .as(id)
                        .isCloseTo(expected.mean()[channel], within(1e-7f));
                assertThat(preprocessing.get("std").get(channel).floatValue())
                        .as(id)
                        .isCloseTo(expected.std()[channel], within(1e-7f));
            }
        }
    }
}
