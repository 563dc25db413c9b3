package dk.modningsportal.maturation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.MaturationFixture;
import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.intervention.InterventionCatalog.CoreElementRef;
import dk.modningsportal.intervention.InterventionCatalog.VersionRef;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.intervention.VersionComparison.Change;
import dk.modningsportal.intervention.VersionComparison.ElementDiff;
import dk.modningsportal.intervention.VersionComparison;
import dk.modningsportal.intervention.VersionStatus;
import dk.modningsportal.maturation.BoardItem.ItemType;
import dk.modningsportal.maturation.BoardThemes.ThemeRow;
import dk.modningsportal.maturation.ChangeLog.ChangeEntry;
import dk.modningsportal.maturation.MaturationDecisions.DecisionInput;
import dk.modningsportal.maturation.WorkshopService.WorkshopInfo;
import dk.modningsportal.note.NoteInput;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.plan.PlanActivities;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.plan.PlanTemplate;
import dk.modningsportal.project.ProjectAdministration;
import dk.modningsportal.project.ProjectPhases;
import dk.modningsportal.security.UserAccount;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MaturationWorkshopsTest extends PortalTest {

    @Autowired
    dk.modningsportal.plan.PlanService plans;

    @Autowired
    WorkshopService workshopService;

    @Autowired
    BoardThemes boardThemes;

    @Autowired
    WorkshopBoard workshopBoard;
    @Autowired
    dk.modningsportal.maturation.MaturationDecisions decisions;
    @Autowired
    dk.modningsportal.maturation.VersionPublishing publishing;
    @Autowired
    ChangeLog changeLog;
    @Autowired
    FinalVersionDocument finalDocument;
    @Autowired
    ProjectAdministration projectAdministration;
    @Autowired
    ProjectPhases projectPhases;
    @Autowired
    dk.modningsportal.note.NoteService notes;
    @Autowired
    InterventionCatalog catalog;
    @Autowired
    VersionComparison comparison;
    @Autowired
    MaturationFixture fixture;

    private NoteInput noteOfA;
    private NoteInput noteOfB;

    private void writeRoundTwo() {
        noteOfA = fixture.note(this::loginAs, world.memberA, world.workspaceA, "Aftalen forsvinder med kontaktpersonen",
                NoteKind.HINDERS, world.p1Cooperation);
        noteOfB = fixture.note(this::loginAs, world.memberB, world.workspaceB, "Bestyrelsen bør skrive under",
                NoteKind.CHANGE_PROPOSAL, world.p1Cooperation);
        fixture.note(this::loginAs, world.memberB, world.workspaceB, "Skolerne inviterer familierne",
                NoteKind.WORKS_WELL, world.p1Recruitment);
        fixture.evaluatedTrialAction(this::loginAs, world.memberA, world.workspaceA, "Samarbejdsaftale", world.p1Cooperation);
    }

    private WorkshopInfo workshopOnRoundTwo() {
        loginAs(world.consultantP1);
        return workshopService.createWorkshop(world.p1.getId(), world.p1v2.getId(), "Modningsworkshop 2", LocalDate.now(clock));
    }

    @Test
    void only_consultants_serving_the_project_prepare_decide_and_publish() {
        for (UserAccount outsider : List.of(world.memberA, world.leaderA, world.consultantP2, world.evaluator,
                world.nationalLeader)) {
            loginAs(outsider);
            assertThatThrownBy(() -> workshopService.createWorkshop(world.p1.getId(), world.p1v2.getId(), "W", LocalDate.now(clock)))
                    .as(outsider.getUsername()).isInstanceOf(AccessRefusedException.class);
        }
        WorkshopInfo workshop = workshopOnRoundTwo();
        assertThat(workshop.draft().label()).isEqualTo("3.0");
        ThemeRow theme = boardThemes.createTheme(workshop.id(), "Tema");

        for (UserAccount outsider : List.of(world.memberA, world.consultantP2)) {
            loginAs(outsider);
            assertThatThrownBy(() -> workshopBoard.board(workshop.id(), BoardFilter.ofRound(world.p1v2.getId())))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> decisions.decide(theme.id(), new DecisionInput(DecisionKind.NO_CHANGE, null, null,
                    null, "Nej"))).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> publishing.publish(world.p1.getId(), workshop.draft().id()))
                    .isInstanceOf(AccessRefusedException.class);
        }
    }

    @Test
    void board_gathers_the_rounds_notes_and_evaluated_trial_actions_from_every_organisation_with_counts() {
        writeRoundTwo();
        WorkshopInfo workshop = workshopOnRoundTwo();
        long round = world.p1v2.getId();

        List<BoardItem> all = workshopBoard.board(workshop.id(), BoardFilter.ofRound(round));
        assertThat(all).hasSize(4);
        assertThat(all).filteredOn(i -> i.ref().type() == ItemType.TRIAL_ACTION).singleElement()
                .satisfies(i -> assertThat(i.detail()).isEqualTo("Læring fra Samarbejdsaftale"));
        assertThat(workshopBoard.board(workshop.id(),
                new BoardFilter(round, world.orgB.getId(), null, null, false, false))).hasSize(2);
        assertThat(workshopBoard.board(workshop.id(), new BoardFilter(round, null, NoteKind.HINDERS, null, false, false)))
                .extracting(BoardItem::text).containsExactly("Aftalen forsvinder med kontaktpersonen");
        assertThat(workshopBoard.board(workshop.id(), new BoardFilter(round, null, null, null, true, false)))
                .extracting(BoardItem::text).containsExactly("Samarbejdsaftale");
        assertThat(workshopBoard.board(workshop.id(), BoardFilter.ofRound(world.p1v1.getId()))).isEmpty();

        Map<Long, Map<Long, Long>> counts = workshopBoard.counts(workshop.id());
        assertThat(counts.get(world.p1Cooperation.getId()))
                .containsEntry(world.orgA.getId(), 2L).containsEntry(world.orgB.getId(), 1L);
        assertThat(counts.get(world.p1Recruitment.getId())).containsEntry(world.orgB.getId(), 1L);
    }

    @Test
    void the_board_reads_a_core_elements_items_page_by_page_newest_first_as_the_whole_list_has_them() {
        writeRoundTwo();
        fixture.note(this::loginAs, world.memberA, world.workspaceA, "Uden kerneelement", NoteKind.WORKS_WELL, null);
        WorkshopInfo workshop = workshopOnRoundTwo();
        BoardFilter round = BoardFilter.ofRound(world.p1v2.getId());
        List<BoardItem> all = workshopBoard.board(workshop.id(), round);
        long cooperation = world.p1Cooperation.getId();
        List<BoardItem> underCooperation = all.stream().filter(i -> i.coreElementIds().contains(cooperation)).toList();

        assertThat(workshopBoard.boardCounts(workshop.id(), round)).containsEntry(cooperation, 3L)
                .containsEntry(world.p1Recruitment.getId(), 1L).containsEntry(null, 1L);
        List<BoardItem> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < 3; offset++) {
            paged.addAll(workshopBoard.boardPage(workshop.id(), round, cooperation, offset, 1));
        }
        assertThat(paged).isEqualTo(underCooperation);
        assertThat(workshopBoard.boardPage(workshop.id(), round, cooperation, 1, 5)).isEqualTo(underCooperation.subList(1, 3));
        assertThat(workshopBoard.boardPage(workshop.id(), round, null, 0, 5)).extracting(BoardItem::text)
                .containsExactly("Uden kerneelement");
        assertThat(workshopBoard.boardPage(workshop.id(), new BoardFilter(world.p1v2.getId(), null, null, null, true, false),
                cooperation, 0, 5)).extracting(BoardItem::text).containsExactly("Samarbejdsaftale");

        loginAs(world.memberA);
        assertThatThrownBy(() -> workshopBoard.boardPage(workshop.id(), round, cooperation, 0, 5))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void decisions_fill_the_draft_which_publishing_puts_in_trial_while_the_previous_version_closes() {
        writeRoundTwo();
        WorkshopInfo workshop = workshopOnRoundTwo();
        long draft = workshop.draft().id();
        ThemeRow theme = boardThemes.createTheme(workshop.id(), "Aftaler med bestyrelsen");
        decisions.decide(theme.id(), new DecisionInput(DecisionKind.CHANGE_ELEMENT, world.p1Cooperation.getId(), null,
                "Skriftlig aftale med bestyrelsen", "Kontaktpersoner skifter"));
        decisions.decide(theme.id(), new DecisionInput(DecisionKind.ADD_ELEMENT, null, "Forældreinddragelse",
                "Forældrene er med fra start", "Børnene bliver, når forældrene er med"));
        decisions.decide(theme.id(), new DecisionInput(DecisionKind.REMOVE_ELEMENT, world.p1Recruitment.getId(), null,
                null, "Indgår nu i samarbejdet"));
        assertThatThrownBy(() -> decisions.decide(theme.id(), new DecisionInput(DecisionKind.CHANGE_ELEMENT,
                world.p1Cooperation.getId(), null, "Tekst", ""))).isInstanceOf(ValidationFailedException.class);

        List<ElementDiff> diff = comparison.compare(world.workspaceA.getId(), world.p1v2.getId(), draft).elements();
        assertThat(diff).extracting(ElementDiff::name, ElementDiff::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Samarbejde", Change.CHANGED),
                org.assertj.core.groups.Tuple.tuple("Rekruttering", Change.REMOVED),
                org.assertj.core.groups.Tuple.tuple("Forældreinddragelse", Change.ADDED));
        assertThat(diff.get(0).newText()).isEqualTo("Skriftlig aftale med bestyrelsen");

        loginAs(world.memberA);
        assertThat(catalog.currentVersion(world.workspaceA.getId())).map(VersionRef::label).contains("2.0");

        loginAs(world.consultantP1);
        publishing.publish(world.p1.getId(), draft);
        assertThatThrownBy(() -> publishing.publish(world.p1.getId(), draft)).isInstanceOf(ValidationFailedException.class);

        loginAs(world.memberA);
        assertThat(catalog.currentVersion(world.workspaceA.getId())).map(VersionRef::label).contains("3.0");
        assertThat(catalog.versions(world.workspaceA.getId())).extracting(VersionRef::label, VersionRef::status)
                .contains(org.assertj.core.groups.Tuple.tuple("2.0", VersionStatus.CLOSED));
        assertThat(catalog.currentCoreElements(world.workspaceA.getId())).extracting(CoreElementRef::name)
                .containsExactly("Samarbejde", "Forældreinddragelse");
    }

    @Test
    void a_team_sees_what_changed_with_its_own_notes_named_and_only_a_count_of_others() {
        writeRoundTwo();
        WorkshopInfo workshop = workshopOnRoundTwo();
        ThemeRow theme = boardThemes.createTheme(workshop.id(), "Aftaler med bestyrelsen");
        workshopBoard.assignTheme(workshop.id(), new BoardItem.ItemRef(ItemType.NOTE, noteOfA.getId()), theme.id());
        workshopBoard.assignTheme(workshop.id(), new BoardItem.ItemRef(ItemType.NOTE, noteOfB.getId()), theme.id());
        decisions.decide(theme.id(), new DecisionInput(DecisionKind.CHANGE_ELEMENT, world.p1Cooperation.getId(), null,
                "Skriftlig aftale med bestyrelsen", "Kontaktpersoner skifter"));
        long draft = workshop.draft().id();

        loginAs(world.memberA);
        assertThatThrownBy(() -> changeLog.changes(world.workspaceA.getId(), draft))
                .as("a draft is the consultants' until published").isInstanceOf(AccessRefusedException.class);
        assertThat(catalog.comparableVersions(world.workspaceA.getId())).extracting(VersionRef::label)
                .doesNotContain("3.0");
        assertThat(changeLog.motivatedByNote(noteOfA.getId())).as("unpublished decisions stay hidden").isEmpty();

        loginAs(world.consultantP1);
        publishing.publish(world.p1.getId(), draft);

        loginAs(world.memberA);
        List<ChangeEntry> entries = changeLog.changes(world.workspaceA.getId(), draft).entries();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.reason()).isEqualTo("Kontaktpersoner skifter");
            assertThat(entry.ownContributions()).extracting(ChangeLog.Contribution::text)
                    .containsExactly("Aftalen forsvinder med kontaktpersonen");
            assertThat(entry.otherContributions()).isEqualTo(1);
        });
        assertThat(changeLog.motivatedByNote(noteOfA.getId())).singleElement()
                .satisfies(ref -> assertThat(ref.versionLabel()).isEqualTo("3.0"));
        assertThat(changeLog.recentlyPublished(world.workspaceA.getId())).map(VersionRef::label).contains("3.0");
        assertThatThrownBy(() -> changeLog.motivatedByNote(noteOfB.getId())).isInstanceOf(AccessRefusedException.class);

        loginAs(world.memberB);
        assertThat(changeLog.changes(world.workspaceB.getId(), draft).entries().get(0).ownContributions())
                .extracting(ChangeLog.Contribution::text).containsExactly("Bestyrelsen bør skrive under");
    }

    @Test
    void after_the_workshop_a_team_sees_each_theme_with_its_counts_and_decisions_and_only_what_others_shared() {
        writeRoundTwo();
        NoteInput sharedOfB = fixture.note(this::loginAs, world.memberB, world.workspaceB,
                "Formanden skriver under på mødet", NoteKind.WORKS_WELL, world.p1Cooperation);
        notes.share(sharedOfB.getId(), true);
        WorkshopInfo workshop = workshopOnRoundTwo();
        ThemeRow decided = boardThemes.createTheme(workshop.id(), "Aftaler med bestyrelsen");
        ThemeRow open = boardThemes.createTheme(workshop.id(), "Skolerne som indgang");
        for (long note : List.of(noteOfA.getId(), noteOfB.getId(), sharedOfB.getId())) {
            workshopBoard.assignTheme(workshop.id(), new BoardItem.ItemRef(ItemType.NOTE, note), decided.id());
        }
        decisions.decide(decided.id(), new DecisionInput(DecisionKind.CHANGE_ELEMENT, world.p1Cooperation.getId(), null,
                "Skriftlig aftale med bestyrelsen", "Kontaktpersoner skifter"));
        long draft = workshop.draft().id();
        publishing.publish(world.p1.getId(), draft);

        loginAs(world.memberA);
        var summaries = changeLog.workshops(world.workspaceA.getId(), draft);
        assertThat(summaries).singleElement().satisfies(summary -> {
            assertThat(summary.title()).isEqualTo("Modningsworkshop 2");
            assertThat(summary.themes()).extracting(ChangeLog.ThemeSummary::title)
                    .containsExactly("Aftaler med bestyrelsen", "Skolerne som indgang");
            var first = summary.themes().get(0);
            assertThat(first.notes()).isEqualTo(3);
            assertThat(first.organisations()).isEqualTo(2);
            assertThat(first.decisions()).containsExactly(DecisionKind.CHANGE_ELEMENT);
            assertThat(first.own()).extracting(ChangeLog.Contribution::text)
                    .containsExactly("Aftalen forsvinder med kontaktpersonen");
            assertThat(first.sharedByOthers()).extracting(ChangeLog.SharedContribution::text, ChangeLog.SharedContribution::organisationName)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Formanden skriver under på mødet", "Kommune B"));
            assertThat(first.unsharedOthers()).as("Bestyrelsen bør skrive under is B's own").isEqualTo(1);
            assertThat(summary.themes().get(1).decisions()).isEmpty();
        });
        loginAs(world.memberC);
        assertThatThrownBy(() -> changeLog.workshops(world.workspaceA.getId(), draft))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void the_last_rounds_draft_published_as_final_opens_no_new_round_moves_the_project_on_and_reads_as_one_document()
            throws Exception {
        LocalDate today = LocalDate.now(clock);
        loginAs(world.consultantP1);
        projectPhases.replacePhases(world.p1.getId(), List.of(
                new ProjectAdministration.PhaseInput("Forandring", today.minusMonths(6), today.plusMonths(2)),
                new ProjectAdministration.PhaseInput("Forankring", today.plusMonths(2).plusDays(1), today.plusMonths(12))));
        // An activity of the plan in the phase under way: it keeps pointing at its phase.
        plans.save(world.p1.getId(), new dk.modningsportal.plan.PlanService.ActivityInput(null, 0,
                dk.modningsportal.plan.PlanActivityKind.DIALOGUE_MEETING, "Dialogmøde", false, null, today.plusMonths(1),
                dk.modningsportal.plan.Timing.DAY, null, dk.modningsportal.plan.Venue.VIRTUAL, null,
                java.util.EnumSet.of(dk.modningsportal.plan.ParticipantGroup.PROJECT_LEADERS), "Status", List.of()));
        writeRoundTwo();
        WorkshopInfo workshop = workshopOnRoundTwo();
        ThemeRow theme = boardThemes.createTheme(workshop.id(), "Aftaler med bestyrelsen");
        workshopBoard.assignTheme(workshop.id(), new BoardItem.ItemRef(ItemType.NOTE, noteOfA.getId()), theme.id());
        decisions.decide(theme.id(), new DecisionInput(DecisionKind.CHANGE_ELEMENT, world.p1Cooperation.getId(), null,
                "Skriftlig aftale med bestyrelsen", "Kontaktpersoner skifter"));
        long draft = workshop.draft().id();
        publishing.publish(world.p1.getId(), draft, true);

        assertThatThrownBy(() -> workshopService.createWorkshop(world.p1.getId(), draft, "Modningsworkshop 3", today))
                .as("no new round from the final version").isInstanceOf(ValidationFailedException.class);
        assertThat(projectAdministration.project(world.p1.getId()).phases())
                .extracting(ProjectAdministration.PhaseInput::name, ProjectAdministration.PhaseInput::start,
                        ProjectAdministration.PhaseInput::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Forandring", today.minusMonths(6), today.minusDays(1)),
                        org.assertj.core.groups.Tuple.tuple("Forankring", today, today.plusMonths(12)));

        loginAs(world.memberA);
        assertThat(catalog.currentVersion(world.workspaceA.getId())).hasValueSatisfying(v -> {
            assertThat(v.label()).isEqualTo("3.0");
            assertThat(v.finalVersion()).isTrue();
        });
        String document = dk.modningsportal.PdfText.of(finalDocument.pdf(world.workspaceA.getId(), Locale.of("da", "DK")));
        assertThat(document).contains("Indsats Et – endelig version 3.0", "Kerneelementer", "Ændringshistorik",
                "Version 1.0", "Den første version", "Version 3.0", "Kerneelement ændret: Samarbejde – Kontaktpersoner skifter");
        loginAs(world.memberC);
        assertThatThrownBy(() -> finalDocument.pdf(world.workspaceA.getId(), Locale.of("da", "DK")))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void a_theme_without_decisions_can_be_deleted_and_its_items_stay_taken_but_one_with_a_decision_stays() {
        writeRoundTwo();
        WorkshopInfo workshop = workshopOnRoundTwo();
        ThemeRow spare = boardThemes.createTheme(workshop.id(), "Et tema for meget");
        BoardItem.ItemRef note = new BoardItem.ItemRef(ItemType.NOTE, noteOfA.getId());
        workshopBoard.assignTheme(workshop.id(), note, spare.id());
        boardThemes.deleteTheme(spare.id(), spare.version());
        assertThat(boardThemes.themes(workshop.id())).isEmpty();
        assertThat(workshopBoard.board(workshop.id(), BoardFilter.ofRound(world.p1v2.getId())))
                .filteredOn(i -> i.ref().equals(note)).singleElement()
                .satisfies(i -> assertThat(i.taken()).isTrue()).satisfies(i -> assertThat(i.themeId()).isNull());

        ThemeRow decided = boardThemes.createTheme(workshop.id(), "Aftaler med bestyrelsen");
        decisions.decide(decided.id(), new DecisionInput(DecisionKind.NO_CHANGE, null, null, null, "Vi venter"));
        ThemeRow stored = boardThemes.themes(workshop.id()).get(0);
        assertThatThrownBy(() -> boardThemes.deleteTheme(stored.id(), stored.version()))
                .isInstanceOf(ValidationFailedException.class);
        loginAs(world.memberA);
        assertThatThrownBy(() -> boardThemes.deleteTheme(stored.id(), stored.version()))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void a_workshop_held_on_the_plans_day_moves_with_the_plan_and_a_matured_rounds_workshop_drafts_nothing() {
        loginAs(world.consultantP1);
        plans.applyTemplate(world.p1.getId(), PlanTemplate.THREE_VERSIONS, LocalDate.now(clock).minusMonths(17));
        PlanActivities.PlannedWorkshop second = workshopService.unpreparedWorkshops(world.p1.getId()).stream()
                .filter(p -> p.title().equals("Modningsworkshop 2")).findFirst().orElseThrow();
        WorkshopInfo workshop = workshopService.createWorkshopFromPlan(world.p1.getId(), world.p1v2.getId(), second.activityId());
        assertThat(workshop.heldOn()).isEqualTo(second.startsOn());
        assertThat(workshop.title()).isEqualTo("Modningsworkshop 2");
        assertThat(workshopService.unpreparedWorkshops(world.p1.getId())).extracting(PlanActivities.PlannedWorkshop::title)
                .doesNotContain("Modningsworkshop 2");

        // The plan moves the day: the workshop, its board and the dashboard follow.
        PlanService.ActivityRow row = plans.plan(world.p1.getId()).activities().stream()
                .filter(a -> a.id() == second.activityId()).findFirst().orElseThrow();
        LocalDate moved = second.startsOn().plusDays(9);
        plans.save(world.p1.getId(), new PlanService.ActivityInput(row.id(), row.version(), row.kind(), row.title(),
                row.local(), row.organisationId(), moved, dk.modningsportal.plan.Timing.DAY, row.duration(), row.venue(), row.location(),
                row.participants(), row.purpose(), row.criteria().stream().map(PlanService.CriterionRow::text).toList()));
        assertThat(workshopService.workshop(workshop.id()).heldOn()).isEqualTo(moved);

        // A workshop on round 1.0, which already led to 2.0 (in trial), writes no draft: 2.0 is what it led to.
        WorkshopInfo looking = workshopService.createWorkshop(world.p1.getId(), world.p1v1.getId(), "Tilbageblik",
                LocalDate.now(clock));
        assertThat(looking.draft()).isNull();
        assertThat(looking.ledTo().label()).isEqualTo("2.0");
        assertThat(workshop.draft().label()).isEqualTo("3.0");
    }
}
