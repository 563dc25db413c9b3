package dk.modningsportal.trialaction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.modningsportal.UserInput.enter;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.shell.ui.AccessRefusedView;
import dk.modningsportal.trialaction.AdaptationDecider;
import dk.modningsportal.trialaction.AdaptationPlanning;
import dk.modningsportal.trialaction.FidelityConsistency;
import dk.modningsportal.trialaction.TrialActionFilter;
import dk.modningsportal.trialaction.TrialActionInput;
import dk.modningsportal.trialaction.TrialActionRoutes;
import dk.modningsportal.trialaction.TrialActionService;
import dk.modningsportal.trialaction.TrialActionStatus;
import dk.modningsportal.trialaction.TrialDecision;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TrialActionViewsTest extends KaribuTest {

    @Autowired
    TrialActionService service;

    private TrialActionFormView openNewForm() {
        openAs(world.memberA, TrialActionRoutes.newTrialAction(world.workspaceA.getId()));
        return _get(TrialActionFormView.class);
    }

    private void fillPlan(TrialActionFormView form, String title) {
        enter(form.title, title);
        enter(form.goal, "At flere forældre deltager i fritidslivet");
        enter(form.plannedActivity, "Forældrecafé i klubhuset tre gange i efteråret");
        enter(form.startDate, LocalDate.of(2026, 9, 1));
        enter(form.endDate, LocalDate.of(2026, 11, 30));
        CoreElementRef cooperation = form.coreElements.getListDataView().getItems()
                .filter(c -> c.name().equals("Samarbejde")).findFirst().orElseThrow();
        enter(form.coreElements, Set.of(cooperation));
    }

    private long onlyTrialActionIdOfA() {
        return service.list(world.workspaceA.getId(), TrialActionFilter.none(),
                org.springframework.data.domain.PageRequest.of(0, 5)).get(0).id();
    }

    @Test
    void team_member_creates_a_trial_action_and_sees_it_in_the_list() {
        TrialActionFormView form = openNewForm();
        assertThat(form.interventionVersion.getValue().label()).isEqualTo("2.0");
        assertThat(form.responsible.getValue().displayName()).isEqualTo("Anna A");
        fillPlan(form, "Forældrecafé i klubhuset");
        _click(form.save);

        expectNotifications("Prøvehandlingen \"Forældrecafé i klubhuset\" er gemt.");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(TrialActionRoutes.trialAction(onlyTrialActionIdOfA()));

        UI.getCurrent().navigate(TrialActionRoutes.trialActions(world.workspaceA.getId()));
        TrialActionListView list = _get(TrialActionListView.class);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(list.grid, 0)).contains("Forældrecafé i klubhuset", "Anna A", "2.0");
    }

    @Test
    void saving_after_the_form_was_entered_again_saves_once() {
        TrialActionFormView form = openNewForm();
        fillPlan(form, "Forældrecafé i klubhuset");
        _click(form.save);
        expectNotifications("Prøvehandlingen \"Forældrecafé i klubhuset\" er gemt.");
        // After the create the view navigated to itself (the same view, entered again): save from there.
        long id = onlyTrialActionIdOfA();
        form = _get(TrialActionFormView.class);
        enter(form.title, "Forældrecafé i klubhuset – om eftermiddagen");
        _click(form.save);

        expectNotifications("Prøvehandlingen \"Forældrecafé i klubhuset – om eftermiddagen\" er gemt.");
        assertThat(service.load(id).getVersion()).as("one save, not one per visit").isEqualTo(1);
    }

    @Test
    void trial_action_moves_through_its_states_to_an_evaluation_with_a_recorded_adaptation() {
        TrialActionFormView form = openNewForm();
        fillPlan(form, "Prøvetræning med fritidsguide");
        _click(form.save);
        form = _get(TrialActionFormView.class);
        assertThat(form.evaluationSection.isVisible()).isFalse();
        assertThat(form.status.getListDataView().getItems())
                .containsExactly(TrialActionStatus.PLANNED, TrialActionStatus.IN_PROGRESS);

        enter(form.status, TrialActionStatus.IN_PROGRESS);
        _click(form.save);
        enter(form.status, TrialActionStatus.COMPLETED);
        assertThat(form.evaluationSection.isVisible()).isTrue();
        _click(form.save);

        assertThat(form.outcome.isRequiredIndicatorVisible()).as("not required before Evalueret").isFalse();
        enter(form.status, TrialActionStatus.EVALUATED);
        assertThat(List.of(form.outcome, form.learning, form.nextStep)).as("what Evalueret asks for is marked")
                .allMatch(TextArea::isRequiredIndicatorVisible);
        assertThat(form.decision.isRequiredIndicatorVisible()).isTrue();
        _click(form.save);
        _click(form.save);
        List<Notification> errors = _find(Notification.class).stream()
                .filter(n -> n.getElement().getThemeList().contains("error")).toList();
        assertThat(errors).as("one error notice, not one per attempt").hasSize(1);
        assertThat(errors.get(0).getPosition()).as("not over the form").isEqualTo(Notification.Position.BOTTOM_START);
        assertThat(form.outcome.isInvalid()).isTrue();
        assertThat(form.outcome.getErrorMessage()).isEqualTo("Udfyld feltet.");
        assertThat(service.load(onlyTrialActionIdOfA()).getStatus()).isEqualTo(TrialActionStatus.COMPLETED);

        enter(form.outcome, "Seks børn var med; fem fortsatte");
        enter(form.learning, "De første tre gange er afgørende");
        enter(form.nextStep, "Vi laver et 'om mig'-ark");
        enter(form.decision, TrialDecision.ADJUST);
        assertThat(form.adaptation.isVisible()).isTrue();
        enter(form.adaptation.planning, AdaptationPlanning.PLANNED);
        enter(form.adaptation.decidedBy, AdaptationDecider.IMPLEMENTATION_TEAM);
        enter(form.adaptation.what, "Træneren får barnets 'om mig'-ark før første træning");
        enter(form.adaptation.fidelity, FidelityConsistency.CONSISTENT);
        enter(form.adaptation.reason, "Trænerne manglede viden om barnet");
        _click(form.save);

        TrialActionInput stored = service.load(onlyTrialActionIdOfA());
        assertThat(stored.getStatus()).isEqualTo(TrialActionStatus.EVALUATED);
        assertThat(stored.getDecision()).isEqualTo(TrialDecision.ADJUST);
        assertThat(stored.getAdaptationReason()).isEqualTo("Trænerne manglede viden om barnet");
        assertThat(form.status.getListDataView().getItems())
                .containsExactly(TrialActionStatus.COMPLETED, TrialActionStatus.EVALUATED);
    }

    @Test
    void a_colleague_who_saved_first_is_named_with_what_they_changed_and_my_text_stays_in_the_form() {
        TrialActionFormView form = openNewForm();
        fillPlan(form, "Forældrecafé");
        _click(form.save);
        form = _get(TrialActionFormView.class);

        // Per changes the goal and the title in another browser meanwhile.
        loginAs(world.projectLeaderA);
        TrialActionInput theirs = service.load(onlyTrialActionIdOfA());
        theirs.setTitle("Forældrecafé i hallen");
        theirs.setGoal("Flere fædre deltager");
        service.update(theirs);
        loginAs(world.memberA);

        enter(form.involved, "Klubbens formand");
        _click(form.save);
        // (Karibu lists the dialog twice, its overlay included.)
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog = com.github.mvysny.kaributesting.v10.LocatorJ
                ._find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).get(0);
        assertThat(dialog.getElement().getProperty("message"))
                .contains("Per A gemte en ændring").contains("Ændret: Titel, Mål.");
        assertThat(form.involved.getValue()).isEqualTo("Klubbens formand");
        assertThat(service.load(onlyTrialActionIdOfA()).getInvolved()).as("nothing overwritten").isNull();
    }

    @Test
    void missing_fields_and_an_end_before_the_start_show_danish_messages_in_the_form() {
        TrialActionFormView form = openNewForm();
        _click(form.save);
        expectNotifications("Ret de markerede felter. Intet af det, du har skrevet, er gået tabt.");
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Udfyld feltet.");
        assertThat(form.coreElements.getErrorMessage()).isEqualTo("Vælg mindst ét kerneelement.");

        fillPlan(form, "Kort titel");
        enter(form.endDate, LocalDate.of(2026, 8, 1));
        _click(form.save);
        assertThat(form.endDate.isInvalid()).isTrue();
        assertThat(form.endDate.getErrorMessage()).isEqualTo("Slutdatoen kan ikke ligge før startdatoen.");
        assertThat(service.count(world.workspaceA.getId(), TrialActionFilter.none())).isZero();
    }

    @Test
    void a_title_longer_than_the_field_allows_is_refused_with_words_that_name_the_limit_and_stays_in_the_form() {
        TrialActionFormView form = openNewForm();
        fillPlan(form, "x".repeat(201));
        _click(form.save);

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Teksten er for lang (højst 200 tegn).");
        assertThat(form.title.getValue()).hasSize(201);
        assertThat(service.count(world.workspaceA.getId(), TrialActionFilter.none())).isZero();
    }

    @Test
    void a_cpr_number_in_free_text_is_refused_and_everything_typed_stays_in_the_form() {
        TrialActionFormView form = openNewForm();
        fillPlan(form, "Samtaler med familier");
        String goalWithCpr = "Familien til barnet 020318-4411 skal med";
        enter(form.goal, goalWithCpr);
        _click(form.save);

        assertThat(form.goal.isInvalid()).isTrue();
        assertThat(form.goal.getErrorMessage()).contains("CPR-nummer", "personoplysninger hører ikke hjemme i portalen");
        assertThat(form.goal.getValue()).isEqualTo(goalWithCpr);
        assertThat(form.title.getValue()).isEqualTo("Samtaler med familier");
        assertThat(service.count(world.workspaceA.getId(), TrialActionFilter.none())).isZero();
    }

    @Test
    void member_of_another_organisation_opening_the_trial_actions_address_is_refused() {
        TrialActionFormView form = openNewForm();
        fillPlan(form, "Kun for kommune A");
        _click(form.save);
        long id = onlyTrialActionIdOfA();

        openAs(world.memberB, TrialActionRoutes.trialAction(id));
        _get(AccessRefusedView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Du har ikke adgang til denne prøvehandling. Den tilhører en anden organisation, eller den findes ikke.")))
                .isNotNull();

        openAs(world.memberB, TrialActionRoutes.trialActions(world.workspaceA.getId()));
        _get(AccessRefusedView.class);
    }

    @Test
    void consultant_sees_the_trial_action_read_only() {
        TrialActionFormView form = openNewForm();
        fillPlan(form, "Synlig for konsulenten");
        _click(form.save);
        long id = onlyTrialActionIdOfA();

        openAs(world.consultantP1, TrialActionRoutes.trialAction(id));
        TrialActionFormView consultantView = _get(TrialActionFormView.class);
        assertThat(consultantView.title.getValue()).isEqualTo("Synlig for konsulenten");
        assertThat(consultantView.title.isReadOnly()).isTrue();
        assertThat(consultantView.save.isVisible()).isFalse();
        assertThat(consultantView.delete.isVisible()).isFalse();
    }
}
