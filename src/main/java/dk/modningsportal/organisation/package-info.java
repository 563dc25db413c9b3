/** The participants: municipalities, § 110 shelters and associations, plus Socialstyrelsen and evaluators. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "base::ui"})
package dk.modningsportal.organisation;
