package dk.modningsportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search with the embedded Lucene backend: the index lives in a directory of each node's own
 * ({@code PORTAL_SEARCH_DIR}, by default one that follows the database: {@code operations.SearchIndexLocation}, resolved and
 * locked before the start by {@code operations.OneMachineCheck}); without one (tests, an in-memory database) a new
 * temporary one, so every test context builds its own.
 */
@Configuration
class SearchConfiguration {

    @Bean
    SearchIndexDirectory searchIndexDirectory(@Value("${portal.search.directory:}") String configured) {
        try {
            Path root = configured.isBlank() ? Files.createTempDirectory("portal-search")
                    : Files.createDirectories(Path.of(configured));
            return new SearchIndexDirectory(root.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("The search index directory cannot be made: " + configured, e);
        }
    }

    @Bean
    HibernatePropertiesCustomizer searchProperties(SearchIndexDirectory directory) {
        return properties -> {
            properties.put("hibernate.search.mapping.configurer", "class:" + SearchMapping.class.getName());
            // The mapping is programmatic: no scanning of the application's classes for annotations at start-up.
            properties.put("hibernate.search.mapping.process_annotations", "false");
            properties.put("hibernate.search.backend.analysis.configurer", "class:" + DanishAnalysis.class.getName());
            // An index written by an older Lucene is rebuilt rather than read (./portal reindex).
            properties.put("hibernate.search.backend.lucene_version", "LATEST");
            properties.put("hibernate.search.backend.directory.root", directory.root().resolve("indexes").toString());
            // The index is written after the save's commit, off its request thread: alone a save hardly waits for
            // it (SaveBenchmark, the ways in turn: median 11.7 against 13.2 ms on PostgreSQL, the same on H2), but
            // eight people saving at once in a workspace wait for each other's index writes (saves per second 100
            // against 93 on PostgreSQL, 127 against 74 on H2). The save is searchable a moment later. The index is
            // committed to disk within a second rather than once per save; a crash can lose that second of this
            // node's index changes, which ./portal reindex restores.
            properties.put("hibernate.search.indexing.plan.synchronization.strategy", "async");
            properties.put("hibernate.search.backend.io.commit_interval", "1000");
        };
    }

    record SearchIndexDirectory(Path root) {
    }
}
