package dk.modningsportal.demo;

import dk.modningsportal.comment.CommentService.CommentRow;
import dk.modningsportal.comment.CommentService;
import dk.modningsportal.comment.CommentTarget;
import dk.modningsportal.dashboard.ProgressScores;
import dk.modningsportal.dashboard.WorkspaceTallies;
import dk.modningsportal.intervention.CoreElement;
import dk.modningsportal.intervention.Intervention;
import dk.modningsportal.intervention.InterventionVersion;
import dk.modningsportal.intervention.VersionStatus;
import dk.modningsportal.maturation.BoardFilter;
import dk.modningsportal.maturation.BoardItem;
import dk.modningsportal.maturation.BoardThemes.ThemeRow;
import dk.modningsportal.maturation.BoardThemes;
import dk.modningsportal.maturation.DecisionKind;
import dk.modningsportal.maturation.MaturationDecisions.DecisionInput;
import dk.modningsportal.maturation.MaturationDecisions;
import dk.modningsportal.maturation.VersionPublishing;
import dk.modningsportal.maturation.WorkshopBoard;
import dk.modningsportal.maturation.WorkshopService.VersionInfo;
import dk.modningsportal.maturation.WorkshopService.WorkshopInfo;
import dk.modningsportal.maturation.WorkshopService;
import dk.modningsportal.meeting.MeetingMinutes;
import dk.modningsportal.meeting.MeetingService.MeetingDetails;
import dk.modningsportal.meeting.MeetingService;
import dk.modningsportal.meeting.OutcomeKind;
import dk.modningsportal.organisation.Organisation;
import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.plan.PlanTemplate;
import dk.modningsportal.project.Project;
import dk.modningsportal.project.Workspace;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserAccount;
import dk.modningsportal.selfevaluation.AnswerKey;
import dk.modningsportal.selfevaluation.ImplementationStatus;
import dk.modningsportal.selfevaluation.Quarter;
import dk.modningsportal.selfevaluation.SelfEvaluationService.Form;
import dk.modningsportal.selfevaluation.SelfEvaluationService;
import dk.modningsportal.trialaction.TrialActionFilter;
import dk.modningsportal.trialaction.TrialActionService;
import dk.modningsportal.trialaction.TrialActionStatus;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the demo: the three-version inclusion project of seed 004 and the Housing First trial-action
 * course of seed 003, six municipalities, a § 110 shelter and an association, a consultant per
 * organisation, users in every role, and a few dozen trial actions and notes in several states.
 * Dates are relative to today so the demo always looks current.
 */
@Component
public class DemoData {

    /** The password of every demo account; documented in README.md. */
    public static final String DEMO_PASSWORD = "demo";

    private final EntityManager em;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final DemoWriter writer;

    private final WorkshopService workshopService;

    private final BoardThemes boardThemes;

    private final WorkshopBoard workshopBoard;
    private final MaturationDecisions decisions;
    private final VersionPublishing publishing;
    private final ProgressScores progressScores;
    private final WorkspaceTallies tallies;
    private final CommentService comments;
    private final SelfEvaluationService selfEvaluations;
    private final PlanService plans;
    private final MeetingService meetings;
    private final MeetingMinutes minutes;
    private final TrialActionService trialActions;
    private final DemoEvaluation evaluation;

    DemoData(EntityManager em, PasswordEncoder passwordEncoder, Clock clock, DemoWriter writer,
            WorkshopService workshopService, BoardThemes boardThemes, WorkshopBoard workshopBoard, MaturationDecisions decisions, VersionPublishing publishing,
            ProgressScores progressScores,
            WorkspaceTallies tallies, CommentService comments, TrialActionService trialActions,
            SelfEvaluationService selfEvaluations, PlanService plans, MeetingService meetings,
            MeetingMinutes minutes, DemoEvaluation evaluation) {
        this.evaluation = evaluation;
        this.meetings = meetings;
        this.minutes = minutes;
        this.selfEvaluations = selfEvaluations;
        this.plans = plans;
        this.comments = comments;
        this.trialActions = trialActions;
        this.tallies = tallies;
        this.progressScores = progressScores;
        this.em = em;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.writer = writer;
        this.workshopService = workshopService;
        this.boardThemes = boardThemes;
        this.workshopBoard = workshopBoard;
        this.decisions = decisions;
        this.publishing = publishing;
    }

