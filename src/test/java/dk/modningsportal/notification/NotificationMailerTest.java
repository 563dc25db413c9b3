package dk.modningsportal.notification;

import dk.modningsportal.base.DanishTime;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.modningsportal.TestWorld;
import dk.modningsportal.meeting.MeetingService;
import dk.modningsportal.plan.ParticipantGroup;
import dk.modningsportal.plan.PlanActivityKind;
import dk.modningsportal.plan.PlanService;
import dk.modningsportal.plan.Timing;
import dk.modningsportal.plan.Venue;
import dk.modningsportal.security.UserAccount;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail through a real SMTP server in the test (GreenMail): at once, as a daily or weekly digest that groups
 * an item's repeats with the newest news first, or not at all. The mails are read back from the server.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:mail-test;DB_CLOSE_DELAY=-1",
        "portal.mail.every=PT1H", "portal.base-url=https://portal.example.dk"})
@ActiveProfiles("test")
@DirtiesContext
class NotificationMailerTest {

    @Autowired
    org.springframework.context.ApplicationContext context;

    static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

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
    TestWorld world;
    @Autowired
    java.time.Clock clock;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationMailer mailer;
    @Autowired
    UserDetailsService users;
    @Autowired
    PlanService plans;
    @Autowired
    MeetingService meetings;

    private static boolean built;

    @BeforeEach
    void world() throws Exception {
        if (!built) {
            transaction.executeWithoutResult(status -> world.build());
            built = true;
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void choose(UserAccount user, EmailFrequency frequency) {
        UserDetails details = users.loadUserByUsername(user.getUsername());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        notifications.saveSettings(frequency, EnumSet.allOf(NotificationKind.class));
        SecurityContextHolder.clearContext();
    }

    private void tell(UserAccount recipient, NotificationKind kind, String subject, String actor, String groupKey) {
        transaction.executeWithoutResult(status -> notifications.send(new Notice(kind, world.p1.getId(),
                world.workspaceA.getId(), subject, actor, "Tekst fra " + actor, "trial-actions/1", groupKey),
                List.of(recipient.getId())));
        // The notification is written after the commit, off this thread.
        dk.modningsportal.ModuleEvents.awaitDone(context);
    }

    private List<MimeMessage> mailsTo(UserAccount user) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> GreenMailUtil.getAddressList(uncheckedRecipients(m)).contains(user.getEmail())).toList();
    }

    private static jakarta.mail.Address[] uncheckedRecipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant nextSevenOClock(Instant now, boolean monday) {
        ZonedDateTime at = now.atZone(dk.modningsportal.base.DanishTime.ZONE).with(NotificationMailer.DIGEST_TIME);
        if (monday) {
            at = at.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        }
        while (!at.toInstant().isAfter(now)) {
            at = monday ? at.plusWeeks(1) : at.plusDays(1);
        }
        return at.toInstant();
    }

    @Test
    void immediately_means_one_mail_per_round_with_the_link_and_none_chooses_no_mail() throws Exception {
        choose(world.memberA, EmailFrequency.IMMEDIATELY);
        choose(world.memberB, EmailFrequency.NONE);
        tell(world.memberA, NotificationKind.MENTION, "Fælles morgenmøde", "Per A", "trial_action:1");
        tell(world.memberB, NotificationKind.MENTION, "Fælles morgenmøde", "Per A", "trial_action:1");

        mailer.sendDue(clock.instant());
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        List<MimeMessage> mails = mailsTo(world.memberA);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Per A nævnte dig: Fælles morgenmøde");
        assertThat((String) mails.get(0).getContent()).contains("https://portal.example.dk/trial-actions/1");
        assertThat(mailsTo(world.memberB)).isEmpty();

        mailer.sendDue(clock.instant().plusSeconds(60));
        assertThat(smtp.getReceivedMessages()).as("nothing is mailed twice").hasSize(1);
    }

