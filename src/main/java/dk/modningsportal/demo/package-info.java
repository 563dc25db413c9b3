/** Real-looking Danish demo content, loaded on the first start of an empty embedded database. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "comment", "dashboard", "evaluation", "evaluation::ui", "intervention", "maturation",
        "meeting", "note", "organisation", "plan", "plan::ui", "project", "security",
        "selfevaluation", "selfevaluation::ui", "trialaction"})
package dk.modningsportal.demo;
