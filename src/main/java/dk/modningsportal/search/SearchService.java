package dk.modningsportal.search;

import static dk.modningsportal.search.SearchFields.AT;
import static dk.modningsportal.search.SearchFields.BODY;
import static dk.modningsportal.search.SearchFields.CORE_ELEMENT;
import static dk.modningsportal.search.SearchFields.HIDDEN;
import static dk.modningsportal.search.SearchFields.INTERNAL;
import static dk.modningsportal.search.SearchFields.KIND;
import static dk.modningsportal.search.SearchFields.ORGANISATION;
import static dk.modningsportal.search.SearchFields.PARENT;
import static dk.modningsportal.search.SearchFields.PROJECT;
import static dk.modningsportal.search.SearchFields.REF;
import static dk.modningsportal.search.SearchFields.SHARED;
import static dk.modningsportal.search.SearchFields.SOURCE;
import static dk.modningsportal.search.SearchFields.TITLE;
import static dk.modningsportal.search.SearchFields.VERSION;
import static dk.modningsportal.search.SearchFields.WORKSPACE;

import dk.modningsportal.base.DanishTime;
import dk.modningsportal.comment.CommentTarget;
import dk.modningsportal.intervention.InterventionRoutes;
import dk.modningsportal.meeting.MeetingService;
import dk.modningsportal.note.NoteQueries;
import dk.modningsportal.note.NoteRoutes;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.ReadScope;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.trialaction.TrialActionQueries;
import dk.modningsportal.trialaction.TrialActionRoutes;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search field's service. What a person may read is part of the query itself ({@link #readable}): a hit, a
 * count or a highlighted word from something they may not read never leaves the index.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    static final int MIN_TEXT = 2;
    /** Characters that make the words a query in Lucene's simple syntax (phrase, exclusion, prefix). */
    private static final String SYNTAX = "\"-+|*()";

    private final EntityManager em;
    private final WorkspaceAccess workspaceAccess;
    private final SearchIndexReplay index;
    private final NoteQueries notes;
    private final TrialActionQueries trialActions;
    private final ProjectQueries projects;

    SearchService(EntityManager em, WorkspaceAccess workspaceAccess, SearchIndexReplay index, ProjectQueries projects,
            NoteQueries notes, TrialActionQueries trialActions) {
        this.em = em;
        this.notes = notes;
        this.trialActions = trialActions;
        this.projects = projects;
        this.workspaceAccess = workspaceAccess;
        this.index = index;
    }

    /**
     * The hits for every word of the query; when there are none and it has several words, those for most of them
     * (marked {@link SearchResults#someWords()}), as a person would otherwise retype with fewer words.
     */
    public SearchResults search(SearchQuery query) {
        String text = query.text() == null ? "" : query.text().strip();
        ReadScope scope = workspaceAccess.readScope();
        if (text.length() < MIN_TEXT || scope.nothing()) {
            return SearchResults.empty(index.ready());
        }
        SharedThreads shared = scope.everything() || scope.wholeProjects() ? SharedThreads.NONE
                : new SharedThreads(trialActions.sharedIds(scope.projectIds()), notes.sharedIds(scope.projectIds()));
        SearchResults all = search(query, text, scope, shared, false);
        boolean severalWords = text.split("\\s+").length > 1 && text.chars().noneMatch(c -> SYNTAX.indexOf(c) >= 0);
        return all.total() == 0 && severalWords ? search(query, text, scope, shared, true) : all;
    }

    /**
     * The items other organisations share now in the person's projects, whose comment threads they read: asked of
     * the database at each search rather than kept on the comments in the index, so a withdrawn item's thread is
     * out of reach at once.
     */
    record SharedThreads(List<Long> trialActionIds, List<Long> noteIds) {

        static final SharedThreads NONE = new SharedThreads(List.of(), List.of());
    }

    private SearchResults search(SearchQuery query, String text, ReadScope scope, SharedThreads shared,
            boolean someWords) {
        AggregationKey<Map<String, Long>> byKind = AggregationKey.of("kind");
        SearchResult<Object[]> result = Search.session(em).search(SearchMapping.TYPES)
                .select(f -> f.composite().from(f.field(REF, String.class), f.field(PROJECT, Long.class),
                        f.field(ORGANISATION, Long.class), f.field(WORKSPACE, Long.class), f.field(PARENT, Long.class),
                        f.field(SOURCE, String.class), f.field(AT, Instant.class),
                        f.highlight(TITLE).highlighter("title"), f.highlight(BODY)).asArray())
                .where((f, root) -> {
                    root.add(readable(f, scope, shared));
                    root.add(someWords ? f.match().fields(TITLE, BODY).matching(text).minimumShouldMatchPercent(50)
                            .toPredicate() : matching(f, text));
                    filters(f, query).forEach(root::add);
                })
                .sort(f -> query.order() == SearchQuery.Order.NEWEST ? f.field(AT).desc() : f.score())
                .highlighter(f -> f.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .fragmentSize(180).numberOfFragments(2).noMatchSize(180))
                .highlighter("title", f -> f.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .fragmentSize(400).numberOfFragments(1).noMatchSize(400))
                .aggregation(byKind, f -> f.terms().field(KIND, String.class).maxTermCount(SearchKind.values().length))
                .fetch(Math.max(1, query.limit()));
        Names names = names(scope);
        List<SearchHit> hits = result.hits().stream().map(row -> hit(row, names, scope)).toList();
        Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
        result.aggregation(byKind).forEach((kind, count) -> counts.put(SearchKind.valueOf(kind), count));
        return new SearchResults(hits, counts, result.total().hitCount(), index.ready(), someWords);
    }

    /** A project the person may search in, with a workspace of it to read its intervention's elements from. */
    public record ProjectOption(long id, String name, long workspaceId) {
    }

    public record OrganisationOption(long id, String name, long projectId) {
    }

    /** The projects and organisations the filters offer: those the person may read. */
    public List<ProjectOption> projects() {
        Map<Long, ProjectOption> projects = new java.util.LinkedHashMap<>();
        workspaceAccess.readableWorkspaces().forEach(w -> projects.putIfAbsent(w.projectId(),
                new ProjectOption(w.projectId(), w.projectName(), w.workspaceId())));
        return List.copyOf(projects.values());
    }

    public List<OrganisationOption> organisations() {
        return workspaceAccess.readableWorkspaces().stream()
                .map(w -> new OrganisationOption(w.organisationId(), w.organisationName(), w.projectId()))
                .sorted(java.util.Comparator.comparing(OrganisationOption::name)).toList();
    }

    /**
     * Only what the person may read: their organisation's content and their projects' shared content (with the
     * comment threads of shared items), or more.
     */
    static SearchPredicate readable(SearchPredicateFactory f, ReadScope scope, SharedThreads shared) {
        return f.bool().with(b -> {
            b.mustNot(f.match().field(HIDDEN).matching(true));
            if (!scope.everything()) {
                if (scope.wholeProjects()) {
                    b.must(f.terms().field(PROJECT).matchingAny(scope.projectIds()));
                } else {
                    // Their own organisation's, their projects' common content, and what other organisations of
                    // their projects chose to share with them.
                    b.must(f.or(f.match().field(ORGANISATION).matching(scope.organisationId()),
                            f.and(f.or(f.not(f.exists().field(ORGANISATION)).toPredicate(),
                                    f.match().field(SHARED).matching(true).toPredicate(),
                                    threadOf(f, CommentTarget.Kind.TRIAL_ACTION, shared.trialActionIds()),
                                    threadOf(f, CommentTarget.Kind.NOTE, shared.noteIds())),
                                    f.terms().field(PROJECT).matchingAny(scope.projectIds()))));
                }
            }
            // Internal agenda items are their organisers' alone.
            if (!scope.organiser()) {
                b.mustNot(scope.projectLeader()
                        ? f.and(f.match().field(INTERNAL).matching(true),
                                f.not(f.match().field(ORGANISATION).matching(scope.organisationId())))
                        : f.match().field(INTERNAL).matching(true));
            }
        }).toPredicate();
    }

    /** A comment on one of these items of a kind (a comment's source is its item's kind, its parent the item). */
    private static SearchPredicate threadOf(SearchPredicateFactory f, CommentTarget.Kind itemKind,
            List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return f.matchNone().toPredicate();
        }
        return f.and(f.match().field(KIND).matching(SearchKind.COMMENT.name()), f.match().field(SOURCE).matching(itemKind.name()),
                f.terms().field(PARENT).matchingAny(itemIds)).toPredicate();
    }

    /**
     * The words in title or text: all of them (stemmed, compound parts counted), or any of them one typo away
     * (ranked lower). With quotes or operators, exactly as written.
     */
    static SearchPredicate matching(SearchPredicateFactory f, String text) {
        var exact = f.simpleQueryString().fields(TITLE, BODY).matching(text).defaultOperator(BooleanOperator.AND);
        if (text.chars().anyMatch(c -> SYNTAX.indexOf(c) >= 0)) {
            return exact.toPredicate();
        }
        return f.or(exact.boost(4f), f.match().fields(TITLE, BODY).matching(text).fuzzy(1, 2)
                .minimumShouldMatchPercent(100)).toPredicate();
    }

    private static List<SearchPredicate> filters(SearchPredicateFactory f, SearchQuery q) {
        List<SearchPredicate> filters = new ArrayList<>();
        if (q.projectId() != null) {
            filters.add(f.match().field(PROJECT).matching(q.projectId()).toPredicate());
        }
        if (q.organisationId() != null) {
            filters.add(f.match().field(ORGANISATION).matching(q.organisationId()).toPredicate());
        }
        if (q.coreElementId() != null) {
            filters.add(f.match().field(CORE_ELEMENT).matching(q.coreElementId()).toPredicate());
        }
        if (q.versionId() != null) {
            filters.add(f.match().field(VERSION).matching(q.versionId()).toPredicate());
        }
        if (q.kind() != null) {
            filters.add(f.match().field(KIND).matching(q.kind().name()).toPredicate());
        }
        if (q.source() != null) {
            filters.add(f.and(f.match().field(KIND).matching(SearchKind.NOTE.name()),
                    f.match().field(SOURCE).matching(q.source())).toPredicate());
        }
        if (q.from() != null || q.to() != null) {
            Instant from = q.from() == null ? null : q.from().atStartOfDay(DanishTime.ZONE).toInstant();
            Instant to = q.to() == null ? null : q.to().plusDays(1).atStartOfDay(DanishTime.ZONE).toInstant();
            filters.add(f.range().field(AT).between(from, to).toPredicate());
        }
        return filters;
    }

    /** Project and organisation names, and a workspace per project to show project-wide content in. */
    private record Names(Map<Long, String> projects, Map<Long, String> organisations, Map<Long, Long> workspaceOfProject) {
    }

    private Names names(ReadScope scope) {
        Map<Long, String> projects = new HashMap<>();
        Map<Long, String> organisations = new HashMap<>();
        Map<Long, Long> workspaces = new HashMap<>();
        for (WorkspaceSummary w : workspaceAccess.readableWorkspaces()) {
            projects.putIfAbsent(w.projectId(), w.projectName());
            organisations.putIfAbsent(w.organisationId(), w.organisationName());
            workspaces.putIfAbsent(w.projectId(), w.workspaceId());
        }
        if (!scope.everything() && !scope.wholeProjects()) {
            // What the other organisations of their projects share names its organisation too.
            scope.projectIds().forEach(projectId -> this.projects.workspacesOf(projectId).forEach(p ->
                    organisations.putIfAbsent(p.organisationId(), p.organisationName())));
        }
        return new Names(projects, organisations, workspaces);
    }

    @SuppressWarnings("unchecked")
    private static SearchHit hit(Object[] row, Names names, ReadScope scope) {
        String ref = (String) row[0];
        SearchKind kind = SearchKind.valueOf(ref.substring(0, ref.indexOf(':')));
        long id = Long.parseLong(ref.substring(ref.indexOf(':') + 1));
        Long project = (Long) row[1];
        Long organisation = (Long) row[2];
        Long workspace = (Long) row[3];
        Long parent = (Long) row[4];
        String source = (String) row[5];
        List<String> title = (List<String>) row[7];
        List<String> body = (List<String>) row[8];
        // Another organisation's item reaches this person only because it is shared: it opens as such.
        boolean othersShared = !scope.everything() && !scope.wholeProjects()
                && !java.util.Objects.equals(organisation, scope.organisationId());
        String link = switch (kind) {
            case TRIAL_ACTION -> othersShared ? TrialActionRoutes.shared(id) : TrialActionRoutes.trialAction(id);
            case NOTE -> othersShared ? NoteRoutes.shared(id) : NoteRoutes.note(workspace, id);
            case COMMENT -> "TRIAL_ACTION".equals(source)
                    ? othersShared ? TrialActionRoutes.shared(parent) : TrialActionRoutes.trialAction(parent)
                    : othersShared ? NoteRoutes.shared(parent) : NoteRoutes.note(workspace, parent);
            case MEETING -> MeetingService.link(parent, organisation);
            case VERSION -> names.workspaceOfProject().containsKey(project)
                    ? InterventionRoutes.intervention(names.workspaceOfProject().get(project)) : null;
        };
        return new SearchHit(kind, id, title.isEmpty() ? null : title.get(0), String.join(" … ", body),
                names.projects().get(project), organisation == null ? null : names.organisations().get(organisation),
                (Instant) row[6], link);
    }
}
