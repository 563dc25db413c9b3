package dk.modningsportal.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserDirectory;
import dk.modningsportal.security.UserDirectory.AccountRow;
import jakarta.annotation.security.RolesAllowed;

/** Administrators see every account, its role and organisation. */
@Route("admin/accounts")
@Menu(order = 90, title = "nav.accounts", icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AccountRow> grid = new Grid<>();

    AccountsView(UserDirectory directory) {
        addClassName("portal-page");
        grid.addColumn(AccountRow::displayName).setHeader(getTranslation("accounts.name")).setAutoWidth(true);
        grid.addColumn(AccountRow::username).setHeader(getTranslation("accounts.username")).setAutoWidth(true);
        grid.addColumn(a -> Formats.label(a.role())).setHeader(getTranslation("accounts.role")).setAutoWidth(true);
        grid.addColumn(AccountRow::organisationName).setHeader(getTranslation("accounts.organisation")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(directory.allAccounts());
        add(new H2(getTranslation("nav.accounts")), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts");
    }
}
