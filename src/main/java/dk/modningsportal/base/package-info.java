/**
 * What every capability shares: the entity base class, the portal's exceptions, the clock,
 * and the guard that keeps citizens' personal data out of free text.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dk.modningsportal.base;
