package dk.modningsportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.PortalTest;
import dk.modningsportal.audit.AuditEntry;
import dk.modningsportal.audit.AuditLog;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.security.AccountAdministration.AccountRow;
import dk.modningsportal.security.AccountAdministration.AccountState;
import dk.modningsportal.security.AccountAdministration.Invitation;
import dk.modningsportal.security.AccountAdministration.InvitationSent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountAdministrationTest extends PortalTest {

    static final String GOOD_PASSWORD = "grøn kaffe på tirsdag";

    @Autowired
    AccountAdministration accounts;
    @Autowired
    UserDirectory directory;
    @Autowired
    AccountLinks links;
    @Autowired
    BulkInvitations bulk;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditLog audit;

    @Test
    void an_invited_person_sets_a_password_with_the_link_once_and_then_signs_in() {
        loginAs(world.admin);
        InvitationSent sent = accounts.invite(new Invitation("Nina Ny", "Nina@Kommune-A.dk", Role.PROJECT_LEADER,
                world.orgA.getId()));
        assertThat(sent.mailed()).isFalse();
        assertThat(state("nina@kommune-a.dk")).isEqualTo(AccountState.INVITED);
        assertThatThrownBy(() -> users.loadUserByUsername("nina@kommune-a.dk")).isInstanceOf(UsernameNotFoundException.class);

        String token = token(sent.link());
        assertThat(links.describe(token)).hasValueSatisfying(info -> assertThat(info.displayName()).isEqualTo("Nina Ny"));
        assertThat(links.setPassword(token, GOOD_PASSWORD, GOOD_PASSWORD)).isEqualTo("nina@kommune-a.dk");

        PortalUser nina = (PortalUser) users.loadUserByUsername("nina@kommune-a.dk");
        assertThat(encoder.matches(GOOD_PASSWORD, nina.getPassword())).isTrue();
        assertThat(links.describe(token)).isEmpty();
        assertThatThrownBy(() -> links.setPassword(token, GOOD_PASSWORD + "!", GOOD_PASSWORD + "!"))
                .isInstanceOf(ValidationFailedException.class);
        loginAs(world.admin);
        assertThat(state("nina@kommune-a.dk")).isEqualTo(AccountState.ACCEPTED);
        assertThat(actions()).contains(AuditAction.INVITATION_SENT, AuditAction.INVITATION_ACCEPTED);
    }

    @Test
    void an_invitation_lives_seven_days_and_a_resent_link_replaces_the_old_one() {
        loginAs(world.admin);
        InvitationSent sent = accounts.invite(new Invitation("Ole Ny", "ole@kommune-b.dk", Role.TEAM_MEMBER,
                world.orgB.getId()));
        Object[] times = (Object[]) world.em.createNativeQuery(
                "select created_at, expires_at from account_token where user_id = ?1").setParameter(1, sent.userId())
                .getSingleResult();
        assertThat(Duration.between(instant(times[0]), instant(times[1]))).isEqualTo(Duration.ofDays(7));

        world.em.createNativeQuery("update account_token set expires_at = ?1 where user_id = ?2")
                .setParameter(1, Instant.parse("2020-01-01T00:00:00Z")).setParameter(2, sent.userId()).executeUpdate();
        world.em.clear();
        assertThat(links.describe(token(sent.link()))).isEmpty();
        assertThat(state("ole@kommune-b.dk")).isEqualTo(AccountState.INVITATION_EXPIRED);

        InvitationSent again = accounts.resend(sent.userId());
        assertThat(state("ole@kommune-b.dk")).isEqualTo(AccountState.INVITED);
        assertThat(links.describe(token(again.link()))).isPresent();
        InvitationSent third = accounts.resend(sent.userId());
        assertThat(links.describe(token(again.link()))).as("the earlier link stops working").isEmpty();
        assertThat(links.describe(token(third.link()))).isPresent();
    }

    @Test
    void an_administrator_finds_people_by_their_organisations_name_too_and_a_project_leader_only_their_own() {
        loginAs(world.admin);
        assertThat(accounts.page("kommune b", 0, 50)).extracting(AccountRow::organisationName).isNotEmpty()
                .containsOnly("Kommune B");
        assertThat(accounts.count("kommune b")).isEqualTo(accounts.page("kommune b", 0, 50).size());
        loginAs(world.projectLeaderA);
        assertThat(accounts.page("kommune b", 0, 50)).as("another organisation's people").isEmpty();
    }

    @Test
    void a_project_leader_invites_and_deactivates_team_members_of_their_own_organisation_only() {
        loginAs(world.projectLeaderA);
        accounts.invite(new Invitation("Tom Team", "tom@kommune-a.dk", Role.TEAM_MEMBER, world.orgA.getId()));
        assertThat(accounts.page(null, 0, 50)).extracting(AccountRow::organisationName).containsOnly("Kommune A");

        assertThatThrownBy(() -> accounts.invite(new Invitation("X", "x@kommune-b.dk", Role.TEAM_MEMBER,
                world.orgB.getId()))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> accounts.invite(new Invitation("Y", "y@kommune-a.dk", Role.PROJECT_LEADER,
                world.orgA.getId()))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> accounts.changeRole(world.memberA.getId(), world.memberA.getVersion(),
                Role.PROJECT_LEADER, world.orgA.getId())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> accounts.setActive(world.memberB.getId(), false)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> accounts.setActive(world.leaderA.getId(), false)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> accounts.anonymise(world.memberA.getId())).isInstanceOf(AccessRefusedException.class);

        accounts.setActive(world.memberA.getId(), false);
        assertThatThrownBy(() -> users.loadUserByUsername("member.a")).isInstanceOf(UsernameNotFoundException.class);
        accounts.setActive(world.memberA.getId(), true);
        assertThat(users.loadUserByUsername("member.a")).isNotNull();
    }

    @Test
    void a_consultant_and_a_team_member_cannot_administer_accounts() {
        for (var who : List.of(world.consultantP1, world.memberA, world.leaderA, world.evaluator)) {
            loginAs(who);
            assertThatThrownBy(() -> accounts.page(null, 0, 10)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> accounts.invite(new Invitation("Z", "z@x.dk", Role.TEAM_MEMBER,
                    who.getOrganisationId()))).isInstanceOf(AccessRefusedException.class);
        }
    }

    @Test
    void the_administrator_changes_role_and_organisation_and_the_log_keeps_before_and_after() {
        loginAs(world.admin);
        accounts.changeRole(world.memberA.getId(), world.memberA.getVersion(), Role.PROJECT_LEADER, world.orgB.getId());
        world.em.flush();
        List<AuditEntry> entries = audit.search(AuditLog.Filter.ALL, PageRequest.of(0, 20)).getContent();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.ROLE_CHANGED);
            assertThat(e.getBeforeValue()).isEqualTo("TEAM_MEMBER");
            assertThat(e.getAfterValue()).isEqualTo("PROJECT_LEADER");
            assertThat(e.getActorName()).contains("admin.test");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.ORGANISATION_OF_PERSON_CHANGED);
            assertThat(e.getBeforeValue()).isEqualTo("Kommune A");
            assertThat(e.getAfterValue()).isEqualTo("Kommune B");
        });
        assertThatThrownBy(() -> accounts.changeRole(world.memberA.getId(), world.memberA.getVersion() - 1,
                Role.TEAM_MEMBER, world.orgA.getId())).isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void an_anonymised_person_loses_name_address_and_login_and_their_content_stays() {
        loginAs(world.admin);
        assertThat(directory.displayNameOf(world.memberA.getId())).isEqualTo("Anna A");
        accounts.setActive(world.memberA.getId(), false);
        accounts.anonymise(world.memberA.getId());
        assertThat(directory.displayNameOf(world.memberA.getId())).as("names kept a while are forgotten at once")
                .isEqualTo("Tidligere medarbejder");
        world.em.flush();
        world.em.clear();
        UserAccount gone = world.em.find(UserAccount.class, world.memberA.getId());
        assertThat(gone.getDisplayName()).isEqualTo("Tidligere medarbejder");
        assertThat(gone.getEmail()).isNull();
        assertThat(gone.getUsername()).doesNotContain("member.a");
        assertThat(gone.isEnabled()).isFalse();
        assertThatThrownBy(() -> users.loadUserByUsername("member.a")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void passwords_need_twelve_characters_and_must_not_be_common_or_personal() {
        loginAs(world.admin);
        InvitationSent sent = accounts.invite(new Invitation("Pia Ny", "pia@kommune-a.dk", Role.TEAM_MEMBER,
                world.orgA.getId()));
        String token = token(sent.link());
        assertThat(problem(token, "kort kode", "kort kode")).isEqualTo("validation.passwordTooShort");
        assertThat(problem(token, "Password1234", "Password1234")).isEqualTo("validation.passwordCommon");
        assertThat(problem(token, "aaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaa")).isEqualTo("validation.passwordCommon");
        assertThat(problem(token, "xx pia@kommune-a.dk xx", "xx pia@kommune-a.dk xx")).isEqualTo("validation.passwordPersonal");
        assertThat(problem(token, "æ".repeat(40), "æ".repeat(40))).isEqualTo("validation.passwordTooLong");
        assertThat(problem(token, GOOD_PASSWORD, GOOD_PASSWORD + "x")).isEqualTo("validation.passwordsDiffer");
        assertThat(links.setPassword(token, GOOD_PASSWORD, GOOD_PASSWORD)).isEqualTo("pia@kommune-a.dk");
        UserAccount pia = world.em.find(UserAccount.class, sent.userId());
        assertThat(pia.getPasswordHash()).startsWith("{bcrypt}");
    }

    @Test
    void the_csv_preview_shows_each_rows_problem_before_anything_is_created() throws Exception {
        loginAs(world.admin);
        String csv = "\uFEFFNavn;E-mail;Rolle;Organisation\r\n"
                + "Lise Let;lise@kommune-a.dk;Praktiker;Kommune A\r\n"
                + "Uden Adresse;ikke-en-adresse;Praktiker;Kommune A\r\n"
                + "Forkert Rolle;rolle@kommune-a.dk;Borgmester;Kommune A\r\n"
                + "Ukendt Sted;sted@kommune-a.dk;Projektleder;Kommune Z\r\n"
                + "Lise Igen;LISE@kommune-a.dk;Praktiker;kommune b\r\n";
        var rows = bulk.preview(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).problems()).isEmpty();
        assertThat(rows.get(1).problems()).containsEntry("email", "validation.email");
        assertThat(rows.get(2).problems()).containsEntry("role", "validation.unknownRole");
        assertThat(rows.get(3).problems()).containsEntry("organisation", "validation.unknownOrganisation");
        assertThat(rows.get(4).problems()).containsEntry("email", "validation.emailTwice");
        assertThat(accounts.count("kommune-a.dk")).as("nothing created by the preview").isZero();

        var valid = bulk.preview(new ByteArrayInputStream("Lise Let;lise@kommune-a.dk;TEAM_MEMBER;Kommune A\n"
                .getBytes(StandardCharsets.UTF_8)));
        accounts.inviteAll(valid.stream().map(BulkInvitations.PreviewRow::invitation).toList());
        assertThat(state("lise@kommune-a.dk")).isEqualTo(AccountState.INVITED);
    }

    @Test
    void asking_for_a_reset_link_never_tells_whether_the_address_exists() {
        links.requestReset("nobody@nowhere.dk");
        links.requestReset("member.a@example.dk");
        Number tokens = (Number) world.em.createNativeQuery(
                "select count(*) from account_token where user_id = ?1 and purpose = 'PASSWORD_RESET'")
                .setParameter(1, world.memberA.getId()).getSingleResult();
        assertThat(tokens.intValue()).isEqualTo(1);
    }

    private String problem(String token, String password, String repeated) {
        try {
            links.setPassword(token, password, repeated);
            return null;
        } catch (ValidationFailedException invalid) {
            return invalid.getFieldMessageKeys().values().iterator().next();
        }
    }

    private AccountState state(String username) {
        return accounts.page(username, 0, 5).stream().filter(r -> r.username().equals(username)).findFirst()
                .orElseThrow().state();
    }

    private List<AuditAction> actions() {
        return audit.search(AuditLog.Filter.ALL, PageRequest.of(0, 50)).stream().map(AuditEntry::getAction).toList();
    }

    static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
