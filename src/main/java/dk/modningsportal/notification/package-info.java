/**
 * Telling people what concerns them: in-app notifications with an unread count, each person's choice of
 * which kinds they get, and mail (at once, or a daily or weekly digest) through a configurable SMTP server.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base::ui", "live::ui", "operations", "security"})
package dk.modningsportal.notification;
