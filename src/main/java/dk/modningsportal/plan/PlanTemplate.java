package dk.modningsportal.plan;

import static dk.modningsportal.plan.ParticipantGroup.CONSULTANTS;
import static dk.modningsportal.plan.ParticipantGroup.EVALUATORS;
import static dk.modningsportal.plan.ParticipantGroup.LEADERS;
import static dk.modningsportal.plan.ParticipantGroup.LOCAL_PARTNERS;
import static dk.modningsportal.plan.ParticipantGroup.PRACTITIONERS;
import static dk.modningsportal.plan.ParticipantGroup.PROJECT_LEADERS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The plans a new project starts from, after the seeds: three intervention versions in three trial rounds
 * (the inclusion project, 004), and a short course of a start, four months of trial actions and anchoring
 * (the Housing First course, 003). Times are offsets from the chosen start; the consultant then adjusts.
 */
public enum PlanTemplate {

    THREE_VERSIONS {
        @Override
        List<PhaseSpec> phases() {
            return List.of(new PhaseSpec("Forberedelse", 0, 3), new PhaseSpec("Forandring", 3, 30),
                    new PhaseSpec("Forankring", 30, 34));
        }

        @Override
        List<ActivitySpec> activities() {
            List<ActivitySpec> plan = new ArrayList<>(List.of(
                    local(PlanActivityKind.INTRO_CALL, "Lokalt telefonmøde med projektleder", 0, 0, Timing.MONTH,
                            "½–1 time", Venue.PHONE, EnumSet.of(PROJECT_LEADERS, CONSULTANTS),
                            "Etablere en indledende kontakt til organisationen og lave aftaler om de kommende aktiviteter.",
                            List.of("Kontaktpersoner og datoer for de første møder er aftalt")),
                    local(PlanActivityKind.KICK_OFF, "Lokalt opstartsmøde", 1, 0, Timing.MONTH, "2 timer",
                            Venue.VIRTUAL, EnumSet.of(LEADERS, PROJECT_LEADERS, PRACTITIONERS, CONSULTANTS),
                            "Give en indføring i modnings- og processtøtteforløbets aktiviteter.", List.of()),
                    cross(PlanActivityKind.KICK_OFF, "Tværgående kick off-workshop", 2, 0, Timing.MONTH, "1 dag",
                            Venue.SOCIALSTYRELSEN_ODENSE, EnumSet.of(PROJECT_LEADERS, PRACTITIONERS, LOCAL_PARTNERS,
                                    CONSULTANTS, EVALUATORS),
                            "Projektorganisationerne møder hinanden; projektet, indsatsen og de lokale projekter præsenteres.",
                            List.of("Alle organisationer har præsenteret deres lokale projekt")),
                    local(PlanActivityKind.PLANNING_WORKSHOP, "Lokal planlægningsworkshop", 3, 0, Timing.MONTH,
                            "1 dag", Venue.AT_ORGANISATION, EnumSet.of(PROJECT_LEADERS, PRACTITIONERS, LOCAL_PARTNERS,
                                    CONSULTANTS),
                            "Planlægge det lokale implementeringsarbejde, udpege udviklingspunkter og planlægge prøvehandlinger.",
                            List.of("De første prøvehandlinger er planlagt")),
                    cross(PlanActivityKind.COMPETENCE_DEVELOPMENT, "Tværgående kompetenceudvikling", 4, 0,
                            Timing.MONTH, "2 dage", Venue.SOCIALSTYRELSEN_ODENSE,
                            EnumSet.of(PRACTITIONERS, PROJECT_LEADERS, LOCAL_PARTNERS, CONSULTANTS),
                            "Indføring i indsatsens kerneelementer og et afsæt for faglig vidensdeling på tværs.",
                            List.of("Mindst 3 fra hver kommune", "Mindst 1 fra hver forening")),
                    local(PlanActivityKind.TRIAL_ACTION_PERIOD, "Afprøvningsrunde 1: version 1.0", 3, 0, Timing.QUARTER,
                            "3 måneder", Venue.AT_ORGANISATION, EnumSet.of(PROJECT_LEADERS, PRACTITIONERS, LOCAL_PARTNERS),
                            "Afprøve version 1.0 med særligt fokus på samarbejdet på tværs af forvaltninger og med foreningerne.",
                            List.of("Erfaringerne er skrevet ind i portalen")),
                    cross(PlanActivityKind.MATURATION_WORKSHOP, "Modningsworkshop 1", 6, 0, Timing.MONTH, "1 dag",
                            Venue.SOCIALSTYRELSEN_ODENSE, EnumSet.of(PROJECT_LEADERS, PRACTITIONERS, LOCAL_PARTNERS,
                                    CONSULTANTS),
                            "Tværgående opsamling af erfaringerne som afsæt for version 2.0.",
                            List.of("Ændringerne til version 2.0 er besluttet")),
                    local(PlanActivityKind.TRIAL_ACTION_PERIOD, "Afprøvningsrunde 2: version 2.0", 7, 0, Timing.MONTH,
                            "ca. 12 måneder", Venue.AT_ORGANISATION,
                            EnumSet.of(PROJECT_LEADERS, PRACTITIONERS, LOCAL_PARTNERS), "Afprøve version 2.0 i sin helhed.",
                            List.of()),
                    cross(PlanActivityKind.DEVELOPMENT_MEETING, "Tværgående opfølgningsworkshop", 12, 0, Timing.MONTH,
                            "1 dag", Venue.SOCIALSTYRELSEN_ODENSE, EnumSet.of(PROJECT_LEADERS, PRACTITIONERS, CONSULTANTS),
                            "Udveksle erfaringer og tilbyde opfølgende kompetenceudvikling og sparring.", List.of()),
                    local(PlanActivityKind.EXPERIENCE_WORKSHOP, "Lokal erfaringsworkshop 1", 16, 0, Timing.MONTH,
                            "1 dag", Venue.AT_ORGANISATION, EnumSet.of(PROJECT_LEADERS, PRACTITIONERS, LOCAL_PARTNERS,
                                    EVALUATORS),
                            "Indsamle de lokale erfaringer med version 1.0 og 2.0.", List.of()),
                    cross(PlanActivityKind.MATURATION_WORKSHOP, "Modningsworkshop 2", 18, 0, Timing.MONTH, "1 dag",
                            Venue.SOCIALSTYRELSEN_ODENSE, EnumSet.of(PROJECT_LEADERS, PRACTITIONERS, LOCAL_PARTNERS,
                                    CONSULTANTS),
                            "Tværgående opsamling som afsæt for version 3.0.",
                            List.of("Ændringerne til version 3.0 er besluttet")),
                    local(PlanActivityKind.TRIAL_ACTION_PERIOD, "Afprøvningsrunde 3: version 3.0", 19, 0, Timing.MONTH,
                            "ca. 12 måneder", Venue.AT_ORGANISATION,
                            EnumSet.of(PROJECT_LEADERS, PRACTITIONERS, LOCAL_PARTNERS), "Afprøve version 3.0.", List.of()),
                    local(PlanActivityKind.EXPERIENCE_WORKSHOP, "Lokal erfaringsworkshop 2", 28, 0, Timing.MONTH,
                            "1 dag", Venue.AT_ORGANISATION, EnumSet.of(PROJECT_LEADERS, PRACTITIONERS, LOCAL_PARTNERS,
                                    EVALUATORS),
                            "Indsamle de lokale erfaringer med version 3.0.", List.of()),
                    cross(PlanActivityKind.MATURATION_WORKSHOP, "Modningsworkshop 3", 30, 0, Timing.MONTH, "1 dag",
                            Venue.SOCIALSTYRELSEN_ODENSE, EnumSet.of(PROJECT_LEADERS, PRACTITIONERS, LOCAL_PARTNERS,
                                    CONSULTANTS),
                            "Den endelige version af indsatsbeskrivelsen og forandringsteorien.",
                            List.of("Den endelige version er besluttet")),
                    cross(PlanActivityKind.CLOSING_WORKSHOP, "Tværgående afslutningsworkshop", 33, 0, Timing.MONTH,
                            "1 dag", Venue.SOCIALSTYRELSEN_ODENSE, EnumSet.of(PROJECT_LEADERS, PRACTITIONERS,
                                    LOCAL_PARTNERS, CONSULTANTS, EVALUATORS),
                            "Præsentere evalueringens resultater og understøtte forankringen i driften.",
                            List.of("Hver organisation har en plan for forankring i driften"))));
            for (int month = 2; month <= 33; month++) {
                plan.add(cross(PlanActivityKind.PROJECT_LEADER_NETWORK, "Projektledernetværk", month, 0, Timing.MONTH,
                        "1 time", Venue.VIRTUAL, EnumSet.of(PROJECT_LEADERS, CONSULTANTS),
                        "Udveksle erfaringer og få rådgivning om projektledelsen af de lokale projekter.", List.of()));
            }
            return plan;
        }
    },

