package com.showroomassistant.media;

import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.shared.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Photo URLs a caller gives (vehicle API, dashboard): the service keeps its own copy and only ever hands out its own
 * URL. A URL of this showroom's stored media is kept as it is; any other is refused when it is not http(s) or points at
 * a loopback, private, link-local or otherwise internal address (checked again at connect time, on every redirect, so a
 * name that resolves elsewhere later gains nothing), else fetched once, checked like an upload and stored.
 */
@Component
public class PhotoLinks implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PhotoLinks.class);
    private static final String FIELD = "photos";
    private final MediaStore store;
    private final MediaProperties properties;
    private final CloseableHttpClient http;

    PhotoLinks(MediaStore store, MediaProperties properties) {
        this.store = store;
        this.properties = properties;
        Timeout timeout = Timeout.of(properties.fetchTimeout());
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new PublicAddressesOnly())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(timeout)
                                .setSocketTimeout(timeout)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setMaxRedirects(3)
                        .setResponseTimeout(timeout)
                        .build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent("ShowroomAssistant-photo-fetch")
                .build();
    }

    @Override
    public void close() throws IOException {
        http.close();
    }

    /** The photos as this service serves them: its own URLs kept, others fetched and stored; 400 for any refused. */
    public List<String> keep(TenantId tenant, List<String> urls) {
        if (urls == null) {
            return null;
        }
        List<String> kept = new ArrayList<>(urls.size());
        for (String url : urls) {
            kept.add(store.isStored(tenant, url) ? url : fetch(tenant, url));
        }
        return kept;
    }

    private String fetch(TenantId tenant, String url) {
        URI uri = allowed(url);
        byte[] bytes;
        try {
            bytes = http.execute(new HttpGet(uri), response -> {
                if (response.getCode() != 200) {
                    throw refused(url, "answered HTTP " + response.getCode());
                }
                var entity = response.getEntity();
                if (entity == null) {
                    throw refused(url, "sent no image");
                }
                if (entity.getContentLength() > properties.maxBytes()) {
                    throw refused(url, "is larger than " + properties.maxBytes() + " bytes");
                }
                try (InputStream in = entity.getContent()) {
                    byte[] read = in.readNBytes((int) Math.min(properties.maxBytes(), Integer.MAX_VALUE - 9) + 1);
                    if (read.length > properties.maxBytes()) {
                        throw refused(url, "is larger than " + properties.maxBytes() + " bytes");
                    }
                    return read;
                }
            });
        } catch (InvalidFieldException e) {
            throw e;
        } catch (IOException e) {
            log.debug("photo {} not fetched: {}", url, e.toString());
            throw refused(
                    url,
                    e instanceof UnknownHostException || e.getCause() instanceof UnknownHostException
                            ? "cannot be reached at a public address"
                            : "could not be fetched");
        }
        try {
            return store.storeImage(tenant, bytes);
        } catch (IllegalArgumentException notAnImage) {
            throw refused(url, "is not a JPEG, PNG, WebP or GIF image");
        }
    }

    /** http(s) with a host that resolves to public addresses only, or a trusted host:port. */
    private URI allowed(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw refused(url, "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(url, "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw refused(url, "must name a host (and no user)");
        }
        if (trusted(uri)) {
            return uri;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (internal(address)) {
                    throw refused(url, "points at a loopback, private or link-local address");
                }
            }
        } catch (UnknownHostException e) {
            throw refused(url, "names a host that cannot be resolved");
        }
        return uri;
    }

    private boolean trusted(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        String hostPort = uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        return properties.trustedPhotoHosts().stream().anyMatch(h -> h.strip().equalsIgnoreCase(hostPort));
    }

    private boolean trustedName(String host) {
        return properties.trustedPhotoHosts().stream()
                .anyMatch(h -> h.strip().toLowerCase(Locale.ROOT).startsWith(host.toLowerCase(Locale.ROOT) + ":"));
    }

    /** Addresses no photo URL from outside may reach: this machine, private networks, link-local, multicast. */
    static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        return false;
    }

    private static InvalidFieldException refused(String url, String why) {
        return new InvalidFieldException(FIELD, "photo URL " + abbreviate(url) + " " + why);
    }

    private static String abbreviate(String url) {
        String s = url == null ? "" : url.strip();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    /** The same rule at connect time, for every name the client resolves (redirects included). */
    private final class PublicAddressesOnly extends SystemDefaultDnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            InetAddress[] addresses = super.resolve(host);
            if (!trustedName(host)) {
                for (InetAddress address : addresses) {
                    if (internal(address)) {
                        throw new UnknownHostException(host + " resolves to an internal address");
                    }
                }
            }
            return addresses;
        }
    }
}
