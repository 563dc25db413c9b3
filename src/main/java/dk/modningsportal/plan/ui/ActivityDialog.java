package dk.modningsportal.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.DatePickers;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.plan.ParticipantGroup;
import dk.modningsportal.plan.PlanActivity;
import dk.modningsportal.plan.PlanActivityKind;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.plan.PlanService.ActivityInput;
import dk.modningsportal.plan.PlanService.ActivityRow;
import dk.modningsportal.plan.PlanService.CriterionRow;
import dk.modningsportal.plan.PlanService.OrganisationRef;
import dk.modningsportal.plan.PlanService.Plan;
import dk.modningsportal.plan.Timing;
import dk.modningsportal.plan.Venue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** One activity of the plan: edited by those who plan it, otherwise shown, with its success criteria to tick. */
class ActivityDialog extends Dialog {

    final Select<PlanActivityKind> kind = new Select<>();
    final TextField title = new TextField();
    final RadioButtonGroup<Boolean> local = new RadioButtonGroup<>();
    final ComboBox<OrganisationRef> organisation = new ComboBox<>();
    final Select<Timing> timing = new Select<>();
    final DatePicker startsOn;
    final TextField duration = new TextField();
    final Select<Venue> venue = new Select<>();
    final TextField location = new TextField();
    final CheckboxGroup<ParticipantGroup> participants = new CheckboxGroup<>();
    final TextArea purpose = new TextArea();
    final TextArea criteria = new TextArea();
    final Button save = new Button();
    final Button delete = new Button();

    private final PlanService service;
    private final Plan plan;
    private final ActivityRow shown;
    private final Runnable afterChange;

