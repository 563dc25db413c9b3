package dk.modningsportal.scale;

import dk.modningsportal.dashboard.WorkspaceTallies;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database at national scale for measuring the dashboard: municipalities, projects
 * with their interventions, consultants and teams, trial actions and experience notes spread over
 * fourteen months and two versions. Written with JDBC batches and explicit ids (then the identity
 * columns are moved past them), so 200,000 notes take seconds, on H2 and PostgreSQL alike.
 *
 * <p>Project 1 is a national roll-out with every municipality; the others take a rotating third. The
 * generated people log in with the password {@value #PASSWORD}.
 */
@Component
public class ScaleData {

    public static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(ScaleData.class);
    private static final int BATCH = 1000;
    private static final int CORE_ELEMENTS = 5;
    private static final int MONTHS = 14;
    /** Version 2.0 went into trial this many months ago; 1.0 ran before it. */
    private static final int VERSION_2_MONTHS_AGO = 7;
    private static final String[] TABLES = {"organisation", "user_account", "project", "project_phase", "workspace",
        "intervention", "core_element", "intervention_version", "workshop", "trial_action", "experience_note",
        "evaluation_measure", "evaluation_registration"};

    /** How much to generate. */
    public record Scale(String name, int municipalities, int projects, int users, int trialActions, int notes) {

        public static final Scale LARGE = new Scale("large", 98, 12, 2_000, 20_000, 200_000);
        public static final Scale SMALL = new Scale("small", 10, 12, 200, 2_000, 20_000);

        public static Scale named(String name) {
            return switch (name) {
                case "large" -> LARGE;
                case "small" -> SMALL;
                default -> throw new IllegalArgumentException("Unknown scale '" + name + "': use large or small");
            };
        }
    }

    /** What was written, for the caller to report. */
    public record Summary(int organisations, int users, int workspaces, int trialActions, int notes,
            long nationalProjectId, Duration took) {
    }

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final WorkspaceTallies tallies;

    ScaleData(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, Clock clock, WorkspaceTallies tallies) {
        this.tallies = tallies;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Whether the database holds no organisations yet: the generator writes only into an empty one. */
    public boolean isEmpty() {
        Integer organisations = jdbc.queryForObject("select count(*) from organisation", Integer.class);
        return organisations != null && organisations == 0;
    }

    /**
     * Writes the data set. No surrounding transaction on purpose: each batch commits on its own, which
     * keeps H2's file from growing with a 200,000-row undo log (a failed run leaves a partial set to delete).
     */
    public Summary generate(Scale scale) {
        if (!isEmpty()) {
            throw new IllegalStateException("The generator fills an empty database only; this one has organisations");
        }
        long started = System.nanoTime();
        Random random = new Random(42);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Ids ids = new Ids();

        long agency = ids.organisation++;
        long research = ids.organisation++;
        List<Object[]> organisations = new ArrayList<>();
        organisations.add(new Object[] {agency, "Socialstyrelsen", "NATIONAL_AGENCY"});
        organisations.add(new Object[] {research, "Evaluering A/S", "EVALUATOR"});
        long[] municipalities = new long[scale.municipalities()];
        for (int m = 0; m < municipalities.length; m++) {
            municipalities[m] = ids.organisation++;
            organisations.add(new Object[] {municipalities[m], "Kommune " + (m + 1), "MUNICIPALITY"});
        }
        batch("insert into organisation (id, name, kind) values (?, ?, ?)", organisations);

        // People: consultants and evaluators first, the rest spread over the municipalities' teams.
        String hash = passwordEncoder.encode(PASSWORD);
        int consultantCount = Math.max(2, scale.projects() * 2);
        List<Object[]> users = new ArrayList<>();
        long[] consultants = new long[consultantCount];
        for (int c = 0; c < consultantCount; c++) {
            consultants[c] = ids.user++;
            users.add(user(consultants[c], "konsulent." + (c + 1), "Konsulent " + (c + 1), "CONSULTANT", agency, hash));
        }
        users.add(user(ids.user++, "ledelse.1", "Ledelse 1", "LEADER", agency, hash));
        long evaluatorUser = ids.user;
        users.add(user(ids.user++, "evaluator.1", "Evaluator 1", "EVALUATOR", research, hash));
        int remaining = scale.users() - users.size();
        long[][] teams = new long[municipalities.length][];
        for (int m = 0; m < municipalities.length; m++) {
            int teamSize = Math.max(3, remaining / municipalities.length + (m < remaining % municipalities.length ? 1 : 0));
            teams[m] = new long[teamSize];
            for (int u = 0; u < teamSize; u++) {
                String role = u == 0 ? "LEADER" : u == 1 ? "PROJECT_LEADER" : "TEAM_MEMBER";
                teams[m][u] = ids.user++;
                users.add(user(teams[m][u], "k" + (m + 1) + ".bruger" + (u + 1), "Bruger " + (u + 1) + " i kommune "
                        + (m + 1), role, municipalities[m], hash));
            }
        }
        batch("insert into user_account (id, username, display_name, password_hash, role, organisation_id) "
                + "values (?, ?, ?, ?, ?, ?)", users);

        // Projects, each with an intervention of five core elements, 1.0 closed, 2.0 in trial, a workshop.
        LocalDate start = today.minusMonths(MONTHS);
        LocalDate version2 = today.minusMonths(VERSION_2_MONTHS_AGO);
        List<Object[]> projects = new ArrayList<>();
        List<Object[]> phases = new ArrayList<>();
        List<Object[]> interventions = new ArrayList<>();
        List<Object[]> elements = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        List<Object[]> workshops = new ArrayList<>();
        List<Object[]> workspaceRows = new ArrayList<>();
        List<Workspace> workspaces = new ArrayList<>();
        long nationalProject = ids.project;
        for (int p = 0; p < scale.projects(); p++) {
            long project = ids.project++;
            projects.add(new Object[] {project, "Modningsprojekt " + (p + 1), Date.valueOf(start),
                Date.valueOf(today.plusMonths(10))});
            phases.add(new Object[] {ids.phase++, project, "Afprøvning", 0, Date.valueOf(start),
                Date.valueOf(today.plusMonths(10))});
            long intervention = ids.intervention++;
            interventions.add(new Object[] {intervention, project, "Indsats " + (p + 1)});
            long[] projectElements = new long[CORE_ELEMENTS];
            for (int e = 0; e < CORE_ELEMENTS; e++) {
                projectElements[e] = ids.coreElement++;
                elements.add(new Object[] {projectElements[e], intervention, "Kerneelement " + (e + 1), e});
            }
            long v1 = ids.version++;
            long v2 = ids.version++;
            versions.add(new Object[] {v1, intervention, "1.0", "CLOSED", Date.valueOf(start), Date.valueOf(version2), 0});
            versions.add(new Object[] {v2, intervention, "2.0", "IN_TRIAL", Date.valueOf(version2),
                Date.valueOf(today.plusMonths(5)), 1});
            workshops.add(new Object[] {ids.workshop++, project, v2, "Modningsworkshop", Date.valueOf(today.minusMonths(2)),
                consultants[0], Timestamp.from(now)});
            int members = p == 0 ? municipalities.length : Math.max(3, municipalities.length / 3);
            for (int i = 0; i < members; i++) {
                int m = (p * 7 + i) % municipalities.length;
                long workspace = ids.workspace++;
                workspaceRows.add(new Object[] {workspace, project, municipalities[m],
                    consultants[(p * 2 + i % 2) % consultants.length]});
                workspaces.add(new Workspace(workspace, project, municipalities[m], teams[m], projectElements, v1, v2));
            }
        }
        batch("insert into project (id, name, start_date, end_date) values (?, ?, ?, ?)", projects);
        batch("insert into project_phase (id, project_id, name, sort_order, start_date, end_date) values (?, ?, ?, ?, ?, ?)",
                phases);
        batch("insert into intervention (id, project_id, name) values (?, ?, ?)", interventions);
        batch("insert into core_element (id, intervention_id, name, sort_order) values (?, ?, ?, ?)", elements);
        batch("insert into intervention_version (id, intervention_id, label, status, trial_start, trial_end, sort_order) "
                + "values (?, ?, ?, ?, ?, ?, ?)", versions);
        batch("insert into workspace (id, project_id, organisation_id, consultant_id) values (?, ?, ?, ?)",
                workspaceRows);
        // The consultants who follow a workspace serve its project (they prepare its workshops).
        batch("insert into project_consultant (project_id, user_id) values (?, ?)", workspaceRows.stream()
                .map(w -> List.of(w[1], w[3])).distinct().map(List::toArray).toList());
        // The generated evaluating organisation evaluates every project.
        batch("insert into project_evaluator (project_id, organisation_id) values (?, ?)", projects.stream().map(p -> new Object[] {p[0], research}).toList());
        batch("insert into workshop (id, project_id, intervention_version_id, title, held_on, created_by_id, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", workshops);

        registrations(projects, workspaceRows, start, today, now, evaluatorUser, ids, random);

        Instant version2Start = version2.atStartOfDay(clock.getZone()).toInstant();
        long span = Duration.between(start.atStartOfDay(clock.getZone()).toInstant(), now).toSeconds();
        String[] statuses = {"PLANNED", "IN_PROGRESS", "COMPLETED", "EVALUATED"};
        List<Object[]> trialActions = new ArrayList<>(BATCH);
        List<Object[]> trialActionElements = new ArrayList<>(BATCH * 2);
        for (int t = 0; t < scale.trialActions(); t++) {
            Workspace workspace = workspaces.get(t % workspaces.size());
            Instant created = now.minusSeconds((long) (random.nextDouble() * span));
            LocalDate begins = LocalDate.ofInstant(created, clock.getZone());
            LocalDate ends = begins.plusDays(14 + random.nextInt(90));
            String status = statuses[random.nextInt(statuses.length)];
            boolean evaluated = status.equals("EVALUATED");
            long person = workspace.team()[random.nextInt(workspace.team().length)];
            Instant updated = created.plusSeconds((long) (random.nextDouble() * Duration.between(created, now).toSeconds()));
            long id = ids.trialAction++;
            trialActions.add(new Object[] {id, workspace.id(), workspace.project(), workspace.organisation(), created.isBefore(version2Start) ? workspace.v1() : workspace.v2(),
                "Prøvehandling " + (t + 1) + ": " + Texts.sentence(random), "At flytte praksis på et kerneelement",
                "Vi afprøver en ny arbejdsgang", person, Date.valueOf(begins), Date.valueOf(ends), status,
                evaluated ? "Det lykkedes delvist" : null, evaluated ? "Vi lærte, at " + Texts.sentence(random)
                        .toLowerCase(java.util.Locale.ROOT) : null,
                // An evaluated trial action as the form saves one: decision and next step given.
                evaluated ? "KEEP" : null, evaluated ? "Vi fortsætter som aftalt." : null, Timestamp.from(created),
                person, Timestamp.from(updated), person});
            int first = random.nextInt(CORE_ELEMENTS);
            trialActionElements.add(new Object[] {id, workspace.elements()[first]});
            if (random.nextBoolean()) {
                trialActionElements.add(new Object[] {id, workspace.elements()[(first + 1) % CORE_ELEMENTS]});
            }
            if (trialActions.size() == BATCH) {
                writeTrialActions(trialActions, trialActionElements);
            }
        }
        writeTrialActions(trialActions, trialActionElements);

        String[] kinds = {"WORKS_WELL", "HINDERS", "CHANGE_PROPOSAL", "QUESTION"};
        String[] sources = {"DAILY_PRACTICE", "LOCAL_WORKSHOP", "REFLECTION_MEETING", "DIALOGUE_MEETING"};
        List<Object[]> notes = new ArrayList<>(BATCH);
        for (int n = 0; n < scale.notes(); n++) {
            Workspace workspace = workspaces.get(n % workspaces.size());
            Instant created = now.minusSeconds((long) (random.nextDouble() * span));
            long person = workspace.team()[random.nextInt(workspace.team().length)];
            Long element = random.nextInt(10) == 0 ? null : workspace.elements()[random.nextInt(CORE_ELEMENTS)];
            notes.add(new Object[] {ids.note++, workspace.id(), workspace.project(), workspace.organisation(), created.isBefore(version2Start) ? workspace.v1() : workspace.v2(),
                element, Texts.sentence(random), kinds[random.nextInt(kinds.length)],
                sources[random.nextInt(sources.length)], Timestamp.from(created), person, Timestamp.from(created), person});
            if (notes.size() == BATCH) {
                writeNotes(notes);
            }
        }
        writeNotes(notes);

        restartIdentities(ids);
        tallies.recomputeAll();
        Summary summary = new Summary(organisations.size(), users.size(), workspaces.size(), scale.trialActions(),
                scale.notes(), nationalProject, Duration.ofNanos(System.nanoTime() - started));
        log.info("Generated the {} data set: {}", scale.name(), summary);
        return summary;
    }

    /**
     * Readies the database for measuring. PostgreSQL: fresh planner statistics for the new rows. H2:
     * compacts the file the batches grew (about 1 GB for the large set, 35 MB after) by shutting the
     * database down, so the application cannot use it afterwards; callers stop or restart.
     */
    public void finish() {
        String product = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName());
        if ("H2".equals(product)) {
            jdbc.execute("shutdown compact");
        } else {
            // As autovacuum would soon after a bulk load in production: statistics, and the visibility map that
            // lets the dashboard count from its indexes alone (and where autovacuum is off, as on the test machines).
            jdbc.execute("vacuum analyze");
        }
    }

    /**
     * The evaluation's registrations as an evaluator would have them: per project participants enrolled and completed
     * and group sessions, and every organisation's count for each month that has ended (small counts among them).
     */
    private void registrations(List<Object[]> projects, List<Object[]> workspaceRows, LocalDate start, LocalDate today,
            Instant now, long evaluator, Ids ids, Random random) {
        List<Object[]> measures = new ArrayList<>();
        List<Object[]> counts = new ArrayList<>();
        java.util.Map<Object, long[]> byProject = new java.util.HashMap<>();
        for (Object[] project : projects) {
            long enrolled = ids.measure++;
            long completed = ids.measure++;
            long sessions = ids.measure++;
            Date from = Date.valueOf(start.withDayOfMonth(1));
            measures.add(new Object[] {enrolled, project[0], "Deltagere indskrevet", "deltagere", "MONTH", from, null,
                "PARTICIPANTS", 1, evaluator, Timestamp.from(now)});
            measures.add(new Object[] {completed, project[0], "Deltagere gennemført", "deltagere", "MONTH", from, enrolled,
                null, 2, evaluator, Timestamp.from(now)});
            measures.add(new Object[] {sessions, project[0], "Gruppesessioner med børnene", "sessioner", "MONTH", from, null,
                "SESSIONS", 3, evaluator, Timestamp.from(now)});
            byProject.put(project[0], new long[] {enrolled, completed, sessions});
        }
        batch("insert into evaluation_measure (id, project_id, name, unit, period, counted_from, at_most_id, counts, "
                + "sort_order, created_by_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", measures);
        LocalDate thisMonth = today.withDayOfMonth(1);
        for (Object[] workspace : workspaceRows) {
            long[] m = byProject.get(workspace[1]);
            for (LocalDate month = start.withDayOfMonth(1); month.isBefore(thisMonth); month = month.plusMonths(1)) {
                int enrolled = random.nextInt(12);
                int[] values = {enrolled, enrolled == 0 ? 0 : random.nextInt(enrolled + 1), random.nextInt(8)};
                for (int i = 0; i < m.length; i++) {
                    counts.add(new Object[] {ids.registration++, m[i], workspace[0], Date.valueOf(month), values[i],
                        evaluator, Timestamp.from(now)});
                }
            }
        }
        batch("insert into evaluation_registration (id, measure_id, workspace_id, period_start, counted, entered_by_id, "
                + "entered_at) values (?, ?, ?, ?, ?, ?, ?)", counts);
    }

    private void writeTrialActions(List<Object[]> trialActions, List<Object[]> elements) {
        batch("insert into trial_action (id, workspace_id, project_id, organisation_id, intervention_version_id, title, "
                + "goal, planned_activity, responsible_id, start_date, end_date, status, outcome, learning, decision, "
                + "next_step, created_at, created_by_id, updated_at, updated_by_id) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                trialActions);
        batch("insert into trial_action_core_element (trial_action_id, core_element_id) values (?, ?)", elements);
        trialActions.clear();
        elements.clear();
    }

    private void writeNotes(List<Object[]> notes) {
        batch("insert into experience_note (id, workspace_id, project_id, organisation_id, intervention_version_id, "
                + "core_element_id, summary, kind, source, created_at, created_by_id, updated_at, updated_by_id) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                notes);
        notes.clear();
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            jdbc.batchUpdate(sql, chunk);
        }
    }

    /** The identity columns continue after the explicit ids, so the portal's own inserts do not collide. */
    private void restartIdentities(Ids ids) {
        long[] next = {ids.organisation, ids.user, ids.project, ids.phase, ids.workspace, ids.intervention,
            ids.coreElement, ids.version, ids.workshop, ids.trialAction, ids.note, ids.measure, ids.registration};
        for (int i = 0; i < TABLES.length; i++) {
            jdbc.execute("alter table " + TABLES[i] + " alter column id restart with " + next[i]);
        }
    }

    private static Object[] user(long id, String username, String name, String role, long organisation, String hash) {
        return new Object[] {id, username, name, hash, role, organisation};
    }

    private record Workspace(long id, long project, long organisation, long[] team, long[] elements, long v1, long v2) {
    }

    /** The next id per table; the database is empty, so every table starts at 1. */
    private static final class Ids {
        long organisation = 1, user = 1, project = 1, phase = 1, workspace = 1, intervention = 1, coreElement = 1,
                version = 1, workshop = 1, trialAction = 1, note = 1, measure = 1, registration = 1;
    }

    /**
     * Sentences as practitioners write them, put together at random from a few subjects, what happened and when:
     * the words spread over the notes the way real ones do (some in thousands of notes, most in a few), so search
     * and theme suggestions are measured on text, not on one repeated line.
     */
    static final class Texts {

        private static final String[] SUBJECTS = {"Forældrene", "Kontaktpersonen", "Trænerne", "Borgeren",
            "De frivillige", "Skolen", "Jobcentret", "Familierne", "Bostøtten", "Sagsbehandleren", "Lærerne",
            "Børnene", "Naboerne", "Psykiatrien", "Foreningen", "Beboerne"};
        private static final String[] WHAT = {"kom, da vi flyttede mødet til eftermiddagen",
            "mangler tid til samtalen", "vil gerne inddrages tidligere i forløbet", "melder afbud til koordineringsmødet",
            "har brug for en fast aftale om kontakten", "savner transport til træningen",
            "tager godt imod hjemmebesøget", "glemmer aftalen uden en påmindelse dagen før",
            "skifter ofte, så samarbejdsaftalen skal ligge hos bestyrelsen", "fik ro, når samtalen foregik hjemme",
            "ønsker hjælp til økonomi og naboskab", "bliver i fællesskabet, når de kender hinanden",
            "kender ikke fritidsguiden endnu", "vil hellere tale om bolig end om behandling",
            "skal have en fast kontaktperson ved udflytningen", "oplever ventetid på visitationen",
            "fik mere ud af sagsgennemgangen med PPR", "kræver en samtaleguide om skadesreduktion",
            "mødte op efter en sms aftenen før", "falder fra, hvis de første tre træninger går skævt"};
        private static final String[] WHEN = {"", "", " i opstarten", " efter tre uger", " om aftenen",
            " i weekenden", " ved udflytning", " i ferien", " på boformen", " i klubhuset"};

        static String sentence(Random random) {
            return SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + WHAT[random.nextInt(WHAT.length)]
                    + WHEN[random.nextInt(WHEN.length)] + ".";
        }
    }
}
