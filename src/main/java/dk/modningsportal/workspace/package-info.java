/**
 * The workspace pages that bring capabilities together: the landing page after login and a
 * workspace's overview of its trial actions and notes. Nothing depends on this package.
 */
package dk.modningsportal.workspace;
