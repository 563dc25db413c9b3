/**
 * What the people who run the portal use and nobody else: the backup of the embedded database on the
 * management port. Health, metrics and outage handling live with what they watch (actuator, {@code base}).
 */
package dk.modningsportal.operations;
