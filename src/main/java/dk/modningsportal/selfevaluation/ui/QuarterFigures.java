package dk.modningsportal.selfevaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.evaluation.EvaluationRoutes;
import dk.modningsportal.evaluation.RegistrationFigures.SpanTotal;
import dk.modningsportal.evaluation.TimeCategory;
import dk.modningsportal.selfevaluation.QuarterWork.ElementWork;
import dk.modningsportal.selfevaluation.QuarterWork;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The quarter as the portal already knows it, read-only beside the self-evaluation: per core element a line of its
 * trial actions and notes, and for the whole quarter the registrations and the hours (entered under "Til
 * evalueringen"; the self-evaluation keeps no second record of them).
 */
class QuarterFigures extends Div {

    QuarterFigures(QuarterWork.Work work, Integer expectedHours, long workspaceId) {
        addClassName("self-evaluation-quarter-figures");
        UnorderedList registrations = new UnorderedList();
        for (SpanTotal total : work.registrations()) {
            registrations.add(new ListItem(total.measure().label() + ": " + total.total().text("–")
                    + (total.periodsReported() < total.periods()
                            ? " " + I18NProvider.translate("selfEvaluation.periodsReported", total.periodsReported(), total.periods())
                            : "")));
        }
        if (!work.registrations().isEmpty()) {
            add(new Paragraph(I18NProvider.translate("selfEvaluation.registrationsInQuarter")), registrations);
        }
        UnorderedList hours = new UnorderedList();
        for (TimeCategory category : TimeCategory.values()) {
            BigDecimal spent = work.hours().get(category);
            if (spent != null) {
                hours.add(new ListItem(Formats.label(category) + ": " + Formats.decimal(spent) + " "
                        + I18NProvider.translate("selfEvaluation.hoursUnit")));
            }
        }
        BigDecimal quarter = work.quarterHours();
        String summary = I18NProvider.translate("selfEvaluation.hoursSoFar", Formats.decimal(quarter),
                Formats.decimal(work.hoursBefore().add(quarter)));
        Paragraph total = new Paragraph(expectedHours == null ? summary
                : summary + " " + I18NProvider.translate("selfEvaluation.hoursExpected", expectedHours));
        total.addClassName("self-evaluation-hours-total");
        Anchor enter = new Anchor(EvaluationRoutes.evaluation(workspaceId), I18NProvider.translate("selfEvaluation.enterHours"));
        enter.getElement().setAttribute("router-link", true);
        if (work.quarterHours().signum() > 0) {
            add(new Paragraph(I18NProvider.translate("selfEvaluation.hoursInQuarter")), hours);
        }
        add(total, enter);
    }

    /** "In the quarter: 2 trial actions started, 1 evaluated (keep 1) · notes: 2 works well". */
    static Component elementLine(ElementWork work) {
        Span line = new Span();
        line.addClassName("self-evaluation-element-work");
        if (work.isEmpty()) {
            line.setText(I18NProvider.translate("selfEvaluation.nothingThisQuarter"));
            return line;
        }
        List<String> parts = new ArrayList<>();
        if (work.started() > 0) {
            parts.add(I18NProvider.translate("selfEvaluation.started", work.started()));
        }
        if (work.completed() > 0) {
            parts.add(I18NProvider.translate("selfEvaluation.completed", work.completed()));
        }
        if (work.evaluated() > 0) {
            parts.add(I18NProvider.translate("selfEvaluation.evaluated", work.evaluated(), work.decisions().entrySet().stream()
                    .map(d -> Formats.label(d.getKey()).toLowerCase(java.util.Locale.ROOT) + " " + d.getValue())
                    .collect(Collectors.joining(", "))));
        }
        String actions = String.join(", ", parts);
        String notes = work.notes().entrySet().stream().map(n -> n.getValue() + " " + Formats.label(n.getKey())
                .toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
        line.setText(I18NProvider.translate("selfEvaluation.inQuarter") + " "
                + (actions.isEmpty() ? "" : I18NProvider.translate("selfEvaluation.trialActionsPart", actions))
                + (actions.isEmpty() || notes.isEmpty() ? "" : " · ")
                + (notes.isEmpty() ? "" : I18NProvider.translate("selfEvaluation.notesPart", notes)));
        return line;
    }
}
