package dk.modningsportal.trialaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.ModuleListenersWithinTestTransaction;
import dk.modningsportal.SignIn;
import dk.modningsportal.TestClock;
import dk.modningsportal.TestWorld;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.security.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trial-action module booted with only the modules it uses, not the whole portal: plan, do, observe, decide,
 * and its access rules hold on their own. Each test in a rolled-back transaction.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = "portal.test.rolled-back=true")
@Import({TestWorld.class, TestClock.class, ModuleListenersWithinTestTransaction.class})
@Transactional
class TrialActionModuleTest {

    @Autowired
    TestWorld world;

    @Autowired
    TrialActionService trialActions;

    @Autowired
    java.time.Clock clock;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_evaluated_trial_action_needs_its_learning_and_stays_its_organisations() {
        assertThat(context.containsBean("workshopBoard")).as("maturation not booted").isFalse();
        world.build();
        signIn(world.memberA);
        TrialActionInput input = trialActions.emptyInput(world.workspaceA.getId());
        input.setTitle("Fast kontaktperson i foreningen");
        input.setGoal("Børnene har en voksen at gå til");
        input.setPlannedActivity("Foreningen udpeger en kontaktperson");
        input.setResponsible(new dk.modningsportal.security.UserDirectory.Person(world.memberA.getId(),
                world.memberA.getDisplayName(), world.memberA.getOrganisationId()));
        input.setStartDate(java.time.LocalDate.now(clock).minusWeeks(6));
        input.setEndDate(java.time.LocalDate.now(clock).minusWeeks(1));
        input.setCoreElements(java.util.Set.of(dk.modningsportal.MaturationFixture.ref(world.p1Cooperation)));
        input.setStatus(TrialActionStatus.IN_PROGRESS);
        TrialActionInput started = trialActions.create(world.workspaceA.getId(), input);
        started.setStatus(TrialActionStatus.COMPLETED);
        TrialActionInput completed = trialActions.update(started);
        completed.setStatus(TrialActionStatus.EVALUATED);
        completed.setOutcome("Det gik");
        completed.setDecision(TrialDecision.KEEP);
        completed.setNextStep("Fortsæt");
        assertThatThrownBy(() -> trialActions.update(completed)).as("evaluated without its learning")
                .isInstanceOf(ValidationFailedException.class);
        completed.setLearning("En fast voksen holder fast i barnet");
        TrialActionInput evaluated = trialActions.update(completed);
        assertThat(evaluated.getStatus()).isEqualTo(TrialActionStatus.EVALUATED);

        signIn(world.memberB);
        assertThatThrownBy(() -> trialActions.load(evaluated.getId())).isInstanceOf(AccessRefusedException.class);
    }

    private void signIn(UserAccount account) {
        SignIn.as(users, account);
    }
}
