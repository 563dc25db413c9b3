package dk.modningsportal.demo;

import dk.modningsportal.intervention.CoreElement;
import dk.modningsportal.intervention.Intervention;
import dk.modningsportal.intervention.InterventionVersion;
import dk.modningsportal.intervention.VersionStatus;
import dk.modningsportal.organisation.Organisation;
import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.project.Participation;
import dk.modningsportal.project.Project;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserAccount;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

    DemoData(EntityManager em, PasswordEncoder passwordEncoder, Clock clock, DemoWriter writer) {
        this.em = em;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.writer = writer;
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
        Organisation vive = org("VIVE – Det Nationale Forsknings- og Analysecenter for Velfærd", OrganisationKind.RESEARCH);
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
        user("evaluator.vive", "Peter Damgaard", Role.EVALUATOR, vive, hash);

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
        em.persist(inclusion);
        Intervention inclusionIntervention = new Intervention(inclusion, "Fritidsfællesskaber for alle",
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
        InterventionVersion inclusionV1 = inclusionIntervention.addVersion("1.0", VersionStatus.CLOSED,
                today.minusMonths(13), today.minusMonths(10));
        InterventionVersion inclusionV2 = inclusionIntervention.addVersion("2.0", VersionStatus.IN_TRIAL,
                today.minusMonths(10).plusDays(1), today.plusMonths(2));
        inclusionIntervention.addVersion("3.0", VersionStatus.DRAFT, today.plusMonths(2).plusDays(1), today.plusMonths(14));
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
        Intervention hfIntervention = new Intervention(housingFirst, "Housing First-baseret bostøtte",
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
        hfIntervention.addVersion("2.0", VersionStatus.DRAFT, null, null);
        em.persist(hfIntervention);

        Map<Organisation, Participation> inclusionWorkspaces = new LinkedHashMap<>();
        inclusionWorkspaces.put(aarhus, participate(inclusion, aarhus, mette));
        inclusionWorkspaces.put(odense, participate(inclusion, odense, mette));
        inclusionWorkspaces.put(vejle, participate(inclusion, vejle, jonas));
        inclusionWorkspaces.put(herning, participate(inclusion, herning, jonas));
        inclusionWorkspaces.put(aadalen, participate(inclusion, aadalen, jonas));
        Map<Organisation, Participation> hfWorkspaces = new LinkedHashMap<>();
        hfWorkspaces.put(aalborg, participate(housingFirst, aalborg, sara));
        hfWorkspaces.put(holbaek, participate(housingFirst, holbaek, sara));
        hfWorkspaces.put(lindegaarden, participate(housingFirst, lindegaarden, sara));
        hfWorkspaces.put(odense, participate(housingFirst, odense, mette));

        Random random = new Random(4);
        Instant now = clock.instant();
        inclusionWorkspaces.forEach((org, ws) -> writer.fill(ws, teams.get(org), inclusionElements,
                List.of(inclusionV1, inclusionV2), DemoTexts.INCLUSION_TRIAL_ACTIONS, DemoTexts.INCLUSION_NOTES,
                today, now, random));
        hfWorkspaces.forEach((org, ws) -> writer.fill(ws, teams.get(org), hfElements, List.of(hfV1),
                DemoTexts.HOUSING_FIRST_TRIAL_ACTIONS, DemoTexts.HOUSING_FIRST_NOTES, today, now, random));
    }

    private Organisation org(String name, OrganisationKind kind) {
        Organisation organisation = new Organisation(name, kind);
        em.persist(organisation);
        return organisation;
    }

    private UserAccount user(String username, String name, Role role, Organisation organisation, String hash) {
        String email = username + "@demo.modningsportalen.dk";
        UserAccount account = new UserAccount(username, name, email, hash, role, organisation);
        em.persist(account);
        return account;
    }

    private Participation participate(Project project, Organisation organisation, UserAccount consultant) {
        Participation participation = new Participation(project, organisation, consultant);
        em.persist(participation);
        return participation;
    }
}
