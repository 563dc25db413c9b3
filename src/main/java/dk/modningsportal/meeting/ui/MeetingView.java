package dk.modningsportal.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.DanishTime;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.DatePickers;
import dk.modningsportal.base.ui.DownloadLinks;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.meeting.AgendaItem;
import dk.modningsportal.meeting.Meeting;
import dk.modningsportal.meeting.MeetingCalendar;
import dk.modningsportal.meeting.MeetingMinutes;
import dk.modningsportal.meeting.MeetingPdf;
import dk.modningsportal.meeting.MeetingService.ItemInput;
import dk.modningsportal.meeting.MeetingService.ItemRow;
import dk.modningsportal.meeting.MeetingService.MeetingDetails;
import dk.modningsportal.meeting.MeetingService.OrganisationRef;
import dk.modningsportal.meeting.MeetingService.OutcomeInput;
import dk.modningsportal.meeting.MeetingService.OutcomeRow;
import dk.modningsportal.meeting.InterviewSlots;
import dk.modningsportal.meeting.MeetingAttendances;
import dk.modningsportal.plan.PlanActivityKind;
import dk.modningsportal.meeting.MeetingService;
import dk.modningsportal.meeting.OutcomeKind;
import dk.modningsportal.project.ui.RouteIds;
import dk.modningsportal.security.UserDirectory.Reader;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One meeting: time and place, the invited, the agenda with participants' proposals, and the decision
 * minutes per item with their typed outcomes, published to participants; as PDF and calendar file.
 */
