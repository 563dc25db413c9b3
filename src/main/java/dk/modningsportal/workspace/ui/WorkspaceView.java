package dk.modningsportal.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.modningsportal.activity.ActivityLog;
import dk.modningsportal.activity.ui.ActivityFeed;
import dk.modningsportal.base.ui.DownloadLinks;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.live.Presence;
import dk.modningsportal.live.ui.LiveRefresh;
import dk.modningsportal.live.ui.PresenceIndicator;
import dk.modningsportal.maturation.ChangeLog;
import dk.modningsportal.maturation.FinalVersionDocument;
import dk.modningsportal.maturation.MaturationRoutes;
import dk.modningsportal.meeting.FollowUps;
import dk.modningsportal.meeting.MeetingService.FollowUp;
import dk.modningsportal.meeting.MeetingService;
import dk.modningsportal.note.NoteFilter;
import dk.modningsportal.note.NoteRoutes;
import dk.modningsportal.note.NoteRow;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.plan.PlanService.ActivityRow;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.plan.ui.PlanFormats;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceRoutes;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.project.ui.RouteIds;
import dk.modningsportal.project.ui.WorkspaceHeader;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.trialaction.TrialActionFilter;
import dk.modningsportal.trialaction.TrialActionRoutes;
import dk.modningsportal.trialaction.TrialActionRow;
import dk.modningsportal.trialaction.TrialActionService;
import dk.modningsportal.trialaction.TrialActionStatus;
import dk.modningsportal.workspace.WorkspaceExport;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;

