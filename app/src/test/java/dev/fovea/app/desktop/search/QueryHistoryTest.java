package dev.fovea.app.desktop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryHistoryTest {

    @Test
    void newestFirstWithoutRepeatsOrBlanksAndBounded() {
        List<String> history = List.of();
        history = QueryHistory.add(history, "beach");
        history = QueryHistory.add(history, "  dog in snow ");
        history = QueryHistory.add(history, "Beach");
        history = QueryHistory.add(history, "   ");
        assertThat(history).containsExactly("Beach", "dog in snow");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            many = new ArrayList<>(QueryHistory.add(many, "q" + i));
        }
        assertThat(many).hasSize(QueryHistory.LIMIT).startsWith("q79");
    }

    @Test
    void matchesWordStartsButNotWhatIsAlreadyTyped() {
        List<String> history = List.of("sunset at the beach", "beach", "snow dog", "birthday cake");
        assertThat(QueryHistory.matching(history, "be", 5)).containsExactly("sunset at the beach", "beach");
        assertThat(QueryHistory.matching(history, "beach", 5)).containsExactly("sunset at the beach");
        assertThat(QueryHistory.matching(history, "", 2)).containsExactly("sunset at the beach", "beach");
    }
}