    START_FOUR_MONTHS_ANCHORING {
        @Override
        List<PhaseSpec> phases() {
            return List.of(new PhaseSpec("Opstart", 0, 1), new PhaseSpec("Forandring", 1, 5),
                    new PhaseSpec("Forankring", 5, 9));
        }

        @Override
        List<ActivitySpec> activities() {
            Set<ParticipantGroup> lead = EnumSet.of(PROJECT_LEADERS, CONSULTANTS);
            Set<ParticipantGroup> wide = EnumSet.of(LEADERS, PROJECT_LEADERS, PRACTITIONERS, CONSULTANTS);
            Set<ParticipantGroup> team = EnumSet.of(PROJECT_LEADERS, PRACTITIONERS);
            String sparring = "Deltagerne oplever at have fået relevant sparring på og input til deres udviklings- "
                    + "og implementeringsarbejde";
            return List.of(
                    local(PlanActivityKind.INTRO_CALL, "Forberedende møde", 0, 0, Timing.DAY, "ca. 30 min.",
                            Venue.VIRTUAL, lead,
                            "At den relevante deltagerkreds deltager i opstartsmødet, og at alle mødedatoer er booket. "
                                    + "Afstemning af forventninger og en indledende snak om valg af lokal prøvehandling.",
                            List.of("Alle relevante deltagere til de forskellige møder er bookede")),
                    cross(PlanActivityKind.KICK_OFF, "Opstartsmøde", 0, 14, Timing.DAY, "1 hel dag (4–6 timer)",
                            Venue.SOCIALSTYRELSEN_ODENSE, wide,
                            "Skabe et godt afsæt for forløbet og det lokale arbejde; introducere temaet og arbejdet med "
                                    + "prøvehandlinger; skabe grundlag for et netværk mellem deltagerne.",
                            List.of("Alle deltagende organisationer er klædt på til det lokale arbejde",
                                    "Organisationerne kender forventningerne til deres aktive deltagelse")),
                    local(PlanActivityKind.FOLLOW_UP_MEETING, "Opfølgende møde", 0, 21, Timing.DAY, "ca. 30 min.",
                            Venue.VIRTUAL, lead,
                            "Sikre at organisationen er klar på arbejdet med prøvehandlinger og ved, hvad den skal gøre "
                                    + "inden første refleksionsmøde.",
                            List.of("Organisationen har en god struktur for arbejdet med prøvehandlinger")),
                    local(PlanActivityKind.TRIAL_ACTION_PERIOD, "Lokale prøvehandlinger, periode 1", 1, 0, Timing.MONTH,
                            "ca. 1 måned", Venue.AT_ORGANISATION, team,
                            "Afprøve og justere praksis i retning af det ønskede mål.", List.of()),
                    cross(PlanActivityKind.REFLECTION_MEETING, "Fælles refleksionsmøde 1", 2, 0, Timing.MONTH,
                            "1 hel dag (4–6 timer)", Venue.SOCIALSTYRELSEN_ODENSE, EnumSet.of(PROJECT_LEADERS,
                                    PRACTITIONERS, CONSULTANTS),
                            "Erfaringsudveksle og sparre på tværs om arbejdet med prøvehandlinger.", List.of(sparring)),
                    local(PlanActivityKind.TRIAL_ACTION_PERIOD, "Lokale prøvehandlinger, periode 2", 2, 0, Timing.MONTH,
                            "ca. 1 måned", Venue.AT_ORGANISATION, team,
                            "Afprøve og justere praksis i retning af det ønskede mål.", List.of()),
                    local(PlanActivityKind.TRIAL_ACTION_PERIOD, "Lokale prøvehandlinger, periode 3", 3, 0, Timing.MONTH,
                            "ca. 1 måned", Venue.AT_ORGANISATION, team,
                            "Afprøve og justere praksis i retning af det ønskede mål.",
                            List.of("Der er gennemført mindst 3 lokale prøvehandlinger",
                                    "Praksis udvikles i retning af det ønskede mål")),
                    cross(PlanActivityKind.REFLECTION_MEETING, "Fælles refleksionsmøde 2", 4, 0, Timing.MONTH,
                            "1 hel dag (4–6 timer)", Venue.SOCIALSTYRELSEN_ODENSE, EnumSet.of(PROJECT_LEADERS,
                                    PRACTITIONERS, CONSULTANTS),
                            "Erfaringsudveksle og sparre på tværs om arbejdet med prøvehandlinger.", List.of(sparring)),
                    local(PlanActivityKind.OTHER, "Forberedelse af afsluttende møde", 5, 0, Timing.MONTH, null,
                            Venue.AT_ORGANISATION, team,
                            "Forberede en præsentation af erfaringerne med de lokale prøvehandlinger.",
                            List.of("Der foreligger en præsentation af de lokale erfaringer med prøvehandlinger")),
                    cross(PlanActivityKind.CLOSING_WORKSHOP, "Afsluttende møde", 6, 0, Timing.MONTH,
                            "1 hel dag (4–6 timer)", Venue.SOCIALSTYRELSEN_ODENSE, wide,
                            "Erfaringsudveksle, gøre status og fokusere på det fortsatte arbejde.", List.of(sparring,
                                    "Der er lokalt fokus på det videre arbejde")),
                    local(PlanActivityKind.FOLLOW_UP_MEETING, "Opfølgningsmøde", 9, 0, Timing.MONTH, "ca. 30 min.",
                            Venue.VIRTUAL, lead, "Følge op på det videre arbejde med prøvehandlinger.",
                            List.of("Der er fortsat fremdrift i det lokale udviklings- og implementeringsarbejde")));
        }
    };

