package dk.modningsportal;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import dk.modningsportal.security.UserAccount;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import kotlin.jvm.functions.Function0;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/** Base of UI tests: the real views in a mocked browser session, against the real services. */
public abstract class KaribuTest extends PortalTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        routes = portalRoutes();
    }

    /** Every route and layout of the portal, the package-private ones included. */
    public static Routes portalRoutes() {
        Routes routes = new Routes().autoDiscoverViews("dk.modningsportal");
        // Karibu discovers public views only; the portal's views are package-private, so find them here.
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        for (BeanDefinition view : scanner.findCandidateComponents("dk.modningsportal")) {
            routes.getRoutes().add(ClassUtils.resolveClassName(view.getBeanClassName(), null)
                    .asSubclass(com.vaadin.flow.component.Component.class));
        }
        return routes;
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** Signs in for services and for Vaadin's view access checks in a new browser session, and opens the location. */
    protected void openAs(UserAccount account, String location) {
        MockVaadin.tearDown();
        setUpVaadin();
        Authentication authentication = loginAs(account);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role) || a.getAuthority().equals(role)));
        dk.modningsportal.base.ui.Navigation.to(location);
    }
}
