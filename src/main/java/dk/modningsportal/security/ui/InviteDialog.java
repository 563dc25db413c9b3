package dk.modningsportal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.organisation.OrganisationService.OrganisationRef;
import dk.modningsportal.security.AccountAdministration;
import dk.modningsportal.security.AccountAdministration.Invitation;
import dk.modningsportal.security.AccountAdministration.InvitationSent;
import dk.modningsportal.security.Role;
import dk.modningsportal.security.UserAccount;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Invites one person: name, address, role and organisation; the link goes by mail or is shown to copy. */
class InviteDialog extends Dialog {

    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final ComboBox<Role> role = new ComboBox<>();
    final ComboBox<OrganisationRef> organisation = new ComboBox<>();
    final Button send = new Button();

    InviteDialog(AccountAdministration accounts, OrganisationService organisations, long ownOrganisationId,
            Consumer<InvitationSent> sent) {
        setHeaderTitle(getTranslation("accounts.invite"));
        displayName.setLabel(getTranslation("accounts.name"));
        Forms.limit(displayName, UserAccount.NAME_MAX);
        displayName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("account.email"));
        Forms.limit(email, UserAccount.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        role.setLabel(getTranslation("accounts.role"));
        role.setItems(accounts.invitableRoles());
        role.setItemLabelGenerator(Formats::label);
        role.setRequiredIndicatorVisible(true);
        organisation.setLabel(getTranslation("accounts.organisation"));
        List<OrganisationRef> choices = organisations.active();
        organisation.setItems(choices);
        organisation.setItemLabelGenerator(OrganisationRef::name);
        organisation.setRequiredIndicatorVisible(true);
        if (!accounts.administersAll()) {
            role.setValue(Role.TEAM_MEMBER);
            role.setReadOnly(true);
            choices.stream().filter(o -> o.id() == ownOrganisationId).findFirst().ifPresent(own -> {
                organisation.setItems(List.of(own));
                organisation.setValue(own);
                organisation.setReadOnly(true);
            });
        }
        FormLayout form = Forms.responsiveLayout();
        form.add(displayName, email, role, organisation);
        add(form);
        send.setText(getTranslation("accounts.sendInvitation"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            try {
                InvitationSent result = accounts.invite(new Invitation(displayName.getValue(), email.getValue(),
                        role.getValue(), organisation.getValue() == null ? null : organisation.getValue().id()));
                close();
                sent.accept(result);
            } catch (ValidationFailedException invalid) {
                Forms.showServiceErrors(invalid, Map.of("displayName", displayName, "email", email, "role", role,
                        "organisation", organisation));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
        setWidth("min(720px, 95vw)");
    }
}
