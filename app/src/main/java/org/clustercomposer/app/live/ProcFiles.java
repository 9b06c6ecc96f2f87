package org.clustercomposer.app.live;

/** Reads /proc/cpuinfo and /proc/meminfo as Linux prints them; anything else is refused, never guessed. */
final class ProcFiles {

    private ProcFiles() {
    }

    record Cpu(int count, double hz) {
    }

    /** Logical CPUs ("processor" lines) and the first "cpu MHz". */
    static Cpu cpu(String cpuinfo, String uri) throws LiveHostException {
        int count = 0;
        double mhz = 0;
        for (String line : cpuinfo.split("\n")) {
            String[] kv = line.split(":", 2);
            if (kv.length != 2) {
                continue;
            }
            String key = kv[0].strip();
            if (key.equals("processor")) {
                count++;
            } else if (key.equals("cpu MHz") && mhz == 0) {
                try {
                    mhz = Double.parseDouble(kv[1].strip());
                } catch (NumberFormatException e) {
                    throw new LiveHostException(uri + ": /proc/cpuinfo has an unreadable \"cpu MHz\": " + kv[1].strip());
                }
            }
        }
        if (count == 0 || !(mhz > 0)) {
            throw new LiveHostException(uri + ": /proc/cpuinfo names no processor with a speed (\"processor\" and"
                    + " \"cpu MHz\" lines)");
        }
        return new Cpu(count, mhz * 1e6);
    }

    /** MemTotal in bytes. */
    static double memTotal(String meminfo, String uri) throws LiveHostException {
        for (String line : meminfo.split("\n")) {
            if (line.startsWith("MemTotal:")) {
                String[] parts = line.substring("MemTotal:".length()).strip().split("\\s+");
                if (parts.length == 2 && parts[1].equals("kB") && parts[0].matches("\\d+")) {
                    return Long.parseLong(parts[0]) * 1024.0;
                }
                throw new LiveHostException(uri + ": /proc/meminfo has an unreadable MemTotal line: " + line.strip());
            }
        }
        throw new LiveHostException(uri + ": /proc/meminfo has no MemTotal line");
    }
}
