package dk.modningsportal.security.ui;

import dk.modningsportal.base.ui.Forms;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.modningsportal.security.AccountLinks;

/** Asks for a reset link by address; the answer is the same whether or not the address has an account. */
@Route(value = "account/forgot", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends Main implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph answer = new Paragraph();

    ForgotPasswordView(AccountLinks links) {
        addClassName("portal-login");
        email.setLabel(getTranslation("forgot.email"));
        email.setWidthFull();
        Forms.limit(email, 200);
        send.setText(getTranslation("forgot.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();
        send.addClickListener(e -> {
            links.requestReset(email.getValue());
            answer.setText(getTranslation("forgot.sent"));
            send.setEnabled(false);
        });
        Div card = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("forgot.intro")), email, send,
                answer, new Anchor("login", getTranslation("setPassword.toLogin")));
        card.addClassName("portal-login-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title");
    }
}
