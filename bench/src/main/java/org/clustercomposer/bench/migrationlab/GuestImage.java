package org.clustercomposer.bench.migrationlab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The lab's guest, built from its sources (bench/src/main/guest, packed into the jar under guest/) with the
 * machine's gcc and ld by the sources' own build.sh. Nothing prebuilt is shipped.
 */
final class GuestImage {

    private static final List<String> SOURCES = List.of("boot.S", "guest.c", "guest.ld", "build.sh");

    private GuestImage() {
    }

    /** Builds guest.elf under {@code workDir} and returns its path; a failed build says what gcc or ld said. */
    static Path build(Path workDir) throws IOException, InterruptedException {
        Path src = Files.createDirectories(workDir.resolve("guest-src"));
        for (String name : SOURCES) {
            try (InputStream in = GuestImage.class.getResourceAsStream("/guest/" + name)) {
                if (in == null) {
                    throw new IOException("guest source /guest/" + name + " is not on the class path (build bench first)");
                }
                Files.copy(in, src.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path out = workDir.resolve("guest-build");
        Process build = new ProcessBuilder("sh", src.resolve("build.sh").toString(), out.toString())
                .redirectErrorStream(true).start();
        String said = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!build.waitFor(60, TimeUnit.SECONDS) || build.exitValue() != 0) {
            build.destroyForcibly();
            throw new IOException("building the guest failed:\n" + said.strip());
        }
        return out.resolve("guest.elf");
    }
}
