package dk.modningsportal.selfevaluation.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.live.ui.LiveRefresh;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.project.ui.RouteIds;
import dk.modningsportal.project.ui.WorkspaceHeader;
import dk.modningsportal.selfevaluation.AnswerKey;
import dk.modningsportal.selfevaluation.FieldConflictException;
import dk.modningsportal.selfevaluation.ImplementationStatus;
import dk.modningsportal.selfevaluation.Quarter;
import dk.modningsportal.selfevaluation.QuarterWork;
import dk.modningsportal.selfevaluation.SelfEvaluation;
import dk.modningsportal.selfevaluation.SelfEvaluationRoutes;
import dk.modningsportal.selfevaluation.SelfEvaluationService.ElementRow;
import dk.modningsportal.selfevaluation.SelfEvaluationService.Form;
import dk.modningsportal.selfevaluation.SelfEvaluationService.QuarterState;
import dk.modningsportal.selfevaluation.SelfEvaluationService;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The quarterly self-evaluation of one workspace: the quarters with their state, and the form. Every
 * answer is saved as the person types; the project leader submits; a submitted form is
 * read-only and can be corrected as a new revision.
 */
@Route(SelfEvaluationRoutes.SELF_EVALUATION)
@PermitAll
class SelfEvaluationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Select<QuarterState> quarter = new Select<>();
    final Map<AnswerKey, HasValue<?, ?>> fields = new LinkedHashMap<>();
    final Button submit = new Button();
    final Button correct = new Button();
    final Span saved = new Span();
    private final Span state = new Span();
    private final Div form = new Div();

    private final SelfEvaluationService service;
    private final WorkspaceAccess workspaceAccess;
    private final InterventionCatalog catalog;
    private final QuarterWork quarterWork;
    private long workspaceId;
    private Form shown;
    /** Each answer as last seen from the server: what a save says it replaces. */
    private final Map<AnswerKey, String> seen = new LinkedHashMap<>();

    /** The field the person is in: a colleague's answer never replaces what they may be typing. */
    private AnswerKey focused;

    SelfEvaluationView(SelfEvaluationService service, WorkspaceAccess workspaceAccess, InterventionCatalog catalog,
            ChangeBus bus, QuarterWork quarterWork) {
        this.quarterWork = quarterWork;
        LiveRefresh.whileAttached(this, bus, change -> shown != null && change.isSelfEvaluationOf(workspaceId),
                this::takeColleaguesAnswers);
        this.service = service;
        this.workspaceAccess = workspaceAccess;
        this.catalog = catalog;
        addClassName("portal-page");
        // Wired once: beforeEnter and show run again on every visit and after every correction.
        quarter.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(SelfEvaluationRoutes.selfEvaluation(workspaceId),
                        QueryParameters.of("quarter", e.getValue().quarter().key()));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> confirmSubmit());
        correct.addClickListener(e -> show(service.correct(shown.id())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        workspaceId = RouteIds.workspaceId(event);
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        java.util.Optional<VersionRef> currentVersion = catalog.currentVersion(workspaceId);
        String versionLabel = currentVersion.map(VersionRef::label).orElse(null);
        List<QuarterState> quarters = service.quarters(workspaceId);
        removeAll();
        add(new WorkspaceHeader(workspace, versionLabel, currentVersion.map(VersionRef::finalVersion).orElse(false),
                WorkspaceHeader.Section.SELF_EVALUATION));
        if (quarters.isEmpty()) {
            add(new Paragraph(getTranslation("selfEvaluation.noQuarters")));
            return;
        }
        quarter.setLabel(getTranslation("selfEvaluation.quarterLabel"));
        quarter.setItems(quarters);
        quarter.setItemLabelGenerator(this::quarterLabel);
        QuarterState chosen = event.getLocation().getQueryParameters().getSingleParameter("quarter")
                .flatMap(Quarter::parse)
                .flatMap(q -> quarters.stream().filter(s -> s.quarter().equals(q)).findFirst())
                .orElse(quarters.get(0));
        quarter.setValue(chosen);
        state.addClassName("self-evaluation-state");
        saved.addClassName("portal-muted");
        FlexLayout top = new FlexLayout(quarter, state, saved);
        top.addClassName("portal-toolbar");
        form.addClassName("portal-form");
        add(top, form);
        show(service.open(workspaceId, chosen.quarter()));
    }

    private String quarterLabel(QuarterState s) {
        return getTranslation("selfEvaluation.quarter", s.quarter().year(), s.quarter().quarter()) + " – "
                + getTranslation("selfEvaluation.state." + s.state().name());
    }

    private void show(Form loaded) {
        shown = loaded;
        QuarterWork.Work work = quarterWork.of(workspaceId, loaded.quarter());
        fields.clear();
        seen.clear();
        form.removeAll();
        state.setText(stateText(loaded));
        state.getElement().getClassList().set("late", loaded.late());

        Div elements = section("selfEvaluation.elementsTitle", "selfEvaluation.elementsHelp");
        for (ElementRow element : loaded.elements()) {
            RadioButtonGroup<ImplementationStatus> status = new RadioButtonGroup<>();
            status.setLabel(element.name());
            status.setItems(ImplementationStatus.values());
            status.setItemLabelGenerator(Formats::label);
            status.setValue(element.status());
            bind(new AnswerKey.Status(element.coreElementId()), status, v -> v == null ? "" : v.name());
            TextArea explanation = textArea("selfEvaluation.explanation", SelfEvaluation.EXPLANATION_MAX,
                    element.explanation());
            bind(new AnswerKey.Explanation(element.coreElementId()), explanation, v -> v);
            Div row = new Div(status, explanation, QuarterFigures.elementLine(work.element(element.coreElementId())));
            row.addClassName("self-evaluation-element");
            elements.add(row);
        }

        Div drivers = section("selfEvaluation.driversTitle", null);
        TextArea driving = textArea("selfEvaluation.drivers", SelfEvaluation.TEXT_MAX, loaded.drivers());
        bind(AnswerKey.Text.DRIVERS, driving, v -> v);
        TextArea hindering = textArea("selfEvaluation.barriers", SelfEvaluation.TEXT_MAX, loaded.barriers());
        bind(AnswerKey.Text.BARRIERS, hindering, v -> v);
        drivers.add(driving, hindering);

        Div reflections = section("selfEvaluation.reflectionsTitle", "selfEvaluation.reflectionsHelp");
        TextArea reflecting = textArea("selfEvaluation.reflections", SelfEvaluation.TEXT_MAX, loaded.reflections());
        bind(AnswerKey.Text.REFLECTIONS, reflecting, v -> v);
        reflecting.setId("self-evaluation-reflections"); // the load test (load/) answers here
        reflections.add(reflecting);

        Div time = section("selfEvaluation.quarterInPortalTitle", "selfEvaluation.quarterInPortalHelp");
        time.add(new QuarterFigures(work, loaded.expectedHours(), workspaceId));

        submit.setText(getTranslation("selfEvaluation.submit"));
        submit.setVisible(loaded.canSubmit());
        correct.setText(getTranslation("selfEvaluation.correct"));
        correct.setVisible(loaded.canCorrect());
        FlexLayout buttons = new FlexLayout(submit, correct);
        buttons.addClassName("portal-buttons");
        Paragraph whoSubmits = new Paragraph(getTranslation("selfEvaluation.whoSubmits"));
        whoSubmits.addClassName("portal-help");
        whoSubmits.setVisible(loaded.editable() && !loaded.canSubmit());
        form.add(elements, drivers, reflections, time, whoSubmits, buttons);
        fields.values().forEach(f -> f.setReadOnly(!loaded.editable()));
    }

    private String stateText(Form f) {
        String due = getTranslation("selfEvaluation.due", Formats.date(f.due()));
        if (f.status() == SelfEvaluation.Status.SUBMITTED) {
            return due + " · " + getTranslation("selfEvaluation.submittedBy", f.submittedByName(),
                    Formats.dateTime(f.submittedAt()), f.revision());
        }
        String draft = f.status() == null ? getTranslation("selfEvaluation.state.MISSING")
                : getTranslation("selfEvaluation.state.DRAFT");
        return due + " · " + (f.late() ? getTranslation("selfEvaluation.state.LATE") : draft);
    }

    private TextArea textArea(String label, int max, String value) {
        TextArea area = new TextArea(getTranslation(label));
        Forms.limit(area, max);
        area.setValue(value == null ? "" : value);
        area.setWidthFull();
        // Saved as the person types: a pause of a second and a half, or leaving the field.
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(1500);
        return area;
    }

    private Div section(String title, String help) {
        Div section = new Div(new H3(getTranslation(title)));
        if (help != null) {
            Paragraph text = new Paragraph(getTranslation(help));
            text.addClassName("portal-help");
            section.add(text);
        }
        section.addClassName("portal-section");
        return section;
    }

    /** Saves the answer when its field changes (text areas: after a pause in typing). */
    private <V> void bind(AnswerKey field, AbstractField<?, V> component, Function<V, String> asText) {
        fields.put(field, component);
        seen.put(field, shown.value(field));
        if (component instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.addFocusListener(e -> focused = field);
            focusable.addBlurListener(e -> focused = field.equals(focused) ? null : focused);
        }
        // Values are filled in before this listener exists, so every change it hears is the person's own.
        component.addValueChangeListener(e -> save(field, component, asText.apply(e.getValue())));
    }

    private <V> void save(AnswerKey field, AbstractField<?, V> component, String text) {
        if (!shown.editable() || text.equals(seen.get(field))) {
            return;
        }
        if (component instanceof com.vaadin.flow.component.HasValidation validated) {
            validated.setInvalid(false);
        }
        try {
            Form after;
            try {
                after = service.saveAnswer(shown.id(), field, seen.get(field), text);
            } catch (ObjectOptimisticLockingFailureException sameMoment) {
                // Another tab saved another answer of this form in the same instant (the load test's two tabs
                // of one project leader): tried once more against what is stored now, where an answer
                // changed meanwhile is refused as always.
                after = service.saveAnswer(shown.id(), field, seen.get(field), text);
            }
            seen.put(field, after.value(field));
            shown = after;
            saved.setText(getTranslation("selfEvaluation.saved", Formats.time(after.updatedAt())));
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, validatedFields());
        } catch (FieldConflictException conflict) {
            conflictOn(field, text, conflict);
        }
    }

    /**
     * Shows what colleagues saved meanwhile, in every field the person has not changed and is not in; a
     * submitted form is shown anew (read-only).
     */
    void takeColleaguesAnswers() {
        Form stored = service.open(workspaceId, shown.quarter());
        if (stored.id() != shown.id() || stored.status() != shown.status()) {
            show(stored);
            return;
        }
        for (Map.Entry<AnswerKey, HasValue<?, ?>> entry : fields.entrySet()) {
            AnswerKey field = entry.getKey();
            String theirs = stored.value(field);
            String mine = seen.get(field);
            if (theirs.equals(mine) || field.equals(focused) || !mine.equals(textOf(field, entry.getValue()))) {
                continue;
            }
            seen.put(field, theirs);
            setText(entry.getValue(), theirs);
        }
        shown = stored;
    }

    private static String textOf(AnswerKey field, HasValue<?, ?> component) {
        Object value = component.getValue();
        return value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static void setText(HasValue<?, ?> component, String text) {
        if (component instanceof RadioButtonGroup<?> group) {
            ((RadioButtonGroup<ImplementationStatus>) group).setValue(text.isEmpty() ? null
                    : ImplementationStatus.valueOf(text));
        } else {
            ((HasValue<?, String>) component).setValue(text);
        }
    }

    /** A colleague changed the same answer meanwhile: keep theirs, or put one's own on top of it. */
    private void conflictOn(AnswerKey field, String mine, FieldConflictException conflict) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("conflict.title"));
        dialog.setText(getTranslation("selfEvaluation.fieldConflict", conflict.getChangedBy(),
                conflict.getStoredValue().isEmpty() ? "–" : conflict.getStoredValue()));
        dialog.setConfirmText(getTranslation("conflict.keepMine"));
        dialog.addConfirmListener(e -> {
            seen.put(field, conflict.getStoredValue());
            @SuppressWarnings("unchecked")
            AbstractField<?, Object> component = (AbstractField<?, Object>) fields.get(field);
            save(field, component, mine);
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("selfEvaluation.takeTheirs"));
        dialog.addCancelListener(e -> show(service.open(workspaceId, shown.quarter())));
        dialog.open();
    }

    private Map<String, com.vaadin.flow.component.HasValidation> validatedFields() {
        Map<String, com.vaadin.flow.component.HasValidation> validated = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            if (field instanceof com.vaadin.flow.component.HasValidation v) {
                validated.put(name.fieldName(), v);
            }
        });
        return validated;
    }

    private void confirmSubmit() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("selfEvaluation.submitTitle"),
                getTranslation("selfEvaluation.submitText"), getTranslation("selfEvaluation.submit"), e -> submitNow());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    void submitNow() {
        try {
            Form after = service.submit(shown.id(), shown.version());
            Forms.success(getTranslation("selfEvaluation.submitted"));
            UI.getCurrent().navigate(SelfEvaluationRoutes.selfEvaluation(workspaceId),
                    QueryParameters.of("quarter", after.quarter().key()));
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, validatedFields());
        } catch (ConcurrentEditException conflict) {
            Forms.error(getTranslation("conflict.text", conflict.getChangedBy(), Formats.dateTime(conflict.getChangedAt())));
            show(service.open(workspaceId, shown.quarter()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.section.selfEvaluation");
    }
}