    /** A phase from month {@code from} to month {@code to} after the start. */
    record PhaseSpec(String name, int from, int to) {

        LocalDate start(LocalDate projectStart) {
            return projectStart.plusMonths(from);
        }

        LocalDate end(LocalDate projectStart) {
            return projectStart.plusMonths(to).minusDays(1);
        }
    }

    record ActivitySpec(PlanActivityKind kind, String title, boolean local, int months, int days, Timing timing,
            String duration, Venue venue, Set<ParticipantGroup> participants, String purpose, List<String> criteria) {

        LocalDate startsOn(LocalDate projectStart) {
            return projectStart.plusMonths(months).plusDays(days);
        }
    }

    abstract List<PhaseSpec> phases();

    abstract List<ActivitySpec> activities();

    private static ActivitySpec local(PlanActivityKind kind, String title, int months, int days, Timing timing,
            String duration, Venue venue, Set<ParticipantGroup> who, String purpose, List<String> criteria) {
        return new ActivitySpec(kind, title, true, months, days, timing, duration, venue, who, purpose, criteria);
    }

    private static ActivitySpec cross(PlanActivityKind kind, String title, int months, int days, Timing timing,
            String duration, Venue venue, Set<ParticipantGroup> who, String purpose, List<String> criteria) {
        return new ActivitySpec(kind, title, false, months, days, timing, duration, venue, who, purpose, criteria);
    }
}
