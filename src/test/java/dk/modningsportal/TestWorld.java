package dk.modningsportal;

import dk.modningsportal.base.DanishTime;
import dk.modningsportal.intervention.CoreElement;
import dk.modningsportal.intervention.Intervention;
import dk.modningsportal.intervention.InterventionVersion;
import dk.modningsportal.intervention.VersionStatus;
import dk.modningsportal.organisation.Organisation;
import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.project.Workspace;
import dk.modningsportal.project.Project;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserAccount;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A small hand-made world for tests: project P1 with organisations A and B, project P2 with
 * organisation C, a consultant per project, and users in every role. Built inside the test's
 * transaction, so each test starts from it and leaves nothing behind.
 */
@Component
public class TestWorld {

    @org.springframework.beans.factory.annotation.Autowired
    private java.time.Clock clock;

    public static final String PASSWORD = "test-password";

    public final EntityManager em;
    private final PasswordEncoder encoder;

    /** The evaluating organisation: it evaluates P1, not P2. */
    public Organisation research;
    public Organisation sst, orgA, orgB, orgC;
    public UserAccount memberA, leaderA, projectLeaderA, memberB, memberC, consultantP1, consultantP2,
            nationalLeader, evaluator, admin;
    public Project p1, p2;
    public Workspace workspaceA, workspaceB, workspaceC;
    public CoreElement p1Cooperation, p1Recruitment, p2Housing;
    public InterventionVersion p1v1, p1v2, p2v1;

    TestWorld(EntityManager em, PasswordEncoder encoder) {
        this.em = em;
        this.encoder = encoder;
    }

    public TestWorld build() {
        String hash = encoder.encode(PASSWORD);
        sst = persist(new Organisation("Socialstyrelsen (test)", OrganisationKind.NATIONAL_AGENCY));
        research = persist(new Organisation("Evaluator (test)", OrganisationKind.EVALUATOR));
        orgA = persist(new Organisation("Kommune A", OrganisationKind.MUNICIPALITY));
        orgB = persist(new Organisation("Kommune B", OrganisationKind.MUNICIPALITY));
        orgC = persist(new Organisation("Boform C", OrganisationKind.SHELTER));

        memberA = user("member.a", "Anna A", Role.TEAM_MEMBER, orgA, hash);
        projectLeaderA = user("leader.project.a", "Per A", Role.PROJECT_LEADER, orgA, hash);
        leaderA = user("leader.a", "Lene A", Role.LEADER, orgA, hash);
        memberB = user("member.b", "Bo B", Role.TEAM_MEMBER, orgB, hash);
        memberC = user("member.c", "Cille C", Role.TEAM_MEMBER, orgC, hash);
        consultantP1 = user("consultant.p1", "Konsulent Et", Role.CONSULTANT, sst, hash);
        consultantP2 = user("consultant.p2", "Konsulent To", Role.CONSULTANT, sst, hash);
        nationalLeader = user("leader.sst", "Chef SST", Role.LEADER, sst, hash);
        evaluator = user("evaluator", "Eva Evaluator", Role.EVALUATOR, research, hash);
        admin = user("admin.test", "Admin", Role.ADMIN, sst, hash);

        LocalDate today = LocalDate.now(clock);
        p1 = new Project("Projekt Et", null, today.minusMonths(6), today.plusMonths(12));
        p1.addPhase("Forandring", today.minusMonths(6), today.plusMonths(12));
        p1.addEvaluator(research.getId());
        persist(p1);
        Intervention i1 = new Intervention(p1.getId(), "Indsats Et", null, null);
        p1Cooperation = i1.addCoreElement("Samarbejde", null);
        p1Recruitment = i1.addCoreElement("Rekruttering", null);
        p1v1 = i1.addVersion("1.0", VersionStatus.CLOSED, today.minusMonths(6), today.minusMonths(3));
        p1v2 = i1.addVersion("2.0", VersionStatus.IN_TRIAL, today.minusMonths(3), today.plusMonths(3));
        persist(i1);

        p2 = new Project("Projekt To", null, today.minusMonths(2), today.plusMonths(4));
        persist(p2);
        Intervention i2 = new Intervention(p2.getId(), "Indsats To", null, null);
        p2Housing = i2.addCoreElement("Boligen først", null);
        p2v1 = i2.addVersion("1.0", VersionStatus.IN_TRIAL, today.minusMonths(2), today.plusMonths(4));
        persist(i2);

        workspaceA = persist(new Workspace(p1, orgA.getId(), consultantP1.getId()));
        workspaceB = persist(new Workspace(p1, orgB.getId(), consultantP1.getId()));
        workspaceC = persist(new Workspace(p2, orgC.getId(), consultantP2.getId()));
        em.flush();
        return this;
    }

    private UserAccount user(String username, String name, Role role, Organisation organisation, String hash) {
        return persist(new UserAccount(username, name, username + "@example.dk", hash, role, organisation.getId()));
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
