package dk.modningsportal.project;

import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserDirectory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of a workspace or a project: whom a form offers as responsible and a comment lets one name. */
@Service
@Transactional(readOnly = true)
public class WorkspacePeople {

    private final WorkspaceAccess access;
    private final WorkspaceRepository workspaces;
    private final ProjectRepository projects;
    private final UserDirectory userDirectory;

    WorkspacePeople(WorkspaceAccess access, WorkspaceRepository workspaces, ProjectRepository projects,
            UserDirectory userDirectory) {
        this.access = access;
        this.workspaces = workspaces;
        this.projects = projects;
        this.userDirectory = userDirectory;
    }

    /** The implementation team of a readable workspace: the people of its organisation. */
    public List<UserDirectory.Person> team(long workspaceId) {
        return userDirectory.peopleOfOrganisation(access.requireReadable(workspaceId).organisationId());
    }

    /**
     * The people one would name in a comment in a readable workspace: its organisation's people and the
     * project's consultants. (Evaluators and national management can read too, but are not offered.)
     */
    public List<UserDirectory.Reader> mentionable(long workspaceId) {
        WorkspaceFacts workspace = access.requireReadable(workspaceId);
        List<UserDirectory.Reader> people = new ArrayList<>(userDirectory.readersOfOrganisation(workspace.organisationId()));
        people.addAll(userDirectory.enabledReaders(consultantIdsOf(workspace.projectId())));
        return people;
    }

    /** The people one would name in a comment on a shared item: every organisation's people and the consultants. */
    public List<UserDirectory.Reader> mentionableInProject(long projectId) {
        List<UserDirectory.Reader> people = new ArrayList<>(userDirectory.readersOf(
                workspaces.findOrganisationIdsOfProject(projectId),
                EnumSet.of(Role.TEAM_MEMBER, Role.PROJECT_LEADER, Role.LEADER)));
        people.addAll(userDirectory.enabledReaders(consultantIdsOf(projectId)));
        return people;
    }

    /** The evaluators of a project who can still sign in, without an access check: for invitations and notices. */
    public List<UserDirectory.Reader> evaluatorsOf(long projectId) {
        return userDirectory.readersOf(workspaces.findEvaluatorOrganisationIdsOf(projectId), EnumSet.of(Role.EVALUATOR));
    }

    private java.util.Set<Long> consultantIdsOf(long projectId) {
        return projects.findById(projectId).orElseThrow().getConsultantIds();
    }
}
