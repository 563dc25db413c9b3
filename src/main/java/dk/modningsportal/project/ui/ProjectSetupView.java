package dk.modningsportal.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.DatePickers;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.organisation.OrganisationService.OrganisationRef;
import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.project.Project;
import dk.modningsportal.project.ProjectAdministration.ProjectInput;
import dk.modningsportal.project.ProjectAdministration.ProjectRow;
import dk.modningsportal.project.ProjectAdministration;
import dk.modningsportal.project.ProjectParticipation.ParticipantRow;
import dk.modningsportal.project.ProjectParticipation;
import dk.modningsportal.security.UserDirectory.Reader;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One project's set-up: its title and period, the intervention to write before the first round, the
 * consultants who serve it, the organisations that evaluate it, the participating organisations, and closing it.
 */
@Route("admin/projects/:projectId")
@RolesAllowed({"ADMIN", "CONSULTANT"})
class ProjectSetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PROJECT_ID = "projectId";

    final H2 title = new H2();
    final Span closedBadge = new Span();
    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final DatePicker start = DatePickers.create(null);
    final DatePicker end = DatePickers.create(null);
    final Button saveDetails = new Button();
    final MultiSelectComboBox<Reader> consultants = new MultiSelectComboBox<>();
    final Button saveConsultants = new Button();
    final MultiSelectComboBox<OrganisationRef> evaluators = new MultiSelectComboBox<>();
    final Button saveEvaluators = new Button();
    final Grid<ParticipantRow> participants = new Grid<>();
    final ComboBox<OrganisationRef> organisation = new ComboBox<>();
    final ComboBox<Reader> consultant = new ComboBox<>();
    final Button addOrganisation = new Button();
    final Anchor intervention = new Anchor();
    final Button close = new Button();
    private final ProjectAdministration projects;
    private final ProjectParticipation participation;
    private final OrganisationService organisations;
    private long projectId;
    private ProjectRow project;

    ProjectSetupView(ProjectAdministration projects, ProjectParticipation participation,
            OrganisationService organisations) {
        this.projects = projects;
        this.participation = participation;
        this.organisations = organisations;
        addClassName("portal-page");
        closedBadge.addClassName("portal-badge");
        name.setLabel(getTranslation("projects.name"));
        Forms.limit(name, Project.NAME_MAX);
        description.setLabel(getTranslation("projects.description"));
        Forms.limit(description, Project.DESCRIPTION_MAX);
        start.setLabel(getTranslation("projects.start"));
        end.setLabel(getTranslation("projects.end"));
        saveDetails.setText(getTranslation("action.save"));
        saveDetails.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveDetails.addClickListener(e -> saveDetails());
        consultants.setLabel(getTranslation("projects.consultants"));
        consultants.setItemLabelGenerator(Reader::displayName);
        consultants.setWidth("min(40em, 100%)");
        saveConsultants.setText(getTranslation("projects.saveConsultants"));
        saveConsultants.addClickListener(e -> act(() -> projects.setConsultants(projectId,
                consultants.getValue().stream().map(Reader::id).collect(Collectors.toSet())), Map.of("consultants", consultants)));
        evaluators.setLabel(getTranslation("projects.evaluators"));
        evaluators.setHelperText(getTranslation("projects.evaluatorsHelp"));
        evaluators.setItemLabelGenerator(OrganisationRef::name);
        evaluators.setWidth("min(40em, 100%)");
        saveEvaluators.setText(getTranslation("projects.saveEvaluators"));
        saveEvaluators.addClickListener(e -> act(() -> projects.setEvaluators(projectId,
                evaluators.getValue().stream().map(OrganisationRef::id).collect(Collectors.toSet())),
                Map.of("evaluators", evaluators)));
        organisation.setLabel(getTranslation("projects.addOrganisation"));
        organisation.setItemLabelGenerator(OrganisationRef::name);
        consultant.setLabel(getTranslation("projects.followedBy"));
        consultant.setItemLabelGenerator(Reader::displayName);
        consultant.setClearButtonVisible(true);
        addOrganisation.setText(getTranslation("projects.add"));
        addOrganisation.addClickListener(e -> act(() -> {
            if (organisation.getValue() == null) {
                throw new ValidationFailedException(Map.of("organisation", "validation.required"));
            }
            participation.addOrganisation(projectId, organisation.getValue().id(),
                    consultant.getValue() == null ? null : consultant.getValue().id());
            organisation.clear();
        }, Map.of("organisation", organisation, "consultant", consultant)));
        participants.addColumn(ParticipantRow::organisationName).setHeader(getTranslation("accounts.organisation"))
                .setFlexGrow(2);
        participants.addComponentColumn(this::followedBy).setHeader(getTranslation("projects.followedBy")).setFlexGrow(1);
        participants.addComponentColumn(this::participantActions).setHeader(getTranslation("accounts.state"))
                .setAutoWidth(true);
        participants.setAllRowsVisible(true);
        close.setText(getTranslation("projects.close"));
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClickListener(e -> confirmClose());
    }

    static RouteParameters parameters(long projectId) {
        return new RouteParameters(PROJECT_ID, String.valueOf(projectId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = RouteIds.id(event, PROJECT_ID, "error.projectRefused");
        project = projects.project(projectId);
        build();
    }

    private void build() {
        removeAll();
        boolean open = !project.closed();
        title.setText(project.name());
        closedBadge.setText(getTranslation("projects.closedOn", Formats.dateTime(project.closedAt())));
        closedBadge.setVisible(!open);
        name.setValue(project.name());
        description.setValue(project.description() == null ? "" : project.description());
        start.setValue(project.start());
        end.setValue(project.end());
        FormLayout details = Forms.responsiveLayout();
        details.add(name, 2);
        details.add(description, 2);
        details.add(start, end);
        Paragraph phases = new Paragraph(getTranslation("projects.phasesNow", project.phases().isEmpty() ? "–"
                : project.phases().stream().map(p -> p.name() + " (" + Formats.date(p.start()) + " – "
                        + Formats.date(p.end()) + ")").collect(Collectors.joining(", "))));
        phases.addClassName("portal-hint");

        List<Reader> candidates = projects.consultantCandidates();
        consultants.setItems(candidates);
        consultants.setValue(candidates.stream().filter(c -> project.consultantIds().contains(c.id()))
                .collect(Collectors.toSet()));
        consultant.setItems(candidates.stream().filter(c -> project.consultantIds().contains(c.id())).toList());
        List<OrganisationRef> evaluating = projects.evaluatorCandidates();
        evaluators.setItems(evaluating);
        evaluators.setValue(evaluating.stream().filter(o -> project.evaluatorOrganisationIds().contains(o.id()))
                .collect(Collectors.toSet()));
        List<ParticipantRow> rows = participation.participants(projectId);
        participants.setItems(rows);
        Set<Long> taking = rows.stream().filter(r -> !r.withdrawn()).map(ParticipantRow::organisationId)
                .collect(Collectors.toSet());
        organisation.setItems(organisations.active().stream().filter(o -> !taking.contains(o.id())).toList());

        intervention.setHref("admin/projects/" + projectId + "/intervention");
        intervention.setText(getTranslation("projects.writeIntervention"));
        FlexLayout heading = new FlexLayout(title, closedBadge);
        heading.addClassName("portal-heading-row");
        FlexLayout adding = new FlexLayout(organisation, consultant, addOrganisation);
        adding.addClassName("portal-inline-form");
        add(new Anchor("admin/projects", "← " + getTranslation("nav.projects")), heading,
                section("projects.details", details, phases, saveDetails),
                section("projects.intervention", new Paragraph(getTranslation("projects.interventionIntro")), intervention),
                section("projects.consultants", consultants, saveConsultants),
                section("projects.evaluators", evaluators, saveEvaluators),
                section("projects.organisations", participants, adding),
                section("projects.closing", new Paragraph(getTranslation("projects.closeIntro")), close));
        for (Component c : List.of(name, description, start, end, saveDetails, consultants, saveConsultants,
                evaluators, saveEvaluators, organisation, consultant, addOrganisation, close)) {
            ((com.vaadin.flow.component.HasEnabled) c).setEnabled(open);
        }
    }

    private Div section(String key, Component... content) {
        Div section = new Div(new H3(getTranslation(key)));
        section.add(content);
        section.addClassName("portal-section");
        section.setWidthFull();
        return section;
    }

    private Component followedBy(ParticipantRow row) {
        ComboBox<Reader> follower = new ComboBox<>();
        List<Reader> serving = projects.consultantCandidates().stream()
                .filter(c -> project.consultantIds().contains(c.id())).toList();
        follower.setItems(serving);
        follower.setItemLabelGenerator(Reader::displayName);
        follower.setAriaLabel(getTranslation("projects.followedBy") + ": " + row.organisationName());
        serving.stream().filter(c -> row.consultantId() != null && c.id() == row.consultantId()).findFirst()
                .ifPresent(follower::setValue);
        follower.setEnabled(!project.closed() && !row.withdrawn());
        follower.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> participation.assignConsultant(row.workspaceId(), e.getValue() == null ? null : e.getValue().id()),
                        Map.of());
            }
        });
        return follower;
    }

    private Component participantActions(ParticipantRow row) {
        if (row.withdrawn()) {
            Span withdrawn = new Span(getTranslation("projects.withdrawn"));
            withdrawn.addClassName("portal-badge");
            return withdrawn;
        }
        Button withdraw = new Button(getTranslation("projects.withdraw"), e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("projects.withdrawTitle", row.organisationName()));
            dialog.setText(getTranslation("projects.withdrawText", row.organisationName()));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.setConfirmText(getTranslation("projects.withdraw"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(c -> act(() -> participation.withdraw(row.workspaceId()), Map.of()));
            dialog.open();
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        withdraw.setEnabled(!project.closed());
        withdraw.setAriaLabel(getTranslation("projects.withdraw") + ": " + row.organisationName());
        return withdraw;
    }

    private void saveDetails() {
        act(() -> projects.update(projectId, project.version(), new ProjectInput(name.getValue(), description.getValue(),
                start.getValue(), end.getValue(), null)), Map.of("name", name, "description", description,
                "start", start, "end", end));
    }

    private void confirmClose() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("projects.closeTitle", project.name()));
        dialog.setText(getTranslation("projects.closeIntro"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("projects.close"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> act(() -> projects.close(projectId), Map.of()));
        dialog.open();
    }

    /** Runs a change, then shows the project as stored; a refused change is marked in the form. */
    private void act(Runnable change, Map<String, ? extends com.vaadin.flow.component.HasValidation> fields) {
        try {
            change.run();
            project = projects.project(projectId);
            build();
            Forms.success(getTranslation("projects.saved"));
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return project == null ? getTranslation("nav.projects") : project.name();
    }
}
