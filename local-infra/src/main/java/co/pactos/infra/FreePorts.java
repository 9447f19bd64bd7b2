package co.pactos.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Picks a TCP port that is free on the loopback address right now, for a server that a child process will bind later.
 *
 * <p>Picked below the kernel's range of ephemeral ports ({@code /proc/sys/net/ipv4/ip_local_port_range}, 32768 and up
 * by default): a port handed out by {@code new ServerSocket(0)} comes from that range, and in the seconds before a
 * service's JVM binds it the kernel may give the same port to an outgoing connection (a connection pool, a Kafka
 * client): the service then failed to start ("exited with 1", seen once in a CI run). Never the same port twice in one JVM.
 */
public final class FreePorts {

    private static final int LOWEST = 20000;
    private static final Set<Integer> PICKED = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    public static int pick() {
        int below = Math.max(LOWEST + 1000, ephemeralStart());
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!PICKED.contains(port) && bindable(port)) {
                PICKED.add(port);
                return port;
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first ephemeral port of this machine (32768 when it cannot be read). */
    private static int ephemeralStart() {
        try {
            return Integer.parseInt(Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32768;
        }
    }
}
