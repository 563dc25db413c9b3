/**
 * What the people who run the portal use and nobody else: the backup of the embedded database on the
 * management port, and the check before the start that this portal does not share a search index folder or a
 * management port with another portal on the machine. Health, metrics and outage handling live with what they watch (actuator, {@code base}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"search"})
package dk.modningsportal.operations;
