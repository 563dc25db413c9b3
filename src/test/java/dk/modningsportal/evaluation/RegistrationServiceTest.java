package dk.modningsportal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.evaluation.RegistrationService.Line;
import dk.modningsportal.evaluation.Measures.MeasureRow;
import dk.modningsportal.evaluation.RegistrationService.PeriodForm;
import dk.modningsportal.evaluation.RegistrationFigures.Series;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Registrations: who defines and reports them, the form's refusals, corrections, missing periods, small numbers. */
class RegistrationServiceTest extends PortalTest {

    @Autowired
    RegistrationService registrations;


    @Autowired

    Measures measureDefinitions;


    @Autowired

    RegistrationFigures registrationFigures;

    long enrolled;
    long completed;
    LocalDate lastMonth;

    @BeforeEach
    void measures() {
        loginAs(world.evaluator);
        completed = measureDefinitions.defineFromPreset(world.p1.getId(), MeasurePreset.PARTICIPANTS_COMPLETED, "Børn", null);
        enrolled = measureDefinitions.measures(world.p1.getId()).stream().filter(m -> m.name().equals("Deltagere indskrevet"))
                .findFirst().orElseThrow().id();
        lastMonth = ReportingPeriod.MONTH.startOf(LocalDate.now(clock)).minusMonths(1);
    }

