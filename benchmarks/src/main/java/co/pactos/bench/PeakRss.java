package co.pactos.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The peak resident set size of a process (VmHWM in /proc/&lt;pid&gt;/status), where Linux offers it. */
final class PeakRss {

    private PeakRss() {
    }

    /** In MiB; -1 where it cannot be read. */
    static long mib(long pid) {
        return status(pid, "VmHWM:");
    }

    /** The resident set size now (VmRSS), in MiB; -1 where it cannot be read. */
    static long currentMib(long pid) {
        return status(pid, "VmRSS:");
    }

    private static long status(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** CPU time the process has used so far (user + system, /proc/&lt;pid&gt;/stat), in milliseconds; -1 where it cannot be read. */
    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime), counted from the state field (3rd) here; in clock ticks of 1/100 s
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static long ofThisProcess() {
        return mib(ProcessHandle.current().pid());
    }

    static String text(long mib) {
        return mib < 0 ? "n/a" : mib + " MiB";
    }
}
