package dk.modningsportal.project;

import dk.modningsportal.project.ProjectAdministration.PhaseInput;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The phase sets of the seeds, spread evenly over a project's period; a plan template (on "Projektplan")
 * can lay its own phases later.
 */
public enum PhasePreset {
    /** Seed 002 and 004: Forberedelse → Forandring → Forankring. */
    PREPARE_CHANGE_ANCHOR("Forberedelse", "Forandring", "Forankring"),
    /** Seed 000: Opstartsfase → Modningsfase. */
    START_MATURE("Opstart", "Modning"),
    /** No phases now. */
    NONE;

    private final String[] names;

    PhasePreset(String... names) {
        this.names = names;
    }

    public List<PhaseInput> phases(LocalDate start, LocalDate end) {
        List<PhaseInput> phases = new ArrayList<>();
        if (names.length == 0 || start == null || end == null || end.isBefore(start)) {
            return phases;
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        LocalDate from = start;
        for (int i = 0; i < names.length; i++) {
            LocalDate to = i == names.length - 1 ? end : start.plusDays(days * (i + 1) / names.length - 1);
            if (to.isBefore(from)) {
                to = from;
            }
            phases.add(new PhaseInput(names[i], from, to));
            from = to.plusDays(1);
        }
        return phases;
    }
}
