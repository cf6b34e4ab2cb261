package io.parley.application.call;

import io.parley.application.port.Clock;
import io.parley.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * TURN credentials the TURN REST way (coturn's {@code use-auth-secret}): the username is
 * {@code <expiry as Unix seconds>:<user id>}, the credential the Base64 HMAC-SHA1 of it with the shared secret.
 */
public final class GetIceServersService implements GetIceServersUseCase {
    private final IceSettings settings;
    private final Clock clock;

    public GetIceServersService(IceSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public IceServers iceServers(UserId actor) {
        List<IceServer> servers = new ArrayList<>();
        if (!settings.stunUrls().isEmpty()) {
            servers.add(new IceServer(settings.stunUrls(), null, null));
        }
        if (!settings.turnUrls().isEmpty()) {
            if (settings.turnSecret() == null) {
                servers.add(new IceServer(settings.turnUrls(), null, null));
            } else {
                String username = (clock.now().getEpochSecond() + settings.ttl().toSeconds()) + ":" + actor.value();
                servers.add(new IceServer(settings.turnUrls(), username, hmacSha1(settings.turnSecret(), username)));
            }
        }
        return new IceServers(servers, settings.ttl().toSeconds());
    }

    /** Base64 of HMAC-SHA1({@code text}) keyed with {@code secret}. */
    static String hmacSha1(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
