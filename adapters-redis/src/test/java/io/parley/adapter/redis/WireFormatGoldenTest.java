package io.parley.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import io.parley.application.event.Event;
import io.parley.application.testdata.SampleEvents;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON nodes exchange is pinned by one golden file per sample event under {@code wire-format/} (named for the
 * kind's wire name, {@code -2}, {@code -3} for further samples of a kind): two node versions share one cluster during a
 * rolling upgrade, so a change of shape needs a new golden file and a note in ADR 0004. A missing or differing
 * file's actual encoding is written to {@code target/wire-format-actual/}.
 */
final class WireFormatGoldenTest {
    private static final String DIRECTORY = "wire-format";
    private final EventCodec codec = EventCodec.standalone();
    private final ObjectMapper json = ObjectMapper.getDefault();

    static Stream<Named<Class<?>>> eventKinds() {
        return concreteSubtypes(Event.class).stream().map(kind -> Named.of(kind.getSimpleName(), kind));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventKinds")
    void everyKindEncodesToItsGoldenFilesAndDecodesFromThem(Class<?> kind) throws Exception {
        List<Event> samples = SampleEvents.everyKind().stream()
                .filter(event -> event.getClass() == kind)
                .toList();
        assertThat(samples)
                .as("SampleEvents has no event of kind %s", kind.getSimpleName())
                .isNotEmpty();

        List<String> problems = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            Event sample = samples.get(i);
            String file = fileName(EventKinds.nameOf(sample), i);
            String encoded = codec.encode("node-a", sample);
            String golden = golden(file);
            if (golden == null) {
                problems.add("no golden file " + DIRECTORY + "/" + file + " for " + sample + "; its encoding is in "
                        + keep(file, encoded));
            } else if (!tree(encoded).equals(tree(golden))) {
                problems.add(sample + " encodes differently from " + DIRECTORY + "/" + file + "; its encoding is in "
                        + keep(file, encoded));
            } else {
                assertThat(codec.decode(golden, "node-b"))
                        .as("decoding %s/%s", DIRECTORY, file)
                        .contains(sample);
            }
        }
        assertThat(problems)
                .as("the wire format of %s (see ADR 0004)", kind.getSimpleName())
                .isEmpty();
    }

    /** Nodes from before groups had admins and public groups send group_changed without those fields. */
    @Test
    void aGroupChangedOfTheFormerShapeStillDecodes() throws Exception {
        String former = "{\"origin\":\"node-a\",\"type\":\"group_changed\",\"event\":{\"group\":{\"id\":41,"
                + "\"name\":\"Team ✨\",\"description\":\"\",\"ownerId\":7,\"memberCount\":2,"
                + "\"createdAt\":\"2026-11-21T10:15:30.123456Z\"},\"audience\":[{\"value\":7},{\"value\":8}]}}";
        Event sample = SampleEvents.everyKind().stream()
                .filter(event -> EventKinds.nameOf(event).equals("group_changed"))
                .findFirst()
                .orElseThrow();
        assertThat(codec.decode(former, "node-b")).contains(sample);
    }

    /** Nodes from before forwarding send message_sent without forwardedFrom: it decodes as a message written here. */
    @Test
    void aMessageSentOfTheFormerShapeWithoutForwardedFromStillDecodes() throws Exception {
        String former = golden("message_sent.json").replace(",\"forwardedFrom\":null", "");
        assertThat(former).doesNotContain("forwardedFrom");
        Event sample = SampleEvents.everyKind().stream()
                .filter(event -> EventKinds.nameOf(event).equals("message_sent"))
                .findFirst()
                .orElseThrow();
        assertThat(codec.decode(former, "node-b")).contains(sample);
    }

    /** Nodes from before threads send message_sent without thread: it decodes as a message in no thread. */
    @Test
    void aMessageSentOfTheFormerShapeWithoutThreadStillDecodes() throws Exception {
        String former = golden("message_sent.json").replace(",\"thread\":null", "");
        assertThat(former).doesNotContain("thread");
        Event sample = SampleEvents.everyKind().stream()
                .filter(event -> EventKinds.nameOf(event).equals("message_sent"))
                .findFirst()
                .orElseThrow();
        assertThat(codec.decode(former, "node-b")).contains(sample);
    }

    /** Nodes from before mentions and pins send message_edited without mentions, pin and the event's pin change. */
    @Test
    void aMessageEditedOfTheFormerShapeStillDecodes() throws Exception {
        String former =
                "{\"origin\":\"node-a\",\"type\":\"message_edited\",\"event\":{\"message\":{\"id\":102,\"chatId\":41,\"chatKind\":\"GROUP\",\"seq\":2,\"authorId\":7,\"authorName\":\"\u0410\u043b\u0438\u0441\u0430 \u2713\",\"text\":\"text \\\"2\\\" \\n \u00fcn\u00efc\u00f8d\u00e9 \\uD83C\\uDF89\",\"clientId\":\"client-2\",\"sentAt\":\"2026-11-21T10:15:30.123456Z\",\"editedAt\":\"2026-11-21T10:15:35.123456Z\",\"read\":false,\"type\":\"message\",\"files\":[],\"authorOnline\":false,\"quote\":null,\"reactions\":[],\"viewer\":null},\"cursor\":5,\"audience\":[{\"value\":7},{\"value\":8}],\"reaction\":null}}";
        Event sample = SampleEvents.everyKind().stream()
                .filter(event -> EventKinds.nameOf(event).equals("message_edited"))
                .findFirst()
                .orElseThrow();
        assertThat(codec.decode(former, "node-b")).contains(sample);
    }

    @Test
    void everyGoldenFileBelongsToASampleEvent() throws Exception {
        Set<String> expected = new TreeSet<>();
        Map<Class<?>, Integer> seen = new LinkedHashMap<>();
        for (Event sample : SampleEvents.everyKind()) {
            int index = seen.merge(sample.getClass(), 1, Integer::sum) - 1;
            expected.add(fileName(EventKinds.nameOf(sample), index));
        }
        URL directory = getClass().getClassLoader().getResource(DIRECTORY);
        assertThat(directory).as("test resource directory %s", DIRECTORY).isNotNull();
        try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
            Set<String> found =
                    files.map(path -> path.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(found)
                    .as("golden files: a file nothing is checked against is a kind renamed or removed")
                    .isEqualTo(expected);
        }
    }

    private static String fileName(String wireName, int index) {
        return index == 0 ? wireName + ".json" : wireName + "-" + (index + 1) + ".json";
    }

    private JsonNode tree(String text) throws IOException {
        return json.readValue(text, JsonNode.class);
    }

    private static String golden(String file) throws IOException {
        try (InputStream in = WireFormatGoldenTest.class.getClassLoader().getResourceAsStream(DIRECTORY + "/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes {@code encoded} under {@code target/wire-format-actual/} for the developer to inspect. */
    private static Path keep(String file, String encoded) throws IOException, URISyntaxException {
        Path testClasses = Path.of(WireFormatGoldenTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path actual = testClasses.resolveSibling("wire-format-actual").resolve(file);
        Files.createDirectories(actual.getParent());
        return Files.writeString(actual, encoded, StandardCharsets.UTF_8);
    }

    private static List<Class<?>> concreteSubtypes(Class<?> type) {
        List<Class<?>> found = new ArrayList<>();
        if (!type.isSealed()) {
            found.add(type);
            return found;
        }
        for (Class<?> permitted : type.getPermittedSubclasses()) {
            found.addAll(concreteSubtypes(permitted));
        }
        return found;
    }
}
