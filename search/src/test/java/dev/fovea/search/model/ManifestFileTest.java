package dev.fovea.search.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fovea.search.FoveaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestFileTest {
    private static final String SHA = "0".repeat(64);

    @TempDir
    Path dir;

    private Path manifestFile() {
        return dir.resolve(ManifestFile.NAME);
    }

    private void writeValid() {
        ManifestFile.write(FakeModels.manifest("custom-model", ModelFamily.FIXTURE, 8, SHA, SHA, SHA), manifestFile());
    }

    private void edit(String from, String to) throws IOException {
        String json = Files.readString(manifestFile());
        assertThat(json).contains(from);
        Files.writeString(manifestFile(), json.replace(from, to));
    }

    @Test
    void writesTheDocumentedSnakeCaseFormatAndReadsItBack() throws IOException {
        writeValid();

        JsonNode json = new ObjectMapper().readTree(manifestFile().toFile());
        assertThat(json.path("format").asInt()).isEqualTo(1);
        assertThat(json.path("family").asText()).isEqualTo("fixture");
        assertThat(json.path("embedding_dimensions").asInt()).isEqualTo(8);
        assertThat(json.path("preprocessing").path("interpolation").asText()).isEqualTo("bilinear");
        assertThat(json.path("preprocessing").path("resize").asText()).isEqualTo("shortest");
        assertThat(json.path("tokenizer").path("context_length").asInt()).isEqualTo(77);
        assertThat(json.path("image_encoder").path("input").asText()).isEqualTo("pixel_values");
        assertThat(json.has("weights_sha256")).isFalse();

        ModelManifest read = ManifestFile.read(manifestFile());
        assertThat(read.id()).isEqualTo("custom-model");
        assertThat(read.seed()).isEqualTo(7L);
        assertThat(read.imagePreprocessing()).isEqualTo(Preprocessing.unnormalized(64, Interpolation.BILINEAR));
        assertThat(read.textEncoder().output()).isEqualTo("text_embeds");
    }

    @Test
    void readsTheDocumentedExample() throws IOException {
        String doc = Files.readString(dev.fovea.testing.TestData.repoRoot().resolve("docs/model-directory.md"));
        String example = doc.substring(doc.indexOf("```json") + 7, doc.indexOf("```", doc.indexOf("```json") + 7))
                .replace("924691ac…", "924691ac" + "0".repeat(56))
                .replace("\"…\"", "\"" + SHA + "\"");
        Files.writeString(manifestFile(), example);

        ModelManifest manifest = ManifestFile.read(manifestFile());

        assertThat(manifest.id()).isEqualTo("mobileclip-s2");
        assertThat(manifest.family()).isEqualTo(ModelFamily.MOBILECLIP);
        assertThat(manifest.imagePreprocessing())
                .isEqualTo(ModelRegistry.find("mobileclip-s2").orElseThrow().preprocessing());
    }

    @Test
    void aMissingFieldIsNamedWithTheFile() throws IOException {
        writeValid();
        edit("\"output\" : \"image_embeds\"", "\"outputs\" : \"image_embeds\"");

        assertThatThrownBy(() -> ManifestFile.read(manifestFile()))
                .isInstanceOf(FoveaException.class)
                .hasMessageStartingWith(manifestFile().toString())
                .hasMessageContaining("'image_encoder.output' is missing");
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() throws IOException {
        writeValid();
        edit("\"embedding_dimensions\" : 8", "\"embedding_dimensions\" : \"eight\"");

        assertThatThrownBy(() -> ManifestFile.read(manifestFile()))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("'embedding_dimensions' is invalid");
    }

    @Test
    void aTruncatedManifestSaysSo() throws IOException {
        writeValid();
        String json = Files.readString(manifestFile());
        Files.writeString(manifestFile(), json.substring(0, json.length() / 2));

        assertThatThrownBy(() -> ManifestFile.read(manifestFile()))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("truncated or not valid JSON");
    }

    @Test
    void pathsThatLeaveTheDirectoryAreRefused() throws IOException {
        writeValid();
        edit("\"file\" : \"text_encoder.onnx\"", "\"file\" : \"../elsewhere/text_encoder.onnx\"");

        assertThatThrownBy(() -> ManifestFile.read(manifestFile()))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("'text_encoder.file' '../elsewhere/text_encoder.onnx' must be a plain path");
    }

    @Test
    void aNewerFormatAsksForANewerFovea() throws IOException {
        writeValid();
        edit("\"format\" : 1", "\"format\" : 2");

        assertThatThrownBy(() -> ManifestFile.read(manifestFile()))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("made for a newer Fovea");
    }

    @Test
    void aRegistryIdMustCarryTheRegistryFacts() {
        ModelManifest wrong = FakeModels.manifest("mobileclip-s2", ModelFamily.MOBILECLIP, 768, SHA, SHA, SHA);

        assertThatThrownBy(() -> ManifestFile.write(wrong, manifestFile()))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("'embedding_dimensions' is 768 but mobileclip-s2 has 512");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        writeValid();
        edit("\"crop\" : \"center\"", "\"crop\" : \"random\"");
        edit("\"type\" : \"clip-bpe\"", "\"type\" : \"sentencepiece\"");

        assertThatThrownBy(() -> ManifestFile.read(manifestFile()))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("'preprocessing.crop' must be \"center\"")
                .hasMessageContaining("'tokenizer.type' must be");
    }
}