    ActivityDialog(PlanService service, Plan plan, ActivityRow activity, Runnable afterChange) {
        this.service = service;
        this.plan = plan;
        this.shown = activity;
        this.afterChange = afterChange;
        boolean editable = activity == null || activity.editable();
        setHeaderTitle(activity == null ? getTranslation("plan.newActivity") : activity.title());
        setWidth("min(760px, 100vw)");
        startsOn = DatePickers.create(getTranslation("plan.startsOn"));

        kind.setLabel(getTranslation("plan.kind"));
        // An evaluator (who is no consultant) plans the activities they facilitate, and no others.
        boolean evaluatorOnly = plan.evaluator() && !plan.consultant();
        kind.setItems(evaluatorOnly ? java.util.Arrays.stream(PlanActivityKind.values())
                .filter(PlanActivityKind::isEvaluationActivity).toList() : List.of(PlanActivityKind.values()));
        kind.setItemLabelGenerator(Formats::label);
        title.setLabel(getTranslation("plan.title"));
        Forms.limit(title, PlanActivity.TITLE_MAX);
        local.setLabel(getTranslation("plan.scope"));
        local.setItems(false, true);
        local.setItemLabelGenerator(l -> getTranslation(l ? "plan.local" : "plan.cross"));
        organisation.setLabel(getTranslation("plan.organisation"));
        organisation.setItems(plan.organisations());
        organisation.setItemLabelGenerator(OrganisationRef::name);
        organisation.setPlaceholder(getTranslation("plan.eachOrganisation"));
        organisation.setClearButtonVisible(true);
        organisation.setVisible(plan.consultant() || plan.evaluator());
        local.addValueChangeListener(e -> organisation.setEnabled(Boolean.TRUE.equals(e.getValue())));
        timing.setLabel(getTranslation("plan.timing"));
        timing.setItems(Timing.values());
        timing.setItemLabelGenerator(Formats::label);
        duration.setLabel(getTranslation("plan.duration"));
        venue.setLabel(getTranslation("plan.venue"));
        venue.setItems(Venue.values());
        venue.setItemLabelGenerator(Formats::label);
        location.setLabel(getTranslation("plan.location"));
        participants.setLabel(getTranslation("plan.participants"));
        participants.setItems(ParticipantGroup.values());
        participants.setItemLabelGenerator(Formats::label);
        purpose.setLabel(getTranslation("plan.purpose"));
        Forms.limit(purpose, PlanActivity.PURPOSE_MAX);
        criteria.setLabel(getTranslation("plan.criteria"));
        criteria.setHelperText(getTranslation("plan.criteriaHelp"));

        if (activity == null && evaluatorOnly) {
            local.setValue(true);
            timing.setValue(Timing.DAY);
            venue.setValue(Venue.AT_ORGANISATION);
            kind.setValue(PlanActivityKind.CASE_VISIT);
            participants.setValue(EnumSet.of(ParticipantGroup.PROJECT_LEADERS, ParticipantGroup.PRACTITIONERS,
                    ParticipantGroup.EVALUATORS));
        } else if (activity == null) {
            local.setValue(!plan.consultant());
            local.setReadOnly(!plan.consultant());
            timing.setValue(Timing.DAY);
            venue.setValue(Venue.VIRTUAL);
            kind.setValue(PlanActivityKind.DIALOGUE_MEETING);
            participants.setValue(EnumSet.of(ParticipantGroup.PROJECT_LEADERS, ParticipantGroup.CONSULTANTS));
        } else {
            kind.setValue(activity.kind());
            title.setValue(activity.title());
            local.setValue(activity.local());
            local.setReadOnly(!plan.consultant() && !evaluatorOnly);
            plan.organisations().stream().filter(o -> activity.organisationId() != null && o.id() == activity.organisationId())
                    .findFirst().ifPresent(organisation::setValue);
            timing.setValue(activity.timing());
            startsOn.setValue(activity.startsOn());
            duration.setValue(orEmpty(activity.duration()));
            venue.setValue(activity.venue());
            location.setValue(orEmpty(activity.location()));
            participants.setValue(activity.participants());
            purpose.setValue(orEmpty(activity.purpose()));
            criteria.setValue(String.join("\n", activity.criteria().stream().map(CriterionRow::text).toList()));
        }
        organisation.setEnabled(Boolean.TRUE.equals(local.getValue()));

        FormLayout form = Forms.responsiveLayout();
        form.add(kind, title);
        form.add(local, organisation);
        form.add(timing, startsOn);
        form.add(duration, venue);
        form.add(location, 2);
        form.add(participants, 2);
        form.add(purpose, 2);
        if (editable) {
            form.add(criteria, 2);
        }
        add(form);
        if (activity != null && !activity.criteria().isEmpty()) {
            add(criteriaToTick(activity, editable));
        }
        if (!editable) {
            List<com.vaadin.flow.component.HasValue<?, ?>> fields = List.of(kind, title, local, organisation, timing,
                    startsOn, duration, venue, location, participants, purpose);
            fields.forEach(f -> f.setReadOnly(true));
        }

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setVisible(editable);
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> delete());
        delete.setVisible(editable && activity != null);
        if (activity != null && activity.kind().isMeeting()) {
            // The meeting's agenda and minutes; a local meeting in each organisation asks which one.
            Button meeting = new Button(getTranslation("plan.openMeeting"), e -> {
                close();
                com.vaadin.flow.component.UI.getCurrent().navigate("meetings/" + activity.id());
            });
            meeting.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            getFooter().add(meeting);
        }
        Button close = new Button(getTranslation(editable ? "action.cancel" : "action.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(delete, close, save);
    }

    private Div criteriaToTick(ActivityRow activity, boolean editable) {
        Div box = new Div(new H4(getTranslation("plan.criteriaMet")));
        box.addClassName("plan-criteria");
        for (CriterionRow criterion : activity.criteria()) {
            Checkbox tick = new Checkbox(criterion.text(), criterion.met());
            tick.setReadOnly(!editable);
            tick.addValueChangeListener(e -> {
                service.tick(criterion.id(), e.getValue());
                afterChange.run();
            });
            box.add(tick);
            if (criterion.met()) {
                Paragraph by = new Paragraph(getTranslation("plan.metBy", criterion.metBy(), Formats.dateTime(criterion.metAt())));
                by.addClassName("portal-muted");
                box.add(by);
            }
        }
        return box;
    }

    void save() {
        ActivityInput input = new ActivityInput(shown == null ? null : shown.id(), shown == null ? 0 : shown.version(),
                kind.getValue(), title.getValue(), Boolean.TRUE.equals(local.getValue()),
                organisation.getValue() == null ? null : organisation.getValue().id(), startsOn.getValue(),
                timing.getValue(), duration.getValue(), venue.getValue(), location.getValue(), participants.getValue(),
                purpose.getValue(), Arrays.asList(criteria.getValue().split("\\R")));
        try {
            service.save(plan.projectId(), input);
            Forms.success(getTranslation("plan.saved"));
            close();
            afterChange.run();
        } catch (ValidationFailedException invalid) {
            Map<String, HasValidation> fields = Map.of("kind", kind, "title", title, "startsOn", startsOn, "timing", timing,
                    "venue", venue, "duration", duration, "location", location, "purpose", purpose, "criteria", criteria,
                    "organisation", organisation);
            Forms.showServiceErrors(invalid, fields);
        } catch (ConcurrentEditException conflict) {
            Forms.error(getTranslation("plan.conflict"));
        }
    }

    private void delete() {
        try {
            service.delete(shown.id(), shown.version());
            close();
            afterChange.run();
        } catch (ConcurrentEditException conflict) {
            Forms.error(getTranslation("plan.conflict"));
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
