package dk.modningsportal.maturation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.MaturationFixture;
import dk.modningsportal.ModuleListenersWithinTestTransaction;
import dk.modningsportal.SignIn;
import dk.modningsportal.TestClock;
import dk.modningsportal.TestWorld;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.maturation.BoardItem.ItemRef;
import dk.modningsportal.maturation.BoardItem.ItemType;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.security.UserAccount;
import java.time.Clock;
import java.time.LocalDate;
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
 * The maturation module booted with only the modules it uses (notes, trial actions, search, plan and what they use),
 * not the whole portal: a workshop's board, its themes and their standing hold on their own. Rolled back.
 */
// The search index maps comments and meetings' agenda items too: those modules come along for it.
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"comment", "meeting"})
@ActiveProfiles("test")
@TestPropertySource(properties = "portal.test.rolled-back=true")
@Import({TestWorld.class, TestClock.class, ModuleListenersWithinTestTransaction.class, MaturationFixture.class})
@Transactional
class MaturationModuleTest {

    @Autowired
    TestWorld world;

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopBoard board;

    @Autowired
    BoardThemes themes;

    @Autowired
    MaturationFixture fixture;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void items_placed_in_a_theme_count_by_organisation_and_only_the_projects_consultants_hold_the_workshop() {
        assertThat(context.containsBean("dashboardService")).as("dashboard not booted").isFalse();
        world.build();
        long noteA = fixture.note(this::signIn, world.memberA, world.workspaceA, "Aftalen forsvinder med kontaktpersonen",
                NoteKind.HINDERS, world.p1Cooperation).getId();
        long noteB = fixture.note(this::signIn, world.memberB, world.workspaceB, "Foreningen skifter formand hvert år",
                NoteKind.HINDERS, world.p1Cooperation).getId();

        signIn(world.consultantP1);
        long workshop = workshops.createWorkshop(world.p1.getId(), world.p1v2.getId(), "Modningsworkshop 2",
                LocalDate.now(clock)).id();
        long theme = themes.createTheme(workshop, "Aftaler med bestyrelsen").id();
        board.assignTheme(workshop, new ItemRef(ItemType.NOTE, noteA), theme);
        board.assignTheme(workshop, new ItemRef(ItemType.NOTE, noteB), theme);
        assertThat(themes.themes(workshop)).singleElement().satisfies(t -> {
            assertThat(t.itemCount()).isEqualTo(2);
            assertThat(t.organisationCount()).isEqualTo(2);
        });

        signIn(world.consultantP2);
        assertThatThrownBy(() -> themes.themes(workshop)).isInstanceOf(AccessRefusedException.class);
    }

    private void signIn(UserAccount account) {
        SignIn.as(users, account);
    }
}
