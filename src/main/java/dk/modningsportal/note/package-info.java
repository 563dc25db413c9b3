/**
 * Experience notes (erfaringer): what a team learned, tied to a core element and a version,
 * captured in a few seconds from anywhere in the workspace.
 * Other modules read notes through {@link dk.modningsportal.note.NoteQueries} or, in SQL, the view
 * {@code note_facts} this module owns.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "activity::ui", "audit", "base", "base::ui", "intervention", "live::ui", "organisation", "project",
        "project::ui", "security", "trialaction"})
package dk.modningsportal.note;
