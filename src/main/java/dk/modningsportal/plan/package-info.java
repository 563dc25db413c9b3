/**
 * The project plan: phases and the rhythm of activities (kick-offs, competence development, dialogue and
 * development meetings, the project-leader network, reflection meetings, maturation workshops, case
 * visits, the closing workshop), started from a template and adjusted by the consultants; a timeline of
 * months and activities; what is next for each organisation.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "base", "base::ui", "organisation", "project", "project::ui", "security"})
package dk.modningsportal.plan;
