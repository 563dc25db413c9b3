package dk.modningsportal.maturation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.maturation.BoardItem.ItemType;
import dk.modningsportal.maturation.ChangeLog.ChangeEntry;
import dk.modningsportal.maturation.ChangeLog.Contribution;
import dk.modningsportal.maturation.ChangeLog.ThemeSummary;
import dk.modningsportal.maturation.ChangeLog.VersionChanges;
import dk.modningsportal.maturation.ChangeLog;
import dk.modningsportal.maturation.MaturationRoutes;
import dk.modningsportal.note.NoteRoutes;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.project.ui.RouteIds;
import dk.modningsportal.project.ui.WorkspaceHeader;
import dk.modningsportal.trialaction.TrialActionRoutes;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;

/** "What changed and why" in a version, with the workspace's own contributions highlighted. */
@Route(MaturationRoutes.CHANGES)
@PermitAll
class ChangeLogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Select<VersionRef> version = new Select<>();
    final Div entries = new Div();

    private final ChangeLog changeLog;
    private final InterventionCatalog catalog;
    private final WorkspaceAccess workspaceAccess;
    private long workspaceId;

    ChangeLogView(ChangeLog changeLog, InterventionCatalog catalog, WorkspaceAccess workspaceAccess) {
        this.changeLog = changeLog;
        this.catalog = catalog;
        this.workspaceAccess = workspaceAccess;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        workspaceId = RouteIds.workspaceId(event);
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        VersionRef current = catalog.currentVersion(workspaceId).orElse(null);
        removeAll();
        add(new WorkspaceHeader(workspace, current == null ? null : current.label(),
                current != null && current.finalVersion(), WorkspaceHeader.Section.CHANGES));
        List<VersionRef> versions = catalog.comparableVersions(workspaceId);
        version.setLabel(getTranslation("intervention.version"));
        version.addClassName("version-select");
        version.setItems(versions);
        version.setItemLabelGenerator(v -> v == null ? "" : getTranslation("trialAction.versionLabel", v.label(),
                Formats.label(v.status())));
        version.addValueChangeListener(e -> show(e.getValue()));
        entries.addClassName("portal-form");
        add(new Paragraph(getTranslation("changes.intro")), version, entries);
        version.setValue(current);
    }

    private void show(VersionRef shown) {
        entries.removeAll();
        if (shown == null) {
            return;
        }
        VersionChanges changes = changeLog.changes(workspaceId, shown.id());
        if (changes.publishedAt() != null) {
            entries.add(new Paragraph(getTranslation("changes.published", shown.label(),
                    Formats.dateTime(changes.publishedAt()))));
        }
        if (changes.entries().isEmpty()) {
            entries.add(new Paragraph(getTranslation("changes.none", shown.label())));
        }
        changes.entries().forEach(entry -> entries.add(entry(entry)));
        changeLog.workshops(workspaceId, shown.id()).forEach(workshop -> {
            entries.add(new H3(getTranslation("changes.workshopThemes", workshop.title())));
            workshop.themes().forEach(theme -> entries.add(theme(theme)));
        });
    }

    /** A theme of the workshop: what it held from how many organisations, what was decided, and whose it was. */
    private Div theme(ThemeSummary theme) {
        Div card = new Div(new com.vaadin.flow.component.html.H4(theme.title()));
        card.addClassNames("portal-section", "workshop-theme");
        card.add(new Paragraph(getTranslation("changes.themeHeld", theme.notes(), theme.trialActions(),
                theme.organisations())));
        card.add(new Paragraph(theme.decisions().isEmpty() ? getTranslation("changes.themeNoDecision")
                : getTranslation("changes.themeDecided", theme.decisions().stream().map(Formats::label)
                        .collect(java.util.stream.Collectors.joining(", ")))));
        if (!theme.own().isEmpty()) {
            UnorderedList own = new UnorderedList();
            own.addClassName("theme-own-contributions");
            theme.own().forEach(c -> own.add(new ListItem(new Span(c.text()))));
            card.add(new Span(getTranslation("changes.yourContributions")), own);
        }
        if (!theme.sharedByOthers().isEmpty()) {
            UnorderedList shared = new UnorderedList();
            shared.addClassName("shared-contributions");
            theme.sharedByOthers().forEach(c -> {
                com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                        c.type() == ItemType.NOTE ? NoteRoutes.shared(c.id()) : TrialActionRoutes.shared(c.id()),
                        c.text());
                link.getElement().setAttribute("router-link", true);
                shared.add(new ListItem(link, new Span(" (" + c.organisationName() + ")")));
            });
            card.add(new Span(getTranslation("changes.sharedByOthers")), shared);
        }
        if (theme.unsharedOthers() > 0) {
            card.add(new Paragraph(getTranslation("changes.unsharedOthers", theme.unsharedOthers())));
        }
        return card;
    }

    private Div entry(ChangeEntry entry) {
        Span kind = new Span(Formats.label(entry.kind()));
        kind.addClassNames("portal-badge", "decision-" + entry.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        String subject = entry.coreElementName() != null ? entry.coreElementName() : entry.newName();
        Div card = new Div(new H3(subject == null ? Formats.label(entry.kind()) : subject), kind);
        card.addClassNames("portal-section", "change-entry");
        if (entry.newText() != null) {
            card.add(new Paragraph(getTranslation("changes.newText", entry.newText())));
        }
        card.add(new Paragraph(getTranslation("changes.reason", entry.reason())));
        card.add(new Paragraph(getTranslation("changes.from", entry.themeTitle(), entry.workshopTitle())));
        if (!entry.ownContributions().isEmpty()) {
            UnorderedList own = new UnorderedList();
            own.addClassName("own-contributions");
            for (Contribution contribution : entry.ownContributions()) {
                String label = contribution.type() == ItemType.TRIAL_ACTION ? getTranslation("maturation.trialAction")
                        : Formats.label(contribution.noteKind());
                own.add(new ListItem(new Span(label + ": "), new Span(contribution.text())));
            }
            card.add(new Span(getTranslation("changes.yourContributions")), own);
        }
        if (entry.otherContributions() > 0) {
            card.add(new Paragraph(getTranslation("changes.otherContributions", entry.otherContributions())));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.section.changes");
    }
}
