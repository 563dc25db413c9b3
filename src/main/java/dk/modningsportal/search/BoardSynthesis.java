package dk.modningsportal.search;

import static dk.modningsportal.search.SearchFields.BOARD_ITEM;
import static dk.modningsportal.search.SearchFields.BODY;
import static dk.modningsportal.search.SearchFields.CORE_ELEMENT;
import static dk.modningsportal.search.SearchFields.ORGANISATION;
import static dk.modningsportal.search.SearchFields.PROJECT;
import static dk.modningsportal.search.SearchFields.REF;
import static dk.modningsportal.search.SearchFields.STEMS;
import static dk.modningsportal.search.SearchFields.TITLE;
import static dk.modningsportal.search.SearchFields.VERSION;

import dk.modningsportal.project.ReadScope;
import dk.modningsportal.project.WorkspaceAccess;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Help for the workshop board in finding what many organisations say in different words, over the indexed
 * notes and evaluated trial actions of one round. Similar items: more-like-this on the words of a text (an item,
 * or a theme's title, summary and items), rarer shared words weighing more. Suggested themes: the word stems
 * most items share, each a group of the items that share it and no stem of a larger group before it, named by the
 * words people actually wrote. Nothing is grouped here; the board's consultant decides.
 */
@Service
@Transactional(readOnly = true)
public class BoardSynthesis {

    /** A note or an evaluated trial action on the board. */
    public record BoardRef(SearchKind kind, long id) {

        String key() {
            return SearchFields.ref(kind, id);
        }

        static BoardRef of(String key) {
            int colon = key.indexOf(':');
            return new BoardRef(SearchKind.valueOf(key.substring(0, colon)), Long.parseLong(key.substring(colon + 1)));
        }
    }

    /** Where the board looks: a project's round, one core element (null: the items about none) or all of them. */
    public record Round(long projectId, long versionId, Long coreElementId, boolean allElements) {
    }

    public record Similar(BoardRef ref, String organisationName, String titleHtml, String excerptHtml) {
    }

    /**
     * A proposed theme: the items sharing every stem of {@code terms} and none of {@code without}; how many items
     * and organisations that is, a title made of the words written, and a few of the items' texts.
     */
    public record Suggestion(List<String> terms, List<String> without, String title, long items, int organisations,
            List<String> examples) {

        public String key() {
            return String.join("+", terms);
        }
    }

    static final int MIN_GROUP = 3;
    private static final int CANDIDATES = 12;
    /** The most frequent stems counted; the most telling candidates are found among them. */
    private static final int STEMS_COUNTED = 200;
    private static final int SUGGESTIONS = 6;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final EntityManager em;
    private final WorkspaceAccess workspaceAccess;

    BoardSynthesis(EntityManager em, WorkspaceAccess workspaceAccess) {
        this.em = em;
        this.workspaceAccess = workspaceAccess;
    }

    private SearchSession session() {
        return Search.session(em);
    }

    /** An item's words as indexed, and whose it is. */
    public record Source(String text, Long organisationId) {
    }

    public Optional<Source> source(BoardRef ref) {
        return session().search(SearchMapping.TYPES)
                .select(f -> f.composite().from(f.field(TITLE, String.class), f.field(BODY, String.class),
                        f.field(ORGANISATION, Long.class)).asList())
                .where(f -> f.match().field(REF).matching(ref.key()))
                .fetchSingleHit()
                .map(row -> new Source(SearchFields.join((String) row.get(0), (String) row.get(1)), (Long) row.get(2)));
    }

    /** The words of several items, as indexed, in one query (a theme's items, to find what is like them). */
    public List<String> texts(Collection<BoardRef> refs, int limit) {
        if (refs.isEmpty()) {
            return List.of();
        }
        return session().search(SearchMapping.TYPES)
                .select(f -> f.composite().from(f.field(TITLE, String.class), f.field(BODY, String.class)).asList())
                .where(f -> f.terms().field(REF).matchingAny(refs.stream().map(BoardRef::key).toList()))
                .fetchHits(limit).stream().map(row -> SearchFields.join((String) row.get(0), (String) row.get(1)))
                .toList();
    }

    /**
     * The round's items most like the text, from other organisations than {@code notFrom} (when given), leaving
     * out {@code exclude}.
     */
    public List<Similar> similar(Round round, String text, Long notFrom, Collection<BoardRef> exclude, int limit) {
        ReadScope scope = workspaceAccess.readScope();
        if (text == null || text.isBlank() || scope.nothing()) {
            return List.of();
        }
        Map<Long, String> names = organisationNames(round.projectId());
        return session().search(SearchMapping.TYPES)
                .select(f -> f.composite().from(f.field(REF, String.class), f.field(ORGANISATION, Long.class),
                        f.highlight(TITLE).highlighter("title"), f.highlight(BODY)).asList())
                .where((f, root) -> {
                    root.add(inRound(f, scope, round, exclude));
                    if (notFrom != null) {
                        root.add(f.not(f.match().field(ORGANISATION).matching(notFrom)));
                    }
                    // Any of the text's words, rare ones weighing most (BM25): at least a few of them shared.
                    root.add(f.match().fields(TITLE, BODY).matching(text).minimumShouldMatchPercent(-75));
                })
                .highlighter(f -> f.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .fragmentSize(160).numberOfFragments(1).noMatchSize(160))
                .highlighter("title", f -> f.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .fragmentSize(400).numberOfFragments(1).noMatchSize(400))
                .fetchHits(limit).stream()
                .map(row -> new Similar(BoardRef.of((String) row.get(0)), names.get((Long) row.get(1)),
                        first(row.get(2)), first(row.get(3))))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static String first(Object highlights) {
        List<String> list = (List<String>) highlights;
        return list.isEmpty() ? null : list.get(0);
    }

    /**
     * Themes to propose for a round's untreated items ({@code exclude}: those already in a theme), leaving out
     * dismissed ones (by {@link Suggestion#key()}). {@code within}: a suggestion to split into smaller ones.
     */
    public List<Suggestion> suggest(Round round, Collection<BoardRef> exclude, Set<String> dismissed,
            Suggestion within) {
        ReadScope scope = workspaceAccess.readScope();
        if (scope.nothing()) {
            return List.of();
        }
        List<String> mustTerms = within == null ? List.of() : within.terms();
        List<String> mustNotTerms = within == null ? List.of() : within.without();
        AggregationKey<Map<String, Long>> stems = AggregationKey.of("stems");
        SearchResult<String> overview = session().search(SearchMapping.TYPES)
                .select(f -> f.field(REF, String.class))
                .where(f -> f.and(group(f, scope, round, exclude, mustTerms, mustNotTerms)))
                .aggregation(stems, f -> f.terms().field(STEMS, String.class).maxTermCount(STEMS_COUNTED)
                        .minDocumentCount(MIN_GROUP))
                .fetch(0);
        long all = overview.total().hitCount();
        // In a large set a word most items have (the element's own name, say) tells them apart no better than none.
        // The others are tried most telling first: shared by many, but not by nearly all (count × log(all / count),
        // as tf-idf weighs a word); on a tie the longer stem, as a whole word ("kontaktperson") tells more than a
        // part of it ("kontakt").
        long tooCommon = all < 20 ? all + 1 : Math.round(all * 0.6);
        List<String> candidates = overview.aggregation(stems).entrySet().stream()
                .filter(e -> e.getValue() < tooCommon)
                .filter(e -> !mustTerms.contains(e.getKey()))
                .sorted(Comparator.<Map.Entry<String, Long>>comparingDouble(e -> -telling(e.getValue(), all))
                        .thenComparing(e -> -e.getKey().length()))
                .map(Map.Entry::getKey).limit(CANDIDATES).toList();
        List<Suggestion> suggestions = new ArrayList<>();
        List<String> taken = new ArrayList<>(mustNotTerms);
        for (String candidate : candidates) {
            if (suggestions.size() == SUGGESTIONS) {
                break;
            }
            List<String> terms = new ArrayList<>(mustTerms);
            terms.add(candidate);
            List<String> without = List.copyOf(taken);
            String key = String.join("+", terms);
            taken.add(candidate);
            if (dismissed.contains(key)) {
                continue;
            }
            AggregationKey<Map<Long, Long>> organisations = AggregationKey.of("organisations");
            AggregationKey<Map<String, Long>> companions = AggregationKey.of("companions");
            SearchResult<List<?>> members = session().search(SearchMapping.TYPES)
                    .select(f -> f.composite().from(f.field(TITLE, String.class), f.field(BODY, String.class)).asList())
                    .where(f -> f.and(group(f, scope, round, exclude, terms, without)))
                    .aggregation(organisations, f -> f.terms().field(ORGANISATION, Long.class).maxTermCount(10_000))
                    .aggregation(companions, f -> f.terms().field(STEMS, String.class).maxTermCount(terms.size() + 6)
                            .minDocumentCount(2))
                    .fetch(40);
            long count = members.total().hitCount();
            // A part of a proposal being split is smaller than the whole, or it splits nothing.
            if (count < MIN_GROUP || within != null && count >= within.items()) {
                continue;
            }
            List<String> texts = members.hits().stream()
                    .map(row -> SearchFields.join((String) row.get(0), (String) row.get(1))).toList();
            Optional<String> companion = members.aggregation(companions).entrySet().stream()
                    .filter(e -> e.getValue() < tooCommon && terms.stream()
                            .noneMatch(t -> t.contains(e.getKey()) || e.getKey().contains(t)))
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
            List<String> titleStems = new ArrayList<>(List.of(candidate));
            companion.ifPresent(titleStems::add);
            String title = titleStems.stream().map(s -> surface(s, texts)).collect(Collectors.joining(" · "));
            suggestions.add(new Suggestion(List.copyOf(terms), without, capitalise(title), count,
                    members.aggregation(organisations).size(),
                    members.hits().stream().limit(3).map(row -> (String) row.get(0)).toList()));
        }
        return suggestions;
    }

    private static double telling(long count, long all) {
        return count * Math.log((all + 1.0) / count);
    }

    /** Every item of a suggestion as the board has it now, for placing them in the theme it becomes. */
    public List<BoardRef> members(Round round, Collection<BoardRef> exclude, Suggestion suggestion) {
        ReadScope scope = workspaceAccess.readScope();
        if (scope.nothing()) {
            return List.of();
        }
        return session().search(SearchMapping.TYPES).select(f -> f.field(REF, String.class))
                .where(f -> f.and(group(f, scope, round, exclude, suggestion.terms(), suggestion.without())))
                .fetchAllHits().stream().map(BoardRef::of).toList();
    }

    private static SearchPredicate group(SearchPredicateFactory f, ReadScope scope, Round round,
            Collection<BoardRef> exclude, List<String> terms, List<String> without) {
        return f.bool().with(b -> {
            b.must(inRound(f, scope, round, exclude));
            terms.forEach(t -> b.must(f.match().field(STEMS).matching(t)));
            without.forEach(t -> b.mustNot(f.match().field(STEMS).matching(t)));
        }).toPredicate();
    }

    private static SearchPredicate inRound(SearchPredicateFactory f, ReadScope scope, Round round,
            Collection<BoardRef> exclude) {
        return f.bool().with(b -> {
            b.filter(SearchService.readable(f, scope, SearchService.SharedThreads.NONE));
            b.filter(f.match().field(PROJECT).matching(round.projectId()));
            b.filter(f.match().field(VERSION).matching(round.versionId()));
            b.filter(f.match().field(BOARD_ITEM).matching(true));
            if (!round.allElements()) {
                b.filter(round.coreElementId() == null ? f.not(f.exists().field(CORE_ELEMENT))
                        : f.match().field(CORE_ELEMENT).matching(round.coreElementId()));
            }
            if (!exclude.isEmpty()) {
                b.mustNot(f.terms().field(REF).matchingAny(exclude.stream().map(BoardRef::key).toList()));
            }
        }).toPredicate();
    }

    /** The word people wrote most often for a stem (for a compound part: the part itself). */
    static String surface(String stem, List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (words.find()) {
                String word = words.group();
                if (word.startsWith(stem.substring(0, Math.min(stem.length(), 3))) && stem.equals(DanishAnalysis.stemOf(word))) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(stem);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Map<Long, String> organisationNames(long projectId) {
        Map<Long, String> names = new HashMap<>();
        workspaceAccess.readableWorkspaces().stream().filter(w -> w.projectId() == projectId)
                .forEach(w -> names.put(w.organisationId(), w.organisationName()));
        return names;
    }
}