    @Test
    void a_daily_digest_waits_for_seven_oclock_and_groups_an_items_repeats_newest_first() throws Exception {
        choose(world.projectLeaderA, EmailFrequency.DAILY);
        tell(world.projectLeaderA, NotificationKind.COMMENT_ON_MY_ITEM, "Fælles morgenmøde", "Anna A", "trial_action:1");
        Thread.sleep(5);
        tell(world.projectLeaderA, NotificationKind.REPLY, "Borgerne kom oftere", "Konsulent Et", "note:7");
        Thread.sleep(5);
        tell(world.projectLeaderA, NotificationKind.MENTION, "Fælles morgenmøde", "Lene A", "trial_action:1");

        Instant seven = nextSevenOClock(clock.instant(), false);
        mailer.sendDue(seven.minus(Duration.ofMinutes(1)));
        assertThat(mailsTo(world.projectLeaderA)).as("not before seven").isEmpty();
        mailer.sendDue(seven);
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        List<MimeMessage> mails = mailsTo(world.projectLeaderA);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Modningsportalen: dagligt overblik – 3 nye notifikationer");
        String body = ((String) mails.get(0).getContent()).replace("\r\n", "\n");
        assertThat(body).containsSubsequence("Fælles morgenmøde (2 nye)", "Lene A nævnte dig", "Anna A kommenterede",
                "Borgerne kom oftere", "Konsulent Et svarede på din kommentar");

        mailer.sendDue(seven.plus(Duration.ofHours(3)));
        assertThat(mailsTo(world.projectLeaderA)).as("one digest a day").hasSize(1);
    }

    @Test
    void a_weekly_digest_comes_on_monday_morning() throws Exception {
        choose(world.leaderA, EmailFrequency.WEEKLY);
        tell(world.leaderA, NotificationKind.VERSION_PUBLISHED, "Projekt Et 3.0", "Konsulent Et", "version:9");

        Instant monday = nextSevenOClock(clock.instant(), true);
        mailer.sendDue(monday.minus(Duration.ofHours(1)));
        assertThat(mailsTo(world.leaderA)).isEmpty();
        mailer.sendDue(monday);
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(mailsTo(world.leaderA)).singleElement().satisfies(mail -> assertThat(mail.getSubject())
                .isEqualTo("Konsulent Et offentliggjorde en ny version af indsatsen: Projekt Et 3.0"));
    }

    @Test
    void a_meeting_invitation_mail_carries_the_calendar_file() throws Exception {
        choose(world.memberA, EmailFrequency.IMMEDIATELY);
        UserDetails consultant = users.loadUserByUsername(world.consultantP1.getUsername());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(consultant, null, consultant.getAuthorities()));
        transaction.executeWithoutResult(status -> {
            long activity = plans.save(world.p1.getId(), new PlanService.ActivityInput(null, 0,
                    PlanActivityKind.DEVELOPMENT_MEETING, "Udviklingsmøde", false, null, java.time.LocalDate.now(clock).plusWeeks(2),
                    Timing.DAY, null, Venue.VIRTUAL, "Teams", EnumSet.of(ParticipantGroup.PRACTITIONERS), null,
                    List.of())).id();
            meetings.invite(meetings.open(activity, null).id());
        });
        SecurityContextHolder.clearContext();
        dk.modningsportal.ModuleEvents.awaitDone(context);

        mailer.sendDue(clock.instant());
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = mailsTo(world.memberA).get(0);
        assertThat(mail.getSubject()).isEqualTo("Konsulent Et inviterer til møde: Udviklingsmøde");
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
        String calendar = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if ("moede.ics".equals(parts.getBodyPart(i).getFileName())) {
                calendar = new String(parts.getBodyPart(i).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        assertThat(calendar).contains("BEGIN:VCALENDAR", "SUMMARY:Udviklingsmøde", "LOCATION:Teams", "UID:meeting-");
    }
}
