package dk.modningsportal.evaluation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.ConflictDialog;
import dk.modningsportal.base.ui.DatePickers;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.evaluation.Questionnaire;
import dk.modningsportal.evaluation.QuestionnaireService;
import dk.modningsportal.evaluation.QuestionnaireService.QuestionnaireInput;
import dk.modningsportal.evaluation.QuestionnaireService.QuestionnaireRow;
import dk.modningsportal.evaluation.QuestionnaireService.ResponseRow;
import dk.modningsportal.evaluation.Measures;
import dk.modningsportal.evaluation.Respondents;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The project's questionnaires: their list and, for the evaluator, the form to register one; the response counts
 * per organisation, which the evaluator enters (how many were asked, how many answered).
 */
class QuestionnairesPanel extends Div {

    final Grid<QuestionnaireRow> grid = new Grid<>();
    final Grid<ResponseRow> responses = new Grid<>();
    final TextField title = new TextField();
    final Select<Respondents> respondents = new Select<>();
    final TextField address = new TextField();
    final DatePicker opensOn;
    final DatePicker closesOn;
    final Button add = new Button();
    private final QuestionnaireService questionnaires;
    private final long projectId;
    private final boolean evaluator;
    private Map<Long, String> titles = Map.of();

    QuestionnairesPanel(QuestionnaireService questionnaires, Measures registrations, long projectId,
            boolean evaluator) {
        this.questionnaires = questionnaires;
        this.projectId = projectId;
        this.evaluator = evaluator;
        opensOn = DatePickers.create(getTranslation("evaluation.opensOn"));
        closesOn = DatePickers.create(getTranslation("evaluation.closesOn"));
        addClassName("portal-section");
        add(new H3(getTranslation("evaluation.questionnairesTitle")),
                new Paragraph(getTranslation("evaluation.questionnairesIntro")));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(QuestionnaireRow::title).setHeader(getTranslation("evaluation.questionnaireTitle")).setFlexGrow(3);
        grid.addColumn(r -> Formats.label(r.respondents())).setHeader(getTranslation("evaluation.respondents"));
        grid.addColumn(r -> Formats.date(r.opensOn()) + " – " + Formats.date(r.closesOn()))
                .setHeader(getTranslation("evaluation.openPeriodHeader"));
        grid.addColumn(r -> getTranslation("evaluation.questionnaireState." + r.state().name()))
                .setHeader(getTranslation("evaluation.state"));
        add(grid);
        if (registrations.mayDefine(projectId)) {
            add(form());
        }
        add(new H3(getTranslation("evaluation.responsesTitle")));
        responses.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        responses.setAllRowsVisible(true);
        responses.addColumn(r -> titles.getOrDefault(r.questionnaireId(), "")).setHeader(getTranslation("evaluation.questionnaireTitle"))
                .setFlexGrow(2);
        responses.addColumn(ResponseRow::organisation).setHeader(getTranslation("evaluation.organisation")).setFlexGrow(2);
        responses.addColumn(r -> r.invited() == null ? "–" : String.valueOf(r.invited()))
                .setHeader(getTranslation("evaluation.invited")).setTextAlign(ColumnTextAlign.END);
        responses.addColumn(r -> r.responses().text("–")).setHeader(getTranslation("evaluation.responses"))
                .setTextAlign(ColumnTextAlign.END);
        responses.addColumn(r -> r.ratePercent() == null ? "–" : r.ratePercent() + " %")
                .setHeader(getTranslation("evaluation.responseRate")).setTextAlign(ColumnTextAlign.END);
        if (evaluator) {
            responses.addComponentColumn(this::enterButton).setAutoWidth(true).setFlexGrow(0);
        }
        add(responses);
        refresh();
    }

    private Details form() {
        title.setLabel(getTranslation("evaluation.questionnaireTitle"));
        Forms.limit(title, Questionnaire.TITLE_MAX);
        respondents.setLabel(getTranslation("evaluation.respondents"));
        respondents.setItems(Respondents.values());
        respondents.setItemLabelGenerator(Formats::label);
        address.setLabel(getTranslation("evaluation.address"));
        address.setHelperText(getTranslation("evaluation.addressHelp"));
        Forms.limit(address, Questionnaire.ADDRESS_MAX);
        add.setText(getTranslation("evaluation.addQuestionnaire"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            Map<String, HasValidation> fields = Map.of("title", title, "respondents", respondents, "address", address,
                    "opensOn", opensOn, "closesOn", closesOn);
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                questionnaires.define(projectId, new QuestionnaireInput(title.getValue(), respondents.getValue(),
                        address.getValue(), opensOn.getValue(), closesOn.getValue()));
                Forms.success(getTranslation("evaluation.questionnaireSaved", title.getValue()));
                title.clear();
                address.clear();
                refresh();
            } catch (ValidationFailedException invalid) {
                Forms.showServiceErrors(invalid, fields);
            }
        });
        var layout = Forms.responsiveLayout();
        layout.add(title, 2);
        layout.add(respondents, address, opensOn, closesOn);
        Details details = new Details(getTranslation("evaluation.newQuestionnaire"), new Div(layout, add));
        details.setOpened(true);
        return details;
    }

    private Button enterButton(ResponseRow row) {
        Button enter = new Button(getTranslation("evaluation.enterResponses"), e -> new ResponsesDialog(row).open());
        enter.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        enter.setAriaLabel(getTranslation("evaluation.enterResponses") + ": " + row.organisation());
        return enter;
    }

    void refresh() {
        List<QuestionnaireRow> rows = questionnaires.questionnaires(projectId);
        titles = rows.stream().collect(Collectors.toMap(QuestionnaireRow::id, QuestionnaireRow::title));
        grid.setItems(rows);
        responses.setItems(questionnaires.responses(projectId));
    }

    /** The evaluator's counts for one organisation and questionnaire. */
    class ResponsesDialog extends Dialog {

        final IntegerField invited = new IntegerField(getTranslation("evaluation.invited"));
        final IntegerField answered = new IntegerField(getTranslation("evaluation.responses"));
        final Button save = new Button(getTranslation("action.save"));

        ResponsesDialog(ResponseRow row) {
            setHeaderTitle(titles.getOrDefault(row.questionnaireId(), "") + " · " + row.organisation());
            invited.setValue(row.invited());
            invited.setHelperText(getTranslation("evaluation.invitedHelp"));
            answered.setValue(row.responses().value());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> store(row, row.version()));
            add(new Div(invited, answered));
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        }

        private void store(ResponseRow row, Long version) {
            invited.setInvalid(false);
            answered.setInvalid(false);
            try {
                questionnaires.recordResponses(row.questionnaireId(), row.workspaceId(), invited.getValue(),
                        answered.getValue(), version);
                Forms.success(getTranslation("evaluation.responsesSaved"));
                close();
                refresh();
            } catch (ValidationFailedException invalid) {
                Forms.showServiceErrors(invalid, Map.of("invited", invited, "responses", answered));
            } catch (ConcurrentEditException conflict) {
                ConflictDialog.show(conflict, () -> {
                    close();
                    refresh();
                }, () -> store(row, conflict.getCurrentVersion()));
            }
        }
    }
}
