package dk.modningsportal.postgres;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of a test's own, which the test stops and starts again (an outage, a restore): a
 * cluster made with the machine's {@code initdb} in a temporary directory, run as the {@code postgres}
 * user on a free port. Available where the server binaries are installed and the tests run as root (CI).
 */
public final class ThrowawayPostgres implements AutoCloseable {

    private final Path bin;
    private final Path data;
    private final int port;

    private ThrowawayPostgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** Whether this machine can make one: server binaries, a postgres user, and root to act as it. */
    public static boolean available() {
        return binaries() != null && "root".equals(System.getProperty("user.name")) && new File("/usr/sbin/runuser").exists();
    }

    public static ThrowawayPostgres start() throws IOException, InterruptedException {
        Path bin = binaries();
        Path data = Files.createTempDirectory("portal-pg-");
        run("chown", "postgres", data.toString());
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ThrowawayPostgres server = new ThrowawayPostgres(bin, data, port);
        server.asPostgres(bin.resolve("initdb").toString(), "-D", data.resolve("cluster").toString(), "-A", "trust",
                "-U", "postgres", "--no-sync");
        server.startAgain();
        return server;
    }

    /** One of the machine's PostgreSQL programs (pg_dump, pg_restore, createdb). */
    public String binary(String name) {
        return bin.resolve(name).toString();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Stops the server at once, as an outage would (sessions are cut). */
    public void stop() throws IOException, InterruptedException {
        asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-m", "immediate", "-w",
                "stop");
    }

    public void startAgain() throws IOException, InterruptedException {
        asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-w", "-l",
                data.resolve("server.log").toString(), "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1",
                "start");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } catch (IllegalStateException alreadyStopped) {
            // Stopped by the test.
        }
        run("rm", "-rf", data.toString());
    }

    private void asPostgres(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("/usr/sbin/runuser", "-u", "postgres", "--"));
        line.addAll(Arrays.asList(command));
        run(line.toArray(String[]::new));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static Path binaries() {
        File[] versions = new File("/usr/lib/postgresql").listFiles();
        if (versions == null) {
            return null;
        }
        return Arrays.stream(versions).map(v -> v.toPath().resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                .findFirst().orElse(null);
    }
}
