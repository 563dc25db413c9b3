package dk.modningsportal.sharing;

import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.export.Report;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.note.SharedNote;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.trialaction.SharedTrialAction;
import dk.modningsportal.trialaction.TrialActionService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Before a reflection meeting each team presents its experience with its local trial actions to the others (seed
 * 003): from the trial actions (and notes) it chooses, a short presentation, one slide per trial action — the goal,
 * what we did, what happened, what we learned, the decision — and one of the chosen notes, as PPTX and as PDF, in
 * the team's language. For the workspace's own writers; sharing the chosen items is a separate, explicit step.
 */
@Service
@Transactional(readOnly = true)
public class ReflectionPresentation {

    public static final String ITEMS = "items";

    private final WorkspaceAccess workspaceAccess;
    private final TrialActionService trialActions;
    private final NoteService notes;
    private final I18NProvider texts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReflectionPresentation(WorkspaceAccess workspaceAccess, TrialActionService trialActions, NoteService notes,
            I18NProvider texts, Clock clock, ApplicationEventPublisher events) {
        this.workspaceAccess = workspaceAccess;
        this.trialActions = trialActions;
        this.notes = notes;
        this.texts = texts;
        this.clock = clock;
        this.events = events;
    }

    public byte[] pptx(long workspaceId, List<Long> trialActionIds, List<Long> noteIds, Locale locale) {
        return exported(workspaceId, "pptx", report(workspaceId, trialActionIds, noteIds, locale).pptx());
    }

    public byte[] pdf(long workspaceId, List<Long> trialActionIds, List<Long> noteIds, Locale locale) {
        return exported(workspaceId, "pdf", report(workspaceId, trialActionIds, noteIds, locale).pdf());
    }

    /** Shares every chosen item with the project, as "Del med projektet" on each would. */
    @Transactional
    public void shareAll(long workspaceId, List<Long> trialActionIds, List<Long> noteIds) {
        workspaceAccess.requireWritable(workspaceId);
        trialActionIds.forEach(id -> {
            trialActions.requireInWorkspace(workspaceId, id);
            trialActions.share(id, true);
        });
        noteIds.forEach(id -> {
            requireInWorkspace(workspaceId, notes.load(id).getWorkspaceId());
            notes.share(id, true);
        });
    }

    /** The team's own presentation, from its chosen items: for the workspace's writers. */
    Report report(long workspaceId, List<Long> trialActionIds, List<Long> noteIds, Locale locale) {
        workspaceAccess.requireWritable(workspaceId);
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        if (trialActionIds.isEmpty() && noteIds.isEmpty()) {
            throw new ValidationFailedException(Map.of(ITEMS, "presentation.nothingChosen"));
        }
        List<SharedTrialAction> actions = trialActionIds.stream()
                .peek(id -> trialActions.requireInWorkspace(workspaceId, id)).map(trialActions::shared).toList();
        List<SharedNote> chosenNotes = noteIds.stream().map(notes::shared)
                .peek(n -> requireInWorkspace(workspaceId, n.workspaceId())).toList();
        return report(workspace.organisationName(), workspace.projectName(), actions, chosenNotes, locale);
    }

    /**
     * A presentation as the reader may read it: the items the reader may read (the team's own, or shared with the
     * project) of the workspace; one withdrawn since, deleted or of another workspace is left out.
     */
    Report readable(long workspaceId, String organisationName, String projectName, List<Long> trialActionIds,
            List<Long> noteIds, Locale locale) {
        List<SharedTrialAction> actions = trialActionIds.stream()
                .flatMap(id -> readable(() -> trialActions.shared(id)))
                .filter(a -> a.workspaceId() == workspaceId).toList();
        List<SharedNote> readableNotes = noteIds.stream().flatMap(id -> readable(() -> notes.shared(id)))
                .filter(n -> n.workspaceId() == workspaceId).toList();
        return report(organisationName, projectName, actions, readableNotes, locale);
    }

    private static <T> Stream<T> readable(Supplier<T> read) {
        try {
            return Stream.of(read.get());
        } catch (NotFoundException unshared) {
            return Stream.empty();
        }
    }

    private Report report(String organisationName, String projectName, List<SharedTrialAction> actions,
            List<SharedNote> chosenNotes, Locale locale) {
        String date = LocalDate.now(clock).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        Report report = new Report(t(locale, "presentation.title", organisationName));
        report.text(t(locale, "presentation.about", projectName, date));
        for (SharedTrialAction action : actions) {
            report.heading(action.title());
            section(report, t(locale, "presentation.goal"), action.goal());
            section(report, t(locale, "presentation.whatWeDid"), action.plannedActivity());
            section(report, t(locale, "presentation.whatHappened"), action.outcome());
            section(report, t(locale, "presentation.whatWeLearned"), action.learning());
            section(report, t(locale, "presentation.decision"), action.decision() == null
                    ? t(locale, "presentation.notYetDecided", label(locale, action.status()))
                    : label(locale, action.decision())
                            + (action.nextStep() == null ? "" : " – " + action.nextStep()));
        }
        if (!chosenNotes.isEmpty()) {
            report.heading(t(locale, "presentation.notes"));
            for (SharedNote note : chosenNotes) {
                report.bullet(label(locale, note.kind()) + ": " + note.summary());
            }
        }
        return report;
    }

    private static void section(Report report, String heading, String text) {
        if (text != null && !text.isBlank()) {
            report.subheading(heading).text(text);
        }
    }

    private static void requireInWorkspace(long workspaceId, long itemWorkspaceId) {
        if (itemWorkspaceId != workspaceId) {
            throw new ValidationFailedException(Map.of(ITEMS, "validation.unknownChoice"));
        }
    }

    byte[] exported(long workspaceId, String format, byte[] content) {
        events.publishEvent(Audited.of(AuditAction.EXPORT_DOWNLOADED, "PRESENTATION", workspaceId,
                "reflection presentation (" + format + ")", null));
        return content;
    }

    private String t(Locale locale, String key, Object... args) {
        return texts.getTranslation(key, locale, args);
    }

    private String label(Locale locale, Enum<?> value) {
        return t(locale, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
