package dk.modningsportal.search;

import java.time.LocalDate;

/**
 * What a person searches for: words (Danish; "quotes" for a phrase, - to leave a word out), and optionally one
 * project, organisation, core element, version, kind, note source and period. {@code limit}: hits wanted.
 */
public record SearchQuery(String text, Long projectId, Long organisationId, Long coreElementId, Long versionId,
        SearchKind kind, String source, LocalDate from, LocalDate to, Order order, int limit) {

    public enum Order {
        RELEVANCE, NEWEST
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null, null, Order.RELEVANCE, 100);
    }

    public SearchQuery withKind(SearchKind newKind) {
        return new SearchQuery(text, projectId, organisationId, coreElementId, versionId, newKind, source, from, to,
                order, limit);
    }

    public SearchQuery withLimit(int newLimit) {
        return new SearchQuery(text, projectId, organisationId, coreElementId, versionId, kind, source, from, to,
                order, newLimit);
    }
}
