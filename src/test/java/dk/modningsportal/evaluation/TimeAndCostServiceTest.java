package dk.modningsportal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.evaluation.TimeAndCostService.CostRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Time and costs: who enters them, what is refused, and the estimate with its small-number rule. */
class TimeAndCostServiceTest extends PortalTest {

    @Autowired
    TimeAndCostService time;
    @Autowired
    RegistrationService registrations;

    @Autowired
    Measures measureDefinitions;

    private LocalDate lastMonth() {
        return ReportingPeriod.MONTH.startOf(LocalDate.now(clock)).minusMonths(1);
    }

    private static Map<StaffRole, Map<TimeCategory, BigDecimal>> hours(StaffRole role, TimeCategory category, String spent) {
        return Map.of(role, Map.of(category, new BigDecimal(spent)));
    }

    @Test
    void the_project_leader_enters_a_month_and_refused_figures_are_named_by_field() {
        loginAs(world.projectLeaderA);
        long ws = world.workspaceA.getId();
        assertThatThrownBy(() -> time.save(ws, lastMonth(), hours(StaffRole.PRACTITIONER, TimeCategory.MEETINGS, "-2"),
                Map.of(CostKind.TRANSPORT, new BigDecimal("-1")), -1))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.getFieldMessageKeys())
                        .containsEntry(TimeAndCostService.hoursField(StaffRole.PRACTITIONER, TimeCategory.MEETINGS),
                                "evaluation.hoursRange")
                        .containsEntry(TimeAndCostService.costField(CostKind.TRANSPORT), "evaluation.kronerRange"));
        assertThatThrownBy(() -> time.save(ws, LocalDate.now(clock).plusMonths(2), Map.of(), Map.of(), -1))
                .as("a month to come").isInstanceOf(ValidationFailedException.class);
        var sheet = time.save(ws, lastMonth(), hours(StaffRole.PRACTITIONER, TimeCategory.MEETINGS, "12,5".replace(',', '.')),
                Map.of(CostKind.TRANSPORT, new BigDecimal("350")), -1);
        assertThat(time.sheet(ws, lastMonth()).hours(StaffRole.PRACTITIONER, TimeCategory.MEETINGS)).isEqualByComparingTo("12.5");
        assertThatThrownBy(() -> time.save(ws, lastMonth(), Map.of(), Map.of(), -1))
                .as("a second tab that opened the month empty").isInstanceOf(ConcurrentEditException.class);
        time.save(ws, lastMonth(), hours(StaffRole.PRACTITIONER, TimeCategory.MEETINGS, "14"), Map.of(), sheet.version());
        assertThat(time.quarterHours(ws, ReportingPeriod.QUARTER.startOf(lastMonth())))
                .containsEntry(TimeCategory.MEETINGS, new BigDecimal("14.0"));

        for (var other : List.of(world.memberA, world.consultantP1, world.evaluator)) {
            loginAs(other);
            assertThatThrownBy(() -> time.save(ws, lastMonth(), Map.of(), Map.of(), 1)).as(other.getUsername())
                    .isInstanceOf(AccessRefusedException.class);
        }
        loginAs(world.memberB);
        assertThatThrownBy(() -> time.sheet(ws, lastMonth())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void the_estimate_costs_hours_at_the_rates_and_divides_by_participants_hidden_when_few() {
        loginAs(world.evaluator);
        long enrolled = measureDefinitions.defineFromPreset(world.p1.getId(), MeasurePreset.PARTICIPANTS_ENROLLED, null, null);
        time.setRates(world.p1.getId(), Map.of(StaffRole.PRACTITIONER, new BigDecimal("400")));
        loginAs(world.projectLeaderA);
        time.save(world.workspaceA.getId(), lastMonth(), hours(StaffRole.PRACTITIONER, TimeCategory.TRIAL_ACTIONS, "10"),
                Map.of(CostKind.MATERIALS, new BigDecimal("500")), -1);
        registrations.report(world.workspaceA.getId(), lastMonth(), Map.of(enrolled, 3), new HashMap<>());

        loginAs(world.evaluator);
        CostRow a = row(time.estimate(world.p1.getId()), "Kommune A");
        assertThat(a.labourCost()).isEqualByComparingTo("4000");
        assertThat(a.totalCost()).isEqualByComparingTo("4500");
        assertThat(a.participants().value()).isEqualTo(3);
        assertThat(a.perParticipant()).isEqualByComparingTo("1500");

        loginAs(world.consultantP1);
        CostRow seen = row(time.estimate(world.p1.getId()), "Kommune A");
        assertThat(seen.participants().text("–")).isEqualTo("< 5");
        assertThat(seen.perParticipant()).as("it would give the count away").isNull();
        assertThatThrownBy(() -> time.setRates(world.p1.getId(), Map.of(StaffRole.LEADER, new BigDecimal("-5"))))
                .isInstanceOf(ValidationFailedException.class);

        loginAs(world.projectLeaderA);
        assertThatThrownBy(() -> time.setRates(world.p1.getId(), Map.of())).isInstanceOf(AccessRefusedException.class);
        assertThat(time.estimate(world.p1.getId())).extracting(CostRow::organisation).containsExactly("Kommune A");
        loginAs(world.memberC);
        assertThatThrownBy(() -> time.estimate(world.p1.getId())).isInstanceOf(AccessRefusedException.class);
    }

    private static CostRow row(List<CostRow> rows, String organisation) {
        return rows.stream().filter(r -> r.organisation().equals(organisation)).findFirst().orElseThrow();
    }
}