/** A workspace at a glance: the intervention and its version in trial, counts, and the latest work. */
@Route(WorkspaceRoutes.OVERVIEW)
@PermitAll
class WorkspaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Presence presence;
    private final CurrentUser currentUser;

    private static final int RECENT = 5;

    private final WorkspaceAccess workspaceAccess;
    private final InterventionCatalog catalog;
    private final TrialActionService trialActions;
    private final NoteService notes;
    private final ChangeLog changeLog;
    private String title = "";
    private final Div figures = new Div();
    private final Div columns = new Div();
    private WorkspaceSummary shown;
    private final FinalVersionDocument finalDocument;
    private ActivityFeed feed;
    /** What each part last showed: a colleague's change redraws (and sends) only the parts whose content it changed. */
    private final Map<String, Drawn> drawn = new HashMap<>();

    private record Drawn(Object content, Component part) {
    }

    private final ActivityLog activity;
    private final ChangeBus bus;
    private final PlanService plans;
    private final FollowUps followUps;
    private final WorkspaceExport export;

    WorkspaceView(WorkspaceAccess workspaceAccess, InterventionCatalog catalog, TrialActionService trialActions,
            NoteService notes, ChangeLog changeLog, Presence presence, CurrentUser currentUser, ActivityLog activity,
            ChangeBus bus, PlanService plans, FollowUps followUps, WorkspaceExport export,
            FinalVersionDocument finalDocument) {
        this.finalDocument = finalDocument;
        this.export = export;
        this.plans = plans;
        this.followUps = followUps;
        this.activity = activity;
        this.bus = bus;
        this.presence = presence;
        this.currentUser = currentUser;
        this.changeLog = changeLog;
        this.workspaceAccess = workspaceAccess;
        this.catalog = catalog;
        this.trialActions = trialActions;
        this.notes = notes;
        addClassName("portal-page");
        LiveRefresh.whileAttached(this, bus, change -> shown != null && change.isWorkspace(shown.workspaceId()),
                this::refreshWork);
        // The feed's entry is written a moment after the change it tells of: only the feed reads it.
        LiveRefresh.whileAttached(this, bus, change -> shown != null && feed != null
                && change.isActivityIn(shown.workspaceId()), () -> feed.refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long workspaceId = RouteIds.workspaceId(event);
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        title = workspace.organisationName() + " · " + workspace.projectName();
        java.util.Optional<VersionRef> currentVersion = catalog.currentVersion(workspaceId);
        String versionLabel = currentVersion.map(VersionRef::label).orElse(null);
        removeAll();
        WorkspaceHeader header = new WorkspaceHeader(workspace, versionLabel, currentVersion.map(VersionRef::finalVersion).orElse(false),
                WorkspaceHeader.Section.OVERVIEW);
        header.addFact(PresenceIndicator.forViewer(presence, currentUser, "workspace:" + workspace.workspaceId()));
        add(header);
        if (export.mayExport(workspaceId)) {
            // The organisation's own data, to keep or to share at home: trial actions, notes and their comments.
            Anchor download = DownloadLinks.of(getTranslation("workspace.exportXlsx"), "arbejdsrum.xlsx", DownloadLinks.XLSX,
                    () -> export.xlsx(workspaceId));
            download.addClassName("workspace-export");
            add(download);
        }
        changeLog.recentlyPublished(workspaceId).ifPresent(version -> {
            Anchor announcement = new Anchor(MaturationRoutes.changes(workspaceId),
                    getTranslation("workspace.newVersion", version.label()));
            announcement.getElement().setAttribute("router-link", true);
            announcement.addClassName("portal-announcement");
            add(announcement);
        });

        shown = workspace;
        figures.addClassName("portal-figures");
        columns.addClassName("portal-columns");
        add(figures, columns);
        drawn.clear();
        figures.removeAll();
        columns.removeAll();
        columns.add(upcoming(shown));
        feed = null;
        refreshWork();
        feed = new ActivityFeed(activity, workspaceId);
        columns.add(feed, intervention(workspaceId, versionLabel, currentVersion.map(VersionRef::finalVersion).orElse(false)));
    }

    /**
     * The figures and the panels of the team's work, re-read when a colleague changes something in the workspace;
     * a part whose content is as shown stays as it is (the plan and the intervention do not change with the work).
     */
    void refreshWork() {
        long workspaceId = shown.workspaceId();
        Map<TrialActionStatus, Long> byStatus = trialActions.countByStatus(workspaceId);
        long noteCount = notes.countAll(workspaceId);
        if (!List.of(byStatus, noteCount).equals(Optional.ofNullable(drawn.get("figures")).map(Drawn::content)
                .orElse(null))) {
            figures.removeAll();
            byStatus.forEach((status, count) -> figures.add(figure(count, Formats.label(status),
                    TrialActionRoutes.trialActions(workspaceId))));
            figures.add(figure(noteCount, getTranslation("workspace.notesCount"), NoteRoutes.notes(workspaceId)));
            drawn.put("figures", new Drawn(List.of(byStatus, noteCount), figures));
        }
        List<FollowUp> open = followUps.followUps(workspaceId);
        redraw("followUps", open, () -> followUps(open));
        List<TrialActionRow> recentActions = trialActions.list(workspaceId, TrialActionFilter.none(),
                PageRequest.of(0, RECENT));
        redraw("trialActions", recentActions, () -> recentTrialActions(shown, recentActions));
        List<NoteRow> recentNotes = notes.list(workspaceId, NoteFilter.none(), PageRequest.of(0, RECENT));
        redraw("notes", recentNotes, () -> recentNotes(recentNotes));
        if (feed != null) {
            feed.refresh();
        }
    }

    /** Draws a panel the first time (in order), and again only when its content differs from what it shows. */
    private void redraw(String part, Object content, Supplier<Component> draw) {
        Drawn before = drawn.get(part);
        if (before != null && before.content().equals(content)) {
            return;
        }
        Component panel = draw.get();
        if (before == null) {
            columns.add(panel);
        } else {
            columns.replace(before.part(), panel);
        }
        drawn.put(part, new Drawn(content, panel));
    }

    private Component figure(long count, String label, String href) {
        Span number = new Span(String.valueOf(count));
        number.addClassName("portal-figure-number");
        Span text = new Span(label);
        Anchor figure = new Anchor(href, new Div(number, text));
        figure.getElement().setAttribute("router-link", true);
        figure.addClassName("portal-figure");
        return figure;
    }

    /** What is next for this organisation in the project's plan. */
    private Component upcoming(WorkspaceSummary workspace) {
        List<ActivityRow> next = plans.upcoming(workspace.workspaceId(), RECENT);
        Div panel = panel(getTranslation("plan.upcoming"));
        panel.addClassName("plan-upcoming");
        UnorderedList list = new UnorderedList();
        next.forEach(a -> {
            Span when = new Span(PlanFormats.when(a));
            when.addClassName("portal-badge");
            Span venue = new Span(" · " + Formats.label(a.venue()));
            venue.addClassName("portal-muted");
            list.add(new ListItem(when, new Span(" " + a.title()), venue));
        });
        if (next.isEmpty()) {
            panel.add(new Paragraph(getTranslation("plan.nothingNext")));
        }
        Anchor all = new Anchor("plan?project=" + workspace.projectId(), getTranslation("plan.seeAll"));
        all.getElement().setAttribute("router-link", true);
        panel.add(list, all);
        return panel;
    }

    /** The follow-ups that published minutes gave this organisation's people; one's own can be closed here. */
    private Component followUps(List<FollowUp> open) {
        Div panel = panel(getTranslation("meeting.followUps"));
        panel.addClassName("meeting-follow-ups");
        UnorderedList list = new UnorderedList();
        for (FollowUp followUp : open) {
            Span due = new Span(Formats.date(followUp.dueDate()));
            due.addClassName("portal-badge");
            Anchor meeting = new Anchor(MeetingService.link(followUp.activityId(), followUp.meetingOrganisationId()),
                    followUp.meetingTitle());
            meeting.getElement().setAttribute("router-link", true);
            ListItem item = new ListItem(due, new Span(" " + followUp.text() + " – " + followUp.responsibleName() + " · "),
                    meeting);
            if (followUp.mine()) {
                Button done = new Button(getTranslation("meeting.done"), e -> {
                    followUps.markDone(followUp.id());
                    item.setVisible(false);
                });
                done.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                item.add(done);
            }
            list.add(item);
        }
        if (open.isEmpty()) {
            panel.add(new Paragraph(getTranslation("meeting.noFollowUps")));
        }
        panel.add(list);
        return panel;
    }

    private Component recentTrialActions(WorkspaceSummary workspace, List<TrialActionRow> recent) {
        long workspaceId = workspace.workspaceId();
        Div panel = panel(getTranslation("workspace.recentTrialActions"));
        UnorderedList list = new UnorderedList();
        recent.forEach(row -> {
            Anchor link = new Anchor(TrialActionRoutes.trialAction(row.id()), row.title());
            link.getElement().setAttribute("router-link", true);
            Span status = new Span(Formats.label(row.status()));
            status.addClassNames("portal-badge", "status-" + row.status().name().toLowerCase(java.util.Locale.ROOT));
            list.add(new ListItem(link, status));
        });
        if (recent.isEmpty()) {
            panel.add(new Paragraph(getTranslation("trialAction.empty")));
        }
        panel.add(list);
        if (workspace.writable()) {
            Button create = new Button(getTranslation("trialAction.new"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(TrialActionRoutes.newTrialAction(workspaceId)));
            create.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            panel.add(create);
        }
        return panel;
    }

    private Component recentNotes(List<NoteRow> recent) {
        Div panel = panel(getTranslation("workspace.recentNotes"));
        UnorderedList list = new UnorderedList();
        recent.forEach(row -> {
            Span kind = new Span(Formats.label(row.kind()));
            kind.addClassNames("portal-badge", "kind-" + row.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            list.add(new ListItem(kind, new Span(" " + row.summary())));
        });
        if (recent.isEmpty()) {
            panel.add(new Paragraph(getTranslation("note.empty")));
        }
        panel.add(list);
        return panel;
    }

    private Component intervention(long workspaceId, String versionLabel, boolean finalVersion) {
        Div panel = panel(catalog.interventionName(workspaceId).orElse(getTranslation("workspace.intervention")));
        if (versionLabel != null) {
            panel.add(new Paragraph(getTranslation(finalVersion ? "workspace.finalVersion" : "workspace.versionInTrial",
                    versionLabel)));
        }
        if (finalVersion) {
            // The version the organisations anchor, with how it came about, to keep and hand on.
            Div downloads = new Div(
                    DownloadLinks.of(getTranslation("workspace.finalVersionDocx"), getTranslation("finalDocument.fileName")
                            + ".docx", DownloadLinks.DOCX, () -> finalDocument.docx(workspaceId, getLocale())),
                    DownloadLinks.of(getTranslation("workspace.finalVersionPdf"), getTranslation("finalDocument.fileName")
                            + ".pdf", DownloadLinks.PDF, () -> finalDocument.pdf(workspaceId, getLocale())));
            downloads.addClassNames("portal-buttons", "final-version-downloads");
            panel.add(new Paragraph(getTranslation("workspace.finalVersionText")), downloads);
        }
        UnorderedList elements = new UnorderedList();
        for (CoreElementRef element : catalog.coreElements(workspaceId)) {
            elements.add(new ListItem(element.name()));
        }
        panel.add(new Span(getTranslation("workspace.coreElements")), elements);
        return panel;
    }

    private static Div panel(String heading) {
        Div panel = new Div(new H3(heading));
        panel.addClassName("portal-panel");
        return panel;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