    @Test
    void a_preset_bounded_by_another_brings_that_one_along_and_only_evaluators_and_consultants_define() {
        List<MeasureRow> rows = measureDefinitions.measures(world.p1.getId());
        assertThat(rows).extracting(MeasureRow::label)
                .containsExactly("Deltagere indskrevet (Børn)", "Deltagere gennemført (Børn)");
        assertThat(rows.get(1).atMostName()).isEqualTo("Deltagere indskrevet");

        loginAs(world.consultantP1);
        assertThat(measureDefinitions.define(world.p1.getId(), new Measures.MeasureInput("Forsamtaler holdt",
                "samtaler", null, ReportingPeriod.QUARTER, null, null, null))).isPositive();
        for (var outsider : List.of(world.projectLeaderA, world.consultantP2, world.nationalLeader)) {
            loginAs(outsider);
            assertThatThrownBy(() -> measureDefinitions.define(world.p1.getId(), new Measures.MeasureInput("X",
                    "x", null, ReportingPeriod.MONTH, null, null, null))).as(outsider.getUsername())
                    .isInstanceOf(AccessRefusedException.class);
        }
        loginAs(world.evaluator);
        assertThatThrownBy(() -> measureDefinitions.define(world.p2.getId(), new Measures.MeasureInput("X", "x",
                null, ReportingPeriod.MONTH, null, null, null))).as("not the evaluator of P2").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> measureDefinitions.measures(world.p2.getId())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void the_project_leader_reports_and_the_form_refuses_what_cannot_be() {
        loginAs(world.projectLeaderA);
        long ws = world.workspaceA.getId();
        assertThatThrownBy(() -> registrations.report(ws, lastMonth, Map.of(enrolled, -2), seen(Map.of())))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.getFieldMessageKeys())
                        .containsEntry(RegistrationService.field(enrolled), "evaluation.countNegative"));
        assertThatThrownBy(() -> registrations.report(ws, lastMonth, Map.of(enrolled, 4, completed, 6), seen(Map.of())))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.getFieldMessageKeys())
                        .containsEntry(RegistrationService.field(completed), "evaluation.countAboveBound"));
        registrations.report(ws, lastMonth.minusMonths(1), Map.of(enrolled, 6), seen(Map.of()));
        // Counted so far: 6 enrolled the month before, so 8 completed now is still too many, 6 is not.
        assertThatThrownBy(() -> registrations.report(ws, lastMonth, Map.of(enrolled, 0, completed, 8), seen(Map.of())))
                .isInstanceOf(ValidationFailedException.class);
        registrations.report(ws, lastMonth, Map.of(enrolled, 0, completed, 6), seen(Map.of()));
        assertThat(value(registrations.form(ws, lastMonth), completed)).isEqualTo(6);

        loginAs(world.memberA);
        assertThatThrownBy(() -> registrations.report(ws, lastMonth, Map.of(enrolled, 1), seen(Map.of())))
                .as("the project leader reports").isInstanceOf(AccessRefusedException.class);
        loginAs(world.projectLeaderA);
        assertThatThrownBy(() -> registrations.report(world.workspaceB.getId(), lastMonth, Map.of(enrolled, 1), seen(Map.of())))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Autowired
    Reporters reporters;

    @Test
    void the_project_leader_lets_a_team_member_report_and_only_their_own_team() {
        loginAs(world.memberA);
        assertThatThrownBy(() -> registrations.report(world.workspaceA.getId(), lastMonth, Map.of(enrolled, 2), seen(Map.of())))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> reporters.allow(world.workspaceA.getId(), java.util.Set.of(world.memberA.getId())))
                .as("a team member does not choose").isInstanceOf(AccessRefusedException.class);
        loginAs(world.projectLeaderA);
        assertThatThrownBy(() -> reporters.allow(world.workspaceA.getId(), java.util.Set.of(world.memberB.getId())))
                .as("another organisation's person").isInstanceOf(ValidationFailedException.class);
        reporters.allow(world.workspaceA.getId(), java.util.Set.of(world.memberA.getId()));
        loginAs(world.memberA);
        registrations.report(world.workspaceA.getId(), lastMonth, Map.of(enrolled, 2), seen(Map.of()));
        assertThat(registrations.form(world.workspaceA.getId(), lastMonth).writable()).isTrue();
    }

    @Test
    void a_correction_keeps_the_earlier_figure_and_a_reported_figure_cannot_be_emptied() {
        loginAs(world.projectLeaderA);
        long ws = world.workspaceA.getId();
        registrations.report(ws, lastMonth, Map.of(enrolled, 7), seen(Map.of()));
        PeriodForm form = registrations.form(ws, lastMonth);
        registrations.report(ws, lastMonth, Map.of(enrolled, 9), seen(Map.of(enrolled, line(form, enrolled).registrationId())));
        assertThat(registrations.history(ws, enrolled, lastMonth)).extracting(RegistrationService.HistoryRow::counted)
                .containsExactly(9, 7);
        assertThat(line(registrations.form(ws, lastMonth), enrolled).corrected()).isTrue();

        Map<Long, Integer> emptied = new HashMap<>();
        emptied.put(enrolled, null);
        Long current = line(registrations.form(ws, lastMonth), enrolled).registrationId();
        assertThatThrownBy(() -> registrations.report(ws, lastMonth, emptied, seen(Map.of(enrolled, current))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.getFieldMessageKeys())
                        .containsValue("evaluation.cannotClear"));
    }

    @Test
    void a_colleagues_save_in_between_is_not_overwritten_and_names_them() {
        loginAs(world.projectLeaderA);
        long ws = world.workspaceA.getId();
        registrations.report(ws, lastMonth, Map.of(enrolled, 7), seen(Map.of()));
        // A second tab opened the month before the save above: it saw no figure.
        assertThatThrownBy(() -> registrations.report(ws, lastMonth, Map.of(enrolled, 8), seen(Map.of())))
                .isInstanceOfSatisfying(ConcurrentEditException.class,
                        e -> assertThat(e.getChangedBy()).isEqualTo(world.projectLeaderA.getDisplayName()));
        assertThat(value(registrations.form(ws, lastMonth), enrolled)).isEqualTo(7);
    }

    @Test
    void a_period_not_reported_is_missing_not_zero() {
        loginAs(world.projectLeaderA);
        long ws = world.workspaceA.getId();
        int before = registrations.missing(ws).size();
        assertThat(before).as("two measures, six ended months").isGreaterThanOrEqualTo(12);
        registrations.report(ws, lastMonth, Map.of(enrolled, 0), seen(Map.of()));
        assertThat(registrations.missing(ws)).hasSize(before - 1)
                .noneMatch(m -> m.measure().id() == enrolled && m.periodStart().equals(lastMonth));
        assertThat(line(registrations.form(ws, lastMonth), completed).counted().missing()).isTrue();
        assertThat(line(registrations.form(ws, lastMonth), enrolled).counted().value()).isZero();
    }

    @Test
    void periods_before_the_data_collection_started_are_neither_missing_nor_reported() {
        loginAs(world.evaluator);
        long sessions = measureDefinitions.define(world.p1.getId(), new Measures.MeasureInput("Gruppesessioner",
                "sessioner", null, ReportingPeriod.MONTH, lastMonth.plusDays(10), null,
                MeasureCounts.SESSIONS));
        loginAs(world.projectLeaderA);
        assertThat(registrations.missing(world.workspaceA.getId())).filteredOn(m -> m.measure().id() == sessions)
                .extracting(RegistrationService.Missing::periodStart).containsExactly(lastMonth);
        assertThatThrownBy(() -> registrations.report(world.workspaceA.getId(), lastMonth.minusMonths(1),
                Map.of(sessions, 2), seen(Map.of()))).isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(e.getFieldMessageKeys()).containsValue("evaluation.beforeCountedFrom"));
        assertThat(registrations.form(world.workspaceA.getId(), lastMonth.minusMonths(1)).lines())
                .noneMatch(l -> l.measure().id() == sessions);
    }

    @Test
    void small_counts_show_as_under_five_outside_the_organisation_and_its_evaluators() {
        loginAs(world.projectLeaderA);
        registrations.report(world.workspaceA.getId(), lastMonth, Map.of(enrolled, 3), seen(Map.of()));
        loginAs(world.projectLeaderA);
        assertThat(line(registrations.form(world.workspaceA.getId(), lastMonth), enrolled).counted().text("–")).isEqualTo("3");
        loginAs(world.memberA);
        assertThat(line(registrations.form(world.workspaceA.getId(), lastMonth), enrolled).counted().text("–")).isEqualTo("3");
        loginAs(world.evaluator);
        assertThat(line(registrations.form(world.workspaceA.getId(), lastMonth), enrolled).counted().text("–")).isEqualTo("3");
        assertThat(lastOf(registrationFigures.series(world.p1.getId(), enrolled), "Kommune A")).isEqualTo("3");

        for (var outside : List.of(world.consultantP1, world.nationalLeader)) {
            loginAs(outside);
            Line seenByOutside = line(registrations.form(world.workspaceA.getId(), lastMonth), enrolled);
            assertThat(seenByOutside.counted().text("–")).as(outside.getUsername()).isEqualTo("< 5");
            assertThat(seenByOutside.counted().plotted()).isNull();
            Series series = registrationFigures.series(world.p1.getId(), enrolled);
            assertThat(lastOf(series, "Kommune A")).isEqualTo("< 5");
            assertThat(series.total().get(series.periods().indexOf(lastMonth)).text("–")).as("the total too").isEqualTo("< 5");
            assertThatThrownBy(() -> registrations.history(world.workspaceA.getId(), enrolled, lastMonth))
                    .isInstanceOf(AccessRefusedException.class);
        }
        loginAs(world.memberB);
        assertThatThrownBy(() -> registrations.form(world.workspaceA.getId(), lastMonth))
                .isInstanceOf(AccessRefusedException.class);

        loginAs(world.projectLeaderA);
        registrations.report(world.workspaceA.getId(), lastMonth, Map.of(enrolled, 12),
                seen(Map.of(enrolled, line(registrations.form(world.workspaceA.getId(), lastMonth), enrolled).registrationId())));
        loginAs(world.consultantP1);
        assertThat(lastOf(registrationFigures.series(world.p1.getId(), enrolled), "Kommune A")).isEqualTo("12");
    }

    @Test
    void the_reporting_status_counts_each_organisations_missing_periods() {
        loginAs(world.projectLeaderA);
        registrations.report(world.workspaceA.getId(), lastMonth, Map.of(enrolled, 5), seen(Map.of()));
        loginAs(world.evaluator);
        var status = registrationFigures.reportingStatus(world.p1.getId());
        int a = status.stream().filter(s -> s.organisation().equals("Kommune A")).findFirst().orElseThrow()
                .missingByMeasure().get(enrolled);
        int b = status.stream().filter(s -> s.organisation().equals("Kommune B")).findFirst().orElseThrow()
                .missingByMeasure().get(enrolled);
        assertThat(a).isEqualTo(b - 1);
        loginAs(world.leaderA);
        assertThat(registrationFigures.reportingStatus(world.p1.getId())).extracting(RegistrationFigures.ReportingStatus::organisation)
                .as("an organisation's leader sees their own").containsExactly("Kommune A");
    }

    private String lastOf(Series series, String organisation) {
        return series.organisations().stream().filter(o -> o.organisation().equals(organisation)).findFirst().orElseThrow()
                .values().get(series.periods().indexOf(lastMonth)).text("–");
    }

    private static Map<Long, Long> seen(Map<Long, Long> ids) {
        return new HashMap<>(ids);
    }

    private static Line line(PeriodForm form, long measureId) {
        return form.lines().stream().filter(l -> l.measure().id() == measureId).findFirst().orElseThrow();
    }

    private static Integer value(PeriodForm form, long measureId) {
        return line(form, measureId).counted().value();
    }
}
