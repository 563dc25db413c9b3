package dk.modningsportal.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.ConflictDialog;
import dk.modningsportal.base.ui.DownloadLinks;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.evaluation.CollectionPlanService;
import dk.modningsportal.evaluation.EvaluationRoutes;
import dk.modningsportal.evaluation.QrCodes;
import dk.modningsportal.evaluation.QuestionnaireService.QuestionnaireRow;
import dk.modningsportal.evaluation.QuestionnaireService.ResponseRow;
import dk.modningsportal.evaluation.QuestionnaireService;
import dk.modningsportal.evaluation.RegistrationService.Line;
import dk.modningsportal.evaluation.RegistrationService.Missing;
import dk.modningsportal.evaluation.RegistrationService.PeriodForm;
import dk.modningsportal.evaluation.RegistrationService;
import dk.modningsportal.evaluation.Reporters;
import dk.modningsportal.evaluation.ReportingPeriod;
import dk.modningsportal.evaluation.TimeAndCostService;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.project.ui.RouteIds;
import dk.modningsportal.project.ui.WorkspaceHeader;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserDirectory;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Til evalueringen": what the evaluation needs from one organisation. The project leader reports a month's
 * counts (and its quarter's) and its time and costs; what has ended without a figure is listed as missing; the
 * questionnaires to pass on come with their link and a QR code to print.
 */
@Route(EvaluationRoutes.EVALUATION)
@PermitAll
class WorkspaceEvaluationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MISSING_SHOWN = 12;

    final Select<LocalDate> month = new Select<>();
    final Map<Long, IntegerField> counts = new LinkedHashMap<>();
    final Button save = new Button();
    final Div missing = new Div();
    final Div questionnaires = new Div();
    private final Div registrationForm = new Div();
    TimeSheetForm timeSheet;
    DueList due;
    private final CollectionPlanService collection;
    private final TimeAndCostService timeAndCosts;
    final MultiSelectComboBox<UserDirectory.Person> reportersChoice = new MultiSelectComboBox<>();
    private final Reporters reporters;
    private final CurrentUser currentUser;

    private final RegistrationService registrations;
    private final QuestionnaireService questionnaireService;
    private final WorkspaceAccess workspaceAccess;
    private final InterventionCatalog catalog;
    private long workspaceId;
    private PeriodForm shown;
    private String title = "";

    WorkspaceEvaluationView(RegistrationService registrations, QuestionnaireService questionnaireService,
            WorkspaceAccess workspaceAccess, InterventionCatalog catalog, TimeAndCostService timeAndCosts,
            CollectionPlanService collection, Reporters reporters, CurrentUser currentUser) {
        this.collection = collection;
        this.reporters = reporters;
        this.currentUser = currentUser;
        this.timeAndCosts = timeAndCosts;
        this.registrations = registrations;
        this.questionnaireService = questionnaireService;
        this.workspaceAccess = workspaceAccess;
        this.catalog = catalog;
        addClassName("portal-page");
        month.setLabel(getTranslation("evaluation.month"));
        month.setItemLabelGenerator(this::monthName);
        month.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(EvaluationRoutes.evaluation(workspaceId),
                        QueryParameters.of("month", e.getValue().toString().substring(0, 7)));
            }
        });
        save.setText(getTranslation("evaluation.saveCounts"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("evaluation-save");
        save.addClickListener(e -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        workspaceId = RouteIds.workspaceId(event);
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        title = getTranslation("workspace.section.evaluation") + " · " + workspace.organisationName();
        java.util.Optional<VersionRef> currentVersion = catalog.currentVersion(workspaceId);
        String versionLabel = currentVersion.map(VersionRef::label).orElse(null);
        removeAll();
        add(new WorkspaceHeader(workspace, versionLabel, currentVersion.map(VersionRef::finalVersion).orElse(false),
                WorkspaceHeader.Section.EVALUATION));
        add(new Paragraph(getTranslation("evaluation.workspaceIntro")));
        due = new DueList(collection, workspaceId);
        add(due);
        List<LocalDate> months = registrations.months(workspaceId);
        // The month that ended last, unless one is asked for: the current month is rarely counted yet.
        LocalDate chosen = event.getLocation().getQueryParameters().getSingleParameter("month")
                .map(m -> parseMonth(m, months)).orElse(months.isEmpty() ? null : months.get(months.size() > 1 ? 1 : 0));
        Div counting = section("evaluation.registrationsTitle");
        if (months.isEmpty()) {
            counting.add(new Paragraph(getTranslation("evaluation.noMeasures")));
        } else {
            month.setItems(months);
            month.setValue(chosen);
            counting.add(month, registrationForm, missing);
            show(registrations.form(workspaceId, chosen));
        }
        add(counting);
        if (chosen != null) {
            timeSheet = new TimeSheetForm(timeAndCosts, workspaceId, chosen);
            add(timeSheet);
        }
        add(questionnaires);
        showQuestionnaires(workspace);
        if (workspace.writable() && currentUser.require().role() == Role.PROJECT_LEADER) {
            add(reportersSection());
        }
    }

    private static LocalDate parseMonth(String text, List<LocalDate> months) {
        return months.stream().filter(m -> m.toString().startsWith(text)).findFirst()
                .orElse(months.isEmpty() ? null : months.get(0));
    }

    /** The month's form as stored; typed values are replaced only here (after a save or a reload). */
    private void show(PeriodForm form) {
        shown = form;
        counts.clear();
        registrationForm.removeAll();
        FormLayout layout = Forms.responsiveLayout();
        for (Line line : form.lines()) {
            IntegerField field = new IntegerField(line.measure().label());
            field.setStepButtonsVisible(false);
            field.setSuffixComponent(new Span(line.measure().unit()));
            field.setId("count-" + line.measure().id());
            field.setValue(line.counted().plotted());
            if (line.counted().hidden()) {
                field.setPlaceholder(dk.modningsportal.evaluation.SmallNumbers.HIDDEN_TEXT);
            }
            field.setHelperText(helper(line));
            field.setReadOnly(!form.writable());
            counts.put(line.measure().id(), field);
            layout.add(field);
        }
        registrationForm.add(layout);
        if (form.writable()) {
            registrationForm.add(save);
        } else {
            Paragraph readOnly = new Paragraph(getTranslation("evaluation.projectLeaderReports"));
            readOnly.addClassName("portal-muted");
            registrationForm.add(readOnly);
        }
        showMissing();
    }

    private String helper(Line line) {
        String period = PeriodLabels.of(line.measure().period(), line.periodStart(), getLocale());
        if (line.registrationId() == null) {
            return getTranslation("evaluation.notReported", period);
        }
        String entered = getTranslation("evaluation.reportedBy", period, line.enteredBy(), Formats.dateTime(line.enteredAt()));
        return line.corrected() ? entered + " " + getTranslation("evaluation.corrected") : entered;
    }

    private void showMissing() {
        missing.removeAll();
        List<Missing> gaps = registrations.missing(workspaceId);
        if (gaps.isEmpty()) {
            missing.add(new Paragraph(getTranslation("evaluation.nothingMissing")));
            return;
        }
        missing.add(new Paragraph(getTranslation("evaluation.missingIntro", gaps.size())));
        UnorderedList list = new UnorderedList();
        list.addClassName("evaluation-missing");
        // A line per period (oldest first), naming what is missing in it.
        Map<LocalDate, List<Missing>> byPeriod = new java.util.TreeMap<>();
        gaps.forEach(g -> byPeriod.computeIfAbsent(g.periodStart(), p -> new java.util.ArrayList<>()).add(g));
        byPeriod.entrySet().stream().limit(MISSING_SHOWN).forEach(entry -> {
            Missing first = entry.getValue().get(0);
            Anchor period = new Anchor(EvaluationRoutes.evaluation(workspaceId) + "?month="
                    + entry.getKey().toString().substring(0, 7), periodName(first));
            period.getElement().setAttribute("router-link", true);
            list.add(new ListItem(period, new Span(": " + entry.getValue().stream().map(g -> g.measure().label())
                    .collect(java.util.stream.Collectors.joining(", ")))));
        });
        missing.add(list);
    }

    private void save() {
        Map<Long, Integer> typed = new HashMap<>();
        Map<Long, Long> seen = new HashMap<>();
        for (Line line : shown.lines()) {
            IntegerField field = counts.get(line.measure().id());
            field.setInvalid(false);
            if (field.isEmpty() && line.registrationId() == null) {
                continue;
            }
            typed.put(line.measure().id(), field.getValue());
            seen.put(line.measure().id(), line.registrationId());
        }
        store(typed, seen);
    }

    private void store(Map<Long, Integer> typed, Map<Long, Long> seen) {
        try {
            registrations.report(workspaceId, shown.month(), typed, seen);
            Forms.success(getTranslation("evaluation.countsSaved", monthName(shown.month())));
            show(registrations.form(workspaceId, shown.month()));
        } catch (ValidationFailedException invalid) {
            Map<String, HasValidation> fields = new HashMap<>();
            counts.forEach((id, field) -> fields.put(RegistrationService.field(id), field));
            Forms.showServiceErrors(invalid, fields);
        } catch (ConcurrentEditException conflict) {
            PeriodForm stored = registrations.form(workspaceId, shown.month());
            ConflictDialog.show(conflict, () -> show(stored), () -> {
                // Keep what was typed, now on top of the colleague's figures.
                Map<Long, Long> now = new HashMap<>();
                stored.lines().forEach(l -> now.put(l.measure().id(), l.registrationId()));
                shown = stored;
                store(typed, now);
            });
        }
    }

    private void showQuestionnaires(WorkspaceSummary workspace) {
        questionnaires.removeAll();
        questionnaires.add(new H3(getTranslation("evaluation.questionnairesToPassOn")));
        questionnaires.addClassName("portal-section");
        List<QuestionnaireRow> rows = questionnaireService.toPassOn(workspaceId);
        if (rows.isEmpty()) {
            questionnaires.add(new Paragraph(getTranslation("evaluation.noQuestionnaires")));
            return;
        }
        Map<Long, ResponseRow> own = new HashMap<>();
        questionnaireService.responses(workspace.projectId()).stream().filter(r -> r.workspaceId() == workspaceId)
                .forEach(r -> own.put(r.questionnaireId(), r));
        for (QuestionnaireRow q : rows) {
            questionnaires.add(questionnaireCard(q, own.get(q.id())));
        }
    }

    private Component questionnaireCard(QuestionnaireRow q, ResponseRow counted) {
        Div card = new Div();
        card.addClassName("evaluation-questionnaire");
        Span state = new Span(getTranslation("evaluation.questionnaireState." + q.state().name()));
        state.addClassName("portal-badge");
        Span who = new Span(Formats.label(q.respondents()));
        who.addClassName("portal-badge");
        Anchor link = new Anchor(q.address(), q.address());
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        Image qr = new Image(DownloadHandler.fromInputStream(e -> {
            byte[] png = QrCodes.png(questionnaireService.address(q.id()));
            return new DownloadResponse(new ByteArrayInputStream(png), "qr.png", "image/png", png.length);
        }), getTranslation("evaluation.qrAlt", q.title()));
        qr.addClassName("evaluation-qr");
        Anchor print = DownloadLinks.of(getTranslation("evaluation.qrDownload"), "qr-" + q.id() + ".png", "image/png",
                () -> QrCodes.png(questionnaireService.address(q.id())));
        Div text = new Div(new H3(q.title()), new Div(state, who),
                new Paragraph(getTranslation("evaluation.openPeriod", Formats.date(q.opensOn()), Formats.date(q.closesOn()))),
                link, new Paragraph(print));
        if (counted != null && !counted.responses().missing()) {
            text.add(new Paragraph(counted.invited() == null
                    ? getTranslation("evaluation.responsesOnly", counted.responses().text("–"))
                    : getTranslation("evaluation.responsesOf", counted.responses().text("–"), counted.invited(),
                            counted.ratePercent() == null ? "–" : counted.ratePercent())));
        }
        card.add(text, qr);
        return card;
    }

    /** The project leader lets team members report too. */
    private Div reportersSection() {
        Div section = section("evaluation.reportersTitle");
        reportersChoice.setLabel(getTranslation("evaluation.reportersLabel"));
        reportersChoice.setItemLabelGenerator(UserDirectory.Person::displayName);
        reportersChoice.setItems(reporters.candidates(workspaceId));
        reportersChoice.setValue(java.util.Set.copyOf(reporters.allowedTeam(workspaceId)));
        reportersChoice.setWidth("min(30rem, 100%)");
        Button saveReporters = new Button(getTranslation("evaluation.saveReporters"), e -> {
            reporters.allow(workspaceId, reportersChoice.getValue().stream().map(UserDirectory.Person::id)
                    .collect(java.util.stream.Collectors.toSet()));
            Forms.success(getTranslation("evaluation.reportersSaved"));
        });
        section.add(new Paragraph(getTranslation("evaluation.reportersHelp")), reportersChoice, saveReporters);
        return section;
    }

    private String periodName(Missing gap) {
        return PeriodLabels.of(gap.measure().period(), gap.periodStart(), getLocale());
    }

    private String monthName(LocalDate m) {
        return PeriodLabels.of(ReportingPeriod.MONTH, m, getLocale());
    }

    private Div section(String key) {
        Div section = new Div(new H3(getTranslation(key)));
        section.addClassName("portal-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
