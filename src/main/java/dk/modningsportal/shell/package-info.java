/**
 * The portal's frame around every capability's views: the main layout with its menu and user menu,
 * the language a UI starts in, the idle warning, the session error handler and the error pages. All of
 * it is UI, in {@code shell.ui}. It depends on {@code security} for the signed-in person; nothing depends
 * on it (views find the layout through {@code @Layout}), which keeps {@code base} free of any capability.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base::ui", "operations", "security"})
package dk.modningsportal.shell;
