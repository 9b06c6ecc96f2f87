package org.clustercomposer.scenario.io;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.validation.Problem;
import org.clustercomposer.scenario.validation.ProblemOrder;

/**
 * Reads and writes scenario files (docs/file-format.md). Reading never throws anything but
 * {@link ScenarioFileException}, whatever the bytes hold, and reports every problem at once with
 * its JSON path. Saving is atomic: a crash mid-save leaves the previous file as it was.
 */
public final class ScenarioFiles {

    /** Larger files are refused before reading: a scenario of 100,000 VMs takes about 31 MB. */
    public static final long MAX_FILE_BYTES = 256L << 20;

    /** Our format nests five levels; anything much deeper is not a scenario. */
    static final int MAX_NESTING_DEPTH = 64;

    /** About a million VMs; a file of nothing but tiny tokens is refused before it fills the memory. */
    static final long MAX_TOKENS = 32_000_000L;

    /** At most this many problems are listed for one file; the rest are counted. */
    static final int MAX_PROBLEMS = 1000;

    private static final String TEXT_SOURCE = "<text>";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .maxTokenCount(MAX_TOKENS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private ScenarioFiles() {
    }

    /** How far a read has come, told on the reading thread as the bytes go by. */
    @FunctionalInterface
    public interface ReadProgress {
        void read(long bytes, long ofBytes);
    }

    /** Reads a scenario file. Problems name the file as given. */
    public static Scenario load(Path file) throws ScenarioFileException {
        return load(file, (bytes, ofBytes) -> { });
    }

    /**
     * Reads a scenario file, telling {@code progress} how many bytes are read. An interrupt of the
     * reading thread ends the read (a problem saying so): that is how a read is cancelled.
     */
    public static Scenario load(Path file, ReadProgress progress) throws ScenarioFileException {
        String source = file.toString();
        try {
            String notAFile = notARegularFile(file);
            if (notAFile != null) {
                throw new ScenarioFileException(file, List.of(new Problem("", notAFile)));
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ScenarioFileException(file, List.of(new Problem("", "the file is " + megabytes(size)
                        + "; scenario files larger than " + megabytes(MAX_FILE_BYTES) + " are not read")));
            }
            try (InputStream in = new CountingStream(Files.newInputStream(file), size, progress)) {
                return read(in, source);
            } catch (ScenarioFileException e) {
                throw new ScenarioFileException(file, e.problems());
            }
        } catch (NoSuchFileException e) {
            throw new ScenarioFileException(file, List.of(new Problem("", "no such file")));
        } catch (IOException e) {
            throw new ScenarioFileException(file, List.of(new Problem("", "cannot read the file: "
                    + IoMessages.describe(e))));
        }
    }

    /**
     * Why {@code file} cannot be read as a scenario before opening it, or null when it is a regular
     * file: a directory, a FIFO (opening one with no writer would wait forever), a device, a
     * symbolic-link loop, a missing file.
     */
    public static String notARegularFile(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(file) ? "a symbolic link to nothing" : "no such file";
        } catch (IOException e) {
            return "cannot read the file: " + IoMessages.describe(e);
        }
        if (attributes.isDirectory()) {
            return "is a directory, not a file";
        }
        if (!attributes.isRegularFile()) {
            return "is not a regular file (a pipe, socket or device), so it is not read";
        }
        return null;
    }

