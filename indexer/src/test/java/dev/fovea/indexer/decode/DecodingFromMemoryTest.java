package dev.fovea.indexer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A photo decoded from the bytes the indexer read once is the photo decoded from its file, in every format. */
class DecodingFromMemoryTest {
    @TempDir
    Path workDir;

    @Test
    void everyFormatDecodesFromMemoryAsFromTheFile() throws IOException {
        PhotoDecoder decoder = new PhotoDecoder();
        for (Path file : DecoderParityTest.generated(workDir)) {
            for (DecodeRequest request :
                    new DecodeRequest[] {DecodeRequest.atLeast(64), DecodeRequest.fullResolution()}) {
                DecodedImage fromFile = decoder.decode(file, request);
                DecodedImage fromMemory = decoder.decode(file, Files.readAllBytes(file), request);
                assertThat(fromMemory.image().pixels())
                        .as("%s %s", file.getFileName(), request)
                        .isEqualTo(fromFile.image().pixels());
                assertThat(fromMemory)
                        .as("%s %s", file.getFileName(), request)
                        .extracting(
                                d -> d.image().width(),
                                d -> d.image().height(),
                                DecodedImage::sourceWidth,
                                DecodedImage::sourceHeight,
                                DecodedImage::format)
                        .containsExactly(
                                fromFile.image().width(),
                                fromFile.image().height(),
                                fromFile.sourceWidth(),
                                fromFile.sourceHeight(),
                                fromFile.format());
            }
        }
    }

    @Test
    void emptyContentIsRefusedAsEmpty() {
        PhotoDecoder decoder = new PhotoDecoder();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> decoder.decode(workDir.resolve("empty.jpg"), new byte[0], DecodeRequest.atLeast(64)))
                .isInstanceOf(UndecodableImageException.class)
                .extracting(e -> ((UndecodableImageException) e).reason())
                .isEqualTo(UndecodableImageException.EMPTY);
    }
}
