package dk.modningsportal.sharing;

import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.base.AuditAction;
import dk.modningsportal.base.Audited;
import dk.modningsportal.base.Report;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.note.NoteInput;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.trialaction.TrialActionInput;
import dk.modningsportal.trialaction.TrialActionService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            requireInWorkspace(workspaceId, notes.load(id));
            notes.share(id, true);
        });
    }

    Report report(long workspaceId, List<Long> trialActionIds, List<Long> noteIds, Locale locale) {
        workspaceAccess.requireWritable(workspaceId);
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        if (trialActionIds.isEmpty() && noteIds.isEmpty()) {
            throw new ValidationFailedException(Map.of(ITEMS, "presentation.nothingChosen"));
        }
        String date = LocalDate.now(clock).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        Report report = new Report(t(locale, "presentation.title", workspace.organisationName()));
        report.text(t(locale, "presentation.about", workspace.projectName(), date));
        for (long id : trialActionIds) {
            trialActions.requireInWorkspace(workspaceId, id);
            TrialActionInput action = trialActions.load(id);
            report.heading(action.getTitle());
            section(report, t(locale, "presentation.goal"), action.getGoal());
            section(report, t(locale, "presentation.whatWeDid"), action.getPlannedActivity());
            section(report, t(locale, "presentation.whatHappened"), action.getOutcome());
            section(report, t(locale, "presentation.whatWeLearned"), action.getLearning());
            section(report, t(locale, "presentation.decision"), action.getDecision() == null
                    ? t(locale, "presentation.notYetDecided", label(locale, action.getStatus()))
                    : label(locale, action.getDecision())
                            + (action.getNextStep() == null ? "" : " – " + action.getNextStep()));
        }
        if (!noteIds.isEmpty()) {
            report.heading(t(locale, "presentation.notes"));
            for (long id : noteIds) {
                NoteInput note = notes.load(id);
                requireInWorkspace(workspaceId, note);
                report.bullet(label(locale, note.getKind()) + ": " + note.getSummary());
            }
        }
        return report;
    }

    private static void section(Report report, String heading, String text) {
        if (text != null && !text.isBlank()) {
            report.subheading(heading).text(text);
        }
    }

    private static void requireInWorkspace(long workspaceId, NoteInput note) {
        if (note.getWorkspaceId() != workspaceId) {
            throw new ValidationFailedException(Map.of(ITEMS, "validation.unknownChoice"));
        }
    }

    private byte[] exported(long workspaceId, String format, byte[] content) {
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
