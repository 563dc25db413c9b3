/**
 * Live updates: what one person changes reaches the screens of everyone else who has the same
 * workspace or project open, in-process on one node and through PostgreSQL LISTEN/NOTIFY across nodes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"project", "security"})
package dk.modningsportal.live;
