package dev.fovea.search.model.download;

import dev.fovea.search.FoveaException;
import java.net.URI;
import java.util.Locale;

/**
 * Which hosts a download may be sent to: the hub itself and its own storage (subdomains of the hub's domain, and
 * for Hugging Face its {@code hf.co} storage hosts), over HTTPS, or plain HTTP only on a loopback address (a
 * local test server or a mirror on this machine). A redirect anywhere else is refused rather than followed.
 */
final class RedirectPolicy {
    private final URI hub;

    RedirectPolicy(URI hub) {
        this.hub = hub;
    }

    /** Refuses a hub address that would send downloads in clear text over a network. */
    static void checkEndpoint(URI hub) {
        String scheme = String.valueOf(hub.getScheme()).toLowerCase(Locale.ROOT);
        if (hub.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new FoveaException("'" + hub + "' is not a hub address (expected https://HOST/). Check HF_ENDPOINT.");
        }
        if (scheme.equals("http") && !loopback(hub.getHost())) {
            throw new FoveaException("Refusing the plain http:// hub " + hub + ": a model fetched in clear text over a "
                    + "network could be replaced on the way. Use https:// (check HF_ENDPOINT); plain http is allowed only "
                    + "for a server on this computer (127.0.0.1, ::1, localhost).");
        }
    }

    void check(URI target, String file) {
        String host = target.getHost() == null ? "" : target.getHost().toLowerCase(Locale.ROOT);
        String scheme = String.valueOf(target.getScheme()).toLowerCase(Locale.ROOT);
        boolean secure = scheme.equals("https") || (scheme.equals("http") && loopback(host));
        if (!secure || !allowedHost(host)) {
            throw new FoveaException(hub.getHost() + " redirected the download of " + file + " to " + target.getScheme()
                    + "://" + host + ", which is not " + hub.getHost() + " or its own storage. Fovea refuses to fetch "
                    + "a model from elsewhere; nothing was installed.");
        }
    }

    private boolean allowedHost(String host) {
        String hubHost = hub.getHost().toLowerCase(Locale.ROOT);
        if (host.equals(hubHost) || host.endsWith("." + hubHost)) {
            return true;
        }
        boolean huggingFace = hubHost.equals("huggingface.co") || hubHost.equals("hf.co");
        return huggingFace && (host.equals("hf.co") || host.endsWith(".hf.co") || host.endsWith(".huggingface.co"));
    }

    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
        return h.equals("localhost")
                || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
