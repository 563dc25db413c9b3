package dk.modningsportal.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;

/**
 * The one document shape every searchable thing is indexed as, so one query spans them all: a title and a body
 * in Danish, what it is, whose it is (project, organisation; none for project-wide content), what it is about
 * (core elements, version) and when. {@code stems}: the distinct word stems of title and body, for counting
 * which words many items share (theme suggestions); {@code shared}: a team shared it with its project's other
 * organisations.
 */
final class SearchFields {

    static final String TITLE = "title";
    static final String BODY = "body";
    static final String KIND = "kind";
    static final String REF = "ref";
    static final String PROJECT = "projectId";
    static final String ORGANISATION = "organisationId";
    static final String WORKSPACE = "workspaceId";
    static final String PARENT = "parentId";
    static final String CORE_ELEMENT = "coreElementId";
    static final String VERSION = "versionId";
    static final String SOURCE = "source";
    static final String AT = "at";
    static final String INTERNAL = "internal";
    static final String HIDDEN = "hidden";
    static final String BOARD_ITEM = "boardItem";
    static final String STEMS = "stems";
    static final String SHARED = "shared";

    final IndexFieldReference<String> title;
    final IndexFieldReference<String> body;
    final IndexFieldReference<String> kind;
    final IndexFieldReference<String> ref;
    final IndexFieldReference<Long> project;
    final IndexFieldReference<Long> organisation;
    final IndexFieldReference<Long> workspace;
    final IndexFieldReference<Long> parent;
    final IndexFieldReference<Long> coreElement;
    final IndexFieldReference<Long> version;
    final IndexFieldReference<String> source;
    final IndexFieldReference<Instant> at;
    final IndexFieldReference<Boolean> internal;
    final IndexFieldReference<Boolean> hidden;
    final IndexFieldReference<Boolean> boardItem;
    final IndexFieldReference<String> stems;
    final IndexFieldReference<Boolean> shared;

    SearchFields(IndexSchemaElement schema) {
        title = schema.field(TITLE, f -> f.asString().analyzer(DanishAnalysis.DANISH)
                .highlightable(List.of(Highlightable.ANY)).projectable(Projectable.YES)).toReference();
        body = schema.field(BODY, f -> f.asString().analyzer(DanishAnalysis.DANISH)
                .highlightable(List.of(Highlightable.ANY)).projectable(Projectable.YES)).toReference();
        kind = schema.field(KIND, f -> f.asString().projectable(Projectable.YES).aggregable(Aggregable.YES)).toReference();
        ref = schema.field(REF, f -> f.asString().projectable(Projectable.YES)).toReference();
        project = schema.field(PROJECT, f -> f.asLong().projectable(Projectable.YES).aggregable(Aggregable.YES)).toReference();
        organisation = schema.field(ORGANISATION, f -> f.asLong().projectable(Projectable.YES).aggregable(Aggregable.YES))
                .toReference();
        workspace = schema.field(WORKSPACE, f -> f.asLong().projectable(Projectable.YES)).toReference();
        parent = schema.field(PARENT, f -> f.asLong().projectable(Projectable.YES)).toReference();
        coreElement = schema.field(CORE_ELEMENT, f -> f.asLong()).multiValued().toReference();
        version = schema.field(VERSION, f -> f.asLong()).toReference();
        source = schema.field(SOURCE, f -> f.asString().projectable(Projectable.YES)).toReference();
        at = schema.field(AT, f -> f.asInstant().projectable(Projectable.YES).sortable(Sortable.YES)).toReference();
        internal = schema.field(INTERNAL, f -> f.asBoolean()).toReference();
        hidden = schema.field(HIDDEN, f -> f.asBoolean()).toReference();
        boardItem = schema.field(BOARD_ITEM, f -> f.asBoolean()).toReference();
        shared = schema.field(SHARED, f -> f.asBoolean()).toReference();
        stems = schema.field(STEMS, f -> f.asString().aggregable(Aggregable.YES)).multiValued().toReference();
    }

    /** What one document says; null values are left out. */
    record Document(SearchKind kind, long id, String title, String body, Long projectId, Long organisationId,
            Long workspaceId, Long parentId, Collection<Long> coreElementIds, Long versionId, String source,
            Instant at, boolean internal, boolean hidden, boolean boardItem, boolean shared) {
    }

    void write(DocumentElement target, Document d) {
        target.addValue(kind, d.kind().name());
        target.addValue(ref, ref(d.kind(), d.id()));
        add(target, title, d.title());
        add(target, body, d.body());
        add(target, project, d.projectId());
        add(target, organisation, d.organisationId());
        add(target, workspace, d.workspaceId());
        add(target, parent, d.parentId());
        d.coreElementIds().stream().filter(Objects::nonNull).distinct().forEach(id -> target.addValue(coreElement, id));
        add(target, version, d.versionId());
        add(target, source, d.source());
        add(target, at, d.at());
        target.addValue(internal, d.internal());
        target.addValue(hidden, d.hidden());
        target.addValue(boardItem, d.boardItem());
        target.addValue(shared, d.shared());
        if (d.boardItem()) {
            DanishAnalysis.stems(d.title() + "\n" + (d.body() == null ? "" : d.body()))
                    .forEach(s -> target.addValue(stems, s));
        }
    }

    static String ref(SearchKind kind, long id) {
        return kind.name() + ":" + id;
    }

    static String join(String... parts) {
        String joined = Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    private static <T> void add(DocumentElement target, IndexFieldReference<T> field, T value) {
        if (value != null) {
            target.addValue(field, value);
        }
    }
}
