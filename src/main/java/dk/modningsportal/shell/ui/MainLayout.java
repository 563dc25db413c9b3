package dk.modningsportal.shell.ui;

import dk.modningsportal.base.ui.*;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.modningsportal.security.CurrentUser;
import dk.modningsportal.security.PortalUser;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;

/** The frame around every view: menu, the capabilities' contributions, the user menu. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final dk.modningsportal.security.MyAccount myAccount;

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, List<LayoutContribution> contributions,
            @Value("${portal.session.warning-lead:PT5M}") Duration warningLead, dk.modningsportal.security.MyAccount myAccount) {
        this.myAccount = myAccount;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation(contributions));

        Div spacer = new Div();
        spacer.addClassName("portal-spacer");
        HorizontalLayout topBar = new HorizontalLayout();
        topBar.addClassName("portal-topbar");
        topBar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        contributions.forEach(c -> c.topBarStart().forEach(topBar::add));
        topBar.add(spacer);
        contributions.forEach(c -> c.topBarActions().forEach(topBar::add));
        currentUser.get().ifPresent(user -> topBar.add(userMenu(user, authentication)));
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        addToNavbar(skipLink(), toggle, topBar);
        if (currentUser.get().isPresent()) {
            addToNavbar(new IdleWarning(warningLead));
        }
    }

    /** The first stop for the keyboard: past the menu to the page's own content (WCAG 2.4.1). */
    private Component skipLink() {
        com.vaadin.flow.component.html.Anchor skip = new com.vaadin.flow.component.html.Anchor("#", getTranslation("nav.skip"));
        skip.addClassName("portal-skip-link");
        skip.getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const content = document.querySelector('vaadin-app-layout > :not([slot])');
                  if (content) { content.setAttribute('tabindex', '-1'); content.focus(); }
                });""");
        return skip;
    }

    private Component brand() {
        Div brand = new Div();
        brand.addClassName("portal-brand");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("portal-brand-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("portal-brand-tagline");
        brand.add(name, tagline);
        return brand;
    }

    private Component navigation(List<LayoutContribution> contributions) {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
        contributions.forEach(c -> c.navigationItems().forEach(nav::addItem));
        nav.addClassName("portal-nav");
        // vaadin-side-nav-item's toggle button points aria-controls at "children", an id its shadow root does not
        // have (axe: aria-valid-attr-value, critical): drop the dangling reference; aria-expanded still tells the state.
        nav.getElement().executeJs("""
                customElements.whenDefined('vaadin-side-nav-item').then(() => this.querySelectorAll('vaadin-side-nav-item')
                  .forEach(async item => {
                    await item.updateComplete;
                    const toggle = item.shadowRoot && item.shadowRoot.querySelector('button[aria-controls]');
                    if (toggle && !item.shadowRoot.getElementById(toggle.getAttribute('aria-controls'))) {
                      toggle.removeAttribute('aria-controls');
                    }
                  }));
                """);
        return nav;
    }

    private Component userMenu(PortalUser user, AuthenticationContext authentication) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var root = menu.addItem(new Span(new Icon(VaadinIcon.USER), new Span(" " + user.displayName())));
        root.addClassName("portal-user-menu");
        SubMenu sub = root.getSubMenu();
        sub.addItem(user.organisationName()).setEnabled(false);
        sub.addItem(getTranslation("enum.Role." + user.role().name())).setEnabled(false);
        sub.addItem(getTranslation("nav.myAccount"), e -> getUI().ifPresent(ui -> ui.navigate("account")));
        boolean english = LocaleSettings.isEnglish();
        sub.addItem(getTranslation(english ? "language.toDanish" : "language.toEnglish"), e -> {
            myAccount.chooseLanguage(english ? "da" : "en");
            LocaleSettings.switchTo(english ? PortalI18NProvider.DANISH : PortalI18NProvider.ENGLISH);
        });
        sub.addItem(getTranslation("action.logout"), e -> authentication.logout());
        return menu;
    }
}
