package io.parley.adapter.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A Lua script from this package's resources, run by its SHA-1 and sent in full only when Redis lacks it. */
final class LuaScript {
    private final String text;
    private final String sha;

    private LuaScript(String text) {
        this.text = text;
        this.sha = sha1(text);
    }

    /** The script made of the named resources, in order (a shared prelude first, then the body). */
    static LuaScript load(String... resources) {
        StringBuilder text = new StringBuilder();
        for (String resource : resources) {
            try (InputStream in = LuaScript.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing script resource " + resource);
                }
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("reading script resource " + resource, e);
            }
        }
        return new LuaScript(text.toString());
    }

    /**
     * Runs the script atomically with {@code keys} and {@code args}; Redis unreachable throws
     * {@link io.parley.domain.ServiceUnavailableException}, other Redis errors propagate.
     */
    <T> T run(RedisCommands<String, String> redis, ScriptOutputType output, String[] keys, String... args) {
        return RedisOutage.guard(() -> {
            try {
                return redis.<T>evalsha(sha, output, keys, args);
            } catch (RedisNoScriptException notCachedYet) {
                // first run since Redis started (or SCRIPT FLUSH): EVAL runs it and caches it for the next EVALSHA
                return redis.<T>eval(text, output, keys, args);
            }
        });
    }

    private static String sha1(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-1", e);
        }
    }
}
