package dev.fovea.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fovea.indexer.text.TextReader;
import dev.fovea.indexer.text.TextReaderFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The text stage's readers, loaded ahead while the pipeline runs or when the stage starts. */
class TextReadersTest {
    @BeforeEach
    void languageData() {
        assumeTrue(
                TextReaderFixture.languageDataInstalled(), "Tesseract's eng and por language data are not installed");
    }

    @Test
    void readersLoadedAheadServeEachReadingThreadOnce() throws Exception {
        TextReaders readers = new TextReaders(2, Thread.NORM_PRIORITY);
        readers.openAhead();
        readers.openAhead();
        readers.awaitFirst();
        TextReader a = readers.take();
        TextReader b = readers.take();
        assertThat(a).isNotSameAs(b);
        readers.giveBack(a);
        assertThat(readers.take()).as("two readers at most: the one given back").isSameAs(a);
        readers.giveBack(a);
        readers.giveBack(b);
        readers.close();
        readers.close();
    }

    @Test
    void withoutLoadingAheadTheFirstLoadsWhenTheStageStarts() throws Exception {
        TextReaders readers = new TextReaders(1, Thread.NORM_PRIORITY);
        readers.awaitFirst();
        TextReader only = readers.take();
        readers.giveBack(only);
        assertThat(readers.take()).isSameAs(only);
        readers.giveBack(only);
        readers.close();
    }

    @Test
    void closedReadersLoadNothingMore() throws Exception {
        TextReaders readers = new TextReaders(2, Thread.NORM_PRIORITY);
        readers.close();
        readers.openAhead();
        readers.awaitFirst();
        readers.giveBack(readers.take());
        readers.close();
    }
}
