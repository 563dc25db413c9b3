package dk.modningsportal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Loads the demo on the first start of an empty database, only when portal.demo-data=true. */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoData demoData;

    DemoDataLoader(DemoData demoData) {
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoData.loadIfEmpty()) {
            log.info("Demo data loaded. Log in as e.g. praktiker.aarhus with password '{}'.", DemoData.DEMO_PASSWORD);
        }
    }
}
