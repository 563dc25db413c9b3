package dk.modningsportal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dk.modningsportal.security.AccountAdministration.InvitationSent;
import java.util.ArrayList;
import java.util.List;

/** Without a mail server the inviter passes each one-time link on; they are shown once, here. */
class LinkDialog extends Dialog {

    final List<TextField> links = new ArrayList<>();

    LinkDialog(List<InvitationSent> sent) {
        setHeaderTitle(getTranslation("accounts.linkTitle"));
        add(new Paragraph(getTranslation("accounts.linkText")));
        for (InvitationSent invitation : sent) {
            TextField link = new TextField(invitation.displayName());
            link.setValue(invitation.link());
            link.setReadOnly(true);
            link.setWidthFull();
            link.addFocusListener(e -> link.getElement().executeJs("this.inputElement.select()"));
            links.add(link);
            add(link);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        setWidth("min(720px, 95vw)");
    }
}
