package io.parley.bootstrap.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's Chromium, headless, with a fake camera and microphone that need no permission prompt, driven over the
 * DevTools protocol. Missing Chromium is installed by {@code src/test/browser/install-chromium.sh}; if that fails,
 * the test fails (it never skips).
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Process process;
    private final Path profile;
    private final List<String> output = Collections.synchronizedList(new java.util.ArrayList<>());
    private final DevTools page;

    private HeadlessChromium(Path executable, JsonMapper json) throws IOException {
        profile = Files.createTempDirectory("parley-chromium");
        process = new ProcessBuilder(
                        executable.toString(),
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-quic",
                        "--use-fake-device-for-media-stream",
                        "--use-fake-ui-for-media-stream",
                        "--allow-loopback-in-peer-connection",
                        "--remote-allow-origins=*",
                        "--remote-debugging-port=0",
                        "--user-data-dir=" + profile,
                        "about:blank")
                .redirectErrorStream(true)
                .start();
        CompletableFuture<URI> browser = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(browser), "chromium-output");
        reader.setDaemon(true);
        reader.start();
        URI endpoint = browser.orTimeout(60, TimeUnit.SECONDS)
                .exceptionally(e -> {
                    throw new IllegalStateException("Chromium did not start: " + output, e);
                })
                .join();
        page = DevTools.connect(pageTarget(endpoint, json), json);
    }

    /** Starts a fresh Chromium (own profile) on about:blank. */
    public static HeadlessChromium start(JsonMapper json) {
        try {
            return new HeadlessChromium(executable(), json);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Chromium", e);
        }
    }

    /** The page's DevTools connection. */
    public DevTools page() {
        return page;
    }

    /** What Chromium printed, for failure messages. */
    public List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    public void open(URI url) {
        page.call("Page.navigate", Map.of("url", url.toString()));
    }

    @Override
    public void close() throws IOException {
        page.close();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    private void readOutput(CompletableFuture<URI> browser) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (output.size() < 500) {
                    output.add(line);
                }
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    browser.complete(URI.create(matcher.group(1)));
                }
            }
            browser.completeExceptionally(new IllegalStateException("Chromium exited"));
        } catch (IOException e) {
            browser.completeExceptionally(e);
        }
    }

    private static URI pageTarget(URI browser, JsonMapper json) throws IOException {
        URI list = URI.create("http://" + browser.getAuthority() + "/json/list");
        try {
            String body = HTTP.send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            List<Map<String, Object>> targets =
                    json.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class)));
            return targets.stream()
                    .filter(t -> "page".equals(t.get("type")))
                    .map(t -> URI.create((String) t.get("webSocketDebuggerUrl")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Chromium has no page: " + body));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** {@code PARLEY_CHROMIUM}, or Debian's {@code /usr/bin/chromium}, installed first if it is missing. */
    public static Path executable() throws IOException {
        String configured = System.getenv("PARLEY_CHROMIUM");
        Path chromium = Path.of(configured != null ? configured : "/usr/bin/chromium");
        if (!Files.isExecutable(chromium) && configured == null) {
            install();
        }
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("the browser call test needs Chromium at " + chromium
                    + "; install it with bootstrap/src/test/browser/install-chromium.sh or set PARLEY_CHROMIUM");
        }
        return chromium;
    }

    private static void install() throws IOException {
        Process installer = new ProcessBuilder("bash", "src/test/browser/install-chromium.sh")
                .inheritIO()
                .start();
        try {
            if (!installer.waitFor(15, TimeUnit.MINUTES) || installer.exitValue() != 0) {
                throw new IllegalStateException("installing Chromium failed (see the output above)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted installing Chromium", e);
        }
    }
}
