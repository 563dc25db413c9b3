package dk.modningsportal.operations;

import dk.modningsportal.operations.SearchIndexLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Before anything of the portal starts, what several portals on one machine (a second node, the demo beside a
 * generated set, a benchmark) must not share: the search index folder, which follows the database unless
 * {@code PORTAL_SEARCH_DIR} names one, and the management port. One in use is told in one sentence that says
 * what to set ({@link PortalCannotStart}), not as a Lucene lock's stack trace halfway through loading demo data.
 * The folder stays locked (its {@code portal.lock}) while this portal runs.
 */
public class OneMachineCheck implements ApplicationListener<ApplicationEvent> {

    static final String SEARCH_DIRECTORY = "portal.search.directory";

    private FileChannel lockFile;
    private FileLock lock;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            check(prepared.getEnvironment());
        } else if (event instanceof ContextClosedEvent || event instanceof ApplicationFailedEvent) {
            release();
        }
    }

    void check(ConfigurableEnvironment environment) {
        Path folder = searchFolder(environment);
        // The folder resolved once, for the search module; blank asks it for a temporary one.
        environment.getPropertySources().addFirst(new MapPropertySource("portal-search-folder",
                Map.of(SEARCH_DIRECTORY, folder == null ? "" : folder.toString())));
        if (folder != null) {
            lockSearchFolder(folder);
        }
        Integer managementPort = environment.getProperty("management.server.port", Integer.class);
        if (managementPort != null && managementPort > 0) {
            requireFree(environment.getProperty("management.server.address", "127.0.0.1"), managementPort);
        }
    }

    /** The configured folder, the one that follows the database, or null for a temporary one. */
    static Path searchFolder(ConfigurableEnvironment environment) {
        String configured = environment.getProperty(SEARCH_DIRECTORY, "");
        if (configured.isBlank()) {
            return null;
        }
        if (SearchIndexLocation.FOLLOW_DATABASE.equals(configured)) {
            return SearchIndexLocation.forDatabase(environment.getProperty("spring.datasource.url"),
                    Path.of(System.getProperty("user.home")));
        }
        return Path.of(configured).toAbsolutePath().normalize();
    }

    private void lockSearchFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            lockFile = FileChannel.open(folder.resolve("portal.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockFile.tryLock();
        } catch (OverlappingFileLockException inThisProcess) {
            lock = null;
        } catch (IOException e) {
            throw new UncheckedIOException("The search index folder cannot be made: " + folder, e);
        }
        if (lock == null) {
            release();
            throw new PortalCannotStart("The search index folder " + folder + " is in use by another portal on this "
                    + "machine: set PORTAL_SEARCH_DIR to a folder of this portal's own.",
                    "Set PORTAL_SEARCH_DIR (or --portal.search.directory) to a folder no other portal uses, or stop the other portal.");
        }
    }

    private static void requireFree(String address, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(address), port));
        } catch (IOException inUse) {
            throw new PortalCannotStart("The management port " + port + " on " + address + " is in use (another portal "
                    + "on this machine?): set PORTAL_MANAGEMENT_PORT to a free port.",
                    "Set PORTAL_MANAGEMENT_PORT (or --management.server.port) to a port no other program uses.");
        }
    }

    private void release() {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (lockFile != null) {
                lockFile.close();
            }
        } catch (IOException ignored) {
            // The process's locks end with it in any case.
        }
        lock = null;
        lockFile = null;
    }
}
