package dk.modningsportal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.organisation.OrganisationService.OrganisationRef;
import dk.modningsportal.security.AccountAdministration;
import dk.modningsportal.security.AccountAdministration.AccountRow;
import dk.modningsportal.security.AccountAdministration.AccountState;
import dk.modningsportal.security.Role;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountsViewTest extends KaribuTest {

    @Autowired
    AccountAdministration accounts;

    @Test
    void administrator_sees_every_account_and_finds_one_by_searching() {
        openAs(world.admin, "admin/accounts");
        AccountsView view = _get(AccountsView.class);
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(10);
        enter(view.search, "Bo B");
        List<String> names = rows(view).stream().map(AccountRow::displayName).toList();
        assertThat(names).containsExactly("Bo B");
        assertThat(rows(view).get(0).state()).isEqualTo(AccountState.ACTIVE);
    }

    @Test
    void administrator_invites_a_person_and_without_mail_server_is_shown_the_link_to_pass_on() {
        openAs(world.admin, "admin/accounts");
        AccountsView view = _get(AccountsView.class);
        _click(view.invite);
        InviteDialog dialog = _get(InviteDialog.class);
        enter(dialog.displayName, "Nina Ny");
        enter(dialog.email, "ikke-en-adresse");
        enter(dialog.role, Role.PROJECT_LEADER);
        enter(dialog.organisation, organisation(dialog, world.orgA.getId()));
        _click(dialog.send);
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Skriv en gyldig e-mailadresse.");

        enter(dialog.email, "nina@kommune-a.dk");
        _click(dialog.send);
        LinkDialog links = _get(LinkDialog.class);
        assertThat(links.links.get(0).getValue()).contains("/account/set-password?token=");
        enter(view.search, "nina");
        assertThat(rows(view)).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(AccountState.INVITED);
            assertThat(row.username()).isEqualTo("nina@kommune-a.dk");
            assertThat(row.role()).isEqualTo(Role.PROJECT_LEADER);
        });
    }

    @Test
    void project_leader_sees_their_organisation_and_invites_only_team_members_into_it() {
        openAs(world.projectLeaderA, "admin/accounts");
        AccountsView view = _get(AccountsView.class);
        assertThat(rows(view)).extracting(AccountRow::organisationName).containsOnly("Kommune A");
        _click(view.invite);
        InviteDialog dialog = _get(InviteDialog.class);
        assertThat(dialog.role.getValue()).isEqualTo(Role.TEAM_MEMBER);
        assertThat(dialog.role.isReadOnly()).isTrue();
        assertThat(dialog.organisation.getValue().id()).isEqualTo(world.orgA.getId());
        enter(dialog.displayName, "Kim Kollega");
        enter(dialog.email, "kim@kommune-a.dk");
        _click(dialog.send);
        _get(LinkDialog.class);
        enter(view.search, "Kim");
        assertThat(rows(view)).extracting(AccountRow::role).containsExactly(Role.TEAM_MEMBER);
    }

    @Test
    void team_member_cannot_open_the_account_list_nor_ask_the_service_for_it() {
        assertThatThrownBy(() -> openAs(world.memberA, "admin/accounts")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> accounts.page(null, 0, 10)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void deactivating_asks_first_and_then_marks_the_person_deactivated() {
        openAs(world.admin, "admin/accounts");
        AccountsView view = _get(AccountsView.class);
        enter(view.search, "Bo B");
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) view.actions(rows(view).get(0));
        com.vaadin.flow.component.button.Button deactivate = actions.getChildren()
                .map(com.vaadin.flow.component.button.Button.class::cast)
                .filter(b -> b.getAriaLabel().orElse("").startsWith("Deaktivér")).findFirst().orElseThrow();
        _click(deactivate);
        assertThat(rows(view).get(0).state()).isEqualTo(AccountState.ACTIVE);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(rows(view).get(0).state()).isEqualTo(AccountState.DEACTIVATED);
    }

    private static OrganisationRef organisation(InviteDialog dialog, long id) {
        return dialog.organisation.getListDataView().getItems().filter(o -> o.id() == id).findFirst().orElseThrow();
    }

    private static List<AccountRow> rows(AccountsView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }
}
