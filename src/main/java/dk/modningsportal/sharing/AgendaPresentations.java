package dk.modningsportal.sharing;

import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.export.Report;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.meeting.AgendaItemPlaces;
import dk.modningsportal.meeting.AgendaItemPlaces.AgendaItemPlace;
import dk.modningsportal.project.ProjectQueries;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceFacts;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import dk.modningsportal.security.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's reflection presentation put on a meeting's agenda item (seed 003): everyone who reads the agenda item
 * downloads it, made from the items as they are then. Putting it there shares the chosen items with the project,
 * as the others are to read them; taking it off shares nothing less (withdrawing stays each item's own step).
 */
@Service
@Transactional
public class AgendaPresentations {

    private static final Logger log = LoggerFactory.getLogger(AgendaPresentations.class);
    public static final String AGENDA_ITEM = "agendaItem";

    /** A presentation on an agenda item, for its readers; {@code ours}: the reader's team may replace or remove it. */
    public record Attached(long id, long workspaceId, String organisationName, String attachedByName,
            Instant attachedAt, int trialActions, int notes, boolean ours) {
    }

    /**
     * What an agenda item holds, and for a writer of a team in the project where the teams present, the workspace
     * whose presentation they may put there ({@code null}: they may not).
     */
    public record OnAgendaItem(List<Attached> attached, Long attachableFrom) {
    }

    private final AgendaPresentationRepository presentations;
    private final AgendaItemPlaces agendaItems;
    private final ReflectionPresentation reflection;
    private final WorkspaceAccess workspaceAccess;
    private final ProjectQueries projects;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AgendaPresentations(AgendaPresentationRepository presentations, AgendaItemPlaces agendaItems,
            ReflectionPresentation reflection, WorkspaceAccess workspaceAccess, ProjectQueries projects,
            UserDirectory userDirectory, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.presentations = presentations;
        this.agendaItems = agendaItems;
        this.reflection = reflection;
        this.workspaceAccess = workspaceAccess;
        this.projects = projects;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** The agenda items ahead in the workspace's project where its team may put its presentation. */
    @Transactional(readOnly = true)
    public List<AgendaItemPlace> placesFor(long workspaceId) {
        WorkspaceFacts workspace = workspaceAccess.requireWritable(workspaceId);
        return agendaItems.ahead(workspace.projectId());
    }

    /**
     * Puts the team's presentation of the chosen items on the agenda item (replacing the one it put there before)
     * and shares the items with the project.
     */
    public void attach(long workspaceId, long agendaItemId, List<Long> trialActionIds, List<Long> noteIds) {
        PortalUser me = currentUser.require();
        WorkspaceFacts workspace = workspaceAccess.requireWritable(workspaceId);
        AgendaItemPlace place = agendaItems.readable(agendaItemId);
        if (place.projectId() != workspace.projectId() || !place.teamsPresent()) {
            log.warn("Refused agenda item {} (another project's, or no presenting) to {}", agendaItemId, me);
            throw new ValidationFailedException(Map.of(AGENDA_ITEM, "validation.unknownChoice"));
        }
        if (trialActionIds.isEmpty() && noteIds.isEmpty()) {
            throw new ValidationFailedException(Map.of(ReflectionPresentation.ITEMS, "presentation.nothingChosen"));
        }
        reflection.shareAll(workspaceId, trialActionIds, noteIds);
        AgendaPresentation presentation = presentations.findByAgendaItemIdAndWorkspaceId(agendaItemId, workspaceId)
                .orElseGet(() -> new AgendaPresentation(agendaItemId, workspaceId));
        presentation.show(trialActionIds, noteIds, me.id(), clock.instant());
        presentations.save(presentation);
        events.publishEvent(Audited.of(AuditAction.SHARED, "PRESENTATION", agendaItemId,
                place.meetingTitle() + " – " + place.itemTitle(), workspace.organisationId()));
        log.info("{} put workspace {}'s presentation on agenda item {}", me, workspaceId, agendaItemId);
    }

    /** The presentations on an agenda item, for those who may read the item. */
    @Transactional(readOnly = true)
    public OnAgendaItem on(long agendaItemId) {
        PortalUser me = currentUser.require();
        AgendaItemPlace place = agendaItems.readable(agendaItemId);
        Map<Long, WorkspaceFacts> participants = participantsOf(place.projectId());
        Long attachable = place.teamsPresent() ? participants.values().stream()
                .filter(p -> p.organisationId() == me.organisationId() && workspaceAccess.mayWrite(p.id()))
                .map(WorkspaceFacts::id).findFirst().orElse(null) : null;
        List<AgendaPresentation> attached = presentations.findByAgendaItemIdOrderByAttachedAt(agendaItemId);
        Map<Long, String> names = attached.isEmpty() ? Map.of() : userDirectory.withOrganisations(attached.stream()
                .map(AgendaPresentation::getAttachedById).toList()).stream()
                .collect(Collectors.toMap(UserDirectory.PersonInOrganisation::id,
                        UserDirectory.PersonInOrganisation::displayName));
        return new OnAgendaItem(attached.stream().filter(p -> participants.containsKey(p.getWorkspaceId())).map(p -> {
            WorkspaceFacts owner = participants.get(p.getWorkspaceId());
            return new Attached(p.getId(), p.getWorkspaceId(), owner.organisationName(),
                    names.getOrDefault(p.getAttachedById(), "?"), p.getAttachedAt(), p.getTrialActionIds().size(),
                    p.getNoteIds().size(), Long.valueOf(p.getWorkspaceId()).equals(attachable));
        }).toList(), attachable);
    }

    /** Takes the team's presentation off the agenda item; its items stay shared until withdrawn one by one. */
    public void detach(long presentationId) {
        AgendaPresentation presentation = find(presentationId);
        WorkspaceFacts workspace = workspaceAccess.requireWritable(presentation.getWorkspaceId());
        AgendaItemPlace place = agendaItems.readable(presentation.getAgendaItemId());
        presentations.delete(presentation);
        events.publishEvent(Audited.of(AuditAction.SHARE_WITHDRAWN, "PRESENTATION", presentation.getAgendaItemId(),
                place.meetingTitle() + " – " + place.itemTitle(), workspace.organisationId()));
    }

    @Transactional(readOnly = true)
    public byte[] pptx(long presentationId, Locale locale) {
        return reflection.exported(find(presentationId).getWorkspaceId(), "pptx", readable(presentationId, locale).pptx());
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long presentationId, Locale locale) {
        return reflection.exported(find(presentationId).getWorkspaceId(), "pdf", readable(presentationId, locale).pdf());
    }

    /** The slides as the reader may read them: the team's own see every item, the others what is shared now. */
    Report readable(long presentationId, Locale locale) {
        AgendaPresentation presentation = find(presentationId);
        AgendaItemPlace place = agendaItems.readable(presentation.getAgendaItemId());
        WorkspaceFacts owner = Optional.ofNullable(participantsOf(place.projectId()).get(presentation.getWorkspaceId()))
                .orElseThrow(() -> notFound(presentationId));
        return reflection.readable(owner.id(), owner.organisationName(),
                projects.nameOf(place.projectId()), presentation.getTrialActionIds(),
                presentation.getNoteIds(), locale);
    }

    private Map<Long, WorkspaceFacts> participantsOf(long projectId) {
        return projects.workspacesOf(projectId).stream()
                .collect(Collectors.toMap(WorkspaceFacts::id, Function.identity()));
    }

    private AgendaPresentation find(long presentationId) {
        return presentations.findById(presentationId).orElseThrow(() -> notFound(presentationId));
    }

    private static NotFoundException notFound(long presentationId) {
        return new NotFoundException("error.accessRefused", "No presentation " + presentationId);
    }
}
