/**
 * Experience notes (erfaringer): what a team learned, tied to a core element and a version,
 * captured in a few seconds from anywhere in the workspace.
 */
package dk.modningsportal.note;
