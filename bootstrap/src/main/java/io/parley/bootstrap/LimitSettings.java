package io.parley.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.parley.application.limit.Limited;
import io.parley.application.port.RateRule;
import java.util.EnumMap;
import java.util.Map;

/**
 * Rate limits and quotas ({@code parley.limits.*}, env {@code PARLEY_LIMITS_*}); each rate is
 * {@code <amount>/<period>}, a token bucket of that capacity refilled at that rate. Anonymous actions count per client
 * address, authenticated ones per user. The defaults are far above what a person with a normal client does; every one
 * is listed in docs/api/README.md#limits. The socket counts ({@code open-sockets-per-user},
 * {@code socket-refusals-before-close}) are read by the WebSocket adapter.
 */
@ConfigurationProperties("parley.limits")
public record LimitSettings(
        @Bindable(defaultValue = "60/1h") String registerPerAddress,
        @Bindable(defaultValue = "100/5m") String loginPerAddress,
        @Bindable(defaultValue = "1200/1m") String sendPerUser,
        @Bindable(defaultValue = "120/1m") String typingPerUser,
        @Bindable(defaultValue = "1000/1d") String uploadsPerUser,
        @Bindable(defaultValue = "2GB/1d") String uploadBytesPerUser,
        @Bindable(defaultValue = "60/1m") String socketOpensPerUser,
        @Bindable(defaultValue = "100") int sessionsPerUser,
        @Bindable(defaultValue = "50") int reactionKindsPerMessage,
        @Bindable(defaultValue = "20") int reactionsPerUserPerMessage,
        @Bindable(defaultValue = "50") int mentionsPerMessage,
        @Bindable(defaultValue = "50") int pinsPerChat) {

    public LimitSettings {
        rules(
                registerPerAddress,
                loginPerAddress,
                sendPerUser,
                typingPerUser,
                uploadsPerUser,
                uploadBytesPerUser,
                socketOpensPerUser);
    }

    /** The rule of every rate-limited action, parsed; a malformed setting fails at startup naming it. */
    public Map<Limited, RateRule> rules() {
        return rules(
                registerPerAddress,
                loginPerAddress,
                sendPerUser,
                typingPerUser,
                uploadsPerUser,
                uploadBytesPerUser,
                socketOpensPerUser);
    }

    private static Map<Limited, RateRule> rules(String... settings) {
        String[] names = {
            "register-per-address",
            "login-per-address",
            "send-per-user",
            "typing-per-user",
            "uploads-per-user",
            "upload-bytes-per-user",
            "socket-opens-per-user"
        };
        Limited[] actions = {
            Limited.REGISTER,
            Limited.LOGIN,
            Limited.SEND,
            Limited.TYPING,
            Limited.UPLOAD_FILES,
            Limited.UPLOAD_BYTES,
            Limited.SOCKET_OPEN
        };
        Map<Limited, RateRule> rules = new EnumMap<>(Limited.class);
        for (int i = 0; i < actions.length; i++) {
            rules.put(actions[i], RateRule.parse("parley.limits." + names[i], settings[i]));
        }
        return rules;
    }
}
