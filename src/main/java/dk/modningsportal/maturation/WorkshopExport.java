package dk.modningsportal.maturation;

import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.export.Report;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.maturation.BoardItem.ItemType;
import dk.modningsportal.maturation.BoardThemes.ThemeRow;
import dk.modningsportal.maturation.MaturationDecisions.DecisionRow;
import dk.modningsportal.maturation.WorkshopService.WorkshopInfo;
import dk.modningsportal.security.UserDirectory;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workshop's documents for the day, readable without the portal: the pack of collected input by
 * core element and theme, and afterwards the decisions with the next version's change log. In Danish.
 */
@Service
@Transactional(readOnly = true)
public class WorkshopExport {

    private static final Locale DANISH = Locale.of("da", "DK");

    private final WorkshopService workshopService;
    private final BoardThemes boardThemes;
    private final WorkshopBoard workshopBoard;
    private final MaturationRepository repository;
    private final InterventionCatalog catalog;
    private final UserDirectory userDirectory;
    private final I18NProvider texts;
    private final ApplicationEventPublisher events;

    WorkshopExport(WorkshopService workshopService, BoardThemes boardThemes, WorkshopBoard workshopBoard,
            MaturationRepository repository, InterventionCatalog catalog, UserDirectory userDirectory,
            I18NProvider texts, ApplicationEventPublisher events) {
        this.workshopService = workshopService;
        this.boardThemes = boardThemes;
        this.workshopBoard = workshopBoard;
        this.repository = repository;
        this.catalog = catalog;
        this.userDirectory = userDirectory;
        this.texts = texts;
        this.events = events;
    }

    /** Logs the download once the file is made (a refused export leaves no entry). */
    private byte[] exported(long workshopId, String file, byte[] content) {
        events.publishEvent(Audited.of(AuditAction.EXPORT_DOWNLOADED, "WORKSHOP", workshopId, file, null));
        return content;
    }

    public byte[] packDocx(long workshopId) {
        return exported(workshopId, "workshop-pack.docx", pack(workshopId).docx());
    }

    public byte[] packPdf(long workshopId) {
        return exported(workshopId, "workshop-pack.pdf", pack(workshopId).pdf());
    }

    public byte[] decisionsDocx(long workshopId) {
        return exported(workshopId, "decisions.docx", decisions(workshopId).docx());
    }

    public byte[] decisionsPdf(long workshopId) {
        return exported(workshopId, "decisions.pdf", decisions(workshopId).pdf());
    }

    Report pack(long workshopId) {
        WorkshopInfo workshop = workshopService.workshop(workshopId);
        List<BoardItem> items = workshopBoard.board(workshopId, BoardFilter.ofRound(workshop.round().id()));
        Report report = new Report(t("export.packTitle", workshop.title()));
        report.text(t("export.about", workshop.projectName(), workshop.round().label(), date(workshop)));

        report.heading(t("export.byCoreElement"));
        Map<Long, List<BoardItem>> byElement = new LinkedHashMap<>();
        for (BoardItem item : items) {
            if (item.coreElementIds().isEmpty()) {
                byElement.computeIfAbsent(null, k -> new ArrayList<>()).add(item);
            }
            item.coreElementIds().forEach(id -> byElement.computeIfAbsent(id, k -> new ArrayList<>()).add(item));
        }
        Map<Long, String> elementNames = elementNames(workshopId);
        elementNames.forEach((id, name) -> {
            report.subheading(name);
            List<BoardItem> underElement = byElement.getOrDefault(id, List.of());
            if (underElement.isEmpty()) {
                report.text(t("export.noItems"));
            }
            underElement.forEach(item -> report.bullet(line(item)));
        });
        if (byElement.containsKey(null)) {
            report.subheading(t("note.noCoreElement"));
            byElement.get(null).forEach(item -> report.bullet(line(item)));
        }

        report.heading(t("export.themes"));
        Map<Long, List<BoardItem>> byTheme = new LinkedHashMap<>();
        items.stream().filter(i -> i.themeId() != null)
                .forEach(i -> byTheme.computeIfAbsent(i.themeId(), k -> new ArrayList<>()).add(i));
        for (ThemeRow theme : boardThemes.themes(workshopId)) {
            report.subheading(theme.title());
            report.text(theme.summary());
            byTheme.getOrDefault(theme.id(), List.of()).forEach(item -> report.bullet(line(item)));
        }
        return report;
    }

    Report decisions(long workshopId) {
        WorkshopInfo workshop = workshopService.workshop(workshopId);
        Report report = new Report(t("export.decisionsTitle", workshop.title()));
        report.text(t("export.about", workshop.projectName(), workshop.round().label(), date(workshop)));
        for (ThemeRow theme : boardThemes.themes(workshopId)) {
            report.heading(theme.title());
            report.text(theme.summary());
            if (theme.decisions().isEmpty()) {
                report.text(t("export.noDecisions"));
            }
            theme.decisions().forEach(d -> report.bullet(decision(d)));
        }
        if (workshop.draft() != null) {
            report.heading(t("export.changeLog", workshop.draft().label()));
            List<MaturationDecision> decided = repository.findDecisionsFor(workshop.draft().id());
            decided.stream().map(MaturationDecisions.rows(userDirectory, catalog.vocabulary(workshop.projectId()), decided))
                    .forEach(d -> report.bullet(decision(d)));
        }
        return report;
    }

    private Map<Long, String> elementNames(long workshopId) {
        Map<Long, String> names = new LinkedHashMap<>();
        workshopService.coreElements(workshopId).forEach((CoreElementRef c) -> names.put(c.id(), c.name()));
        return names;
    }

    private String line(BoardItem item) {
        String kind = item.ref().type() == ItemType.TRIAL_ACTION ? t("maturation.trialAction")
                : t("enum.NoteKind." + item.noteKind().name());
        String detail = item.detail() == null ? "" : " – " + item.detail();
        return item.organisationName() + " (" + kind + "): " + item.text() + detail;
    }

    private String decision(DecisionRow d) {
        StringBuilder text = new StringBuilder(t("enum.DecisionKind." + d.kind().name()));
        String element = d.coreElementName() != null ? d.coreElementName() : d.newName();
        if (element != null) {
            text.append(": ").append(element);
        }
        if (d.newText() != null) {
            text.append(". ").append(t("export.newText")).append(' ').append(d.newText());
        }
        return text.append(". ").append(t("export.reason")).append(' ').append(d.reason()).toString();
    }

    private String date(WorkshopInfo workshop) {
        return DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH).format(workshop.heldOn());
    }

    private String t(String key, Object... params) {
        return texts.getTranslation(key, DANISH, params);
    }
}
