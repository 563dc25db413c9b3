package dk.modningsportal.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.security.AccountAdministration;
import dk.modningsportal.security.AccountAdministration.AccountRow;
import dk.modningsportal.security.AccountAdministration.AccountState;
import dk.modningsportal.security.AccountAdministration.InvitationSent;
import dk.modningsportal.security.BulkInvitations;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * People's accounts, paged from the database with a search: administrators see and manage everyone; an
 * organisation's project leader sees their organisation and invites and deactivates its team members.
 */
@Route("admin/accounts")
@Menu(order = 90, title = "nav.accounts", icon = "vaadin:users")
@RolesAllowed({Role.ADMIN_NAME, "PROJECT_LEADER"})
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AccountRow> grid = new Grid<>();
    final TextField search = new TextField();
    final Button invite = new Button();
    final Button bulk = new Button();
    private final AccountAdministration accounts;
    private final OrganisationService organisations;
    private final BulkInvitations bulkInvitations;
    private final long myId;

    AccountsView(AccountAdministration accounts, OrganisationService organisations, BulkInvitations bulkInvitations,
            CurrentUser currentUser) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.bulkInvitations = bulkInvitations;
        this.myId = currentUser.require().id();
        addClassName("portal-page");
        accounts.listOpened();

        search.setPlaceholder(getTranslation("accounts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setAriaLabel(getTranslation("accounts.search"));
        search.setWidth("min(28em, 100%)");
        invite.setText(getTranslation("accounts.invite"));
        invite.setIcon(VaadinIcon.PLUS.create());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> new InviteDialog(accounts, organisations,
                currentUser.require().organisationId(), this::invited).open());
        bulk.setText(getTranslation("accounts.bulk"));
        bulk.setIcon(VaadinIcon.UPLOAD.create());
        bulk.addClickListener(e -> new BulkInviteDialog(bulkInvitations, accounts, this::refresh).open());

        grid.addColumn(AccountRow::displayName).setHeader(getTranslation("accounts.name")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(AccountRow::username).setHeader(getTranslation("accounts.username")).setAutoWidth(true);
        grid.addColumn(a -> Formats.label(a.role())).setHeader(getTranslation("accounts.role")).setAutoWidth(true);
        grid.addColumn(AccountRow::organisationName).setHeader(getTranslation("accounts.organisation")).setFlexGrow(2);
        grid.addComponentColumn(this::state).setHeader(getTranslation("accounts.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("accounts.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> accounts.page(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> accounts.count(search.getValue()));

        FlexLayout heading = new FlexLayout(new H2(getTranslation("nav.accounts")), new HorizontalLayout(invite, bulk));
        heading.addClassName("portal-heading-row");
        add(heading, search, grid);
        setSizeFull();
    }

    private Component state(AccountRow row) {
        String text = Formats.label(row.state());
        if (row.state() == AccountState.INVITED && row.invitedAt() != null) {
            text += " " + Formats.dateTime(row.invitedAt());
        }
        Span badge = new Span(text);
        badge.addClassNames("portal-badge", "account-state-" + row.state().name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    Component actions(AccountRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        boolean mine = accounts.administersAll() || row.role() == Role.TEAM_MEMBER;
        if (!mine || row.state() == AccountState.ANONYMISED || row.id() == myId) {
            return actions;
        }
        if (row.state() == AccountState.INVITED || row.state() == AccountState.INVITATION_EXPIRED) {
            actions.add(action(VaadinIcon.ENVELOPE_O, "accounts.resend", row, () -> invited(accounts.resend(row.id()))));
        }
        if (accounts.administersAll()) {
            actions.add(action(VaadinIcon.EDIT, "accounts.changeRole", row,
                    () -> new RoleDialog(accounts, organisations, row, this::refresh).open()));
        }
        if (row.state() == AccountState.DEACTIVATED) {
            actions.add(action(VaadinIcon.CHECK_CIRCLE_O, "accounts.reactivate", row, () -> {
                accounts.setActive(row.id(), true);
                refresh();
            }));
        } else {
            actions.add(action(VaadinIcon.BAN, "accounts.deactivate", row, () -> confirm("accounts.deactivateConfirm",
                    row, () -> accounts.setActive(row.id(), false))));
        }
        if (accounts.administersAll() && row.state() == AccountState.DEACTIVATED) {
            actions.add(action(VaadinIcon.USER_CLOCK, "accounts.anonymise", row, () -> confirm("accounts.anonymiseConfirm",
                    row, () -> accounts.anonymise(row.id()))));
        }
        return actions;
    }

    private Button action(VaadinIcon icon, String key, AccountRow row, Runnable run) {
        Button button = new Button(icon.create(), e -> {
            try {
                run.run();
            } catch (ValidationFailedException invalid) {
                Forms.showServiceErrors(invalid, java.util.Map.of());
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        String label = getTranslation(key) + ": " + row.displayName();
        button.setAriaLabel(label);
        button.setTooltipText(getTranslation(key));
        return button;
    }

    private void confirm(String key, AccountRow row, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(key + ".title", row.displayName()));
        dialog.setText(getTranslation(key + ".text", row.displayName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(key + ".confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            action.run();
            refresh();
        });
        dialog.open();
    }

    void invited(InvitationSent sent) {
        refresh();
        if (sent.mailed()) {
            Forms.success(getTranslation("accounts.invitationMailed"));
        } else {
            new LinkDialog(java.util.List.of(sent)).open();
        }
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts");
    }
}