@Route("meetings/:activityId")
@PermitAll
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    final DateTimePicker startsAt = new DateTimePicker();
    final IntegerField duration = new IntegerField();
    final TextField location = new TextField();
    final TextField newItemTitle = new TextField();
    final TextField newItemOwner = new TextField();
    final IntegerField newItemMinutes = new IntegerField();
    final Checkbox newItemInternal = new Checkbox();
    final TextField proposal = new TextField();
    final Button publish = new Button();
    final Div agenda = new Div();

    private final MeetingService meetings;
    private final MeetingMinutes minutesService;
    private final MeetingCalendar calendar;
    private final MeetingPdf pdf;
    private MeetingDetails meeting;
    private final MeetingAttendances attendances;
    AttendancePanel attendance;
    InterviewSlotsPanel interviews;
    private final InterviewSlots interviewSlots;
    private final List<AgendaItemAddOn> addOns;

    MeetingView(MeetingService meetings, MeetingMinutes minutesService, MeetingCalendar calendar, MeetingPdf pdf,
            MeetingAttendances attendances, InterviewSlots interviewSlots, ObjectProvider<AgendaItemAddOn> addOns) {
        this.addOns = addOns.orderedStream().toList();
        this.attendances = attendances;
        this.interviewSlots = interviewSlots;
        this.meetings = meetings;
        this.minutesService = minutesService;
        this.calendar = calendar;
        this.pdf = pdf;
        addClassName("portal-page");
        publish.addClickListener(e -> confirmPublish());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long activityId = RouteIds.id(event, "activityId", "error.meetingRefused");
        Long organisation = event.getLocation().getQueryParameters().getSingleParameter("organisation")
                .map(Long::valueOf).orElse(null);
        removeAll();
        try {
            show(meetings.open(activityId, organisation));
        } catch (ValidationFailedException chooseOrganisation) {
            add(new H2(getTranslation("meeting.chooseOrganisationTitle")));
            for (OrganisationRef org : meetings.organisationsOf(activityId)) {
                Anchor link = new Anchor(MeetingService.link(activityId, org.id()), org.name());
                link.getElement().setAttribute("router-link", true);
                add(new Div(link));
            }
        }
    }

    void show(MeetingDetails shown) {
        meeting = shown;
        removeAll();
        add(header(), schedule(), invitees(), agendaSection());
        if (meeting.id() != 0 && (meeting.kind() == PlanActivityKind.CASE_VISIT
                || meeting.kind() == PlanActivityKind.EVALUATION_INTERVIEW)) {
            interviews = new InterviewSlotsPanel(interviewSlots, meeting.id());
            add(interviews);
        }
        if (meeting.id() != 0) {
            attendance = new AttendancePanel(attendances, meeting.id());
            add(attendance);
        }
        if (meeting.organiser() && meeting.status() == Meeting.Status.PLANNED && meeting.id() != 0) {
            publish.setText(getTranslation("meeting.publish"));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(publish);
        }
    }

    private Component header() {
        Div header = new Div();
        header.addClassName("workspace-header");
        Span project = new Span(Formats.label(meeting.kind()));
        project.addClassName("workspace-header-project");
        Div facts = new Div(badge(Formats.dateTime(meeting.startsAt())),
                badge(getTranslation("meeting.duration", meeting.durationMinutes())),
                badge(getTranslation("meeting.status." + meeting.status().name())));
        if (meeting.location() != null) {
            facts.add(badge(meeting.location()));
        }
        facts.addClassName("workspace-header-facts");
        header.add(project, new H2(meeting.title() + (meeting.organisationName() == null ? "" : " · " + meeting.organisationName())),
                facts);
        if (meeting.id() == 0) {
            header.add(new Paragraph(getTranslation("meeting.notPrepared")));
            return header;
        }
        Checkbox withInternal = new Checkbox(getTranslation("meeting.includeInternal"), true);
        FlexLayout downloads = new FlexLayout(
                DownloadLinks.of(getTranslation("meeting.ics"), "moede.ics", "text/calendar",
                        () -> calendar.ics(meeting.id())),
                DownloadLinks.of(getTranslation("meeting.pdf"), "dagsorden-og-referat.pdf", DownloadLinks.PDF,
                        pdfOf(withInternal::getValue)));
        if (meeting.organiser()) {
            downloads.add(withInternal);
            Button invite = new Button(getTranslation("meeting.invite"), e -> {
                int told = meetings.invite(meeting.id());
                Forms.success(getTranslation("meeting.invited", told));
            });
            downloads.add(invite);
        }
        downloads.addClassName("portal-buttons");
        header.add(downloads);
        return header;
    }

    private Supplier<byte[]> pdfOf(Supplier<Boolean> includeInternal) {
        return () -> pdf.pdf(meeting.id(), includeInternal.get());
    }

    private Component schedule() {
        Div section = new Div();
        if (!meeting.organiser() || meeting.id() == 0) {
            return section;
        }
        startsAt.setLabel(getTranslation("meeting.startsAt"));
        startsAt.setLocale(getLocale());
        startsAt.setValue(meeting.startsAt().atZone(DanishTime.ZONE).toLocalDateTime());
        duration.setLabel(getTranslation("meeting.durationLabel"));
        duration.setValue(meeting.durationMinutes());
        duration.setStepButtonsVisible(true);
        duration.setStep(15);
        location.setLabel(getTranslation("plan.location"));
        location.setValue(meeting.location() == null ? "" : meeting.location());
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                show(meetings.reschedule(meeting.id(), meeting.version(),
                        startsAt.getValue() == null ? null : startsAt.getValue().atZone(DanishTime.ZONE).toInstant(),
                        duration.getValue() == null ? 0 : duration.getValue(), location.getValue()));
                Forms.success(getTranslation("meeting.rescheduled"));
            } catch (ValidationFailedException invalid) {
                Forms.showServiceErrors(invalid, Map.of("startsAt", startsAt, "duration", duration, "location", location));
            } catch (ConcurrentEditException conflict) {
                Forms.error(getTranslation("plan.conflict"));
            }
        });
        FlexLayout row = new FlexLayout(startsAt, duration, location, save);
        row.addClassName("portal-toolbar");
        section.add(row);
        return section;
    }

    private Component invitees() {
        Div names = new Div();
        meeting.invitees().forEach(r -> names.add(new Span(r.displayName() + " ")));
        Details details = new Details(getTranslation("meeting.inviteesCount", meeting.invitees().size()), names);
        details.addClassName("meeting-invitees");
        return details;
    }

    private Component agendaSection() {
        agenda.removeAll();
        agenda.addClassName("portal-section");
        agenda.add(new H3(getTranslation(meeting.status() == Meeting.Status.PUBLISHED ? "meeting.agendaAndMinutes"
                : "meeting.agenda")));
        boolean drafting = meeting.organiser() && meeting.status() == Meeting.Status.PLANNED && meeting.id() != 0;
        if (drafting && meeting.items().stream().noneMatch(i -> !i.proposed())) {
            Button template = new Button(getTranslation("meeting.useTemplate"), e -> show(meetings.useTemplate(meeting.id())));
            template.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            agenda.add(template);
        }
        int number = 1;
        for (ItemRow item : meeting.items()) {
            agenda.add(item(item, item.proposed() ? 0 : number, drafting));
            if (!item.proposed()) {
                number++;
            }
        }
        if (drafting) {
            agenda.add(newItemForm());
        }
        if (meeting.canPropose() && !meeting.organiser()) {
            proposal.setLabel(getTranslation("meeting.propose"));
            Forms.limit(proposal, AgendaItem.TITLE_MAX);
            Button send = new Button(getTranslation("meeting.proposeSend"), e -> {
                try {
                    show(meetings.propose(meeting.id(), proposal.getValue()));
                    Forms.success(getTranslation("meeting.proposed"));
                } catch (ValidationFailedException invalid) {
                    Forms.showServiceErrors(invalid, Map.of("proposal", proposal));
                }
            });
            FlexLayout row = new FlexLayout(proposal, send);
            row.addClassName("portal-toolbar");
            agenda.add(row);
        }
        return agenda;
    }

    private Component item(ItemRow item, int number, boolean drafting) {
        Div card = new Div();
        card.addClassName("agenda-item");
        Span title = new Span((number > 0 ? number + ". " : "") + item.title());
        title.addClassName("agenda-title");
        Div head = new Div(title);
        head.addClassName("comment-header");
        if (item.ownerName() != null) {
            head.add(new Span(item.ownerName()));
        }
        if (item.minutes() != null) {
            head.add(badge(item.minutes() + " min."));
        }
        if (item.internal()) {
            head.add(badge(getTranslation("meeting.internal")));
        }
        if (item.proposed()) {
            head.add(badge(getTranslation("meeting.proposedBy", item.proposedBy())));
        }
        card.add(head);
        if (drafting) {
            FlexLayout actions = new FlexLayout();
            actions.addClassName("comment-actions");
            if (item.proposed()) {
                actions.add(small(getTranslation("meeting.accept"), () -> show(meetings.acceptProposal(item.id()))));
            }
            if (!item.proposed()) {
                actions.add(small(getTranslation("action.edit"), () -> editItem(item)));
            }
            actions.add(small(getTranslation("action.delete"), () -> show(meetings.removeItem(item.id()))));
            card.add(actions);
        }
        if (item.proposed()) {
            return card;
        }
        if (drafting) {
            TextArea minutes = new TextArea(getTranslation("meeting.minutes"));
            minutes.setValue(item.minutesText() == null ? "" : item.minutesText());
            Forms.limit(minutes, AgendaItem.MINUTES_MAX);
            minutes.setWidthFull();
            minutes.addClassName("agenda-minutes");
            Button save = new Button(getTranslation("meeting.saveMinutes"), e -> {
                try {
                    show(minutesService.writeMinutes(item.id(), item.version(), minutes.getValue()));
                } catch (ValidationFailedException invalid) {
                    Forms.showServiceErrors(invalid, Map.of("minutes", minutes));
                } catch (ConcurrentEditException conflict) {
                    Forms.error(getTranslation("meeting.minutesConflict"));
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(minutes, save);
        } else if (item.minutesText() != null) {
            Paragraph minutes = new Paragraph(item.minutesText());
            minutes.addClassName("comment-body");
            card.add(minutes);
        }
        for (OutcomeRow outcome : item.outcomes()) {
            Div line = new Div(badge(Formats.label(outcome.kind())), new Span(outcome.text()));
            if (outcome.responsibleName() != null) {
                line.add(new Span(" – " + getTranslation("meeting.responsibleDue", outcome.responsibleName(),
                        Formats.date(outcome.dueDate()))));
            }
            if (outcome.organisationName() != null) {
                line.add(new Span(" – " + outcome.organisationName()));
            }
            if (drafting) {
                line.add(small(getTranslation("action.delete"), () -> show(minutesService.removeOutcome(outcome.id()))));
            }
            line.addClassName("meeting-outcome");
            card.add(line);
        }
        if (drafting) {
            card.add(outcomeForm(item));
        }
        if (meeting.id() != 0) {
            addOns.forEach(addOn -> addOn.forItem(meeting, item).ifPresent(card::add));
        }
        return card;
    }

    /** Fields for one new outcome of an item; package-visible so tests can fill them. */
    final class OutcomeForm extends FlexLayout {
        final Select<OutcomeKind> kind = new Select<>();
        final TextField text = new TextField();
        final ComboBox<Reader> responsible = new ComboBox<>();
        final DatePicker due;
        final Select<OrganisationRef> organisation = new Select<>();
        final Button add = new Button();

        OutcomeForm(ItemRow item) {
            addClassNames("portal-toolbar", "outcome-form");
            due = DatePickers.create(getTranslation("meeting.due"));
            kind.setLabel(getTranslation("meeting.outcome"));
            kind.setItems(OutcomeKind.values());
            kind.setItemLabelGenerator(Formats::label);
            kind.setValue(OutcomeKind.DECISION);
            text.setLabel(getTranslation("meeting.outcomeText"));
            Forms.limit(text, dk.modningsportal.meeting.MeetingOutcome.TEXT_MAX);
            responsible.setLabel(getTranslation("meeting.responsible"));
            responsible.setItems(meeting.invitees());
            responsible.setItemLabelGenerator(Reader::displayName);
            organisation.setLabel(getTranslation("plan.organisation"));
            organisation.setItems(meeting.organisations());
            organisation.setItemLabelGenerator(o -> o == null ? "" : o.name());
            if (meeting.organisations().size() == 1) {
                organisation.setValue(meeting.organisations().get(0));
            }
            kind.addValueChangeListener(e -> showFields());
            add.setText(getTranslation("meeting.addOutcome"));
            add.addClickListener(e -> {
                try {
                    show(minutesService.addOutcome(item.id(), new OutcomeInput(kind.getValue(), text.getValue(),
                            responsible.getValue() == null ? null : responsible.getValue().id(), due.getValue(),
                            organisation.getValue() == null ? null : organisation.getValue().id())));
                } catch (ValidationFailedException invalid) {
                    Map<String, HasValidation> fields = Map.of("kind", kind, "text", text, "responsible", responsible,
                            "dueDate", due, "organisation", organisation);
                    Forms.showServiceErrors(invalid, fields);
                }
            });
            add(kind, text, responsible, due, organisation, add);
            showFields();
        }

        private void showFields() {
            boolean followUp = kind.getValue() == OutcomeKind.FOLLOW_UP;
            boolean note = kind.getValue() == OutcomeKind.EXPERIENCE_NOTE || kind.getValue() == OutcomeKind.CHANGE_PROPOSAL;
            responsible.setVisible(followUp);
            due.setVisible(followUp);
            organisation.setVisible(note && meeting.organisations().size() > 1);
        }
    }

    private Component outcomeForm(ItemRow item) {
        return new OutcomeForm(item);
    }

    /** Title, owner, time and the internal mark of one item, in a small dialog. */
    private void editItem(ItemRow item) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("meeting.editItem"));
        TextField title = new TextField(getTranslation("meeting.itemTitle"), item.title(), "");
        Forms.limit(title, AgendaItem.TITLE_MAX);
        title.setWidthFull();
        TextField owner = new TextField(getTranslation("meeting.itemOwner"), item.ownerName() == null ? "" : item.ownerName(), "");
        IntegerField minutes = new IntegerField(getTranslation("meeting.itemMinutes"));
        minutes.setValue(item.minutes());
        Checkbox internal = new Checkbox(getTranslation("meeting.internal"), item.internal());
        dialog.add(new com.vaadin.flow.component.orderedlayout.VerticalLayout(title, owner, minutes, internal));
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                show(meetings.saveItem(meeting.id(), new ItemInput(item.id(), item.version(), title.getValue(),
                        owner.getValue(), minutes.getValue(), internal.getValue())));
                dialog.close();
            } catch (ValidationFailedException invalid) {
                Forms.showServiceErrors(invalid, Map.of("title", title, "owner", owner, "minutes", minutes));
            } catch (ConcurrentEditException conflict) {
                Forms.error(getTranslation("plan.conflict"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private Component newItemForm() {
        newItemTitle.setLabel(getTranslation("meeting.itemTitle"));
        Forms.limit(newItemTitle, AgendaItem.TITLE_MAX);
        newItemOwner.setLabel(getTranslation("meeting.itemOwner"));
        newItemMinutes.setLabel(getTranslation("meeting.itemMinutes"));
        newItemInternal.setLabel(getTranslation("meeting.internal"));
        Button add = new Button(getTranslation("meeting.addItem"), e -> {
            try {
                show(meetings.saveItem(meeting.id(), new ItemInput(null, 0, newItemTitle.getValue(), newItemOwner.getValue(),
                        newItemMinutes.getValue(), newItemInternal.getValue())));
                newItemTitle.clear();
            } catch (ValidationFailedException invalid) {
                Forms.showServiceErrors(invalid, Map.of("title", newItemTitle, "owner", newItemOwner, "minutes", newItemMinutes));
            }
        });
        FlexLayout row = new FlexLayout(newItemTitle, newItemOwner, newItemMinutes, newItemInternal, add);
        row.addClassName("portal-toolbar");
        return row;
    }

    void confirmPublish() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("meeting.publishTitle"), getTranslation("meeting.publishText"),
                getTranslation("meeting.publish"), e -> publishNow());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    void publishNow() {
        try {
            show(minutesService.publish(meeting.id(), meeting.version()));
            Forms.success(getTranslation("meeting.published"));
        } catch (ConcurrentEditException conflict) {
            Forms.error(getTranslation("plan.conflict"));
        }
    }

    private static Button small(String label, Runnable action) {
        Button button = new Button(label, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("portal-badge");
        return badge;
    }

    /** Outcome forms of the shown items, in order, for tests. */
    List<OutcomeForm> outcomeForms() {
        return agenda.getChildren().flatMap(Component::getChildren).filter(OutcomeForm.class::isInstance)
                .map(OutcomeForm.class::cast).toList();
    }

    /** Minutes areas of the shown items, in order, for tests. */
    List<TextArea> minutesAreas() {
        return agenda.getChildren().flatMap(Component::getChildren).filter(TextArea.class::isInstance)
                .map(TextArea.class::cast).toList();
    }

    @Override
    public String getPageTitle() {
        return meeting == null ? getTranslation("meeting.agenda") : meeting.title();
    }
}
