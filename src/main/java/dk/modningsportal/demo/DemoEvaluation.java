package dk.modningsportal.demo;

import dk.modningsportal.evaluation.CollectionKind;
import dk.modningsportal.evaluation.CollectionPlanService;
import dk.modningsportal.evaluation.CollectionPlanService.ItemInput;
import dk.modningsportal.evaluation.CostKind;
import dk.modningsportal.evaluation.Rhythm;
import dk.modningsportal.evaluation.MeasurePreset;
import dk.modningsportal.evaluation.QuestionnaireService;
import dk.modningsportal.evaluation.QuestionnaireService.QuestionnaireInput;
import dk.modningsportal.evaluation.Measures;
import dk.modningsportal.evaluation.Measures.MeasureRow;
import dk.modningsportal.evaluation.RegistrationService;
import dk.modningsportal.evaluation.ReportingPeriod;
import dk.modningsportal.evaluation.Respondents;
import dk.modningsportal.evaluation.StaffRole;
import dk.modningsportal.evaluation.TimeAndCostService;
import dk.modningsportal.evaluation.TimeCategory;
import dk.modningsportal.project.Project;
import dk.modningsportal.project.Workspace;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserAccount;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * The demo's evaluation of the inclusion project, as VIVE and the project leaders would have it after some months:
 * measures from the presets, counts for the months that ended (one municipality behind, and small counts that others
 * see as "< 5"), each month's hours and expenses at the project's hourly rates, and a parents' questionnaire open
 * now with response counts from two organisations.
 */
@Component
class DemoEvaluation {

    private static final int MONTHS_REPORTED = 6;

    private final DemoWriter writer;
    private final RegistrationService registrations;
    private final Measures definitions;
    private final QuestionnaireService questionnaires;
    private final Clock clock;
    private final TimeAndCostService time;
    private final CollectionPlanService collection;

