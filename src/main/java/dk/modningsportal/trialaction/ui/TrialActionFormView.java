package dk.modningsportal.trialaction.ui;

import dk.modningsportal.project.WorkspacePeople;
import static dk.modningsportal.trialaction.TrialActionInput.*;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.ConflictDialog;
import dk.modningsportal.base.ui.DatePickers;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.base.ui.ShareControl;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.live.ui.LiveRefresh;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.project.ui.RouteIds;
import dk.modningsportal.project.ui.WorkspaceHeader;
import dk.modningsportal.security.UserDirectory.Person;
import dk.modningsportal.trialaction.TrialAction;
import dk.modningsportal.trialaction.TrialActionInput;
import dk.modningsportal.trialaction.TrialActionRoutes;
import dk.modningsportal.trialaction.TrialActionService;
import dk.modningsportal.trialaction.TrialActionStatus;
import dk.modningsportal.trialaction.TrialDecision;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One trial action: plan, do, observe, decide. Opens from the list and from its own address;
 * read-only for those who may read but not change the workspace.
 */
@Route(TrialActionRoutes.TRIAL_ACTION)
@RouteAlias(TrialActionRoutes.NEW_TRIAL_ACTION)
@PermitAll
class TrialActionFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField title = new TextField();
    final TextArea goal = new TextArea();
    final TextArea plannedActivity = new TextArea();
    final ComboBox<Person> responsible = new ComboBox<>();
    final TextField involved = new TextField();
    final DatePicker startDate;
    final DatePicker endDate;
    final MultiSelectComboBox<CoreElementRef> coreElements = new MultiSelectComboBox<>();
    final Select<VersionRef> interventionVersion = new Select<>();
    final Select<TrialActionStatus> status = new Select<>();
    final TextArea outcome = new TextArea();
    final TextArea learning = new TextArea();
    final RadioButtonGroup<TrialDecision> decision = new RadioButtonGroup<>();
    final TextArea nextStep = new TextArea();
    final Button save = new Button();
    final Button delete = new Button();
    final Button back = new Button();

    final Div evaluationSection = new Div();
    final AdaptationSection adaptation = new AdaptationSection();
    private final Paragraph audit = new Paragraph();
    private final TrialActionBinding binding;
    private final WorkspacePeople workspacePeople;
    private final Binder<TrialActionInput> binder;

    private final TrialActionService trialActions;
    private final WorkspaceAccess workspaceAccess;
    private final InterventionCatalog catalog;
    private final java.util.List<TrialActionAddition> additions;
    /** Shared with the project or not (an existing trial action only). */
    ShareControl sharing;
    final StaleNotice staleNotice = new StaleNotice();
    private TrialActionInput input;
    /** Made once with their listeners: the view is entered again (after a create it navigates to itself). */
    private final FlexLayout buttons;
    /** The values as opened, to tell what someone else changed if they save first. */
    private Map<String, Object> opened = Map.of();

    TrialActionFormView(TrialActionService trialActions, WorkspaceAccess workspaceAccess, InterventionCatalog catalog,
            java.util.List<TrialActionAddition> additions, ChangeBus bus, WorkspacePeople workspacePeople) {
        this.workspacePeople = workspacePeople;
        this.additions = additions;
        this.trialActions = trialActions;
        LiveRefresh.whileAttached(this, bus, change -> input != null && !input.isNew()
                && change.isWorkspace(input.getWorkspaceId()), this::noticeColleaguesSave);
        this.workspaceAccess = workspaceAccess;
        this.catalog = catalog;
        startDate = DatePickers.create(getTranslation("trialAction.startDate"));
        endDate = DatePickers.create(getTranslation("trialAction.endDate"));
        binding = new TrialActionBinding(getTranslation("validation.required"));
        binder = binding.binder();
        addClassName("portal-page");
        // Stable ids: the load test (load/) finds these components by them.
        title.setId("trial-action-title");
        save.setId("trial-action-save");
        labelFields();
        bindFields();
        buttons = buttons();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getRouteParameters().get(TrialActionRoutes.TRIAL_ACTION_ID).isPresent()) {
            input = trialActions.load(RouteIds.id(event, TrialActionRoutes.TRIAL_ACTION_ID, "error.trialActionRefused"));
        } else {
            input = trialActions.emptyInput(RouteIds.workspaceId(event));
        }
        long workspaceId = input.getWorkspaceId();
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        responsible.setItems(workspacePeople.team(workspaceId));
        coreElements.setItems(input.isNew() ? catalog.currentCoreElements(workspaceId) : catalog.coreElements(workspaceId));
        interventionVersion.setItems(catalog.versions(workspaceId));
        java.util.Optional<VersionRef> currentVersion = catalog.currentVersion(workspaceId);
        String versionLabel = currentVersion.map(VersionRef::label).orElse(null);

        removeAll();
        staleNotice.setVisible(false);
        add(new WorkspaceHeader(workspace, versionLabel, currentVersion.map(VersionRef::finalVersion).orElse(false),
                WorkspaceHeader.Section.TRIAL_ACTIONS), staleNotice);
        if (!input.isNew()) {
            long trialActionId = input.getId();
            sharing = new ShareControl(trialActions.sharing(trialActionId), workspace.writable(),
                    share -> trialActions.share(trialActionId, share));
            add(sharing);
        }
        add(form(), buttons);
        if (!input.isNew()) {
            additions.forEach(a -> a.forTrialAction(input.getId(), workspaceId).ifPresent(this::add));
        }
        show(input);
        binder.setReadOnly(!workspace.writable());
        save.setVisible(workspace.writable());
        delete.setVisible(workspace.writable() && !input.isNew());
    }

    private void labelFields() {
        title.setLabel(getTranslation("trialAction.title"));
        Forms.limit(title, TrialAction.TITLE_MAX);
        goal.setLabel(getTranslation("trialAction.goal"));
        goal.setHelperText(getTranslation("trialAction.goalHelp"));
        Forms.limit(goal, TrialAction.GOAL_MAX);
        plannedActivity.setLabel(getTranslation("trialAction.plannedActivity"));
        Forms.limit(plannedActivity, TrialAction.ACTIVITY_MAX);
        responsible.setLabel(getTranslation("trialAction.responsible"));
        responsible.setItemLabelGenerator(Person::displayName);
        involved.setLabel(getTranslation("trialAction.involved"));
        Forms.limit(involved, TrialAction.INVOLVED_MAX);
        coreElements.setLabel(getTranslation("trialAction.coreElements"));
        coreElements.setItemLabelGenerator(CoreElementRef::name);
        interventionVersion.setLabel(getTranslation("trialAction.version"));
        interventionVersion.setItemLabelGenerator(v -> v == null ? "" : getTranslation("trialAction.versionLabel",
                v.label(), Formats.label(v.status())));
        status.setLabel(getTranslation("trialAction.status"));
        status.setItemLabelGenerator(Formats::label);
        status.addValueChangeListener(e -> updateSections());
        outcome.setLabel(getTranslation("trialAction.outcome"));
        Forms.limit(outcome, TrialAction.EVALUATION_MAX);
        learning.setLabel(getTranslation("trialAction.learning"));
        Forms.limit(learning, TrialAction.EVALUATION_MAX);
        decision.setLabel(getTranslation("trialAction.decision"));
        decision.setItems(TrialDecision.values());
        decision.setItemLabelGenerator(Formats::label);
        decision.addValueChangeListener(e -> updateSections());
        nextStep.setLabel(getTranslation("trialAction.nextStep"));
        Forms.limit(nextStep, TrialAction.NEXT_STEP_MAX);
    }

    private void bindFields() {
        String required = getTranslation("validation.required");
        binding.text(title, TITLE, TrialAction.TITLE_MAX, true).bind(TrialActionInput::getTitle, TrialActionInput::setTitle);
        binding.text(goal, GOAL, TrialAction.GOAL_MAX, true).bind(TrialActionInput::getGoal, TrialActionInput::setGoal);
        binding.text(plannedActivity, PLANNED_ACTIVITY, TrialAction.ACTIVITY_MAX, true)
                .bind(TrialActionInput::getPlannedActivity, TrialActionInput::setPlannedActivity);
        binding.text(involved, INVOLVED, TrialAction.INVOLVED_MAX, false)
                .bind(TrialActionInput::getInvolved, TrialActionInput::setInvolved);
        binding.register(RESPONSIBLE, responsible);
        binder.forField(responsible).asRequired(required)
                .bind(TrialActionInput::getResponsible, TrialActionInput::setResponsible);
        binding.register(START_DATE, startDate);
        binder.forField(startDate).asRequired(required)
                .bind(TrialActionInput::getStartDate, TrialActionInput::setStartDate);
        binding.register(END_DATE, endDate);
        Binder.Binding<TrialActionInput, LocalDate> endBinding = binder.forField(endDate).asRequired(required)
                .withValidator((end, ctx) -> end == null || startDate.getValue() == null
                        || !end.isBefore(startDate.getValue())
                        ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("validation.endBeforeStart")))
                .bind(TrialActionInput::getEndDate, TrialActionInput::setEndDate);
        startDate.addValueChangeListener(e -> {
            if (!endDate.isEmpty()) {
                endBinding.validate();
            }
        });
        binding.register(CORE_ELEMENTS, coreElements);
        binder.forField(coreElements)
                .withValidator(set -> !set.isEmpty(), getTranslation("validation.coreElementRequired"))
                .bind(TrialActionInput::getCoreElements, TrialActionInput::setCoreElements);
        binding.register(INTERVENTION_VERSION, interventionVersion);
        binder.forField(interventionVersion).asRequired(required)
                .bind(TrialActionInput::getInterventionVersion, TrialActionInput::setInterventionVersion);
        binding.register(STATUS, status);
        binder.forField(status).asRequired(required).bind(TrialActionInput::getStatus, TrialActionInput::setStatus);
        // Both always hold a value; and vaadin-select puts aria-required on its value button (role=button), which
        // ARIA does not allow there (axe: aria-allowed-attr). The binder still requires them.
        interventionVersion.setRequiredIndicatorVisible(false);
        status.setRequiredIndicatorVisible(false);

        SerializablePredicate<Object> filledWhenEvaluated =
                value -> status.getValue() != TrialActionStatus.EVALUATED || filled(value);
        binding.text(outcome, OUTCOME, TrialAction.EVALUATION_MAX, false).withValidator(filledWhenEvaluated::test, required)
                .bind(TrialActionInput::getOutcome, TrialActionInput::setOutcome);
        binding.text(learning, LEARNING, TrialAction.EVALUATION_MAX, false).withValidator(filledWhenEvaluated::test, required)
                .bind(TrialActionInput::getLearning, TrialActionInput::setLearning);
        binding.text(nextStep, NEXT_STEP, TrialAction.NEXT_STEP_MAX, false).withValidator(filledWhenEvaluated::test, required)
                .bind(TrialActionInput::getNextStep, TrialActionInput::setNextStep);
        binding.register(DECISION, decision);
        binder.forField(decision).withValidator(filledWhenEvaluated::test, required)
                .bind(TrialActionInput::getDecision, TrialActionInput::setDecision);

        adaptation.bind(binding, value -> !adjusting() || filled(value));
    }

    private Div form() {
        FormLayout plan = Forms.responsiveLayout();
        plan.add(title, 2);
        plan.add(goal, 2);
        plan.add(plannedActivity, 2);
        plan.add(responsible, involved, startDate, endDate);
        plan.add(coreElements, 2);
        plan.add(interventionVersion, status);

        FormLayout evaluation = Forms.responsiveLayout();
        evaluation.add(outcome, 2);
        evaluation.add(learning, 2);
        evaluation.add(decision, 2);
        evaluation.add(nextStep, 2);
        evaluationSection.removeAll();
        evaluationSection.add(new H3(getTranslation("trialAction.evaluationSection")),
                help("trialAction.evaluationHelp"), evaluation);
        evaluationSection.addClassName("portal-section");

        Div planSection = new Div(new H3(getTranslation("trialAction.planSection")), plan);
        planSection.addClassName("portal-section");
        audit.addClassName("portal-muted");
        Div form = new Div(planSection, evaluationSection, adaptation, audit);
        form.addClassName("portal-form");
        return form;
    }

    private Paragraph help(String key) {
        Paragraph help = new Paragraph(getTranslation(key));
        help.addClassName("portal-help");
        return help;
    }

    private FlexLayout buttons() {
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        back.setText(getTranslation("trialAction.backToList"));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClickListener(e -> UI.getCurrent().navigate(TrialActionRoutes.trialActions(input.getWorkspaceId())));
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        FlexLayout buttons = new FlexLayout(save, back, delete);
        buttons.addClassName("portal-buttons");
        return buttons;
    }

    private void show(TrialActionInput shown) {
        this.input = shown;
        this.opened = snapshot(shown);
        TrialActionStatus stored = shown.isNew() ? null : shown.getStoredStatus();
        status.setItems(stored == null
                ? java.util.List.of(TrialActionStatus.PLANNED, TrialActionStatus.IN_PROGRESS)
                : stored.reachable());
        binder.readBean(shown);
        updateSections();
        audit.setText(shown.isNew() ? ""
                : getTranslation("trialAction.audit", shown.getCreatedByName(), shown.getUpdatedByName(),
                        Formats.dateTime(shown.getUpdatedAt())));
    }

    /**
     * Someone else saved this trial action while it is open here: say so at once, with what they changed,
     * rather than only when this person saves. Their own unsaved text stays in the form.
     */
    void noticeColleaguesSave() {
        TrialActionInput stored;
        try {
            stored = trialActions.load(input.getId());
        } catch (RuntimeException gone) {
            staleNotice.deleted();
            return;
        }
        if (stored.getVersion() != input.getVersion()) {
            staleNotice.changed(stored.getUpdatedByName(), stored.getUpdatedAt(),
                    ConflictDialog.changedFields(opened, snapshot(stored)), () -> show(trialActions.load(input.getId())));
        }
    }

    private Map<String, Object> snapshot(TrialActionInput d) {
        return ConflictDialog.snapshot(title.getLabel(), d.getTitle(), goal.getLabel(), d.getGoal(),
                plannedActivity.getLabel(), d.getPlannedActivity(), responsible.getLabel(),
                d.getResponsible() == null ? null : d.getResponsible().id(), involved.getLabel(), d.getInvolved(),
                startDate.getLabel(), d.getStartDate(), endDate.getLabel(), d.getEndDate(), coreElements.getLabel(),
                d.getCoreElements().stream().map(CoreElementRef::id).collect(java.util.stream.Collectors.toSet()),
                interventionVersion.getLabel(), d.getInterventionVersion() == null ? null : d.getInterventionVersion().id(),
                status.getLabel(), d.getStatus(), outcome.getLabel(), d.getOutcome(), learning.getLabel(), d.getLearning(),
                decision.getLabel(), d.getDecision(), nextStep.getLabel(), d.getNextStep());
    }

    private void updateSections() {
        boolean evaluating = status.getValue() != null && status.getValue().hasEvaluation();
        evaluationSection.setVisible(evaluating);
        adaptation.setVisible(adjusting());
        // What "Evalueret" asks for is marked before saving, not discovered after.
        boolean evaluated = status.getValue() == TrialActionStatus.EVALUATED;
        List.of(outcome, learning, nextStep).forEach(field -> field.setRequiredIndicatorVisible(evaluated));
        decision.setRequiredIndicatorVisible(evaluated);
        adaptation.markRequired(evaluated && decision.getValue() == TrialDecision.ADJUST);
    }

    private boolean adjusting() {
        return status.getValue() != null && status.getValue().hasEvaluation() && decision.getValue() == TrialDecision.ADJUST;
    }

    private static boolean filled(Object value) {
        return value != null && !(value instanceof String text && text.isBlank());
    }

    void save() {
        if (!binder.writeBeanIfValid(input)) {
            Forms.error(getTranslation("form.fixErrors"));
            return;
        }
        boolean created = input.isNew();
        try {
            TrialActionInput saved = created ? trialActions.create(input.getWorkspaceId(), input) : trialActions.update(input);
            Forms.success(getTranslation("trialAction.saved", saved.getTitle()));
            if (created) {
                UI.getCurrent().navigate(TrialActionRoutes.trialAction(saved.getId()));
            } else {
                show(saved);
                delete.setVisible(true);
            }
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, binding.byName());
        } catch (ConcurrentEditException conflict) {
            TrialActionInput stored = trialActions.load(input.getId());
            ConflictDialog.show(conflict, ConflictDialog.changedFields(opened, snapshot(stored)), () -> show(stored), () -> {
                input.setVersion(conflict.getCurrentVersion());
                Forms.success(getTranslation("conflict.kept"));
            });
        }
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("trialAction.deleteTitle"),
                getTranslation("trialAction.deleteText", input.getTitle()), getTranslation("action.delete"), e -> {
                    try {
                        trialActions.delete(input.getId(), input.getVersion());
                        Forms.success(getTranslation("trialAction.deleted"));
                        UI.getCurrent().navigate(TrialActionRoutes.trialActions(input.getWorkspaceId()));
                    } catch (ConcurrentEditException conflict) {
                        Forms.error(getTranslation("conflict.text", conflict.getChangedBy(),
                                Formats.dateTime(conflict.getChangedAt())));
                    }
                }, getTranslation("action.cancel"), e -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return input == null || input.isNew() ? getTranslation("trialAction.new") : input.getTitle();
    }
}
