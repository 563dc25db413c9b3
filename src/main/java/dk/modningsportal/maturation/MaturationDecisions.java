package dk.modningsportal.maturation;

import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.InterventionCatalog.Vocabulary;
import dk.modningsportal.intervention.VersionDrafts;
import dk.modningsportal.live.Change;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.UserDirectory;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a maturation workshop decides about a theme, each decision written into the draft of the next
 * version through the intervention module. For the consultants of the open project.
 */
@Service
@Transactional
public class MaturationDecisions {

    private static final Logger log = LoggerFactory.getLogger(MaturationDecisions.class);

    public record DecisionRow(long id, DecisionKind kind, String coreElementName, String newName, String newText,
            String reason, String decidedBy, Instant decidedAt) {
    }

    /** What the consultant decided; which fields are needed depends on the kind. */
    public record DecisionInput(DecisionKind kind, Long coreElementId, String newName, String newText, String reason) {
    }


    private final MaturationRepository workshops;
    private final WorkspaceAccess workspaceAccess;
    private final InterventionCatalog catalog;
    private final VersionDrafts drafts;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MaturationDecisions(MaturationRepository workshops, WorkspaceAccess workspaceAccess, InterventionCatalog catalog,
            VersionDrafts drafts, UserDirectory userDirectory, CurrentUser currentUser, EntityManager em, Clock clock,
            ApplicationEventPublisher events) {
        this.workshops = workshops;
        this.workspaceAccess = workspaceAccess;
        this.catalog = catalog;
        this.drafts = drafts;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
        this.events = events;
    }

    /** Records a decision about a theme and applies it to the draft of the next version. */
    public DecisionRow decide(long themeId, DecisionInput input) {
        WorkshopTheme theme = workshops.findTheme(themeId)
                .orElseThrow(() -> new NotFoundException("error.accessRefused", "No theme " + themeId));
        Workshop workshop = theme.getWorkshop();
        long projectId = workshop.getProjectId();
        workspaceAccess.requireConsultantOfOpen(projectId);
        VersionRef draft = drafts.draftAfter(projectId, workshop.getRoundId());
        validate(input);
        Long elementId = input.coreElementId();
        if (elementId != null) {
            catalog.coreElementsOfProject(projectId, List.of(elementId), "coreElement");
        }
        String newText = TextRules.trimToNull(input.newText());
        switch (input.kind()) {
            case CHANGE_ELEMENT -> drafts.rewriteElement(projectId, draft.id(), elementId, newText);
            case REMOVE_ELEMENT -> drafts.dropElement(projectId, draft.id(), elementId);
            case ADD_ELEMENT -> elementId = drafts.addElement(projectId, draft.id(), input.newName().strip(), newText).id();
            case CHANGE_THEORY -> drafts.rewriteTheory(projectId, draft.id(), newText);
            case CHANGE_MATERIALS, NO_CHANGE -> {
                // Recorded in the change log; materials are uploaded to the draft version separately.
            }
        }
        MaturationDecision decision = new MaturationDecision(theme, draft.id(), input.kind(), elementId,
                TextRules.trimToNull(input.newName()), newText, input.reason().strip(), currentUser.require().id(), clock.instant());
        em.persist(decision);
        events.publishEvent(Change.board(projectId));
        log.info("{} decided {} in workshop {} for version {}", currentUser.require(), input.kind(), workshop.getId(),
                draft.label());
        return row(decision, catalog.vocabulary(projectId), currentUser.require().displayName());
    }


    private void validate(DecisionInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.kind() == null) {
            errors.put("kind", TextRules.REQUIRED);
            TextRules.throwIfAny(errors);
        }
        boolean needsElement = input.kind() == DecisionKind.CHANGE_ELEMENT || input.kind() == DecisionKind.REMOVE_ELEMENT;
        boolean needsText = input.kind() == DecisionKind.CHANGE_ELEMENT || input.kind() == DecisionKind.ADD_ELEMENT
                || input.kind() == DecisionKind.CHANGE_THEORY || input.kind() == DecisionKind.CHANGE_MATERIALS;
        if (needsElement && input.coreElementId() == null) {
            errors.put("coreElement", TextRules.REQUIRED);
        }
        TextRules.check(errors, "newName", input.newName(), input.kind() == DecisionKind.ADD_ELEMENT,
                MaturationDecision.NAME_MAX);
        TextRules.check(errors, "newText", input.newText(), needsText, MaturationDecision.TEXT_MAX);
        TextRules.check(errors, "reason", input.reason(), true, MaturationDecision.TEXT_MAX);
        TextRules.throwIfAny(errors);
    }


    static DecisionRow row(MaturationDecision d, Vocabulary vocabulary, String decidedBy) {
        return new DecisionRow(d.getId(), d.getKind(), vocabulary.elementName(d.getCoreElementId()),
                d.getNewName(), d.getNewText(), d.getReason(), decidedBy, d.getDecidedAt());
    }

    /** The rows of these decisions, their consultants named as they are called now (one query for all). */
    static Function<MaturationDecision, DecisionRow> rows(UserDirectory users, Vocabulary vocabulary,
            Collection<MaturationDecision> decisions) {
        Map<Long, String> names = deciders(users, decisions);
        return d -> row(d, vocabulary, names.getOrDefault(d.getDecidedById(), "?"));
    }

    /** Who recorded each of these decisions, by account id. */
    static Map<Long, String> deciders(UserDirectory users, Collection<MaturationDecision> decisions) {
        return users.displayNamesOf(decisions.stream().map(MaturationDecision::getDecidedById).collect(Collectors.toSet()));
    }

}
