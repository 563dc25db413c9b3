package dk.modningsportal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@Push
@EnableScheduling
@EnableAsync
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /**
     * The portal's icon in the browser tab (an SVG; {@code /favicon.ico} answers the browsers that ask for it), and
     * the description a browser or link preview shows for the login page, the only page anyone sees unsigned.
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/icon.svg", "any");
        settings.addMetaTag("description", "Modningsportalen: modningsprojekternes fælles arbejdsrum for kommuner, "
                + "tilbud, Socialstyrelsen og evaluatorer. Log ind med din invitation.");
    }
}
