package dev.fovea.search.onnx;

import ai.onnxruntime.OrtEnvironment;
import dev.fovea.search.natives.NativesFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where ONNX Runtime loads its native libraries from. Its Java loader copies them (28 MB) out of the jar into a
 * new {@code onnxruntime-java*} temporary folder on every start, and leaves that folder behind: empty after a
 * normal exit, with the whole copy after a kill -9. Unless {@code onnxruntime.native.path} already names a folder
 * (the installed app ships them unpacked), Fovea unpacks them once ({@link NativesFolder}) and points the loader
 * there; and it removes the folders earlier runs left.
 */
final class OnnxNatives {
    private static final Logger LOG = LoggerFactory.getLogger(OnnxNatives.class);
    static final String PROPERTY = "onnxruntime.native.path";

    private OnnxNatives() {}

    static void prepare() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        NativesFolder.removeAbandoned("onnxruntime-java*");
        String version = OrtEnvironment.class.getPackage().getImplementationVersion();
        String platform = platform();
        if (version == null || platform == null) {
            return;
        }
        Optional<Path> folder = NativesFolder.of("onnxruntime-" + version + "-" + platform);
        if (folder.isEmpty()) {
            return;
        }
        try {
            for (String library : List.of("onnxruntime", "onnxruntime4j_jni")) {
                String fileName = System.mapLibraryName(library);
                NativesFolder.unpack(
                        OrtEnvironment.class,
                        "/ai/onnxruntime/native/" + platform + "/" + fileName,
                        folder.get(),
                        fileName);
            }
            System.setProperty(PROPERTY, folder.get().toString());
        } catch (IOException | SecurityException e) {
            LOG.debug("ONNX Runtime unpacks its own natives: {}", e.toString());
        }
    }

    /** The jar's folder name for this machine, as ONNX Runtime's loader computes it. */
    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.contains("linux") ? "linux" : os.contains("mac") || os.contains("darwin") ? "osx" : null;
        String archName =
                arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "aarch64" : null;
        return osName == null || archName == null ? null : osName + "-" + archName;
    }
}
