package dk.modningsportal.maturation;

import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.InterventionCatalog.Vocabulary;
import dk.modningsportal.intervention.VersionDrafts;
import dk.modningsportal.intervention.VersionStatus;
import dk.modningsportal.live.Change;
import dk.modningsportal.plan.PlanActivityChanged;
import dk.modningsportal.plan.PlanActivities;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.UserDirectory;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's maturation workshops: which versions they can be about, preparing one (on a day of its own or on
 * one of the plan's maturation workshops, whose day and title it then follows) and what each board shows of it.
 * Only the consultants serving a project see or do any of it.
 */
@Service
@Transactional
public class WorkshopService {

    private static final Logger log = LoggerFactory.getLogger(WorkshopService.class);

    public record ProjectRef(long projectId, String name) {
    }

    public record VersionInfo(long id, String label, VersionStatus status) {
    }

    /**
     * A workshop as its board shows it. {@code draft}: the next version it writes (none once that is published);
     * {@code ledTo}: the published version the round led to; {@code planActivityId}: the plan activity it is
     * held on, which sets its day and title.
     */
    public record WorkshopInfo(long id, long projectId, String projectName, String title, LocalDate heldOn,
            VersionInfo round, VersionInfo draft, LocalDate previousWorkshop, List<VersionInfo> roundVersions,
            VersionInfo ledTo, Long planActivityId) {
    }

    public record OrganisationRef(long id, String name) {
    }

    private final MaturationRepository workshops;
    private final WorkspaceAccess workspaceAccess;
    private final InterventionCatalog catalog;
    private final VersionDrafts drafts;
    private final ProjectQueries projects;
    private final PlanActivities plans;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    WorkshopService(MaturationRepository workshops, WorkspaceAccess workspaceAccess, InterventionCatalog catalog,
            VersionDrafts drafts, ProjectQueries projects, PlanActivities plans, UserDirectory userDirectory,
            CurrentUser currentUser, EntityManager em, Clock clock, ApplicationEventPublisher events) {
        this.workshops = workshops;
        this.workspaceAccess = workspaceAccess;
        this.catalog = catalog;
        this.drafts = drafts;
        this.projects = projects;
        this.plans = plans;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
        this.events = events;
    }

    /** The projects the current user serves as consultant. */
    @Transactional(readOnly = true)
    public List<ProjectRef> servedProjects() {
        Map<Long, String> projects = new LinkedHashMap<>();
        workspaceAccess.readableWorkspaces().stream()
                .filter(w -> workspaceAccess.isConsultantOf(w.projectId()))
                .forEach(w -> projects.putIfAbsent(w.projectId(), w.projectName()));
        return projects.entrySet().stream().map(e -> new ProjectRef(e.getKey(), e.getValue())).toList();
    }

    @Transactional(readOnly = true)
    public List<WorkshopInfo> workshops(long projectId) {
        workspaceAccess.requireConsultantOf(projectId);
        Vocabulary vocabulary = catalog.vocabulary(projectId);
        return workshops.findByProject(projectId).stream().map(w -> info(w, vocabulary)).toList();
    }

    /** The versions a workshop can be about: those trialled or in trial. */
    @Transactional(readOnly = true)
    public List<VersionInfo> rounds(long projectId) {
        workspaceAccess.requireConsultantOf(projectId);
        return catalog.vocabulary(projectId).trialledVersions().stream().map(WorkshopService::info).toList();
    }

