package dk.modningsportal.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.evaluation.CollectionPlanService;
import dk.modningsportal.evaluation.CollectionPlanService.Due;
import dk.modningsportal.evaluation.CollectionPlanService.Status;
import dk.modningsportal.evaluation.Rhythm;
import java.util.List;
import java.util.Locale;

/** What the evaluation needs from one organisation: late, due within a month, and delivered, each with its day. */
class DueList extends Div {

    private static final int DONE_SHOWN = 6;

    private final CollectionPlanService plan;
    private final long workspaceId;
    final UnorderedList list = new UnorderedList();

    DueList(CollectionPlanService plan, long workspaceId) {
        this.plan = plan;
        this.workspaceId = workspaceId;
        addClassNames("portal-section", "evaluation-due");
        refresh();
    }

    private void refresh() {
        removeAll();
        list.removeAll();
        add(new H3(getTranslation("evaluation.dueTitle")));
        List<Due> due = plan.dueFrom(workspaceId);
        if (due.isEmpty()) {
            add(new Paragraph(getTranslation("evaluation.noPlan")));
            return;
        }
        long late = due.stream().filter(d -> d.status() == Status.LATE).count();
        long soon = due.stream().filter(d -> d.status() == Status.DUE).count();
        add(new Paragraph(getTranslation("evaluation.dueSummary", late, soon)));
        due.stream().filter(d -> d.status() != Status.DONE).forEach(d -> list.add(line(d)));
        due.stream().filter(d -> d.status() == Status.DONE).sorted((a, b) -> b.dueOn().compareTo(a.dueOn()))
                .limit(DONE_SHOWN).forEach(d -> list.add(line(d)));
        add(list);
    }

    private ListItem line(Due d) {
        Span state = new Span(getTranslation("evaluation.status." + d.status().name()));
        state.addClassNames("portal-badge", "due-" + d.status().name().toLowerCase(Locale.ROOT));
        String period = d.item().rhythm() == Rhythm.ONCE ? "" : " (" + Formats.date(d.periodStart()) + " – "
                + Formats.date(d.periodUntil().minusDays(1)) + ")";
        Span text = new Span(" " + Formats.label(d.item().kind()) + ": " + d.item().title() + period + " · "
                + getTranslation("evaluation.dueOn", Formats.date(d.dueOn()))
                + (d.item().fromWhom() == null ? "" : " · " + d.item().fromWhom()));
        ListItem item = new ListItem(state, text);
        if (d.status() == Status.DONE && d.deliveredBy() != null) {
            Span who = new Span(" – " + getTranslation("evaluation.deliveredBy", d.deliveredBy(), Formats.dateTime(d.deliveredAt())));
            who.addClassName("portal-muted");
            item.add(who);
        } else if (d.item().seenInPortal() && d.status() != Status.DONE) {
            Span how = new Span(" – " + getTranslation("evaluation.seenInPortalHint"));
            how.addClassName("portal-muted");
            item.add(how);
        }
        if (d.markable()) {
            boolean done = d.status() == Status.DONE;
            Button mark = new Button(getTranslation(done ? "evaluation.notDelivered" : "evaluation.markDelivered"), e -> {
                try {
                    plan.markDelivered(d.item().id(), workspaceId, d.periodStart(), !done);
                    refresh();
                } catch (ValidationFailedException refused) {
                    Forms.showServiceErrors(refused, java.util.Map.of());
                }
            });
            mark.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            mark.setAriaLabel(mark.getText() + ": " + d.item().title());
            item.add(mark);
        }
        return item;
    }
}
