package dk.modningsportal.scale;

import dk.modningsportal.scale.ScaleData.Scale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/** {@code ./portal generate large|small [postgres]}: fills the database named by the script, then stops. */
@Component
@ConditionalOnProperty(name = "portal.generate")
class ScaleDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScaleDataRunner.class);

    private final ScaleData scaleData;
    private final String scale;
    private final ConfigurableApplicationContext context;

    ScaleDataRunner(ScaleData scaleData, @Value("${portal.generate}") String scale,
            ConfigurableApplicationContext context) {
        this.scaleData = scaleData;
        this.scale = scale;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (scaleData.isEmpty()) {
            generate();
            scaleData.finish();
        } else {
            log.warn("The database already holds data; nothing generated. Remove it first to generate anew.");
        }
        // The generator borrows the whole application (its web server on a random port); stop it when done.
        System.exit(SpringApplication.exit(context));
    }

    private void generate() {
        ScaleData.Summary summary = scaleData.generate(Scale.named(scale));
        log.info("Done in {} s: {} organisations, {} users, {} workspaces, {} trial actions, {} notes. "
                + "The national project (every municipality) is project {}.", summary.took().toSeconds(),
                summary.organisations(), summary.users(), summary.workspaces(), summary.trialActions(),
                summary.notes(), summary.nationalProjectId());
    }
}
