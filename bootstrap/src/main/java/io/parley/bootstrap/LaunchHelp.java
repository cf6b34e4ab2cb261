package io.parley.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** What {@code --help} and {@code --version} print: the README's settings table and the build's version. */
final class LaunchHelp {
    private static final int WIDTH = 100;

    private LaunchHelp() {}

    /** {@code Parley 0.1.0}. */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = LaunchHelp.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build");
            }
            properties.load(in);
            return "Parley " + properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The usage line and every setting: its variable, default and meaning, as the README's table has them. */
    static String help() {
        StringBuilder text = new StringBuilder();
        text.append(version())
                .append(", a chat server.\n\n")
                .append("Usage: java -jar parley.jar [--help | --version]\n\n")
                .append("Settings are environment variables (unset ones take the default):\n");
        for (List<String> row : settingsTable()) {
            text.append('\n')
                    .append(plain(row.get(0)))
                    .append("  (default: ")
                    .append(plain(row.get(1)))
                    .append(")\n");
            wrap(plain(row.get(2)), text);
        }
        return text.toString();
    }

    /** The rows of the README's "Configuration" table: variable, default, meaning, each as written there. */
    static List<List<String>> settingsTable() {
        List<List<String>> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : readme().split("\n")) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Configuration");
            } else if (inSection && line.startsWith("| `")) {
                String[] cells = line.substring(1, line.length() - 1).split(" \\| ", 3);
                rows.add(List.of(
                        cells[0].strip(),
                        cells[1].strip(),
                        cells[2].replaceAll("\\s*\\|$", "").strip()));
            }
        }
        return rows;
    }

    private static String readme() {
        try (InputStream in = LaunchHelp.class.getResourceAsStream("README.md")) {
            if (in == null) {
                throw new IllegalStateException("README.md is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(String markdown) {
        return markdown.replace("`", "");
    }

    private static void wrap(String text, StringBuilder out) {
        StringBuilder line = new StringBuilder("    ");
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > WIDTH && line.length() > 4) {
                out.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder("    ");
            }
            line.append(word).append(' ');
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
