/**
 * Trial actions (prøvehandlinger): small local experiments planned, done, observed and decided on
 * by an implementation team, with the adaptations they lead to recorded after FRAME.
 * Other modules read trial actions through {@link dk.modningsportal.trialaction.TrialActionQueries} or, in
 * SQL, the views {@code trial_action_facts} and {@code trial_action_element_facts} this module owns.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "activity::ui", "audit", "base", "base::ui", "intervention", "live::ui", "notification", "operations",
        "organisation", "project", "project::ui", "security"})
package dk.modningsportal.trialaction;