    @Transactional
    public boolean loadIfEmpty() {
        Long organisations = em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
        if (organisations > 0) {
            return false;
        }
        load();
        return true;
    }

    private void load() {
        LocalDate today = LocalDate.now(clock);
        String hash = passwordEncoder.encode(DEMO_PASSWORD);

        Organisation sst = org("Socialstyrelsen", OrganisationKind.NATIONAL_AGENCY);
        Organisation vive = org("VIVE – Det Nationale Forsknings- og Analysecenter for Velfærd", OrganisationKind.EVALUATOR);
        Organisation aarhus = org("Aarhus Kommune", OrganisationKind.MUNICIPALITY);
        Organisation odense = org("Odense Kommune", OrganisationKind.MUNICIPALITY);
        Organisation vejle = org("Vejle Kommune", OrganisationKind.MUNICIPALITY);
        Organisation herning = org("Herning Kommune", OrganisationKind.MUNICIPALITY);
        Organisation aalborg = org("Aalborg Kommune", OrganisationKind.MUNICIPALITY);
        Organisation holbaek = org("Holbæk Kommune", OrganisationKind.MUNICIPALITY);
        Organisation lindegaarden = org("Forsorgshjemmet Lindegården (§ 110)", OrganisationKind.SHELTER);
        Organisation aadalen = org("Idrætsforeningen Ådalen", OrganisationKind.ASSOCIATION);

        UserAccount mette = user("konsulent.mette", "Mette Lund", Role.CONSULTANT, sst, hash);
        UserAccount jonas = user("konsulent.jonas", "Jonas Holm", Role.CONSULTANT, sst, hash);
        UserAccount sara = user("konsulent.sara", "Sara Nielsen", Role.CONSULTANT, sst, hash);
        user("ledelse.sst", "Karen Bech", Role.LEADER, sst, hash);
        user("admin", "Portaladministrator", Role.ADMIN, sst, hash);
        UserAccount peter = user("evaluator.vive", "Peter Damgaard", Role.EVALUATOR, vive, hash);

        Map<Organisation, List<UserAccount>> teams = new LinkedHashMap<>();
        teams.put(aarhus, List.of(user("praktiker.aarhus", "Louise Madsen", Role.TEAM_MEMBER, aarhus, hash),
                user("projektleder.aarhus", "Anders Kjær", Role.PROJECT_LEADER, aarhus, hash),
                user("praktiker2.aarhus", "Ahmed Yusuf", Role.TEAM_MEMBER, aarhus, hash)));
        user("leder.aarhus", "Birgitte Holm", Role.LEADER, aarhus, hash);
        teams.put(odense, List.of(user("praktiker.odense", "Rasmus Friis", Role.TEAM_MEMBER, odense, hash),
                user("projektleder.odense", "Camilla Juhl", Role.PROJECT_LEADER, odense, hash)));
        teams.put(vejle, List.of(user("praktiker.vejle", "Sofie Lauridsen", Role.TEAM_MEMBER, vejle, hash),
                user("projektleder.vejle", "Henrik Bak", Role.PROJECT_LEADER, vejle, hash)));
        teams.put(herning, List.of(user("praktiker.herning", "Maja Toft", Role.TEAM_MEMBER, herning, hash),
                user("projektleder.herning", "Ole Vestergaard", Role.PROJECT_LEADER, herning, hash)));
        teams.put(aadalen, List.of(user("frivillig.aadalen", "Jens Krogh", Role.TEAM_MEMBER, aadalen, hash)));
        teams.put(aalborg, List.of(user("praktiker.aalborg", "Nanna Søgaard", Role.TEAM_MEMBER, aalborg, hash),
                user("projektleder.aalborg", "Thomas Brandt", Role.PROJECT_LEADER, aalborg, hash)));
        teams.put(holbaek, List.of(user("praktiker.holbaek", "Ida Kofoed", Role.TEAM_MEMBER, holbaek, hash),
                user("projektleder.holbaek", "Lars Winther", Role.PROJECT_LEADER, holbaek, hash)));
        teams.put(lindegaarden, List.of(user("medarbejder.lindegaarden", "Mikkel Dahl", Role.TEAM_MEMBER, lindegaarden, hash),
                user("projektleder.lindegaarden", "Hanne Riis", Role.PROJECT_LEADER, lindegaarden, hash)));

        // Seed 004: three versions, one trial round each; 2.0 is in trial now.
        Project inclusion = new Project("Inklusion af børn og unge med handicap i fritidsfællesskaber",
                "Kommuner og lokale frivillige foreninger afprøver en indsats, der skal give børn og unge med handicap "
                        + "adgang til fritidsfællesskaber. Indsatsen modnes gennem tre versioner.",
                today.minusMonths(16), today.plusMonths(14));
        inclusion.addPhase("Forberedelse", today.minusMonths(16), today.minusMonths(13).minusDays(1));
        inclusion.addPhase("Forandring", today.minusMonths(13), today.plusMonths(8));
        inclusion.addPhase("Forankring", today.plusMonths(8).plusDays(1), today.plusMonths(14));
        // VIVE evaluates the inclusion project, not the Housing First course.
        inclusion.addEvaluator(vive.getId());
        em.persist(inclusion);
        Intervention inclusionIntervention = new Intervention(inclusion.getId(), "Fritidsfællesskaber for alle",
                "En koordineret indsats, hvor kommunen og lokale foreninger sammen bygger bro mellem børn og unge "
                        + "med handicap og fællesskaber i fritiden.",
                "Når kommunens forvaltninger og foreningerne samarbejder, og barnet, familien og de frivillige "
                        + "støttes, deltager flere børn med handicap stabilt i et fritidsfællesskab.");
        List<CoreElement> inclusionElements = List.of(
                inclusionIntervention.addCoreElement("Tværgående samarbejde i kommunen",
                        "Kultur- og fritidsområdet, socialområdet, skole/PPR og sundhedsområdet arbejder sammen."),
                inclusionIntervention.addCoreElement("Samarbejde med lokale foreninger",
                        "Faste aftaler og kontaktpersoner mellem kommune og foreninger."),
                inclusionIntervention.addCoreElement("Opsporing og rekruttering",
                        "Børn og familier findes og inviteres gennem de fagpersoner, der kender dem."),
                inclusionIntervention.addCoreElement("Match og brobygning",
                        "Barnet matches med et fællesskab og får en god start, fx med en fritidsguide."),
                inclusionIntervention.addCoreElement("Støtte i fællesskabet",
                        "Støtte til barnet, forældrene og de frivillige, så deltagelsen holder."),
                inclusionIntervention.addCoreElement("Kompetenceudvikling",
                        "Frivillige og fagpersoner lærer om handicap, inklusion og tilpasning af aktiviteter."));
        InterventionVersion inclusionV1 = inclusionIntervention.addVersion("1.0", VersionStatus.IN_TRIAL,
                today.minusMonths(13), today.minusMonths(10));
        em.persist(inclusionIntervention);

        // Seed 003: start, four months of local trial actions, anchoring.
        Project housingFirst = new Project("Gruppeforløb om Housing First: fra prøvehandling til praksis",
                "Socialstyrelsens rådgivningsfunktion på hjemløshedsområdet støtter kommuner og § 110-boformer i at "
                        + "udvikle og justere lokal praksis gennem prøvehandlinger med afsæt i Housing First.",
                today.minusMonths(3), today.plusMonths(3));
        housingFirst.addPhase("Opstart", today.minusMonths(3), today.minusMonths(2).minusDays(1));
        housingFirst.addPhase("Prøvehandlinger", today.minusMonths(2), today.plusMonths(2));
        housingFirst.addPhase("Forankring", today.plusMonths(2).plusDays(1), today.plusMonths(3));
        em.persist(housingFirst);
        Intervention hfIntervention = new Intervention(housingFirst.getId(), "Housing First-baseret bostøtte",
                "Borgere i hjemløshed får en varig bolig og individuel, helhedsorienteret bostøtte.",
                "En egen bolig og bostøtte efter behov giver stabilitet, som gør det muligt at arbejde med "
                        + "borgerens øvrige udfordringer.");
        List<CoreElement> hfElements = List.of(
                hfIntervention.addCoreElement("Boligen først", "Boligen er udgangspunktet, ikke en belønning."),
                hfIntervention.addCoreElement("Bostøtte efter behov", "CTI, ICM eller ACT efter borgerens behov."),
                hfIntervention.addCoreElement("Borgerens valg og indflydelse", "Borgeren bestemmer over egen støtte."),
                hfIntervention.addCoreElement("Helhedsorienteret samarbejde", "Boform, kommune og andre aktører arbejder sammen."),
                hfIntervention.addCoreElement("Recovery og skadesreduktion", "Støtten bygger på håb og skadesreduktion."));
        InterventionVersion hfV1 = hfIntervention.addVersion("1.0", VersionStatus.IN_TRIAL, today.minusMonths(2),
                today.plusMonths(2));
        em.persist(hfIntervention);

        Map<Organisation, Workspace> inclusionWorkspaces = new LinkedHashMap<>();
        inclusionWorkspaces.put(aarhus, participate(inclusion, aarhus, mette));
        inclusionWorkspaces.put(odense, participate(inclusion, odense, mette));
        inclusionWorkspaces.put(vejle, participate(inclusion, vejle, jonas));
        inclusionWorkspaces.put(herning, participate(inclusion, herning, jonas));
        inclusionWorkspaces.put(aadalen, participate(inclusion, aadalen, jonas));
        Map<Organisation, Workspace> hfWorkspaces = new LinkedHashMap<>();
        hfWorkspaces.put(aalborg, participate(housingFirst, aalborg, sara));
        hfWorkspaces.put(holbaek, participate(housingFirst, holbaek, sara));
        hfWorkspaces.put(lindegaarden, participate(housingFirst, lindegaarden, sara));
        hfWorkspaces.put(odense, participate(housingFirst, odense, mette));

        // The plans first: the maturation workshops are held on the plan's days.
        layPlan(inclusion, mette, PlanTemplate.THREE_VERSIONS);
        layPlan(housingFirst, sara, PlanTemplate.START_FOUR_MONTHS_ANCHORING);
        Random random = new Random(4);
        // Round 1 of the inclusion project (version 1.0), about a year ago.
        inclusionWorkspaces.forEach((org, ws) -> writer.fill(ws, teams.get(org), inclusionElements, inclusionV1,
                DemoTexts.INCLUSION_TRIAL_ACTIONS, DemoTexts.INCLUSION_NOTES,
                List.of(TrialActionStatus.EVALUATED, TrialActionStatus.EVALUATED), 5, 400, 310, random));
        // The first maturation workshop turns round 1 into version 2.0, which has been in trial since.
        InterventionVersion inclusionV2 = firstWorkshop(inclusion, inclusionV1, mette, today);
        inclusionWorkspaces.forEach((org, ws) -> writer.fill(ws, teams.get(org), currentElements(inclusionV2),
                inclusionV2, DemoTexts.INCLUSION_TRIAL_ACTIONS, DemoTexts.INCLUSION_NOTES,
                List.of(TrialActionStatus.EVALUATED, TrialActionStatus.COMPLETED, TrialActionStatus.IN_PROGRESS,
                        TrialActionStatus.PLANNED), 5, 280, 2, random));
        int sameMatter = 0;
        for (Map.Entry<Organisation, Workspace> entry : inclusionWorkspaces.entrySet()) {
            List<DemoTexts.NoteText> texts = DemoTexts.SAME_MATTER_NOTES.get(sameMatter++);
            writer.fill(entry.getValue(), teams.get(entry.getKey()), currentElements(inclusionV2), inclusionV2,
                    DemoTexts.INCLUSION_TRIAL_ACTIONS, texts, List.of(), texts.size(), 60, 2, random);
        }
        prepareWorkshop(inclusion, inclusionV2, mette, "Modningsworkshop 2", "Transport og tid er de største barrierer",
                null);

        score(inclusionWorkspaces, mette, 3.0, 2.5, 3.5, 2.0, 2.5);

        // The Housing First course: one round of trial actions so far, a reflection meeting ahead.
        hfWorkspaces.forEach((org, ws) -> writer.fill(ws, teams.get(org), hfElements, hfV1,
                DemoTexts.HOUSING_FIRST_TRIAL_ACTIONS, DemoTexts.HOUSING_FIRST_NOTES,
                List.of(TrialActionStatus.EVALUATED, TrialActionStatus.EVALUATED, TrialActionStatus.COMPLETED,
                        TrialActionStatus.IN_PROGRESS, TrialActionStatus.PLANNED), 7, 60, 1, random));
        prepareWorkshop(housingFirst, hfV1, sara, "Fælles refleksionsmøde 2",
                "Bostøtten skal begynde før indflytning", new DecisionInput(DecisionKind.CHANGE_ELEMENT,
                        hfElements.get(1).getId(), null,
                        "Bostøtten (CTI, ICM eller ACT) begynder, mens borgeren stadig bor på boformen, så den første "
                                + "tid i egen bolig sker med en kendt støtteperson.",
                        "Flere boformer oplevede, at borgere mistede kontakten i de første uger efter udflytning."));
        score(hfWorkspaces, sara, 2.0, 1.5, 2.5, 2.0);
        conversation(inclusionWorkspaces.get(aarhus), mette, teams.get(aarhus));
        heldMeeting(inclusion, mette, teams.get(aarhus).get(1), odense);
        nextReflectionMeeting(inclusion, mette);
        expectHours(inclusion, OrganisationKind.MUNICIPALITY, 210);
        expectHours(inclusion, OrganisationKind.ASSOCIATION, 125);
        Quarter lastQuarter = Quarter.of(today.minusMonths(3));
        selfEvaluation(inclusionWorkspaces.get(aarhus), teams.get(aarhus).get(1), lastQuarter, true, random);
        selfEvaluation(inclusionWorkspaces.get(aarhus), teams.get(aarhus).get(1), Quarter.of(today), false, random);
        selfEvaluation(inclusionWorkspaces.get(odense), teams.get(odense).get(1), lastQuarter, true, random);
        Map<Workspace, List<UserAccount>> inclusionTeams = new LinkedHashMap<>();
        inclusionWorkspaces.forEach((org, ws) -> inclusionTeams.put(ws, teams.get(org)));
        evaluation.fill(inclusion, peter, inclusionTeams, random);
        // The writer backdated what the services wrote; count it again as it now stands.
        tallies.recomputeAll();
    }

