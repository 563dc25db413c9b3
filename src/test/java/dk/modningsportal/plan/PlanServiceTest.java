package dk.modningsportal.plan;

import dk.modningsportal.base.DanishTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.plan.PlanService.ActivityInput;
import dk.modningsportal.plan.PlanService.ActivityRow;
import dk.modningsportal.plan.PlanService.PhaseRow;
import dk.modningsportal.plan.PlanService.Plan;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Templates, who plans what, who sees which local activities, moving, ticking off, and what is next. */
class PlanServiceTest extends PortalTest {

    @Autowired
    PlanService plans;

    private LocalDate start;

    @org.junit.jupiter.api.BeforeEach
    void startNextWeek() {
        start = LocalDate.now(clock).plusDays(7);
    }

    private static ActivityInput input(ActivityRow a, LocalDate startsOn, Timing timing) {
        return new ActivityInput(a.id(), a.version(), a.kind(), a.title(), a.local(), a.organisationId(), startsOn, timing,
                a.duration(), a.venue(), a.location(), a.participants(), a.purpose(),
                a.criteria().stream().map(PlanService.CriterionRow::text).toList());
    }

    private ActivityInput local(String title, Long organisationId) {
        return new ActivityInput(null, 0, PlanActivityKind.DIALOGUE_MEETING, title, true, organisationId,
                LocalDate.now(clock).plusMonths(1), Timing.DAY, "2 timer", Venue.AT_ORGANISATION, null,
                EnumSet.of(ParticipantGroup.PROJECT_LEADERS, ParticipantGroup.CONSULTANTS), "Status", List.of("Aftaler noteret"));
    }

