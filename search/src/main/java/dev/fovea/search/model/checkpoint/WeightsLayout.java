package dev.fovea.search.model.checkpoint;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Where each checkpoint tensor goes in a tower's weights file: the ONNX external data of the weightless graph
 * that {@code tools/fovea_tools/weightless.py} exported, by open_clip state-dict name.
 *
 * @param weightsFile the file name the graph's external data refers to
 * @param weightsSize the weights file's size in bytes (tensors start at 64 KB boundaries)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WeightsLayout(
        String openClipName,
        String tower,
        String input,
        String output,
        String graphFile,
        String weightsFile,
        long weightsSize,
        List<Entry> tensors) {

    /** One float32 tensor of the graph: its state-dict name, shape and byte range in the weights file. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String name, String dtype, long[] shape, long offset, long length) {}

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public static WeightsLayout read(InputStream in) throws IOException {
        return JSON.readValue(in, WeightsLayout.class);
    }
}