    DemoEvaluation(DemoWriter writer, RegistrationService registrations, Measures definitions, QuestionnaireService questionnaires, Clock clock,
            TimeAndCostService time, CollectionPlanService collection) {
        this.collection = collection;
        this.time = time;
        this.writer = writer;
        this.registrations = registrations;
        this.definitions = definitions;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    /** The evaluation questions of seed 002, and what is collected when and from whom. */
    private void plan(long projectId, LocalDate collectionStart) {
        for (String question : List.of(
                "Hvordan er indsatsen blevet implementeret, og hvad har været drivende og hæmmende for implementeringen?",
                "Hvordan opleves indsatsen af børnene, deres forældre, fagpersoner og foreningerne?",
                "Har indsatsen lovende resultater på tværs af de deltagende kommuner?",
                "Hvilke omkostninger må påregnes for at etablere og drive indsatsen?")) {
            collection.addQuestion(projectId, question);
        }
        collection.addItem(projectId, new ItemInput(CollectionKind.REGISTRATIONS, "Månedens registreringer",
                "Projektlederen", Rhythm.MONTHLY, collectionStart, 10, null));
        collection.addItem(projectId, new ItemInput(CollectionKind.COST_ESTIMATE, "Tidsforbrug og udgifter",
                "Projektlederen", Rhythm.MONTHLY, collectionStart, 10, null));
        collection.addItem(projectId, new ItemInput(CollectionKind.SELF_EVALUATION, "Kvartalets selvevaluering",
                "Projektleder med nøglepersoner", Rhythm.QUARTERLY, LocalDate.now(clock).minusMonths(3), 14, null));
        collection.addItem(projectId, new ItemInput(CollectionKind.DOCUMENTS, "Organisationsbeskrivelse og lokal projektplan",
                "Projektlederen", Rhythm.ONCE, LocalDate.now(clock).minusDays(20), 0, null));
        collection.addItem(projectId, new ItemInput(CollectionKind.INTERVIEW, "Gruppeinterview med fagpersoner: udvælg og aftal",
                "Projektleder og udvalgte fagpersoner", Rhythm.ONCE, LocalDate.now(clock).plusDays(5), 0, null));
    }

    private static BigDecimal hours(int whole) {
        return BigDecimal.valueOf(whole);
    }

    void fill(Project project, UserAccount evaluator, Map<Workspace, List<UserAccount>> teams, Random random) {
        writer.signIn(evaluator);
        long projectId = project.getId();
        LocalDate today = LocalDate.now(clock);
        LocalDate thisMonth = ReportingPeriod.MONTH.startOf(today);
        LocalDate collectionStart = thisMonth.minusMonths(MONTHS_REPORTED);
        definitions.defineFromPreset(projectId, MeasurePreset.COURSES_STARTED, null, collectionStart);
        definitions.defineFromPreset(projectId, MeasurePreset.PARTICIPANTS_COMPLETED, "Børn og unge", collectionStart);
        definitions.defineFromPreset(projectId, MeasurePreset.PARTICIPANTS_DROPPED_OUT, "Børn og unge", collectionStart);
        List<MeasureRow> measures = definitions.measures(projectId);
        long survey = questionnaires.define(projectId, new QuestionnaireInput("Forældre: oplevelsen af fritidstilbuddet",
                Respondents.PARENTS, "https://www.survey-xact.dk/LinkCollector?key=DEMO-FRITID", today.minusDays(10),
                today.plusDays(30)));

        int organisation = 0;
        for (Map.Entry<Workspace, List<UserAccount>> team : teams.entrySet()) {
            UserAccount leader = team.getValue().stream().filter(u -> u.getRole() == Role.PROJECT_LEADER).findFirst()
                    .orElse(null);
            if (leader == null) {
                continue;
            }
            writer.signIn(leader);
            // The last organisation is a month behind with its registrations.
            int months = organisation == teams.size() - 2 ? MONTHS_REPORTED - 1 : MONTHS_REPORTED;
            for (int back = MONTHS_REPORTED; back > MONTHS_REPORTED - months; back--) {
                LocalDate month = thisMonth.minusMonths(back);
                int enrolled = 2 + random.nextInt(6 + organisation * 2);
                Map<Long, Integer> counts = new HashMap<>();
                for (MeasureRow measure : measures) {
                    counts.put(measure.id(), switch (measure.name()) {
                        case "Forløb startet" -> random.nextInt(3);
                        case "Deltagere indskrevet" -> enrolled;
                        case "Deltagere gennemført" -> Math.max(0, enrolled - 1 - random.nextInt(2));
                        default -> random.nextInt(2);
                    });
                }
                registrations.report(team.getKey().getId(), month, counts, new HashMap<>());
                time.save(team.getKey().getId(), month, Map.of(
                        StaffRole.PROJECT_LEADER, Map.of(TimeCategory.COORDINATION, hours(4 + random.nextInt(6)),
                                TimeCategory.MEETINGS, hours(3 + random.nextInt(3))),
                        StaffRole.PRACTITIONER, Map.of(TimeCategory.TRIAL_ACTIONS, hours(6 + random.nextInt(10)),
                                TimeCategory.DOCUMENTATION, hours(1 + random.nextInt(3)))),
                        Map.of(CostKind.TRANSPORT, BigDecimal.valueOf(200 + random.nextInt(600)),
                                CostKind.MATERIALS, BigDecimal.valueOf(random.nextInt(400))), -1);
            }
            organisation++;
        }
        writer.signIn(evaluator);
        plan(projectId, collectionStart);
        time.setRates(projectId, Map.of(StaffRole.PROJECT_LEADER, BigDecimal.valueOf(450), StaffRole.PRACTITIONER,
                BigDecimal.valueOf(400), StaffRole.LEADER, BigDecimal.valueOf(550), StaffRole.UNSPECIFIED,
                BigDecimal.valueOf(420)));
        List<Workspace> workspaces = List.copyOf(teams.keySet());
        questionnaires.recordResponses(survey, workspaces.get(0).getId(), 18, 11, null);
        questionnaires.recordResponses(survey, workspaces.get(1).getId(), 9, 3, null);
    }
}
