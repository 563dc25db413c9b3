package dk.modningsportal.activity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.modningsportal.activity.ActivityLog;
import dk.modningsportal.activity.ActivityLog.Activity;
import dk.modningsportal.base.ui.Formats;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** "Who did what, when" in one workspace, newest first (the workspace overview re-reads it on changes). */
@NamedInterface("ui")
public class ActivityFeed extends Div {

    /** The latest few first; "Vis flere" adds as many again. */
    public static final int PAGE = 10;

    final UnorderedList entries = new UnorderedList();
    final Button more = new Button();
    private int shown = PAGE;
    private final ActivityLog activity;
    private final long workspaceId;
    /** What the list shows now: a refresh that finds the same redraws nothing (and sends nothing). */
    private List<Activity> drawn;

    public ActivityFeed(ActivityLog activity, long workspaceId) {
        this.activity = activity;
        this.workspaceId = workspaceId;
        addClassNames("portal-panel", "activity-feed");
        entries.addClassName("activity-entries");
        more.setText(getTranslation("activity.more"));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.addClickListener(e -> {
            shown += PAGE;
            refresh();
        });
        add(new H3(getTranslation("activity.title")), entries, more);
        refresh();
    }

    /** Re-reads the entries (as many as shown now); the list is redrawn only when they differ. */
    public void refresh() {
        // One more than shown tells whether there is more to show.
        List<Activity> found = activity.feed(workspaceId, shown + 1);
        more.setVisible(found.size() > shown);
        List<Activity> latest = List.copyOf(found.subList(0, Math.min(shown, found.size())));
        if (latest.equals(drawn)) {
            return;
        }
        drawn = latest;
        entries.removeAll();
        if (latest.isEmpty()) {
            entries.add(new ListItem(new Paragraph(getTranslation("activity.empty"))));
        }
        for (Activity a : latest) {
            Span who = new Span(getTranslation("activity." + a.kind().name(), a.actorName()) + " ");
            Span when = new Span(" · " + Formats.dateTime(a.at()));
            when.addClassName("portal-muted");
            if (a.link() != null) {
                Anchor subject = new Anchor(a.link(), a.subject());
                subject.getElement().setAttribute("router-link", true);
                entries.add(new ListItem(who, subject, when));
            } else {
                entries.add(new ListItem(who, new Span(a.subject()), when));
            }
        }
    }

    /** The entries as text, for tests. */
    public List<String> shown() {
        return entries.getChildren().map(li -> li.getElement().getTextRecursively()).toList();
    }
}
