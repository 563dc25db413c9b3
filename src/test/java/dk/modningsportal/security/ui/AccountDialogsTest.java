package dk.modningsportal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.base.ui.Navigation;
import dk.modningsportal.organisation.OrganisationService.OrganisationRef;
import dk.modningsportal.security.AccountAdministration;
import dk.modningsportal.security.AccountAdministration.AccountRow;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserAccount;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The dialogs around the account list, and the forgotten-password page. */
class AccountDialogsTest extends KaribuTest {

    @Autowired
    AccountAdministration accounts;

    @Test
    void a_csv_file_is_previewed_with_each_rows_problem_and_invited_only_when_it_has_none() {
        openAs(world.admin, "admin/accounts");
        AccountsView view = _get(AccountsView.class);
        _click(view.bulk);
        BulkInviteDialog dialog = _get(BulkInviteDialog.class);
        UploadKt._upload(dialog.upload, "folk.csv", "text/csv",
                "navn;e-mail;rolle;organisation\nLise Let;lise@kommune-a.dk;Praktiker;Kommune A\nForkert;ikke-en-adresse;Praktiker;Kommune A\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(GridKt._size(dialog.preview)).isEqualTo(2);
        assertThat(dialog.summary.getText()).isEqualTo("1 af 2 rækker har fejl. Ret filen, og vælg den igen.");
        assertThat(dialog.inviteAll.isEnabled()).isFalse();
        assertThat(GridKt._getFormattedRow(dialog.preview, 1)).contains("Skriv en gyldig e-mailadresse.");

        UploadKt._upload(dialog.upload, "folk.csv", "text/csv",
                "\uFEFFLise Let;lise@kommune-a.dk;Praktiker;Kommune A\r\nBent Bo;bent@kommune-b.dk;Projektleder;Kommune B\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.inviteAll.isEnabled()).isTrue();
        _click(dialog.inviteAll);
        LinkDialog links = _get(LinkDialog.class);
        assertThat(links.links).hasSize(2);
        enter(view.search, "kommune-b.dk");
        assertThat(GridKt._get(view.grid, 0).role()).isEqualTo(Role.PROJECT_LEADER);
    }

    @Test
    void an_administrator_moves_a_person_to_another_organisation_with_another_role() {
        openAs(world.admin, "admin/accounts");
        AccountsView view = _get(AccountsView.class);
        enter(view.search, "Anna A");
        AccountRow anna = GridKt._get(view.grid, 0);
        RoleDialog dialog = new RoleDialog(accounts, organisationsOf(), anna, view::refresh);
        dialog.open();
        enter(dialog.role, Role.PROJECT_LEADER);
        enter(dialog.organisation, dialog.organisation.getListDataView().getItems()
                .filter(o -> o.id() == world.orgB.getId()).findFirst().orElseThrow());
        _click(dialog.save);
        AccountRow moved = GridKt._get(view.grid, 0);
        assertThat(moved.role()).isEqualTo(Role.PROJECT_LEADER);
        assertThat(moved.organisationName()).isEqualTo("Kommune B");
    }

    @Test
    void the_forgotten_password_page_answers_the_same_for_any_address() {
        SecurityContextHolder.clearContext();
        Navigation.to("account/forgot");
        ForgotPasswordView page = _get(ForgotPasswordView.class);
        enter(page.email, "ingen@nowhere.dk");
        _click(page.send);
        String unknown = page.answer.getText();
        Navigation.to("login");
        Navigation.to("account/forgot");
        page = _get(ForgotPasswordView.class);
        enter(page.email, "member.a@example.dk");
        _click(page.send);
        assertThat(page.answer.getText()).isEqualTo(unknown).startsWith("Hvis adressen hører til en bruger");
    }

    @Autowired
    dk.modningsportal.organisation.OrganisationService organisations;

    private dk.modningsportal.organisation.OrganisationService organisationsOf() {
        return organisations;
    }
}
