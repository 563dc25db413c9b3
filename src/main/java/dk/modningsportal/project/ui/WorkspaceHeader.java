package dk.modningsportal.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import dk.modningsportal.project.WorkspaceRoutes;
import dk.modningsportal.project.WorkspaceSummary;
import org.springframework.modulith.NamedInterface;

/**
 * The band at the top of every workspace page: organisation, project, phase, version in trial,
 * and links to the workspace's sections.
 */
@NamedInterface("ui")
public class WorkspaceHeader extends Div {

    private final Div facts = new Div();

    /** The workspace's sections in the band's order, each with its tab's label. */
    public enum Section {
        OVERVIEW("overview"), TRIAL_ACTIONS("trialActions"), NOTES("notes"), SELF_EVALUATION("selfEvaluation"),
        EVALUATION("evaluation"), INTERVENTION("intervention"), CHANGES("changes");

        private final String label;

        Section(String label) {
            this.label = "workspace.section." + label;
        }
    }

    public WorkspaceHeader(WorkspaceSummary workspace, String currentVersionLabel, Section active) {
        this(workspace, currentVersionLabel, false, active);
    }

    /** {@code finalVersion}: the version in use is the intervention's final one, which the workspaces anchor. */
    public WorkspaceHeader(WorkspaceSummary workspace, String currentVersionLabel, boolean finalVersion, Section active) {
        addClassName("workspace-header");
        Span project = new Span(workspace.projectName());
        project.addClassName("workspace-header-project");
        H2 organisation = new H2(workspace.organisationName());
        facts.addClassName("workspace-header-facts");
        if (workspace.currentPhase() != null) {
            facts.add(badge(getTranslation("workspace.phase", workspace.currentPhase())));
        }
        if (currentVersionLabel != null) {
            facts.add(badge(getTranslation(finalVersion ? "workspace.finalVersion" : "workspace.versionInTrial",
                    currentVersionLabel)));
        }
        if (workspace.consultantName() != null) {
            facts.add(badge(getTranslation("workspace.consultant", workspace.consultantName())));
        }
        if (!workspace.writable()) {
            facts.add(badge(getTranslation("workspace.readOnly")));
        }
        long id = workspace.workspaceId();
        Nav tabs = new Nav();
        tabs.addClassName("workspace-tabs");
        WorkspaceSections sections = WorkspaceSections.current();
        for (Section section : Section.values()) {
            // The overview is the workspace's own address; every other section's is its capability's.
            String href = section == Section.OVERVIEW ? WorkspaceRoutes.overview(id) : sections.href(section, id);
            if (href != null) {
                tabs.add(link(getTranslation(section.label), href, section == active));
            }
        }
        add(project, organisation, facts, tabs);
        CurrentWorkspace.remember(id);
    }

    /** Adds a badge-like fact beside phase, version and consultant (e.g. who else is here). */
    public void addFact(Component fact) {
        facts.add(fact);
    }

    private static Anchor link(String text, String href, boolean active) {
        Anchor anchor = new Anchor(href, text);
        // Handled by Vaadin's router in the browser: no page reload.
        anchor.getElement().setAttribute("router-link", true);
        if (active) {
            anchor.addClassName("active");
            anchor.getElement().setAttribute("aria-current", "page");
        }
        return anchor;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("portal-badge");
        return badge;
    }
}
