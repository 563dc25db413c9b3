package dk.modningsportal.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import dk.modningsportal.meeting.InterviewSlots;
import dk.modningsportal.meeting.MeetingAttendances;
import dk.modningsportal.plan.PlanActivityKind;
import dk.modningsportal.meeting.MeetingService;
import dk.modningsportal.project.ui.RouteIds;
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
        Div facts = new Div(AgendaItemCard.badge(Formats.dateTime(meeting.startsAt())),
                AgendaItemCard.badge(getTranslation("meeting.duration", meeting.durationMinutes())),
                AgendaItemCard.badge(getTranslation("meeting.status." + meeting.status().name())));
        if (meeting.location() != null) {
            facts.add(AgendaItemCard.badge(meeting.location()));
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
            agenda.add(new AgendaItemCard(meetings, minutesService, meeting, item, item.proposed() ? 0 : number, drafting,
                    addOns, this::show));
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
