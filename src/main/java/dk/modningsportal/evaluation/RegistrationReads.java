package dk.modningsportal.evaluation;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.evaluation.Measures.MeasureRow;
import dk.modningsportal.project.ProjectFacts;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** What reporting, the figures and the measures read alike: the measures as rows, current figures, who sees them in full. */
@Component
class RegistrationReads {

    private static final Logger log = LoggerFactory.getLogger(RegistrationReads.class);

    private final MeasureRepository measures;
    private final RegistrationRepository registrations;
    private final WorkspaceAccess workspaceAccess;
    private final CurrentUser currentUser;

    RegistrationReads(MeasureRepository measures, RegistrationRepository registrations, WorkspaceAccess workspaceAccess,
            CurrentUser currentUser) {
        this.measures = measures;
        this.registrations = registrations;
        this.workspaceAccess = workspaceAccess;
        this.currentUser = currentUser;
    }

    /** The project's measures in their order, without an access check. */
    List<MeasureRow> measureRows(long projectId) {
        return rows(measures.findByProject(projectId));
    }

    /** The workspace's own people and the project's evaluators see its counts as they are. */
    boolean fullAccess(WorkspaceSummary workspace) {
        return workspace.organisationId() == currentUser.require().organisationId()
                || workspaceAccess.isEvaluatorOf(workspace.projectId());
    }

    /** The current figure of each measure and period, by {@link #key}. */
    Map<String, Registration> currentByKey(long workspaceId, List<MeasureRow> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        return registrations.findCurrent(workspaceId, rows.stream().map(MeasureRow::id).toList()).stream()
                .collect(Collectors.toMap(r -> key(r.getMeasureId(), r.getPeriodStart()), Function.identity()));
    }

    AccessRefusedException refuse(String what) {
        PortalUser user = currentUser.require();
        log.warn("Refused to {}: {}", what, user);
        return new AccessRefusedException("error.evaluationRefused", user + " may not " + what);
    }

    static List<MeasureRow> rows(List<Measure> list) {
        Map<Long, String> names = list.stream().collect(Collectors.toMap(Measure::getId, Measure::getName));
        return list.stream().map(m -> new MeasureRow(m.getId(), m.getName(), m.getUnit(), m.getTargetGroup(),
                m.getPeriod(), m.getCountedFrom(), m.getAtMostId(), m.getAtMostId() == null ? null : names.get(m.getAtMostId()),
                m.getCounts())).toList();
    }

    /** The periods of a measure that have ended by today, within the project. */
    static List<LocalDate> endedPeriods(ReportingPeriod period, LocalDate from, ProjectFacts project, LocalDate today) {
        List<LocalDate> ended = new ArrayList<>();
        for (LocalDate p = period.startOf(from); period.lastDay(p).isBefore(today)
                && !p.isAfter(project.endDate()); p = period.next(p)) {
            ended.add(p);
        }
        return ended;
    }

    static String key(long measureId, LocalDate periodStart) {
        return measureId + "@" + periodStart;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
