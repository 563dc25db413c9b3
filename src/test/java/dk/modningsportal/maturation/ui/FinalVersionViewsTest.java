package dk.modningsportal.maturation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.MaturationFixture;
import dk.modningsportal.maturation.WorkshopService;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.plan.ParticipantGroup;
import dk.modningsportal.plan.PlanActivityKind;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.plan.Timing;
import dk.modningsportal.plan.Venue;
import dk.modningsportal.project.WorkspaceRoutes;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The last round: the draft published as the final version, what the workspaces then say, and the follow-up. */
class FinalVersionViewsTest extends KaribuTest {

    @Autowired
    WorkshopService workshopService;
    @Autowired
    PlanService plans;
    @Autowired
    MaturationFixture fixture;

    @Test
    void a_consultant_publishes_the_final_version_and_the_workspaces_say_it_and_offer_it_as_one_document() {
        fixture.note(this::loginAs, world.memberA, world.workspaceA, "Aftalen forsvinder med kontaktpersonen",
                NoteKind.HINDERS, world.p1Cooperation);
        loginAs(world.consultantP1);
        long workshopId = workshopService.createWorkshop(world.p1.getId(), world.p1v2.getId(), "Modningsworkshop 2",
                LocalDate.now(clock)).id();

        openAs(world.consultantP1, "maturation/workshop/" + workshopId);
        WorkshopBoardView board = _get(WorkshopBoardView.class);
        _click(board.publish);
        assertThat(_get(PublishDraftDialog.class).asFinal.getLabel()).isEqualTo("Offentliggør som endelig version");
        enter(_get(PublishDraftDialog.class).asFinal, true);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        MockVaadin.clientRoundtrip(false);
        expectNotifications("Version 3.0 er offentliggjort som indsatsens endelige version.");

        openAs(world.memberA, WorkspaceRoutes.overview(world.workspaceA.getId()));
        assertThat(_find(Span.class, spec -> spec.withClasses("portal-badge")))
                .extracting(Span::getText).contains("Endelig version 3.0");
        Anchor document = _get(Anchor.class, spec -> spec.withText("Hent den endelige version (Word)"));
        assertThat(document.getHref()).isNotBlank();
        _get(Anchor.class, spec -> spec.withText("Hent som PDF"));
    }

    @Test
    void the_plan_offers_the_follow_up_three_months_after_the_closing_meeting_and_adds_it() {
        loginAs(world.consultantP1);
        plans.save(world.p1.getId(), new PlanService.ActivityInput(null, 0, PlanActivityKind.CLOSING_WORKSHOP,
                "Afsluttende møde", false, null, LocalDate.now(clock).plusMonths(2), Timing.DAY, "1 dag",
                Venue.SOCIALSTYRELSEN_ODENSE, null, EnumSet.of(ParticipantGroup.PROJECT_LEADERS), "Gøre status", List.of()));

        openAs(world.consultantP1, "plan?project=" + world.p1.getId());
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class)).extracting(p -> p.getText())
                .anyMatch(text -> text.startsWith("Tre måneder efter det afsluttende møde følger projektet op"));
        _click(_get(Button.class, spec -> spec.withText("Tilføj opfølgningen til planen")));
        expectNotifications("Opfølgningen er tilføjet planen.");
        assertThat(_find(Button.class, spec -> spec.withText("Tilføj opfølgningen til planen"))).isEmpty();
    }
}