    /** The plan's maturation workshop with this title (the demo's workshops are held on the plan's days). */
    private long planned(Project project, String title) {
        return workshopService.unpreparedWorkshops(project.getId()).stream().filter(p -> p.title().equals(title))
                .findFirst().orElseThrow().activityId();
    }

    /** The consultant lays the project's plan from a template, from the project's start. */
    private void layPlan(Project project, UserAccount consultant, PlanTemplate template) {
        writer.signIn(consultant);
        try {
            plans.applyTemplate(project.getId(), template, project.getStartDate());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The cross-municipal follow-up workshop of the inclusion project, held, with its minutes sent. */
    private void heldMeeting(Project project, UserAccount consultant, UserAccount projectLeader, Organisation experienceFrom) {
        writer.signIn(consultant);
        try {
            long activity = plans.plan(project.getId()).activities().stream()
                    .filter(a -> a.title().equals("Tværgående opfølgningsworkshop")).findFirst().orElseThrow().id();
            MeetingDetails meeting = meetings.useTemplate(meetings.open(activity, null).id());
            MeetingService.ItemRow exchange = meeting.items().get(2);
            meeting = minutes.writeMinutes(exchange.id(), exchange.version(),
                    "Kommunerne fortalte om deres samarbejde med foreningerne. Faste kontaktpersoner går igen som "
                            + "det, der gør forskellen.");
            minutes.addOutcome(exchange.id(), new MeetingService.OutcomeInput(OutcomeKind.FOLLOW_UP,
                    "Del skabelonen til samarbejdsaftalen med de andre kommuner", projectLeader.getId(),
                    LocalDate.now(clock).plusWeeks(2), null));
            minutes.addOutcome(exchange.id(), new MeetingService.OutcomeInput(OutcomeKind.EXPERIENCE_NOTE,
                    "En fast kontaktperson i hver forening gør samarbejdet robust", null, null, experienceFrom.getId()));
            minutes.addOutcome(exchange.id(), new MeetingService.OutcomeInput(OutcomeKind.DECISION,
                    "Kontaktpersoner tages op på næste modningsworkshop", null, null, null));
            meeting = meetings.details(meeting.id());
            minutes.publish(meeting.id(), meeting.version());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * The inclusion project's next meeting where the teams present their experience (its project leader network) has
     * its agenda, with an item for the local trial actions, so the teams can put their presentations on it.
     */
    private void nextReflectionMeeting(Project project, UserAccount consultant) {
        writer.signIn(consultant);
        try {
            plans.plan(project.getId()).activities().stream()
                    .filter(a -> a.kind().isWhereTeamsPresent() && !a.local()
                            && a.startsOn().isAfter(LocalDate.now(clock)))
                    .findFirst().ifPresent(a -> meetings.saveItem(meetings.useTemplate(meetings.open(a.id(), null).id())
                            .id(), new MeetingService.ItemInput(null, 0, "Erfaringer fra de lokale prøvehandlinger",
                                    "Organisationerne", 30, false)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The time the project expects an organisation of this kind to spend, for the cost estimate. */
    private void expectHours(Project project, OrganisationKind kind, int hours) {
        em.createNativeQuery("insert into project_expected_hours (project_id, organisation_kind, hours) values (?1, ?2, ?3)")
                .setParameter(1, project.getId()).setParameter(2, kind.name()).setParameter(3, hours).executeUpdate();
    }

    /** A project leader's self-evaluation of a quarter: submitted, or a draft half done. */
    private void selfEvaluation(Workspace workspace, UserAccount projectLeader, Quarter quarter, boolean submit,
            Random random) {
        writer.signIn(projectLeader);
        try {
            Form form = selfEvaluations.open(workspace.getId(), quarter);
            ImplementationStatus[] scale = ImplementationStatus.values();
            for (var element : form.elements()) {
                form = selfEvaluations.saveAnswer(form.id(), new AnswerKey.Status(element.coreElementId()), "",
                        scale[1 + random.nextInt(3)].name());
            }
            form = selfEvaluations.saveAnswer(form.id(), AnswerKey.Text.DRIVERS, "",
                    "Ledelsen bakker tydeligt op, og foreningerne er blevet faste samarbejdspartnere.");
            if (!submit) {
                return;
            }
            form = selfEvaluations.saveAnswer(form.id(), AnswerKey.Text.BARRIERS, "",
                    "Transport til og fra træning og skiftende kontaktpersoner i foreningerne.");
            form = selfEvaluations.saveAnswer(form.id(), AnswerKey.Text.REFLECTIONS, "",
                    "Vi skal have forældrene med tidligere; det tager vi op på næste teammøde.");
            selfEvaluations.submit(form.id(), form.version());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Feedback and a short exchange on Aarhus' trial action in progress, naming people, so the bells ring. */
    private void conversation(Workspace workspace, UserAccount consultant, List<UserAccount> team) {
        writer.signIn(team.get(0));
        try {
            long inProgress = trialActions.list(workspace.getId(), new TrialActionFilter(TrialActionStatus.IN_PROGRESS,
                    null, null, null, null, false), org.springframework.data.domain.PageRequest.of(0, 1)).get(0).id();
            CommentTarget target = CommentTarget.trialAction(inProgress);
            writer.signIn(consultant);
            CommentRow feedback = comments.add(target, null, "Spændende prøvehandling – I har fat i noget vigtigt. "
                    + "@" + team.get(1).getUsername() + ", kan I tage jeres erfaringer med til netværksmødet?");
            writer.signIn(team.get(1));
            comments.add(target, feedback.id(), "Ja, det gør vi. @" + team.get(0).getUsername()
                    + " samler noterne fra de sidste tre gange.");
            writer.signIn(team.get(0));
            comments.add(target, null, "Jeg har skrevet to erfaringer om transporten; de ligger under Erfaringer.");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A consultant's progress scores for each organisation they follow, the earlier one three months back. */
    private void score(Map<Organisation, Workspace> workspaces, UserAccount consultant, double... scores) {
        writer.signIn(consultant);
        try {
            int i = 0;
            for (Workspace workspace : workspaces.values()) {
                double now = scores[i % scores.length];
                progressScores.setScore(workspace.getId(), BigDecimal.valueOf(Math.max(0.5, now - 0.5)),
                        "Status ved dialogmødet.");
                progressScores.setScore(workspace.getId(), BigDecimal.valueOf(now), "Flere prøvehandlinger evalueret.");
                i++;
            }
            em.flush();
            em.createQuery("update ProgressScore s set s.scoredAt = :then where s.note = :note")
                    .setParameter("then", clock.instant().minus(Duration.ofDays(90)))
                    .setParameter("note", "Status ved dialogmødet.").executeUpdate();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Modningsworkshop 1: themes and decisions from round 1, then version 2.0 published about ten months ago. */
    private InterventionVersion firstWorkshop(Project project, InterventionVersion round, UserAccount consultant,
            LocalDate today) {
        writer.signIn(consultant);
        try {
            WorkshopInfo workshop = workshopService.createWorkshopFromPlan(project.getId(), round.getId(),
                    planned(project, "Modningsworkshop 1"));
            ThemeRow agreements = boardThemes.createTheme(workshop.id(), "Aftalerne med foreningerne skal forankres");
            ThemeRow parents = boardThemes.createTheme(workshop.id(), "Forældrene skal med fra start");
            ThemeRow learning = boardThemes.createTheme(workshop.id(), "Kompetenceudvikling gennem praksis");
            Map<String, Long> themeByElement = Map.of("Samarbejde med lokale foreninger", agreements.id(),
                    "Støtte i fællesskabet", parents.id(), "Kompetenceudvikling", learning.id());
            Map<Long, String> elementNames = new java.util.HashMap<>();
            workshopService.coreElements(workshop.id()).forEach(c -> elementNames.put(c.id(), c.name()));
            for (BoardItem item : workshopBoard.board(workshop.id(), BoardFilter.ofRound(round.getId()))) {
                item.coreElementIds().stream().map(elementNames::get).map(themeByElement::get)
                        .filter(java.util.Objects::nonNull).findFirst()
                        .ifPresentOrElse(theme -> workshopBoard.assignTheme(workshop.id(), item.ref(), theme), () -> {
                            if (item.noteKind() == dk.modningsportal.note.NoteKind.CHANGE_PROPOSAL) {
                                workshopBoard.setTaken(workshop.id(), item.ref(), true);
                            }
                        });
            }
            boardThemes.updateTheme(agreements.id(), agreements.version(), agreements.title(),
                    "Kontaktpersoner i foreningerne skifter ofte, og med dem forsvinder aftalerne. Kommunerne foreslår "
                            + "aftaler med bestyrelsen.");
            Long cooperation = elementNames.entrySet().stream()
                    .filter(e -> e.getValue().equals("Samarbejde med lokale foreninger")).findFirst().orElseThrow().getKey();
            Long competence = elementNames.entrySet().stream()
                    .filter(e -> e.getValue().equals("Kompetenceudvikling")).findFirst().orElseThrow().getKey();
            decisions.decide(agreements.id(), new DecisionInput(DecisionKind.CHANGE_ELEMENT, cooperation, null,
                    "Kommunen indgår en skriftlig samarbejdsaftale med foreningens bestyrelse, så samarbejdet ikke "
                            + "afhænger af én frivillig. Aftalen beskriver kontaktveje, forventninger og opfølgning to "
                            + "gange om året.",
                    "Flere kommuner oplevede, at kontaktpersoner i foreningerne skiftede, og at aftalen forsvandt med dem."));
            decisions.decide(parents.id(), new DecisionInput(DecisionKind.ADD_ELEMENT, null, "Forældreinddragelse",
                    "Forældrene inddrages fra første samtale og møder foreningen, før barnet starter – fx ved "
                            + "forældrecaféer i klubhuset.",
                    "Børnene blev i fællesskabet, når forældrene kendte foreningen og hinanden."));
            decisions.decide(learning.id(), new DecisionInput(DecisionKind.CHANGE_ELEMENT, competence, null,
                    "Frivillige og fagpersoner lærer gennem konkrete øvelser på banen og sparring med fritidsguiden "
                            + "frem for oplæg om diagnoser.",
                    "De frivillige efterspurgte øvelser, de kan bruge på holdet, mere end viden om diagnoser."));
            VersionInfo published = publishing.publish(project.getId(), workshop.draft().id());
            InterventionVersion version = em.find(InterventionVersion.class, published.id());
            em.createQuery("update InterventionVersion v set v.trialStart = :start, v.trialEnd = :end, "
                            + "v.publishedAt = :published where v.id = :id")
                    .setParameter("start", today.minusMonths(10).plusDays(1)).setParameter("end", today.plusMonths(2))
                    .setParameter("published", clock.instant().minus(Duration.ofDays(300)))
                    .setParameter("id", version.getId()).executeUpdate();
            em.createQuery("update InterventionVersion v set v.trialEnd = :end where v.id = :id")
                    .setParameter("end", today.minusMonths(10)).setParameter("id", round.getId()).executeUpdate();
            em.refresh(version);
            return version;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A workshop being prepared: its round's change proposals taken to it, one theme, perhaps a first decision. */
    private void prepareWorkshop(Project project, InterventionVersion round, UserAccount consultant, String title,
            String themeTitle, DecisionInput decision) {
        writer.signIn(consultant);
        try {
            WorkshopInfo workshop = workshopService.createWorkshopFromPlan(project.getId(), round.getId(),
                    planned(project, title));
            ThemeRow theme = boardThemes.createTheme(workshop.id(), themeTitle);
            workshopBoard.board(workshop.id(), BoardFilter.ofRound(round.getId())).stream()
                    .filter(item -> item.noteKind() == dk.modningsportal.note.NoteKind.HINDERS)
                    .forEach(item -> workshopBoard.assignTheme(workshop.id(), item.ref(), theme.id()));
            if (decision != null) {
                decisions.decide(theme.id(), decision);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static List<CoreElement> currentElements(InterventionVersion version) {
        return version.getTexts().stream().map(t -> t.getCoreElement())
                .sorted(java.util.Comparator.comparingInt(CoreElement::getSortOrder)).toList();
    }

    private Organisation org(String name, OrganisationKind kind) {
        Organisation organisation = new Organisation(name, kind);
        em.persist(organisation);
        return organisation;
    }

    private UserAccount user(String username, String name, Role role, Organisation organisation, String hash) {
        String email = username + "@demo.modningsportalen.dk";
        UserAccount account = new UserAccount(username, name, email, hash, role, organisation.getId());
        em.persist(account);
        return account;
    }

    private Workspace participate(Project project, Organisation organisation, UserAccount consultant) {
        Workspace workspace = new Workspace(project, organisation.getId(), consultant == null ? null : consultant.getId());
        em.persist(workspace);
        return workspace;
    }
}
