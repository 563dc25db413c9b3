package dk.modningsportal.sharing;

import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.SharedWithProject;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.note.NoteQueries;
import dk.modningsportal.note.NoteQueries.SharedNoteRow;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserDirectory;
import dk.modningsportal.trialaction.TrialActionQueries;
import dk.modningsportal.trialaction.TrialActionQueries.SharedTrialActionRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a project's organisations have shared with each other, for those who take part in the project (its teams,
 * leaders and consultants; its evaluators and national management read too). Only items their teams chose to
 * share are ever listed: the queries select them by their sharing, inside the one project.
 */
@Service
@Transactional(readOnly = true)
public class SharedItems {

    private static final Logger log = LoggerFactory.getLogger(SharedItems.class);

    public enum Kind {
        NOTE, TRIAL_ACTION
    }

    /** Which shared items: of a kind, about a core element, in a version, of an organisation (each optional). */
    public record Filter(Kind kind, Long coreElementId, Long versionId, Long organisationId) {

        public static final Filter ALL = new Filter(null, null, null, null);
    }

    /**
     * One shared item as the list shows it. {@code label}: the note's kind or the trial action's status;
     * {@code ours}: shared by the reader's own organisation.
     */
    public record Item(Kind kind, long id, String title, String organisationName, String about, String versionLabel,
            Enum<?> label, Instant sharedAt, String sharedByName, boolean ours) {
    }

    public record OrganisationOption(long id, String name) {
    }

    /**
     * What the page offers in a project: its filters, and for a project leader their organisation's choice to
     * share new notes as they are written ({@code ownWorkspaceId} null: the reader has no workspace in it).
     */
    public record Options(String projectName, List<OrganisationOption> organisations, List<CoreElementRef> coreElements,
            List<VersionRef> versions, Long ownWorkspaceId, boolean ownWritable, boolean mayChooseDefault,
            boolean sharesNewNotes) {
    }

    private final NoteQueries notes;
    private final TrialActionQueries trialActions;
    private final WorkspaceAccess workspaceAccess;
    private final ProjectQueries projects;
    private final InterventionCatalog catalog;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;

    SharedItems(NoteQueries notes, TrialActionQueries trialActions, WorkspaceAccess workspaceAccess,
            ProjectQueries projects, InterventionCatalog catalog, UserDirectory userDirectory, CurrentUser currentUser) {
        this.notes = notes;
        this.trialActions = trialActions;
        this.workspaceAccess = workspaceAccess;
        this.projects = projects;
        this.catalog = catalog;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
    }

    /**
     * The shared items from {@code offset}, the most recently shared first. Notes and trial actions are two
     * tables: the first {@code offset + limit} of each are merged, which stays small at a project's scale.
     */
    public List<Item> page(long projectId, Filter filter, int offset, int limit) {
        PortalUser user = requireTakingPart(projectId);
        SharedWithProject.Filter which = which(projectId, filter);
        int wanted = offset + limit;
        List<SharedNoteRow> noteRows = filter.kind() == Kind.TRIAL_ACTION ? List.of() : notes.shared(which, wanted);
        List<SharedTrialActionRow> actionRows = filter.kind() == Kind.NOTE ? List.of()
                : trialActions.shared(which, wanted);
        Set<Long> sharers = new HashSet<>();
        noteRows.forEach(r -> sharers.add(r.sharedById()));
        actionRows.forEach(r -> sharers.add(r.sharedById()));
        Map<Long, String> names = userDirectory.withOrganisations(sharers).stream()
                .collect(Collectors.toMap(UserDirectory.PersonInOrganisation::id,
                        UserDirectory.PersonInOrganisation::displayName));
        Function<Long, String> name = id -> names.getOrDefault(id, "?");
        List<Item> merged = new ArrayList<>();
        noteRows.forEach(r -> merged.add(new Item(Kind.NOTE, r.id(), r.summary(), r.organisationName(),
                r.coreElementName(), r.versionLabel(), r.kind(), r.sharedAt(), name.apply(r.sharedById()),
                r.organisationId() == user.organisationId())));
        actionRows.forEach(r -> merged.add(new Item(Kind.TRIAL_ACTION, r.id(), r.title(), r.organisationName(),
                String.join(", ", r.coreElementNames()), r.versionLabel(), r.status(), r.sharedAt(),
                name.apply(r.sharedById()), r.organisationId() == user.organisationId())));
        return merged.stream()
                .sorted(Comparator.comparing(Item::sharedAt).reversed().thenComparing(Item::id, Comparator.reverseOrder()))
                .skip(offset).limit(limit).toList();
    }

    public long count(long projectId, Filter filter) {
        requireTakingPart(projectId);
        SharedWithProject.Filter which = which(projectId, filter);
        return (filter.kind() == Kind.TRIAL_ACTION ? 0 : notes.countShared(which))
                + (filter.kind() == Kind.NOTE ? 0 : trialActions.countShared(which));
    }

    public Options options(long projectId) {
        PortalUser user = requireTakingPart(projectId);
        List<WorkspaceFacts> participants = projects.workspacesOf(projectId);
        List<OrganisationOption> organisations = participants.stream()
                .map(p -> new OrganisationOption(p.organisationId(), p.organisationName()))
                .distinct().sorted(Comparator.comparing(OrganisationOption::name)).toList();
        Optional<WorkspaceFacts> own = participants.stream()
                .filter(p -> p.organisationId() == user.organisationId()).findFirst();
        boolean writes = own.isPresent() && own.get().open()
                && (user.role() == Role.TEAM_MEMBER || user.role() == Role.PROJECT_LEADER);
        boolean mayChoose = writes && user.role() == Role.PROJECT_LEADER;
        return new Options(projects.nameOf(projectId), organisations,
                catalog.coreElementsOfProject(projectId), catalog.versionsOfProject(projectId),
                own.map(WorkspaceFacts::id).orElse(null), writes, mayChoose,
                own.map(WorkspaceFacts::shareNewNotes).orElse(false));
    }

    private PortalUser requireTakingPart(long projectId) {
        PortalUser user = currentUser.require();
        if (!workspaceAccess.canReadShared(user, projectId)) {
            log.warn("Refused the shared items of project {} to {}", projectId, user);
            throw new AccessRefusedException("error.accessRefused", user + " takes no part in project " + projectId);
        }
        return user;
    }

    private static SharedWithProject.Filter which(long projectId, Filter filter) {
        return new SharedWithProject.Filter(projectId, filter.coreElementId(), filter.versionId(),
                filter.organisationId());
    }
}
