package dk.modningsportal.trialaction;

import static org.assertj.core.api.Assertions.assertThat;

import dk.modningsportal.MaturationFixture;
import dk.modningsportal.TestWorld;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.security.UserAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many people save the same trial action at the same moment, each from the version they loaded: every
 * save is either stored or refused as a conflict, and what is stored is exactly the one stored save.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:concurrent-edits-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
class ConcurrentEditsTest {

    private static final int EDITORS = 8;

    @Autowired
    TestWorld world;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TrialActionService trialActions;
    @Autowired
    MaturationFixture fixture;
    @Autowired
    UserDetailsService users;

    private void loginAs(UserAccount account) {
        dk.modningsportal.SignIn.as(users, account);
    }

    @Test
    void parallel_saves_of_one_trial_action_are_stored_or_refused_never_lost() throws Exception {
        transaction.executeWithoutResult(status -> world.build());
        long id = fixture.evaluatedTrialAction(this::loginAs, world.memberA, world.workspaceA, "Udgangspunkt",
                world.p1Cooperation).getId();

        // Every editor has loaded the same version before anyone saves; otherwise a late loader would load the
        // winner's version and store a second save legitimately.
        CountDownLatch loaded = new CountDownLatch(EDITORS);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        List<Future<String>> saves = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            String title = "Version fra redaktør " + i;
            saves.add(pool.submit(() -> {
                loginAs(world.memberA);
                TrialActionInput input = trialActions.load(id);
                input.setTitle(title);
                loaded.countDown();
                start.await();
                try {
                    trialActions.update(input);
                    return title;
                } catch (ConcurrentEditException conflict) {
                    return null;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        assertThat(loaded.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        start.countDown();
        List<String> stored = new ArrayList<>();
        for (Future<String> save : saves) {
            String title = save.get();
            if (title != null) {
                stored.add(title);
            }
        }
        pool.shutdown();

        assertThat(stored).as("all loaded the same version, so exactly one may win").hasSize(1);
        loginAs(world.memberA);
        TrialActionInput now = trialActions.load(id);
        assertThat(now.getTitle()).isEqualTo(stored.get(0));
        SecurityContextHolder.clearContext();
    }
}
