package dk.modningsportal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dk.modningsportal.base.SharedWithProject;
import java.util.function.Function;

/**
 * "Del med projektet": whether an item is the organisation's own or shared with the project's other organisations
 * (by whom, when), and for its writers the button that shares or withdraws it, each after a confirmation that says
 * what it means. The same for notes and trial actions.
 */
public class ShareControl extends Div {

    final Span status = new Span();
    final Button toggle = new Button();

    private final Function<Boolean, SharedWithProject.State> change;
    private SharedWithProject.State state;

    public ShareControl(SharedWithProject.State state, boolean writable,
            Function<Boolean, SharedWithProject.State> change) {
        this.change = change;
        addClassName("share-control");
        status.addClassName("portal-muted");
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.setVisible(writable);
        toggle.addClickListener(e -> confirm());
        add(status, toggle);
        show(state);
    }

    private void show(SharedWithProject.State shown) {
        this.state = shown;
        status.setText(shown.shared()
                ? getTranslation("share.sharedBy", shown.sharedByName(), Formats.dateTime(shown.sharedAt()))
                : getTranslation("share.own"));
        toggle.setText(getTranslation(shown.shared() ? "share.withdraw" : "share.share"));
        toggle.setIcon((shown.shared() ? VaadinIcon.LOCK : VaadinIcon.CONNECT).create());
    }

    private void confirm() {
        boolean share = !state.shared();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation(share ? "share.confirmShareTitle" : "share.confirmWithdrawTitle"),
                getTranslation(share ? "share.confirmShareText" : "share.confirmWithdrawText"),
                getTranslation(share ? "share.share" : "share.withdraw"), e -> {
                    show(change.apply(share));
                    Forms.success(getTranslation(share ? "share.shared" : "share.withdrawn"));
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }
}
