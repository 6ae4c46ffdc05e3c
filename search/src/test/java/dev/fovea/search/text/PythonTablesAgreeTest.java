package dev.fovea.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fovea.testing.PythonTools;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

/**
 * The tables the cleaning borrows from Java and jsoup are the ones Python and ftfy use: the HTML5 named
 * character references, the single-byte code pages, whitespace. Runs Python from tools/.venv.
 */
class PythonTablesAgreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsoupKnowsEveryHtml5ReferencePythonKnows() throws IOException {
        JsonNode html5 =
                python("import html.entities, json; print(json.dumps(html.entities.html5, ensure_ascii=True))");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : html5.properties()) {
            String name = entry.getKey();
            boolean legacy = !name.endsWith(";");
            String bare = legacy ? name : name.substring(0, name.length() - 1);
            boolean known = legacy ? Entities.isBaseNamedEntity(bare) : Entities.isNamedEntity(bare);
            if (!known || !Entities.getByName(bare).equals(entry.getValue().asText())) {
                wrong.add(name);
            }
        }
        assertThat(html5.size()).isEqualTo(2231);
        assertThat(wrong).isEmpty();
    }

    @Test
    void singleByteTablesEqualFtfysCodecs() throws IOException {
        JsonNode tables =
                python("import json, ftfy.bad_codecs; print(json.dumps({e: bytes(range(256)).decode(e) for e in "
                        + "['latin-1','sloppy-windows-1252','sloppy-windows-1251','sloppy-windows-1250','sloppy-windows-1253',"
                        + "'sloppy-windows-1254','sloppy-windows-1257','iso-8859-2','macroman','cp437']}))");
        assertThat(SingleByteEncoding.CANDIDATES).hasSize(10);
        for (SingleByteEncoding encoding : SingleByteEncoding.CANDIDATES) {
            assertThat(new String(encoding.decodeTable()))
                    .as(encoding.name())
                    .isEqualTo(tables.get(encoding.name()).asText());
        }
    }

    @Test
    void whitespaceIsPythonsIsspace() throws IOException {
        JsonNode spaces = python("import json; print(json.dumps([c for c in range(0x110000) if chr(c).isspace()]))");
        List<Integer> expected = new ArrayList<>();
        spaces.forEach(node -> expected.add(node.asInt()));
        List<Integer> actual = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (PythonWhitespace.is(c)) {
                actual.add(c);
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static JsonNode python(String program) throws IOException {
        return JSON.readTree(PythonTools.evaluate(program));
    }
}
