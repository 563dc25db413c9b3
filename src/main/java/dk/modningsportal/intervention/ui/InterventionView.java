package dk.modningsportal.intervention.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.intervention.InterventionCatalog.ElementText;
import dk.modningsportal.intervention.InterventionCatalog.VersionContent;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.intervention.InterventionRoutes;
import dk.modningsportal.intervention.MaterialService.MaterialRow;
import dk.modningsportal.intervention.MaterialService;
import dk.modningsportal.intervention.VersionComparison.Comparison;
import dk.modningsportal.intervention.VersionComparison.ElementDiff;
import dk.modningsportal.intervention.VersionComparison.Segment;
import dk.modningsportal.intervention.VersionComparison;
import dk.modningsportal.intervention.VersionStatus;
import dk.modningsportal.live.Change;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.live.ui.LiveRefresh;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.project.WorkspaceSummary;
import dk.modningsportal.project.ui.RouteIds;
import dk.modningsportal.project.ui.WorkspaceHeader;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/**
 * The intervention as it stands in a version: description, theory of change, core elements and
 * materials; and any two versions side by side, with what was added, removed and changed marked.
 */
@Route(InterventionRoutes.INTERVENTION)
@PermitAll
class InterventionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Select<VersionRef> shownVersion = new Select<>();
    final Select<VersionRef> compareFrom = new Select<>();
    final Select<VersionRef> compareTo = new Select<>();
    final Div content = new Div();
    final Div comparison = new Div();

    private final InterventionCatalog catalog;
    private final VersionComparison versionComparison;
    private final MaterialService materials;
    private final WorkspaceAccess workspaceAccess;
    private long workspaceId;
    private boolean consultant;

    private long projectId;

    InterventionView(InterventionCatalog catalog, VersionComparison versionComparison, MaterialService materials,
            WorkspaceAccess workspaceAccess, ChangeBus bus) {
        // A version published while the page is open is shown at once, as the one in trial.
        LiveRefresh.whileAttached(this, bus, change -> Change.VERSION.equals(change.topic())
                && change.isInProject(projectId), () -> UI.getCurrent().refreshCurrentRoute(false));
        this.catalog = catalog;
        this.versionComparison = versionComparison;
        this.materials = materials;
        this.workspaceAccess = workspaceAccess;
        addClassName("portal-page");
        // Wired once: the page is entered again without a new view.
        shownVersion.addValueChangeListener(e -> showContent(e.getValue()));
        compareFrom.addValueChangeListener(e -> showComparison());
        compareTo.addValueChangeListener(e -> showComparison());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        workspaceId = RouteIds.workspaceId(event);
        WorkspaceSummary workspace = workspaceAccess.summary(workspaceId);
        projectId = workspace.projectId();
        consultant = workspaceAccess.isConsultantOf(projectId);
        VersionRef current = catalog.currentVersion(workspaceId).orElse(null);
        List<VersionRef> versions = catalog.comparableVersions(workspaceId);
        removeAll();
        add(new WorkspaceHeader(workspace, current == null ? null : current.label(),
                current != null && current.finalVersion(), WorkspaceHeader.Section.INTERVENTION));

        shownVersion.setLabel(getTranslation("intervention.version"));
        shownVersion.addClassName("version-select");
        shownVersion.setItems(versions);
        shownVersion.setItemLabelGenerator(this::versionLabel);
        content.addClassName("portal-form");

        compareFrom.setLabel(getTranslation("intervention.compareFrom"));
        compareTo.setLabel(getTranslation("intervention.compareTo"));
        for (Select<VersionRef> select : List.of(compareFrom, compareTo)) {
            select.setItems(versions);
            select.addClassName("version-select");
            select.setItemLabelGenerator(this::versionLabel);
        }
        comparison.addClassName("portal-form");

        Div compareSection = new Div(new H3(getTranslation("intervention.compareTitle")),
                new FlexLayout(compareFrom, compareTo), comparison);
        compareSection.addClassName("portal-section");
        add(shownVersion, content, compareSection);

        // The workshop board links to its draft: ?version=<id> shows that version (consultants see drafts).
        VersionRef asked = event.getLocation().getQueryParameters().getSingleParameter("version")
                .flatMap(v -> versions.stream().filter(r -> String.valueOf(r.id()).equals(v)).findFirst()).orElse(null);
        shownVersion.setValue(asked != null ? asked
                : current != null ? current : versions.isEmpty() ? null : versions.get(versions.size() - 1));
        int shownIndex = versions.indexOf(shownVersion.getValue());
        if (shownIndex > 0) {
            compareFrom.setValue(versions.get(shownIndex - 1));
        }
        compareTo.setValue(shownVersion.getValue());
    }

    private String versionLabel(VersionRef version) {
        return version == null ? "" : getTranslation("trialAction.versionLabel", version.label(),
                Formats.label(version.status()));
    }

    private void showContent(VersionRef version) {
        content.removeAll();
        if (version == null) {
            return;
        }
        VersionContent shown = catalog.content(workspaceId, version.id());
        Div text = new Div();
        text.addClassName("portal-section");
        text.add(new H3(getTranslation("intervention.description")), new Paragraph(orDash(shown.description())));
        if (shown.targetGroup() != null) {
            text.add(new H3(getTranslation("intervention.targetGroup")), new Paragraph(shown.targetGroup()));
        }
        text.add(new H3(getTranslation("intervention.theoryOfChange")), new Paragraph(orDash(shown.theoryOfChange())),
                new H3(getTranslation("workspace.coreElements")));
        for (ElementText element : shown.elements()) {
            Div item = new Div(new H4(element.name()), new Paragraph(element.text()));
            item.addClassName("core-element");
            text.add(item);
        }
        content.add(text, materialsSection(version));
    }

    private Component materialsSection(VersionRef version) {
        Div section = new Div(new H3(getTranslation("intervention.materials")));
        section.addClassName("portal-section");
        List<MaterialRow> rows = materials.list(workspaceId, version.id());
        if (rows.isEmpty()) {
            section.add(new Paragraph(getTranslation("intervention.noMaterials")));
        }
        for (MaterialRow row : rows) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                MaterialService.Download file = materials.download(workspaceId, row.id());
                return new DownloadResponse(new ByteArrayInputStream(file.data()), file.fileName(), file.contentType(),
                        file.data().length);
            }), row.fileName());
            Div line = new Div(download, new Span(" · " + (row.sizeBytes() / 1024 + 1) + " kB"));
            if (consultant && version.status() != VersionStatus.CLOSED) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    materials.remove(workspaceId, row.id());
                    Forms.success(getTranslation("intervention.removed", row.fileName()));
                    showContent(version);
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("intervention.remove") + ": " + row.fileName());
                remove.setTooltipText(getTranslation("intervention.remove"));
                line.add(remove);
            }
            section.add(line);
        }
        if (consultant && version.status() != VersionStatus.CLOSED) {
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                try {
                    materials.upload(workspaceId, version.id(), metadata.fileName(), bytes);
                    Forms.success(getTranslation("intervention.uploaded", metadata.fileName()));
                    showContent(version);
                } catch (ValidationFailedException refused) {
                    Forms.error(getTranslation(refused.getFieldMessageKeys().values().iterator().next()));
                }
            }))));
            upload.setMaxFileSize((int) dk.modningsportal.intervention.Material.MAX_BYTES);
            upload.setAcceptedFileTypes(".pdf", ".docx", ".pptx", ".xlsx", ".png", ".jpg", ".jpeg", ".gif", ".webp");
            // The browser drops a file over the limit or of another type before it is sent: say so.
            upload.addFileRejectedListener(e -> Forms.error(getTranslation("material.rejected", e.getFileName())));
            section.add(new Paragraph(getTranslation("intervention.uploadHelp")), upload);
        }
        return section;
    }

    void showComparison() {
        comparison.removeAll();
        if (compareFrom.getValue() == null || compareTo.getValue() == null) {
            return;
        }
        Comparison result = versionComparison.compare(workspaceId, compareFrom.getValue().id(), compareTo.getValue().id());
        for (ElementDiff element : result.elements()) {
            Span badge = new Span(getTranslation("enum.Change." + element.change().name()));
            badge.addClassNames("portal-badge", "change-" + element.change().name().toLowerCase(Locale.ROOT));
            Div row = new Div(new H4(element.name()), badge, segments(element.segments()));
            row.addClassName("diff-row");
            comparison.add(row);
        }
        comparison.add(new H4(getTranslation("intervention.theoryOfChange")), segments(result.theoryOfChange()));
    }

    private static Paragraph segments(List<Segment> segments) {
        Paragraph paragraph = new Paragraph();
        for (Segment segment : segments) {
            Span span = new Span(segment.text() + " ");
            span.addClassName("diff-" + segment.kind().name().toLowerCase(Locale.ROOT));
            paragraph.add(span);
        }
        return paragraph;
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.section.intervention");
    }
}
