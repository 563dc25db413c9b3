package dk.modningsportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.organisation.OrganisationService.OrganisationDetails;
import dk.modningsportal.security.AccountAdministration.Invitation;
import dk.modningsportal.security.AccountAdministration.InvitationSent;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A fresh installation: started with PORTAL_ADMIN_EMAIL on an empty database it logs one set-up link and
 * mails it; the link sets the administrator's password; invitations and reset links arrive by mail through a
 * real SMTP server (GreenMail) and the links in them work.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:going-live;DB_CLOSE_DELAY=-1",
        "portal.admin.email=drift@sst.example.dk", "portal.base-url=https://portal.example.dk"})
@ActiveProfiles("test")
@DirtiesContext
class GoingLiveMailTest {

    static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final Pattern LINK = Pattern.compile("https://portal\\.example\\.dk/account/set-password\\?token=([A-Za-z0-9_-]+)");

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Autowired
    AccountLinks links;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    OrganisationService organisations;
    @Autowired
    PortalUserDetailsService users;
    @Autowired
    FirstAdministrator firstAdministrator;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_set_up_link_from_the_log_sets_the_administrators_password_and_invitations_arrive_by_mail(CapturedOutput output)
            throws Exception {
        List<String> setUpLines = setUpLines(output);
        assertThat(setUpLines).hasSize(1);
        Matcher logged = LINK.matcher(setUpLines.get(0));
        assertThat(logged.find()).isTrue();
        String setUpToken = logged.group(1);
        assertThat(setUpLines.get(0)).contains("Set-up link: https://portal.example.dk/account/set-password?token=");
        smtp.waitForIncomingEmail(5000, 1);
        assertThat(linkIn(mailTo("drift@sst.example.dk"))).isEqualTo(setUpToken);

        assertThat(links.describe(setUpToken)).hasValueSatisfying(link -> assertThat(link.purpose()).isEqualTo(TokenPurpose.SETUP));
        links.setPassword(setUpToken, "første administrator i drift", "første administrator i drift");
        firstAdministrator.run(null);
        assertThat(setUpLines(output)).as("an administrator exists: no new link").hasSize(1);

        signIn("drift@sst.example.dk");
        long aarhus = organisations.create(new OrganisationDetails("Aarhus Kommune", OrganisationKind.MUNICIPALITY,
                "55133018", "Familieafdelingen"));
        InvitationSent sent = accounts.invite(new Invitation("Anders Kjær", "anders@aarhus.example.dk",
                Role.PROJECT_LEADER, aarhus));
        assertThat(sent.mailed()).isTrue();
        assertThat(sent.link()).as("a mailed link is not shown").isNull();
        smtp.waitForIncomingEmail(5000, 2);
        MimeMessage invitation = mailTo("anders@aarhus.example.dk");
        assertThat(invitation.getSubject()).isEqualTo("Invitation til Modningsportalen");
        assertThat(GreenMailUtil.getBody(invitation)).contains("Anders Kj").contains("7 dage");
        String invitationToken = linkIn(invitation);
        SecurityContextHolder.clearContext();
        assertThat(links.setPassword(invitationToken, "anders vil gerne ind", "anders vil gerne ind"))
                .isEqualTo("anders@aarhus.example.dk");

        links.requestReset("ukendt@aarhus.example.dk");
        links.requestReset("anders@aarhus.example.dk");
        smtp.waitForIncomingEmail(5000, 3);
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        MimeMessage reset = mailTo("anders@aarhus.example.dk", 1);
        links.setPassword(linkIn(reset), "en helt ny adgangskode", "en helt ny adgangskode");
        assertThat(users.loadUserByUsername("anders@aarhus.example.dk")).isNotNull();
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static List<String> setUpLines(CapturedOutput output) {
        return Arrays.stream(output.getOut().split("\n")).filter(l -> l.contains("Set-up link:")).toList();
    }

    private static MimeMessage mailTo(String address) throws Exception {
        return mailTo(address, 0);
    }

    private static MimeMessage mailTo(String address, int index) throws Exception {
        List<MimeMessage> to = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        return to.get(index);
    }

    private static String linkIn(MimeMessage mail) {
        Matcher matcher = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
