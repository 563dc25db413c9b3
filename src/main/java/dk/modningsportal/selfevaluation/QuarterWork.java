package dk.modningsportal.selfevaluation;

import dk.modningsportal.base.DanishTime;
import dk.modningsportal.evaluation.RegistrationFigures;
import dk.modningsportal.evaluation.RegistrationFigures.SpanTotal;
import dk.modningsportal.evaluation.TimeAndCostService;
import dk.modningsportal.evaluation.TimeCategory;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteQueries;
import dk.modningsportal.note.NoteQueries.KindCount;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.trialaction.TrialActionQueries;
import dk.modningsportal.trialaction.TrialActionQueries.WorkRow;
import dk.modningsportal.trialaction.TrialDecision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the portal already knows of a quarter, shown beside the self-evaluation's answers so that the project leader
 * reflects on the quarter instead of counting it again: trial actions started, completed and evaluated with their
 * decisions, notes by kind (per core element), the registrations and the hours.
 */
@Service
@Transactional(readOnly = true)
public class QuarterWork {

    /** One core element's quarter (key null: work on no particular element). */
    public record ElementWork(long started, long completed, Map<TrialDecision, Long> decisions, Map<NoteKind, Long> notes) {

        static final ElementWork NONE = new ElementWork(0, 0, Map.of(), Map.of());

        public boolean isEmpty() {
            return started == 0 && completed == 0 && decisions.isEmpty() && notes.isEmpty();
        }

        public long evaluated() {
            return decisions.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public record Work(Quarter quarter, Map<Long, ElementWork> byElement, List<SpanTotal> registrations,
            Map<TimeCategory, BigDecimal> hours, BigDecimal hoursBefore) {

        public ElementWork element(Long coreElementId) {
            return byElement.getOrDefault(coreElementId, ElementWork.NONE);
        }

        public BigDecimal quarterHours() {
            return hours.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private final TrialActionQueries trialActions;
    private final NoteQueries notes;
    private final RegistrationFigures registrations;
    private final TimeAndCostService time;
    private final WorkspaceAccess workspaceAccess;

    QuarterWork(TrialActionQueries trialActions, NoteQueries notes, RegistrationFigures registrations,
            TimeAndCostService time, WorkspaceAccess workspaceAccess) {
        this.trialActions = trialActions;
        this.notes = notes;
        this.registrations = registrations;
        this.time = time;
        this.workspaceAccess = workspaceAccess;
    }

    public Work of(long workspaceId, Quarter quarter) {
        workspaceAccess.requireReadable(workspaceId);
        LocalDate from = quarter.firstDay();
        LocalDate until = quarter.next().firstDay();
        Map<Long, ElementWork> byElement = byElement(
                trialActions.work(workspaceId, null, from, until),
                notes.kindsWritten(workspaceId, null, from.atStartOfDay(DanishTime.ZONE).toInstant(), until.atStartOfDay(DanishTime.ZONE).toInstant()), from, until)
                .getOrDefault(workspaceId, Map.of());
        return new Work(quarter, byElement, registrations.totals(workspaceId, from, until),
                time.quarterHours(workspaceId, from), time.hoursBefore(workspaceId, from));
    }

    /**
     * For the evaluators' export: per workspace and core element, the quarter's work beside each submitted form's
     * answers (started, completed, evaluated, decisions, notes). The caller has checked the evaluator's access.
     */
    Map<Long, Map<Long, ElementWork>> ofProject(long projectId, Quarter quarter) {
        LocalDate from = quarter.firstDay();
        LocalDate until = quarter.next().firstDay();
        return byElement(trialActions.work(null, projectId, from, until),
                notes.kindsWritten(null, projectId, from.atStartOfDay(DanishTime.ZONE).toInstant(), until.atStartOfDay(DanishTime.ZONE).toInstant()), from, until);
    }

    private static Map<Long, Map<Long, ElementWork>> byElement(List<WorkRow> actions, List<KindCount> written,
            LocalDate from, LocalDate until) {
        Map<Long, Map<Long, long[]>> counts = new HashMap<>();
        Map<Long, Map<Long, Map<TrialDecision, Long>>> decisions = new HashMap<>();
        Map<Long, Map<Long, Map<NoteKind, Long>>> kinds = new HashMap<>();
        for (WorkRow row : actions) {
            long[] c = counts.computeIfAbsent(row.workspaceId(), w -> new HashMap<>())
                    .computeIfAbsent(row.coreElementId(), e -> new long[2]);
            c[0] += row.startedIn(from, until) ? 1 : 0;
            c[1] += row.completedIn(from, until) ? 1 : 0;
            if (row.evaluatedIn(from, until) && row.decision() != null) {
                decisions.computeIfAbsent(row.workspaceId(), w -> new HashMap<>())
                        .computeIfAbsent(row.coreElementId(), e -> new EnumMap<>(TrialDecision.class))
                        .merge(row.decision(), 1L, Long::sum);
            }
        }
        for (KindCount k : written) {
            kinds.computeIfAbsent(k.workspaceId(), w -> new HashMap<>())
                    .computeIfAbsent(k.coreElementId(), e -> new EnumMap<>(NoteKind.class)).merge(k.kind(), k.count(), Long::sum);
        }
        Map<Long, Map<Long, ElementWork>> work = new HashMap<>();
        java.util.Set<Long> workspaces = new java.util.HashSet<>(counts.keySet());
        workspaces.addAll(kinds.keySet());
        for (Long workspace : workspaces) {
            // Keyed by core element, null for the work tied to none (so no Map.of(), which refuses a null key).
            Map<Long, long[]> countsHere = counts.getOrDefault(workspace, new HashMap<>());
            Map<Long, Map<TrialDecision, Long>> decisionsHere = decisions.getOrDefault(workspace, new HashMap<>());
            Map<Long, Map<NoteKind, Long>> kindsHere = kinds.getOrDefault(workspace, new HashMap<>());
            java.util.Set<Long> elements = new java.util.HashSet<>(countsHere.keySet());
            elements.addAll(kindsHere.keySet());
            Map<Long, ElementWork> perElement = new HashMap<>();
            for (Long element : elements) {
                long[] c = countsHere.getOrDefault(element, new long[2]);
                perElement.put(element, new ElementWork(c[0], c[1], decisionsHere.getOrDefault(element, Map.of()),
                        kindsHere.getOrDefault(element, Map.of())));
            }
            work.put(workspace, perElement);
        }
        return work;
    }
}