    public WorkshopInfo createWorkshop(long projectId, long roundVersionId, String title, LocalDate heldOn) {
        workspaceAccess.requireConsultantOfOpen(projectId);
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, "title", title, true, Workshop.TITLE_MAX);
        if (heldOn == null) {
            errors.put("heldOn", TextRules.REQUIRED);
        }
        TextRules.throwIfAny(errors);
        VersionRef round = catalog.versionOfProject(projectId, roundVersionId, "round");
        if (round.status() == VersionStatus.DRAFT) {
            throw new ValidationFailedException(Map.of("round", "validation.unknownChoice"));
        }
        if (round.finalVersion()) {
            throw new ValidationFailedException(Map.of("round", "maturation.finalVersionNoRound"));
        }
        Workshop workshop = new Workshop(projectId, round.id(), title.strip(), heldOn,
                currentUser.require().id(), clock.instant());
        em.persist(workshop);
        if (catalog.vocabulary(projectId).successorOf(round.id()).map(v -> v.status() == VersionStatus.DRAFT)
                .orElse(true)) {
            drafts.draftAfter(projectId, round.id());
        }
        log.info("{} created workshop {} in project {}", currentUser.require(), workshop.getId(), projectId);
        return info(workshop, catalog.vocabulary(projectId));
    }

    /**
     * A workshop held on one of the plan's maturation workshops: its day and title are the plan's, now and when
     * the plan changes them.
     */
    public WorkshopInfo createWorkshopFromPlan(long projectId, long roundVersionId, long planActivityId) {
        PlanActivities.PlannedWorkshop planned = plans.plannedWorkshops(projectId).stream()
                .filter(p -> p.activityId() == planActivityId).findFirst()
                .orElseThrow(() -> new ValidationFailedException(Map.of("planned", "validation.unknownChoice")));
        if (workshops.findByPlanActivityId(planActivityId).isPresent()) {
            throw new ValidationFailedException(Map.of("planned", "maturation.plannedTaken"));
        }
        WorkshopInfo created = createWorkshop(projectId, roundVersionId, planned.title(), planned.startsOn());
        workshops.findById(created.id()).orElseThrow().heldOn(planActivityId);
        return workshop(created.id());
    }

    /** The plan's maturation workshops not yet prepared as a workshop, for the "new workshop" form. */
    @Transactional(readOnly = true)
    public List<PlanActivities.PlannedWorkshop> unpreparedWorkshops(long projectId) {
        return plans.plannedWorkshops(projectId).stream()
                .filter(p -> workshops.findByPlanActivityId(p.activityId()).isEmpty()).toList();
    }

    /** The plan moved or renamed a maturation workshop: the workshop held on it follows. */
    @EventListener
    public void on(PlanActivityChanged change) {
        workshops.findByPlanActivityId(change.activityId()).ifPresent(workshop -> {
            workshop.followPlan(change.title(), change.startsOn());
            boardChanged(workshop);
        });
    }

    @Transactional(readOnly = true)
    public WorkshopInfo workshop(long workshopId) {
        Workshop workshop = requireWorkshop(workshopId);
        return info(workshop, catalog.vocabulary(workshop.getProjectId()));
    }

    /** The core elements the intervention has had, for grouping the board. */
    @Transactional(readOnly = true)
    public List<CoreElementRef> coreElements(long workshopId) {
        return vocabularyOf(requireWorkshop(workshopId)).elementsInOrder();
    }

    /** The core elements and versions of the workshop's intervention, by id. */
    Vocabulary vocabularyOf(Workshop workshop) {
        return catalog.vocabulary(workshop.getProjectId());
    }

    /** The organisations taking part in the workshop's project, for filters and count columns. */
    @Transactional(readOnly = true)
    public List<OrganisationRef> organisations(long workshopId) {
        long projectId = requireWorkshop(workshopId).getProjectId();
        return workspaceAccess.readableWorkspaces().stream()
                .filter(w -> w.projectId() == projectId)
                .map(w -> new OrganisationRef(w.organisationId(), w.organisationName()))
                .toList();
    }

    /** The workshop, for the consultants of its project only. */
    Workshop requireWorkshop(long workshopId) {
        Workshop workshop = workshops.findWithDetails(workshopId)
                .orElseThrow(() -> new NotFoundException("error.consultantsOnly", "No workshop " + workshopId));
        workspaceAccess.requireConsultantOf(workshop.getProjectId());
        return workshop;
    }

    /** The other consultants with a board of this project open see the change once it is committed. */
    void boardChanged(Workshop workshop) {
        events.publishEvent(Change.board(workshop.getProjectId()));
    }


    private WorkshopInfo info(Workshop w, Vocabulary vocabulary) {
        VersionRef round = vocabulary.version(w.getRoundId());
        // A workshop writes the version right after its round; once that is published, it is what the round led to.
        Optional<VersionRef> next = vocabulary.successorOf(round.id());
        VersionInfo draft = next.filter(v -> v.status() == VersionStatus.DRAFT).map(WorkshopService::info).orElse(null);
        VersionInfo ledTo = next.filter(v -> v.status() != VersionStatus.DRAFT).map(WorkshopService::info).orElse(null);
        List<VersionInfo> rounds = vocabulary.trialledVersions().stream().map(WorkshopService::info).toList();
        return new WorkshopInfo(w.getId(), w.getProjectId(), projects.nameOf(w.getProjectId()), w.getTitle(),
                w.getHeldOn(), info(round), draft,
                workshops.findPreviousHeldOn(w.getProjectId(), w.getHeldOn()).orElse(null), rounds, ledTo,
                w.getPlanActivityId());
    }

    static VersionInfo info(VersionRef v) {
        return new VersionInfo(v.id(), v.label(), v.status());
    }

}
