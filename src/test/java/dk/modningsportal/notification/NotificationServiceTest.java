package dk.modningsportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.PortalTest;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.maturation.MaturationRoutes;
import dk.modningsportal.maturation.WorkshopService.WorkshopInfo;
import dk.modningsportal.maturation.WorkshopService;
import dk.modningsportal.notification.NotificationService.NotificationRow;
import dk.modningsportal.security.UserAccount;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A published version tells the organisations' people; notifications are read and marked by their owner only. */
class NotificationServiceTest extends PortalTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    WorkshopService workshopService;
    @Autowired
    dk.modningsportal.maturation.VersionPublishing publishing;

    private List<NotificationRow> of(UserAccount user) {
        loginAs(user);
        return notifications.latest(50);
    }

    @Test
    void a_published_version_reaches_the_people_of_the_participating_organisations_with_a_link_to_their_own_changes() {
        loginAs(world.consultantP1);
        WorkshopInfo workshop = workshopService.createWorkshop(world.p1.getId(), world.p1v2.getId(), "Workshop", LocalDate.now(clock));
        publishing.publish(world.p1.getId(), workshop.draft().id());

        assertThat(of(world.memberA)).extracting(NotificationRow::kind, NotificationRow::link)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.VERSION_PUBLISHED,
                        MaturationRoutes.changes(world.workspaceA.getId())));
        assertThat(of(world.leaderA)).hasSize(1);
        assertThat(of(world.memberB)).extracting(NotificationRow::link)
                .containsExactly(MaturationRoutes.changes(world.workspaceB.getId()));
        assertThat(of(world.memberC)).as("another project").isEmpty();
        assertThat(of(world.consultantP1)).as("the publisher").isEmpty();
    }

    @Test
    void a_person_marks_their_own_notifications_read_and_cannot_touch_anyone_elses() {
        loginAs(world.consultantP1);
        WorkshopInfo workshop = workshopService.createWorkshop(world.p1.getId(), world.p1v2.getId(), "Workshop", LocalDate.now(clock));
        publishing.publish(world.p1.getId(), workshop.draft().id());
        long annasNotification = of(world.memberA).get(0).id();

        loginAs(world.memberB);
        assertThatThrownBy(() -> notifications.markRead(annasNotification)).isInstanceOf(NotFoundException.class);
        loginAs(world.memberA);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        notifications.markRead(annasNotification);
        assertThat(notifications.unreadCount()).isZero();
        loginAs(world.memberB);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
    }
}
