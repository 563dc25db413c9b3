package dk.modningsportal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.organisation.OrganisationService.OrganisationRef;
import dk.modningsportal.security.AccountAdministration;
import dk.modningsportal.security.AccountAdministration.AccountRow;
import dk.modningsportal.security.Role;
import java.util.List;
import java.util.Map;

/** An administrator gives a person another role or moves them to another organisation. */
class RoleDialog extends Dialog {

    final ComboBox<Role> role = new ComboBox<>();
    final ComboBox<OrganisationRef> organisation = new ComboBox<>();
    final Button save = new Button();

    RoleDialog(AccountAdministration accounts, OrganisationService organisations, AccountRow row, Runnable saved) {
        setHeaderTitle(getTranslation("accounts.changeRoleOf", row.displayName()));
        role.setLabel(getTranslation("accounts.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(Formats::label);
        role.setValue(row.role());
        organisation.setLabel(getTranslation("accounts.organisation"));
        List<OrganisationRef> choices = organisations.active();
        organisation.setItems(choices);
        organisation.setItemLabelGenerator(OrganisationRef::name);
        choices.stream().filter(o -> o.id() == row.organisationId()).findFirst().ifPresent(organisation::setValue);
        FormLayout form = Forms.responsiveLayout();
        form.add(role, organisation);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                accounts.changeRole(row.id(), row.version(), role.getValue(),
                        organisation.getValue() == null ? -1 : organisation.getValue().id());
                close();
                saved.run();
            } catch (ValidationFailedException invalid) {
                Forms.showServiceErrors(invalid, Map.of("role", role, "organisation", organisation));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(640px, 95vw)");
    }
}
