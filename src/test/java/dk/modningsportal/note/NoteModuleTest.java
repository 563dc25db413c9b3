package dk.modningsportal.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.ModuleListenersWithinTestTransaction;
import dk.modningsportal.SignIn;
import dk.modningsportal.TestClock;
import dk.modningsportal.TestWorld;
import dk.modningsportal.base.AccessRefusedException;
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
 * The note module booted with only the modules it uses (intervention, project, security, trial actions and what
 * they use in turn), not the whole portal: its rules hold on their own. Each test in a rolled-back transaction.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = "portal.test.rolled-back=true")
@Import({TestWorld.class, TestClock.class, ModuleListenersWithinTestTransaction.class})
@Transactional
class NoteModuleTest {

    @Autowired
    TestWorld world;

    @Autowired
    NoteService notes;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void boots_without_the_modules_notes_do_not_use() {
        assertThat(context.containsBean("workshopBoard")).as("maturation").isFalse();
        assertThat(context.containsBean("dashboardService")).as("dashboard").isFalse();
        assertThat(context.containsBean("meetingService")).as("meeting").isFalse();
        assertThat(context.containsBean("noteService")).isTrue();
    }

    @Test
    void a_team_keeps_its_notes_and_another_organisation_cannot_read_them() {
        world.build();
        signIn(world.memberA);
        long noteId = notes.capture(world.workspaceA.getId(), "Forældrene kom, da vi ringede dagen før",
                NoteKind.WORKS_WELL, null).getId();
        assertThat(notes.load(noteId).getSummary()).isEqualTo("Forældrene kom, da vi ringede dagen før");

        signIn(world.memberB);
        assertThatThrownBy(() -> notes.load(noteId)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> notes.capture(world.workspaceA.getId(), "Ikke vores", NoteKind.WORKS_WELL, null))
                .isInstanceOf(AccessRefusedException.class);
    }

    private void signIn(UserAccount account) {
        SignIn.as(users, account);
    }
}
