/** The portal's frame: main layout, language, formats, error pages and shared widgets. */
package dk.modningsportal.base.ui;
