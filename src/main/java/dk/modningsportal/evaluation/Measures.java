package dk.modningsportal.evaluation;

import static dk.modningsportal.evaluation.RegistrationReads.key;
import static dk.modningsportal.evaluation.RegistrationReads.rows;

import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.base.Languages;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.project.ProjectFacts;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures a project's evaluation counts: defined by its evaluators and consultants (from presets in their
 * language, or their own), in order, bounded by another ("completed" at most "enrolled"), and removable until
 * someone has reported on them.
 */
@Service
@Transactional(readOnly = true)
public class Measures {

    private static final Logger log = LoggerFactory.getLogger(Measures.class);

    /** A measure to define; {@code countedFrom}: the day data collection starts (null: the project's start). */
    public record MeasureInput(String name, String unit, String targetGroup, ReportingPeriod period, LocalDate countedFrom,
            Long atMostId, MeasureCounts counts) {
    }

    public record MeasureRow(long id, String name, String unit, String targetGroup, ReportingPeriod period,
            LocalDate countedFrom, Long atMostId, String atMostName, MeasureCounts counts) {

        /** "Deltagere indskrevet (børn og unge)": the name with its target group. */
        public String label() {
            return targetGroup == null ? name : name + " (" + targetGroup + ")";
        }
    }

    private final MeasureRepository measures;
    private final RegistrationRepository registrations;
    private final WorkspaceAccess workspaceAccess;
    private final ProjectQueries projects;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final I18NProvider i18n;
    private final RegistrationReads reads;

    Measures(MeasureRepository measures, RegistrationRepository registrations, WorkspaceAccess workspaceAccess,
            ProjectQueries projects, CurrentUser currentUser, Clock clock, I18NProvider i18n, RegistrationReads reads) {
        this.measures = measures;
        this.registrations = registrations;
        this.workspaceAccess = workspaceAccess;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
        this.i18n = i18n;
        this.reads = reads;
    }

    public record ProjectRef(long id, String name) {
    }

    /** The projects whose evaluation the current user follows across organisations (evaluators, consultants, leaders). */
    public List<ProjectRef> projects() {
        PortalUser user = currentUser.require();
        if (user.role() != Role.EVALUATOR && user.role() != Role.CONSULTANT && user.role() != Role.LEADER) {
            return List.of();
        }
        Map<Long, ProjectRef> projectsById = new LinkedHashMap<>();
        workspaceAccess.readableWorkspaces().forEach(w -> projectsById.putIfAbsent(w.projectId(),
                new ProjectRef(w.projectId(), w.projectName())));
        return List.copyOf(projectsById.values());
    }

    /** The project's measures, in their order, for anyone who reads the project. */
    public List<MeasureRow> measures(long projectId) {
        if (!workspaceAccess.canReadProject(projectId)) {
            throw reads.refuse("read measures of project " + projectId);
        }
        return rows(measures.findByProject(projectId));
    }

    /** Whether the current user defines the project's measures and questionnaires: its evaluators and consultants. */
    public boolean mayDefine(long projectId) {
        return workspaceAccess.isEvaluatorOf(projectId) || workspaceAccess.isConsultantOf(projectId);
    }

    @Transactional
    public long define(long projectId, MeasureInput input) {
        requireDefiner(projectId);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = TextRules.trimToNull(input.name());
        String unit = TextRules.trimToNull(input.unit());
        String group = TextRules.trimToNull(input.targetGroup());
        if (name == null) {
            errors.put("name", "validation.required");
        } else if (name.length() > Measure.NAME_MAX) {
            errors.put("name", "validation.tooLong");
        }
        if (unit == null) {
            errors.put("unit", "validation.required");
        } else if (unit.length() > Measure.UNIT_MAX) {
            errors.put("unit", "validation.tooLong");
        }
        if (group != null && group.length() > Measure.TARGET_GROUP_MAX) {
            errors.put("targetGroup", "validation.tooLong");
        }
        if (input.period() == null) {
            errors.put("period", "validation.required");
        }
        List<Measure> existing = measures.findByProject(projectId);
        if (input.atMostId() != null && existing.stream().noneMatch(m -> m.getId().equals(input.atMostId())
                && m.getPeriod() == input.period())) {
            errors.put("atMost", "evaluation.atMostSamePeriod");
        }
        if (name != null && existing.stream().anyMatch(m -> m.getName().equalsIgnoreCase(name)
                && Objects.equals(m.getTargetGroup(), group))) {
            errors.put("name", "evaluation.measureExists");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        PortalUser user = currentUser.require();
        ProjectFacts project = projects.project(projectId);
        LocalDate from = input.countedFrom() == null ? project.startDate() : input.countedFrom();
        if (from.isBefore(project.startDate()) || from.isAfter(project.endDate())) {
            throw new ValidationFailedException(Map.of("countedFrom", "evaluation.countedFromInProject"));
        }
        Measure measure = measures.save(new Measure(projectId, name, unit, group, input.period(), from, input.atMostId(),
                input.counts(), existing.size() + 1, user.id(), clock.instant()));
        log.info("{} defined measure {} in project {}", user, measure.getId(), projectId);
        return measure.getId();
    }

    /**
     * A measure from a preset, in the definer's language; a preset that is bounded by another (completed by
     * enrolled) is bound to that one when the project has it for the same target group, which is made first if not.
     */
    @Transactional
    public long defineFromPreset(long projectId, MeasurePreset preset, String targetGroup, LocalDate countedFrom) {
        java.util.Locale locale = "en".equals(currentUser.require().language()) ? Languages.ENGLISH : Languages.DANISH;
        Function<String, String> translate = key -> i18n.getTranslation(key, locale);
        Long bound = null;
        if (preset.atMost() != null) {
            String boundName = translate.apply(preset.atMost().key("name"));
            String group = TextRules.trimToNull(targetGroup);
            bound = measures.findByProject(projectId).stream()
                    .filter(m -> m.getName().equalsIgnoreCase(boundName) && Objects.equals(m.getTargetGroup(), group))
                    .map(Measure::getId).findFirst()
                    .orElseGet(() -> defineFromPreset(projectId, preset.atMost(), targetGroup, countedFrom));
        }
        return define(projectId, new MeasureInput(translate.apply(preset.key("name")), translate.apply(preset.key("unit")),
                targetGroup, preset.period(), countedFrom, bound, preset.counts()));
    }

    /** The measures that have figures or bound another: these stay. */
    public java.util.Set<Long> measuresInUse(long projectId) {
        List<MeasureRow> rows = measures(projectId);
        if (rows.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<Long> inUse = new java.util.HashSet<>(registrations.findMeasuresInUse(rows.stream().map(MeasureRow::id).toList()));
        rows.stream().map(MeasureRow::atMostId).filter(Objects::nonNull).forEach(inUse::add);
        return inUse;
    }

    /** A measure nobody has reported on yet can be taken away again. */
    @Transactional
    public void remove(long measureId) {
        Measure measure = measures.findById(measureId)
                .orElseThrow(() -> new NotFoundException("error.projectRefused", "No measure " + measureId));
        requireDefiner(measure.getProjectId());
        if (registrations.existsByMeasure(measureId)
                || measures.findByProject(measure.getProjectId()).stream().anyMatch(m -> Objects.equals(m.getAtMostId(), measureId))) {
            throw new ValidationFailedException(Map.of("measure", "evaluation.measureInUse"));
        }
        measures.delete(measure);
    }

    private void requireDefiner(long projectId) {
        if (!mayDefine(projectId)) {
            throw reads.refuse("define the evaluation of project " + projectId);
        }
        workspaceAccess.requireOpenProject(projectId);
    }
}