    /** Reads a scenario from JSON text. */
    public static Scenario read(String json) throws ScenarioFileException {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), TEXT_SOURCE);
    }

    /** Reads a scenario from a stream (not closed here). */
    public static Scenario read(InputStream in) throws ScenarioFileException {
        return read(in, "<stream>");
    }

    /** Reads a scenario from a stream (not closed here); {@code source} names it in problems. */
    public static Scenario read(InputStream in, String source) throws ScenarioFileException {
        List<Problem> problems = new ArrayList<>();
        Optional<Scenario> scenario = Optional.empty();
        try {
            List<Problem> mapping = new ArrayList<>();
            ScenarioReader reader = new ScenarioReader(mapping);
            Optional<JsonNode> top = JsonSyntax.parse(MAPPER, in, reader, problems);
            Optional<ScenarioFormat.Migrated> migrated = top.flatMap(root -> ScenarioFormat.migrate(root, problems));
            if (migrated.isPresent()) {
                scenario = reader.read(migrated.get().root());
                mapping.sort(ProblemOrder.IN_FILE_ORDER);
                if (problems.isEmpty() && scenario.isPresent() && !mapping.isEmpty()) {
                    mapping.addAll(PartialValidation.problems(scenario.get(), mapping));
                    mapping.sort(ProblemOrder.IN_FILE_ORDER);
                }
                mapping.forEach(p -> problems.add(new Problem(migrated.get().originalPath().apply(p.path()),
                        p.message())));
            }
        } catch (OutOfMemoryError e) {
            problems.add(new Problem("", "the file is too large to read in the memory available"));
        } catch (RuntimeException e) {
            // A bug of ours, not of the file: say so in one line rather than a stack trace.
            problems.add(new Problem("", "could not be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")"));
        }
        if (!problems.isEmpty() || scenario.isEmpty()) {
            throw new ScenarioFileException(source, capped(problems));
        }
        return scenario.get();
    }

    /**
     * Parses any JSON file of ours (a lesson) under the same limits and with the same messages as a
     * scenario: empty when it is not JSON, with the problem (line, column) added to {@code problems}.
     */
    public static Optional<JsonNode> readTree(InputStream in,
                                                                             List<Problem> problems) {
        JsonSyntax.ElementMapper noLists = new JsonSyntax.ElementMapper() {
            @Override
            public boolean isList(String field) {
                return false;
            }

            @Override
            public boolean isMap(String field) {
                return false;
            }

            @Override
            public void element(String list, int index, StreamedObject element) {
                throw new IllegalStateException("no list is streamed");
            }

            @Override
            public void entry(String map, String key, StreamedObject value) {
                throw new IllegalStateException("no map is streamed");
            }
        };
        return JsonSyntax.parse(MAPPER, in, noLists, problems);
    }

    /** Saves text atomically, as {@link #save} saves a scenario (other files of ours: lessons). */
    public static void saveText(String text, Path file) throws IOException {
        saveAtomically(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The scenario as the JSON text {@link #save} writes. */
    public static String toJson(Scenario scenario) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            write(scenario, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Saves atomically: writes a temporary file in the same directory, forces it to disk, then
     * renames it over {@code file}. If anything fails, {@code file} keeps its previous content.
     *
     * @throws IllegalArgumentException when the scenario holds a value no file can hold (NaN)
     */
    public static void save(Scenario scenario, Path file) throws IOException {
        saveAtomically(file, out -> {
            JsonGenerator g = FACTORY.createGenerator(out);
            write(scenario, g);
            g.flush();
        });
    }

    /** What a save writes into the temporary file. */
    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    // Temp file in the same directory, forced to disk, renamed over the target, directory forced.
    private static void saveAtomically(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        removeStaleTemps(dir, target);
        Path temp = createTemp(dir, target);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, target);
            moved = true;
            forceDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** A save killed mid-write leaves its temporary file; one older than this is not being written. */
    static final java.time.Duration STALE_TEMP_AGE = java.time.Duration.ofMinutes(10);

    // Removes the temporary files earlier saves of this file left when they were killed: only our
    // own (".NAME.<hex>.tmp") and only old ones, so a save running in another process is untouched.
    static void removeStaleTemps(Path dir, Path target) {
        String prefix = "." + target.getFileName() + ".";
        java.time.Instant before = java.time.Instant.now().minus(STALE_TEMP_AGE);
        try (var entries = Files.newDirectoryStream(dir, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp")
                    && name.substring(prefix.length(), name.length() - 4).matches("[0-9a-f]{1,16}");
        })) {
            for (Path stale : entries) {
                if (Files.isRegularFile(stale, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(stale).toInstant().isBefore(before)) {
                    Files.deleteIfExists(stale);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // Cleaning up is a courtesy: the save itself must not fail for it.
        }
    }

    // Not Files.createTempFile: it makes the file private (0600). A plain new file gets the user's
    // usual permissions (umask), and replacing a file keeps that file's permissions.
    private static Path createTemp(Path dir, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            try {
                Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 100) {
                    continue;
                }
                throw e;
            }
            try {
                if (Files.exists(target)) {
                    Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
                }
            } catch (UnsupportedOperationException | IOException e) {
                // Not a POSIX file system, or not ours to change: the default permissions stand.
            }
            return temp;
        }
    }

    private static void write(Scenario scenario, JsonGenerator g) throws IOException {
        g.setPrettyPrinter(new BlockPrettyPrinter());
        new ScenarioWriter(g).write(scenario);
        g.writeRaw('\n');
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // Makes the rename itself durable. Not possible on every platform (Windows); then skipped.
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The data is safe; only the rename may be lost on power failure.
        }
    }

    private static List<Problem> capped(List<Problem> problems) {
        if (problems.size() <= MAX_PROBLEMS) {
            return problems;
        }
        List<Problem> capped = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        capped.add(new Problem("", "and " + (problems.size() - MAX_PROBLEMS) + " more problems"));
        return capped;
    }

    private static String megabytes(long bytes) {
        // In binary units, as the docs say "256 MiB" (not "268 MB").
        return org.clustercomposer.units.Quantities.display(bytes, org.clustercomposer.units.Dimension.SIZE);
    }


    /** Counts the bytes read for {@link ReadProgress}; an interrupt ends the read. */
    private static final class CountingStream extends FilterInputStream {
        private final long size;
        private final ReadProgress progress;
        private long read;

        CountingStream(InputStream in, long size, ReadProgress progress) {
            super(in);
            this.size = size;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("the read was cancelled");
            }
            int n = super.read(b, off, len);
            if (n > 0) {
                read += n;
                progress.read(read, size);
            }
            return n;
        }
    }
}
