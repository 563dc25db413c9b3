package dk.modningsportal.search;

import java.time.Instant;

/**
 * One hit as the results list shows it. {@code titleHtml} and {@code excerptHtml} are the stored text, escaped,
 * with the matching words in {@code <mark>}; {@code link}: where it is read in the portal.
 */
public record SearchHit(SearchKind kind, long id, String titleHtml, String excerptHtml, String projectName,
        String organisationName, Instant at, String link) {
}