    private static ActivityRow titled(Plan plan, String title) {
        return plan.activities().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void three_months_after_the_closing_meeting_the_plan_offers_its_consultants_a_follow_up_until_one_is_planned() {
        loginAs(world.consultantP1);
        assertThat(plans.followUpDue(world.p1.getId())).as("no closing meeting yet").isEmpty();
        LocalDate closing = LocalDate.now(clock).plusMonths(2);
        plans.save(world.p1.getId(), new ActivityInput(null, 0, PlanActivityKind.CLOSING_WORKSHOP, "Afsluttende møde",
                false, null, closing, Timing.DAY, "1 dag", Venue.SOCIALSTYRELSEN_ODENSE, null,
                EnumSet.of(ParticipantGroup.PROJECT_LEADERS), "Gøre status", List.of()));
        assertThat(plans.followUpDue(world.p1.getId())).contains(closing.plusMonths(3));
        loginAs(world.projectLeaderA);
        assertThat(plans.followUpDue(world.p1.getId())).as("offered to those who plan the project").isEmpty();

        loginAs(world.consultantP1);
        ActivityRow added = plans.addFollowUp(world.p1.getId(), "Opfølgning efter det afsluttende møde", "Følge op");
        assertThat(added.kind()).isEqualTo(PlanActivityKind.FOLLOW_UP_MEETING);
        assertThat(java.time.YearMonth.from(added.startsOn())).as("in its month").isEqualTo(
                java.time.YearMonth.from(closing.plusMonths(3)));
        assertThat(plans.followUpDue(world.p1.getId())).isEmpty();
        assertThatThrownBy(() -> plans.addFollowUp(world.p1.getId(), "Igen", "Igen"))
                .isInstanceOf(dk.modningsportal.base.ValidationFailedException.class);
    }

    @Test
    void a_consultant_lays_an_empty_plan_from_a_template_with_its_phases_and_only_once() {
        loginAs(world.memberA);
        assertThatThrownBy(() -> plans.applyTemplate(world.p1.getId(), PlanTemplate.START_FOUR_MONTHS_ANCHORING, start))
                .isInstanceOf(AccessRefusedException.class);

        loginAs(world.consultantP1);
        Plan plan = plans.applyTemplate(world.p1.getId(), PlanTemplate.START_FOUR_MONTHS_ANCHORING, start);
        assertThat(plan.phases()).extracting(PhaseRow::name).containsExactly("Opstart", "Forandring", "Forankring");
        assertThat(plan.activities()).hasSize(11);
        ActivityRow kickOff = titled(plan, "Opstartsmøde");
        assertThat(kickOff.startsOn()).isEqualTo(start.plusDays(14));
        assertThat(kickOff.local()).isFalse();
        assertThat(kickOff.phaseName()).isEqualTo("Opstart");
        assertThat(kickOff.criteria()).hasSize(2);
        assertThat(titled(plan, "Afsluttende møde").phaseName()).isEqualTo("Forankring");
        assertThatThrownBy(() -> plans.applyTemplate(world.p1.getId(), PlanTemplate.THREE_VERSIONS, start))
                .isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void the_three_version_template_has_three_rounds_maturation_workshops_and_a_monthly_network() {
        loginAs(world.consultantP1);
        Plan plan = plans.applyTemplate(world.p1.getId(), PlanTemplate.THREE_VERSIONS, start);
        assertThat(plan.activities()).filteredOn(a -> a.kind() == PlanActivityKind.TRIAL_ACTION_PERIOD).hasSize(3);
        assertThat(plan.activities()).filteredOn(a -> a.kind() == PlanActivityKind.MATURATION_WORKSHOP).hasSize(3);
        assertThat(plan.activities()).filteredOn(a -> a.kind() == PlanActivityKind.PROJECT_LEADER_NETWORK).hasSize(32);
    }

    @Test
    void an_organisation_sees_shared_activities_and_its_own_local_ones_but_not_another_organisations() {
        loginAs(world.consultantP1);
        plans.save(world.p1.getId(), local("Dialogmøde i Kommune B", world.orgB.getId()));
        plans.save(world.p1.getId(), local("Dialogmøde i hver kommune", null));

        loginAs(world.memberA);
        assertThat(plans.plan(world.p1.getId()).activities()).extracting(ActivityRow::title)
                .containsExactly("Dialogmøde i hver kommune");
        loginAs(world.memberB);
        assertThat(plans.plan(world.p1.getId()).activities()).extracting(ActivityRow::title)
                .containsExactlyInAnyOrder("Dialogmøde i Kommune B", "Dialogmøde i hver kommune");
        loginAs(world.memberC);
        assertThatThrownBy(() -> plans.plan(world.p1.getId())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void a_project_leader_plans_their_own_organisations_local_activities_only() {
        loginAs(world.consultantP1);
        ActivityRow shared = plans.save(world.p1.getId(), new ActivityInput(null, 0, PlanActivityKind.DEVELOPMENT_MEETING,
                "Udviklingsmøde", false, null, LocalDate.now(clock).plusMonths(2), Timing.MONTH, null,
                Venue.SOCIALSTYRELSEN_ODENSE, null, EnumSet.allOf(ParticipantGroup.class), null, List.of()));

        loginAs(world.projectLeaderA);
        ActivityRow own = plans.save(world.p1.getId(), local("Teammøde om prøvehandlinger", world.orgB.getId()));
        assertThat(own.organisationName()).as("always their own organisation").isEqualTo("Kommune A");
        assertThat(own.editable()).isTrue();
        assertThatThrownBy(() -> plans.save(world.p1.getId(), input(shared, LocalDate.now(clock), Timing.DAY)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> plans.tick(shared.criteria().isEmpty() ? -1 : shared.criteria().get(0).id(), true))
                .isInstanceOf(RuntimeException.class);

        loginAs(world.memberA);
        assertThatThrownBy(() -> plans.save(world.p1.getId(), local("Praktikerens møde", null)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void moving_an_activity_keeps_its_ticks_and_a_stale_move_is_refused() {
        loginAs(world.consultantP1);
        Plan plan = plans.applyTemplate(world.p1.getId(), PlanTemplate.START_FOUR_MONTHS_ANCHORING, start);
        ActivityRow kickOff = titled(plan, "Opstartsmøde");
        plans.tick(kickOff.criteria().get(0).id(), true);
        ActivityRow ticked = titled(plans.plan(world.p1.getId()), "Opstartsmøde");

        ActivityRow moved = plans.save(world.p1.getId(), input(ticked, start.plusDays(20), Timing.DAY));
        assertThat(moved.startsOn()).isEqualTo(start.plusDays(20));
        assertThat(moved.criteria().get(0).met()).isTrue();
        assertThat(moved.criteria().get(0).metBy()).isEqualTo("Konsulent Et");
        assertThatThrownBy(() -> plans.save(world.p1.getId(), input(ticked, start.plusDays(30), Timing.DAY)))
                .isInstanceOf(ConcurrentEditException.class);

        ActivityRow monthOnly = plans.save(world.p1.getId(), input(moved, start.plusDays(20), Timing.MONTH));
        assertThat(monthOnly.startsOn()).isEqualTo(start.plusDays(20).withDayOfMonth(1));
        assertThat(monthOnly.endsBy()).isEqualTo(start.plusDays(20).withDayOfMonth(1).plusMonths(1).minusDays(1));
    }

    @Test
    void what_is_next_for_an_organisation_comes_from_the_plan() {
        loginAs(world.consultantP1);
        plans.applyTemplate(world.p1.getId(), PlanTemplate.START_FOUR_MONTHS_ANCHORING, start);
        plans.save(world.p1.getId(), local("Dialogmøde i Kommune B", world.orgB.getId()));

        loginAs(world.memberA);
        List<ActivityRow> next = plans.upcoming(world.workspaceA.getId(), 3);
        assertThat(next.get(0).title()).isEqualTo("Forberedende møde");
        assertThat(next).extracting(ActivityRow::title).contains("Opstartsmøde");
        assertThat(next).extracting(ActivityRow::startsOn).isSorted();
        assertThat(plans.upcoming(world.workspaceA.getId(), 50)).extracting(ActivityRow::title)
                .doesNotContain("Dialogmøde i Kommune B");
    }
}
