package dk.modningsportal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.evaluation.QuestionnaireService.QuestionnaireInput;
import dk.modningsportal.evaluation.QuestionnaireService.ResponseRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Questionnaires live in the evaluator's tool: the portal keeps the address, the period and the counts. */
class QuestionnaireServiceTest extends PortalTest {

    @Autowired
    QuestionnaireService questionnaires;

    private long parentsSurvey() {
        LocalDate today = LocalDate.now(clock);
        return questionnaires.define(world.p1.getId(), new QuestionnaireInput("Forældreskema, første måling",
                Respondents.PARENTS, "https://www.survey-xact.dk/LinkCollector?key=ABC123", today.minusDays(3),
                today.plusDays(30)));
    }

    @Test
    void the_evaluator_registers_a_questionnaire_and_each_organisation_sees_it_to_pass_on() {
        loginAs(world.evaluator);
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> questionnaires.define(world.p1.getId(), new QuestionnaireInput("Skema",
                Respondents.PARENTS, "survey-xact.dk/abc", today, today.minusDays(1))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.getFieldMessageKeys())
                        .containsEntry("address", "evaluation.addressInvalid")
                        .containsEntry("closesOn", "validation.endBeforeStart"));
        long id = parentsSurvey();

        loginAs(world.memberB);
        assertThat(questionnaires.toPassOn(world.workspaceB.getId())).extracting(QuestionnaireService.QuestionnaireRow::id)
                .containsExactly(id);
        assertThat(questionnaires.address(id)).startsWith("https://");
        assertThat(QrCodes.png(questionnaires.address(id))).as("a PNG image").startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        loginAs(world.memberC);
        assertThatThrownBy(() -> questionnaires.address(id)).as("another project's organisation")
                .isInstanceOf(AccessRefusedException.class);
        loginAs(world.projectLeaderA);
        assertThatThrownBy(this::parentsSurvey).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void the_evaluator_enters_response_counts_and_others_see_rates_with_small_counts_hidden() {
        loginAs(world.evaluator);
        long id = parentsSurvey();
        assertThatThrownBy(() -> questionnaires.recordResponses(id, world.workspaceA.getId(), 2, 3, null))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.getFieldMessageKeys())
                        .containsEntry("responses", "evaluation.moreAnswersThanAsked"));
        questionnaires.recordResponses(id, world.workspaceA.getId(), 10, 3, null);
        questionnaires.recordResponses(id, world.workspaceB.getId(), 20, 15, null);
        assertThatThrownBy(() -> questionnaires.recordResponses(id, world.workspaceC.getId(), 1, 1, null))
                .as("a workspace outside the project").isInstanceOf(AccessRefusedException.class);
        ResponseRow a = row(questionnaires.responses(world.p1.getId()), "Kommune A");
        assertThat(a.responses().text("–")).isEqualTo("3");
        assertThat(a.ratePercent()).isEqualTo(30);
        assertThatThrownBy(() -> questionnaires.recordResponses(id, world.workspaceA.getId(), 10, 4, null))
                .as("saved meanwhile by someone else").isInstanceOf(ConcurrentEditException.class);

        loginAs(world.projectLeaderA);
        assertThat(questionnaires.responses(world.p1.getId())).extracting(ResponseRow::organisation)
                .containsExactly("Kommune A");
        assertThat(row(questionnaires.responses(world.p1.getId()), "Kommune A").ratePercent()).isEqualTo(30);
        assertThatThrownBy(() -> questionnaires.recordResponses(id, world.workspaceA.getId(), 10, 4, a.version()))
                .as("only the evaluator enters counts").isInstanceOf(AccessRefusedException.class);

        loginAs(world.consultantP1);
        List<ResponseRow> all = questionnaires.responses(world.p1.getId());
        assertThat(row(all, "Kommune A").responses().text("–")).isEqualTo("< 5");
        assertThat(row(all, "Kommune A").ratePercent()).isNull();
        assertThat(row(all, "Kommune B").ratePercent()).isEqualTo(75);
    }

    private static ResponseRow row(List<ResponseRow> rows, String organisation) {
        return rows.stream().filter(r -> r.organisation().equals(organisation)).findFirst().orElseThrow();
    }
}
