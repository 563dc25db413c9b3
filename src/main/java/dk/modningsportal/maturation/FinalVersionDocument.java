package dk.modningsportal.maturation;

import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.export.Report;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.intervention.InterventionCatalog.ElementText;
import dk.modningsportal.intervention.InterventionCatalog.VersionContent;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.MaterialService;
import dk.modningsportal.maturation.ChangeLog.ChangeEntry;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intervention's final version as one document, readable without the portal: its description, target group,
 * theory of change, core elements and materials, and its change history from the first version, each change with
 * its reason. For everyone who reads the project's workspace; in their language.
 */
@Service
@Transactional(readOnly = true)
public class FinalVersionDocument {

    private final InterventionCatalog catalog;
    private final MaterialService materials;
    private final ChangeLog changeLog;
    private final I18NProvider texts;
    private final ApplicationEventPublisher events;

    FinalVersionDocument(InterventionCatalog catalog, MaterialService materials, ChangeLog changeLog,
            I18NProvider texts, ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.materials = materials;
        this.changeLog = changeLog;
        this.texts = texts;
        this.events = events;
    }

    public byte[] docx(long workspaceId, Locale locale) {
        return exported(workspaceId, "docx", report(workspaceId, locale).docx());
    }

    public byte[] pdf(long workspaceId, Locale locale) {
        return exported(workspaceId, "pdf", report(workspaceId, locale).pdf());
    }

    Report report(long workspaceId, Locale locale) {
        VersionRef finalVersion = catalog.currentVersion(workspaceId).filter(VersionRef::finalVersion)
                .orElseThrow(() -> new ValidationFailedException(Map.of("version", "maturation.noFinalVersion")));
        VersionContent content = catalog.content(workspaceId, finalVersion.id());
        String intervention = catalog.interventionName(workspaceId).orElse("");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        Report report = new Report(t(locale, "finalDocument.title", intervention, finalVersion.label()));
        if (content.publishedAt() != null) {
            report.text(t(locale, "finalDocument.published",
                    content.publishedAt().atZone(dk.modningsportal.base.DanishTime.ZONE).toLocalDate().format(dates)));
        }
        section(report, t(locale, "finalDocument.description"), content.description());
        section(report, t(locale, "finalDocument.targetGroup"), content.targetGroup());
        section(report, t(locale, "finalDocument.theoryOfChange"), content.theoryOfChange());
        report.heading(t(locale, "finalDocument.coreElements"));
        for (ElementText element : content.elements()) {
            report.subheading(element.name()).text(element.text());
        }
        List<MaterialService.MaterialRow> files = materials.list(workspaceId, finalVersion.id());
        if (!files.isEmpty()) {
            report.heading(t(locale, "finalDocument.materials"));
            files.forEach(file -> report.bullet(file.fileName()));
        }
        report.heading(t(locale, "finalDocument.history"));
        List<VersionRef> versions = catalog.versions(workspaceId);
        for (VersionRef version : versions) {
            List<ChangeEntry> changes = changeLog.changes(workspaceId, version.id()).entries();
            report.subheading(t(locale, "finalDocument.version", version.label()));
            if (changes.isEmpty()) {
                report.text(t(locale, version.equals(versions.getFirst()) ? "finalDocument.first"
                        : "finalDocument.noChanges"));
            }
            for (ChangeEntry change : changes) {
                String subject = change.coreElementName() != null ? change.coreElementName() : change.newName();
                report.bullet(t(locale, "enum.DecisionKind." + change.kind().name())
                        + (subject == null ? "" : ": " + subject) + " – " + change.reason());
            }
        }
        return report;
    }

    private static void section(Report report, String heading, String text) {
        if (text != null && !text.isBlank()) {
            report.heading(heading).text(text);
        }
    }

    private byte[] exported(long workspaceId, String format, byte[] content) {
        events.publishEvent(Audited.of(AuditAction.EXPORT_DOWNLOADED, "FINAL_VERSION", workspaceId,
                "final version (" + format + ")", null));
        return content;
    }

    private String t(Locale locale, String key, Object... args) {
        return texts.getTranslation(key, locale, args);
    }
}
