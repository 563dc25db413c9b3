package dk.modningsportal.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.audit.AuditEntry;
import dk.modningsportal.audit.AuditLog;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.security.AccountAdministration;
import dk.modningsportal.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends KaribuTest {

    @Autowired
    AccountAdministration accounts;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AuditLog log;

    @Test
    void administrator_filters_the_log_by_what_and_by_whom() {
        loginAs(world.admin);
        accounts.setActive(world.memberA.getId(), false);
        accounts.setActive(world.memberB.getId(), false);
        organisations.create(new OrganisationService.OrganisationDetails("=HYPERLINK(\"http://x\")", OrganisationKind.ASSOCIATION,
                null, null));
        openAs(world.admin, "admin/audit");
        AuditView view = _get(AuditView.class);
        assertThat(rows(view)).extracting(AuditEntry::getAction)
                .contains(AuditAction.ACCOUNT_DEACTIVATED, AuditAction.ORGANISATION_CREATED);
        enter(view.action, AuditAction.ACCOUNT_DEACTIVATED);
        assertThat(rows(view)).extracting(AuditEntry::getTargetLabel).containsExactly("member.b", "member.a");
        assertThat(rows(view).get(0).getActorName()).contains("admin.test");

        String csv = new String(log.exportCsv(AuditLog.Filter.ALL), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK");
        assertThat(csv).as("actions and times as the reader reads them").contains(";Bruger deaktiveret;")
                .doesNotContain("ACCOUNT_DEACTIVATED").containsPattern("\\n\\d{2}-\\d{2}-20\\d{2} \\d{2}:\\d{2};");
    }

    @Test
    void an_organisations_leader_reads_only_what_concerns_their_organisation() {
        loginAs(world.admin);
        accounts.setActive(world.memberA.getId(), false);
        accounts.setActive(world.memberB.getId(), false);
        openAs(world.leaderA, "admin/audit");
        AuditView view = _get(AuditView.class);
        assertThat(rows(view)).extracting(AuditEntry::getTargetLabel).containsExactly("member.a");
        assertThat(view.organisation.isVisible()).isFalse();
    }

    @Test
    void team_members_and_consultants_cannot_read_the_log() {
        assertThatThrownBy(() -> openAs(world.memberA, "admin/audit")).isInstanceOf(MockAccessDeniedException.class);
        loginAs(world.consultantP1);
        assertThatThrownBy(() -> log.search(AuditLog.Filter.ALL, org.springframework.data.domain.PageRequest.of(0, 10)))
                .isInstanceOf(AccessRefusedException.class);
    }

    private static List<AuditEntry> rows(AuditView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }
}
