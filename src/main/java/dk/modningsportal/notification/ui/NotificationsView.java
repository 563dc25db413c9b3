package dk.modningsportal.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.base.ui.Navigation;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.live.ui.LiveRefresh;
import dk.modningsportal.notification.EmailFrequency;
import dk.modningsportal.notification.NotificationKind;
import dk.modningsportal.notification.NotificationService;
import dk.modningsportal.notification.NotificationService.NotificationRow;
import dk.modningsportal.notification.NotificationService.Settings;
import dk.modningsportal.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** One's notifications, newest first, and one's choices of what to be told and how often by mail. */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHOWN = 100;

    final Div list = new Div();
    final Button markAllRead = new Button();
    final CheckboxGroup<NotificationKind> wanted = new CheckboxGroup<>();
    final RadioButtonGroup<EmailFrequency> emailFrequency = new RadioButtonGroup<>();
    final Button saveSettings = new Button();
    private final NotificationService notifications;

    NotificationsView(NotificationService notifications, ChangeBus bus, CurrentUser currentUser) {
        this.notifications = notifications;
        addClassName("portal-page");
        markAllRead.setText(getTranslation("notification.markAllRead"));
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAllRead.addClickListener(e -> {
            notifications.markAllRead();
            refresh();
        });
        list.addClassName("notification-list");
        FlexLayout heading = new FlexLayout(new H2(getTranslation("notification.title")), markAllRead);
        heading.addClassName("portal-heading-row");
        add(heading, list, settings());
        refresh();
        long me = currentUser.require().id();
        LiveRefresh.whileAttached(this, bus, change -> change.isFor(me), this::refresh);
    }

    void refresh() {
        List<NotificationRow> rows = notifications.latest(SHOWN);
        list.removeAll();
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("notification.empty")));
        }
        rows.forEach(row -> list.add(item(row)));
        markAllRead.setEnabled(rows.stream().anyMatch(r -> !r.read()));
    }

    private Component item(NotificationRow row) {
        Span what = new Span(getTranslation("notification.text." + row.kind().name(),
                row.actorName() == null ? "" : row.actorName()));
        what.addClassName("notification-what");
        Span subject = new Span(row.subject());
        subject.addClassName("notification-subject");
        Span when = new Span(Formats.dateTime(row.createdAt()));
        when.addClassName("portal-muted");
        Div item = new Div(what, subject, when);
        if (row.excerpt() != null) {
            Paragraph excerpt = new Paragraph(row.excerpt());
            excerpt.addClassName("notification-excerpt");
            item.add(excerpt);
        }
        item.addClassName("notification");
        if (!row.read()) {
            item.addClassName("unread");
        }
        item.getElement().setAttribute("role", "link");
        item.getElement().setAttribute("tabindex", "0");
        item.addClickListener(e -> open(row));
        return item;
    }

    void open(NotificationRow row) {
        notifications.markRead(row.id());
        Navigation.to(row.link());
    }

    private Component settings() {
        Settings mine = notifications.settings();
        wanted.setLabel(getTranslation("notification.wanted"));
        wanted.setItems(NotificationKind.values());
        wanted.setItemLabelGenerator(Formats::label);
        wanted.setValue(mine.wanted());
        emailFrequency.setLabel(getTranslation("notification.emailFrequency"));
        emailFrequency.setItems(EmailFrequency.values());
        emailFrequency.setItemLabelGenerator(Formats::label);
        emailFrequency.setValue(mine.emailFrequency());
        if (!mine.hasEmail()) {
            emailFrequency.setHelperText(getTranslation("notification.noEmail"));
        }
        saveSettings.setText(getTranslation("action.save"));
        saveSettings.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveSettings.addClickListener(e -> {
            notifications.saveSettings(emailFrequency.getValue(), wanted.getValue());
            Forms.success(getTranslation("notification.settingsSaved"));
        });
        Div section = new Div(new H3(getTranslation("notification.settings")), wanted, emailFrequency, saveSettings);
        section.addClassNames("portal-section", "notification-settings");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
