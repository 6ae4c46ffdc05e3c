package dev.fovea.search.index;

import java.lang.reflect.Field;
import org.apache.lucene.util.VectorUtil;

/**
 * Which vector implementation Lucene picked: "PanamaVectorizationProvider" means SIMD through the JDK's
 * vector incubator module, "DefaultVectorizationProvider" the scalar fallback (the module was not added).
 * Lucene logs this once; status output and tests read it here.
 */
public final class Vectorization {
    private Vectorization() {}

    public static String provider() {
        VectorUtil.dotProduct(new float[] {1f}, new float[] {1f});
        try {
            Class<?> holder = Class.forName("org.apache.lucene.internal.vectorization.VectorizationProvider$Holder");
            Field instance = holder.getDeclaredField("INSTANCE");
            instance.setAccessible(true);
            return instance.get(null).getClass().getSimpleName();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "unknown (" + e.getClass().getSimpleName() + ")";
        }
    }

    public static boolean isSimd() {
        return provider().startsWith("Panama");
    }
}
