package dk.modningsportal.activity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import dk.modningsportal.KaribuTest;
import dk.modningsportal.MaturationFixture;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.project.WorkspaceRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ActivityFeedTest extends KaribuTest {

    @Autowired
    MaturationFixture fixture;

    @Test
    void the_overview_shows_the_latest_activity_and_more_on_request_until_there_is_no_more() {
        for (int i = 1; i <= ActivityFeed.PAGE + 2; i++) {
            fixture.note(this::loginAs, world.memberA, world.workspaceA, "Erfaring " + i, NoteKind.WORKS_WELL,
                    world.p1Cooperation);
        }
        openAs(world.memberA, WorkspaceRoutes.overview(world.workspaceA.getId()));
        ActivityFeed feed = _get(ActivityFeed.class);
        assertThat(feed.shown()).hasSize(ActivityFeed.PAGE);
        assertThat(feed.shown().get(0)).startsWith("Anna A skrev erfaringen Erfaring " + (ActivityFeed.PAGE + 2));
        assertThat(feed.more.isVisible()).isTrue();

        _click(feed.more);
        assertThat(feed.shown()).hasSize(ActivityFeed.PAGE + 2);
        assertThat(feed.more.isVisible()).isFalse();
    }
}
