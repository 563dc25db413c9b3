package dk.modningsportal.search;

import dk.modningsportal.comment.Comment;
import dk.modningsportal.intervention.CoreElement;
import dk.modningsportal.intervention.CoreElementText;
import dk.modningsportal.intervention.InterventionVersion;
import dk.modningsportal.intervention.VersionStatus;
import dk.modningsportal.meeting.AgendaItem;
import dk.modningsportal.meeting.Meeting;
import dk.modningsportal.meeting.MeetingOutcome;
import dk.modningsportal.note.ExperienceNote;
import dk.modningsportal.project.WorkspaceRef;
import dk.modningsportal.trialaction.Adaptation;
import dk.modningsportal.trialaction.TrialAction;
import dk.modningsportal.trialaction.TrialActionStatus;
import java.util.List;
import java.util.function.Function;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;

/**
 * Which entities are searchable and how each reads as a {@link SearchFields} document. Mapped here rather than
 * with annotations on the entities: what search makes of them is this module's concern. Each binder names the
 * properties it reads, so a change to one of them re-indexes the document.
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    /** The searchable entity types: one search spans them all. */
    static final List<Class<?>> TYPES = List.of(TrialAction.class, ExperienceNote.class, Comment.class,
            AgendaItem.class, InterventionVersion.class);

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        index(mapping, TrialAction.class, "trial_action", binder(TrialAction.class, SearchMapping::document, "title", "goal", "plannedActivity",
                        "outcome", "learning", "nextStep", "adaptation", "status", "coreElementIds",
                        "interventionVersionId", "changedAt", "workspace", "sharing.sharedAt"));
        index(mapping, ExperienceNote.class, "experience_note", binder(ExperienceNote.class, SearchMapping::document, "summary", "details", "kind", "source",
                        "coreElementId", "interventionVersionId", "createdAt", "workspace", "sharing.sharedAt"));
        index(mapping, Comment.class, "item_comment", binder(Comment.class, SearchMapping::document, "body", "deletedAt", "hiddenAt", "createdAt", "workspace",
                        "trialActionId", "noteId"));
        index(mapping, AgendaItem.class, "agenda_item", binder(AgendaItem.class, SearchMapping::document, "title", "minutesText", "internal",
                        "outcomes.text", "meeting.startsAt"));
        index(mapping, InterventionVersion.class, "intervention_version", binder(InterventionVersion.class, SearchMapping::document, "label", "status", "description",
                        "theoryOfChange", "targetGroup", "texts.text", "publishedAt", "intervention"));
    }

    private static void index(ProgrammaticMappingConfigurationContext mapping, Class<?> type, String index,
            TypeBinder binder) {
        var step = mapping.type(type);
        step.indexed().index(index);
        step.binder(binder);
    }

    private static <E> TypeBinder binder(Class<E> type, Function<E, SearchFields.Document> reader, String... reads) {
        return (TypeBindingContext context) -> {
            for (String path : reads) {
                context.dependencies().use(path);
            }
            SearchFields fields = new SearchFields(context.indexSchemaElement());
            context.bridge(type, (target, entity, writeContext) -> fields.write(target, reader.apply(entity)));
        };
    }

    static SearchFields.Document document(TrialAction t) {
        WorkspaceRef w = t.getWorkspace();
        Adaptation a = t.getAdaptation();
        boolean evaluated = t.getStatus() == TrialActionStatus.EVALUATED;
        return new SearchFields.Document(SearchKind.TRIAL_ACTION, t.getId(), t.getTitle(),
                SearchFields.join(t.getGoal(), t.getPlannedActivity(), t.getOutcome(), t.getLearning(), t.getNextStep(),
                        a == null ? null : a.getWhatChanged(), a == null ? null : a.getReason()),
                w.projectId(), w.organisationId(), w.id(), null,
                List.copyOf(t.getCoreElementIds()), t.getInterventionVersionId(), null, t.getChangedAt(),
                false, false, evaluated, t.getSharing().isShared());
    }

    static SearchFields.Document document(ExperienceNote n) {
        WorkspaceRef w = n.getWorkspace();
        return new SearchFields.Document(SearchKind.NOTE, n.getId(), n.getSummary(), n.getDetails(),
                w.projectId(), w.organisationId(), w.id(), null,
                n.getCoreElementId() == null ? List.of() : List.of(n.getCoreElementId()),
                n.getInterventionVersionId(), n.getSource().name(), n.getCreatedAt(), false, false, true,
                n.getSharing().isShared());
    }

    static SearchFields.Document document(Comment c) {
        WorkspaceRef w = c.getWorkspace();
        return new SearchFields.Document(SearchKind.COMMENT, c.getId(), null, c.getBody(), w.projectId(),
                w.organisationId(), w.id(), c.getTarget().id(), List.of(), null, c.getTarget().kind().name(),
                c.getCreatedAt(), false, c.isDeleted() || c.isHidden(), false, false);
    }

    static SearchFields.Document document(AgendaItem item) {
        Meeting m = item.getMeeting();
        String outcomes = SearchFields.join(item.getOutcomes().stream().map(MeetingOutcome::getText)
                .toArray(String[]::new));
        return new SearchFields.Document(SearchKind.MEETING, item.getId(), item.getTitle(),
                SearchFields.join(item.getMinutesText(), outcomes), m.getProjectId(),
                m.getOrganisationId(), null, m.getActivityId(), List.of(), null,
                null, m.getStartsAt(), item.isInternal(), false, false, false);
    }

    static SearchFields.Document document(InterventionVersion v) {
        String texts = SearchFields.join(v.getTexts().stream()
                .map(t -> SearchFields.join(t.getCoreElement().getName(), t.getText())).toArray(String[]::new));
        return new SearchFields.Document(SearchKind.VERSION, v.getId(),
                v.getIntervention().getName() + " " + v.getLabel(),
                SearchFields.join(v.getDescription(), v.getTargetGroup(), v.getTheoryOfChange(), texts),
                v.getIntervention().getProjectId(), null, null, null,
                v.getTexts().stream().map(CoreElementText::getCoreElement).map(CoreElement::getId).toList(), v.getId(),
                null, v.getPublishedAt(), false, v.getStatus() == VersionStatus.DRAFT, false, false);
    }
}
