package dk.modningsportal.evaluation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.DatePickers;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.evaluation.CollectionKind;
import dk.modningsportal.evaluation.CollectionPlanService;
import dk.modningsportal.evaluation.CollectionPlanService.ItemInput;
import dk.modningsportal.evaluation.CollectionPlanService.ItemRow;
import dk.modningsportal.evaluation.CollectionPlanService.MatrixRow;
import dk.modningsportal.evaluation.CollectionPlanService.QuestionRow;
import dk.modningsportal.evaluation.CollectionPlanService.Status;
import dk.modningsportal.evaluation.Rhythm;
import java.util.List;
import java.util.Map;

/**
 * A project's evaluation questions and data-collection plan, and organisation × item at a glance; its evaluators and
 * consultants change them.
 */
class CollectionPlanPanel extends Div {

    /** A plan activity to link an item to. */
    record ActivityOption(long id, String title) {
    }

    final TextArea question = new TextArea();
    final Button addQuestion = new Button();
    final Grid<ItemRow> items = new Grid<>();
    final Select<CollectionKind> kind = new Select<>();
    final TextField title = new TextField();
    final TextField fromWhom = new TextField();
    final Select<Rhythm> rhythm = new Select<>();
    final DatePicker firstDay;
    final IntegerField daysAfter = new IntegerField();
    final ComboBox<ActivityOption> activity = new ComboBox<>();
    final Button addItem = new Button();
    final Grid<MatrixRow> matrix = new Grid<>();
    private final CollectionPlanService plan;
    private final long projectId;
    private final boolean definer;

    CollectionPlanPanel(CollectionPlanService plan, long projectId, boolean definer, List<ActivityOption> activities) {
        this.plan = plan;
        this.projectId = projectId;
        this.definer = definer;
        firstDay = DatePickers.create(getTranslation("evaluation.firstDay"));
        addClassName("portal-section");
        activity.setItems(activities);
        activity.setItemLabelGenerator(ActivityOption::title);
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H3(getTranslation("evaluation.questionsTitle")));
        List<QuestionRow> questions = plan.questions(projectId);
        OrderedList list = new OrderedList();
        questions.forEach(q -> {
            ListItem line = new ListItem(q.text());
            if (definer) {
                Button remove = new Button(getTranslation("action.delete"), e -> act(() -> plan.removeQuestion(q.id()), Map.of()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                line.add(remove);
            }
            list.add(line);
        });
        add(questions.isEmpty() ? new Paragraph(getTranslation("evaluation.noQuestions")) : list);
        if (definer) {
            question.setLabel(getTranslation("evaluation.newQuestion"));
            question.setWidthFull();
            addQuestion.setText(getTranslation("evaluation.addQuestion"));
            addQuestion.addClickListener(e -> act(() -> {
                plan.addQuestion(projectId, question.getValue());
                question.clear();
            }, Map.of("question", question)));
            add(question, addQuestion);
        }

        add(new H3(getTranslation("evaluation.planTitle")));
        items.removeAllColumns();
        items.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        items.setAllRowsVisible(true);
        items.addColumn(i -> Formats.label(i.kind())).setHeader(getTranslation("evaluation.kind")).setAutoWidth(true);
        items.addColumn(ItemRow::title).setHeader(getTranslation("evaluation.itemTitle")).setFlexGrow(2);
        items.addColumn(i -> i.fromWhom() == null ? "" : i.fromWhom()).setHeader(getTranslation("evaluation.fromWhom"));
        items.addColumn(i -> Formats.label(i.rhythm()) + (i.rhythm() == Rhythm.ONCE ? ": " + Formats.date(i.firstDay())
                : " " + getTranslation("evaluation.fromDay", Formats.date(i.firstDay()), i.daysAfter())))
                .setHeader(getTranslation("evaluation.when")).setFlexGrow(2);
        items.addColumn(i -> i.planActivityTitle() == null ? "" : i.planActivityTitle())
                .setHeader(getTranslation("evaluation.inPlan"));
        if (definer) {
            items.addComponentColumn(i -> {
                Button remove = new Button(getTranslation("action.delete"), e -> act(() -> plan.removeItem(i.id()), Map.of()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("action.delete") + ": " + i.title());
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        List<ItemRow> rows = plan.items(projectId);
        items.setItems(rows);
        add(rows.isEmpty() ? new Paragraph(getTranslation("evaluation.noPlan")) : items);
        if (definer) {
            add(itemForm());
        }
        if (!rows.isEmpty()) {
            add(new H3(getTranslation("evaluation.matrixTitle")));
            matrix.removeAllColumns();
            matrix.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            matrix.setAllRowsVisible(true);
            matrix.addColumn(MatrixRow::organisation).setHeader(getTranslation("evaluation.organisation")).setFrozen(true)
                    .setAutoWidth(true);
            for (ItemRow item : rows) {
                matrix.addColumn(r -> {
                    Status s = r.byItem().get(item.id());
                    return s == null ? "" : getTranslation("evaluation.status." + s.name());
                }).setHeader(item.title()).setTextAlign(ColumnTextAlign.CENTER).setAutoWidth(true)
                        .setPartNameGenerator(r -> r.byItem().get(item.id()) == Status.LATE ? "due-late" : null);
            }
            matrix.addColumn(MatrixRow::late).setHeader(getTranslation("evaluation.lateInAll")).setTextAlign(ColumnTextAlign.END);
            matrix.setItems(plan.matrix(projectId));
            add(matrix);
        }
    }

    private Details itemForm() {
        kind.setLabel(getTranslation("evaluation.kind"));
        kind.setItems(CollectionKind.values());
        kind.setItemLabelGenerator(Formats::label);
        title.setLabel(getTranslation("evaluation.itemTitle"));
        fromWhom.setLabel(getTranslation("evaluation.fromWhom"));
        fromWhom.setPlaceholder(getTranslation("evaluation.fromWhomExample"));
        rhythm.setLabel(getTranslation("evaluation.rhythm"));
        rhythm.setItems(Rhythm.values());
        rhythm.setItemLabelGenerator(Formats::label);
        rhythm.setValue(Rhythm.ONCE);
        daysAfter.setLabel(getTranslation("evaluation.daysAfter"));
        daysAfter.setHelperText(getTranslation("evaluation.daysAfterHelp"));
        activity.setLabel(getTranslation("evaluation.inPlan"));
        activity.setClearButtonVisible(true);
        addItem.setText(getTranslation("evaluation.addItem"));
        addItem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addItem.addClickListener(e -> act(() -> {
            plan.addItem(projectId, new ItemInput(kind.getValue(), title.getValue(), fromWhom.getValue(), rhythm.getValue(),
                    firstDay.getValue(), daysAfter.getValue(), activity.getValue() == null ? null : activity.getValue().id()));
            title.clear();
            fromWhom.clear();
        }, Map.of("kind", kind, "title", title, "fromWhom", fromWhom, "rhythm", rhythm, "firstDay", firstDay,
                "daysAfter", daysAfter, "planActivity", activity)));
        var form = Forms.responsiveLayout();
        form.add(kind, title, fromWhom, rhythm, firstDay, daysAfter, activity);
        Details details = new Details(getTranslation("evaluation.newItem"), new Div(form, addItem));
        return details;
    }

    private void act(Runnable change, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            change.run();
            Forms.success(getTranslation("evaluation.planSaved"));
            refresh();
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, fields);
        }
    }
}
