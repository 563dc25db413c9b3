package dk.modningsportal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.security.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountsViewTest extends KaribuTest {

    @Autowired
    UserDirectory directory;

    @Test
    void administrator_sees_every_account_with_its_role_and_organisation() {
        openAs(world.admin, "admin/accounts");
        AccountsView view = _get(AccountsView.class);
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(10);
    }

    @Test
    void team_member_cannot_open_the_account_list_nor_ask_the_service_for_it() {
        assertThatThrownBy(() -> openAs(world.memberA, "admin/accounts")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> directory.allAccounts()).isInstanceOf(AccessRefusedException.class);
    }
}
