/**
 * Learning across organisations between the meetings: what the teams have chosen to share with their project
 * ("Del med projektet"), listed for the project's people on the page "På tværs", and opened read-only (with its
 * comment thread) by the other organisations; the teams' reflection presentations, also on a meeting's agenda item.
 * The items stay their modules' own (notes, trial actions), as do the
 * rules of who may share; this module only reads what is shared, for those who take part in the project.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "base", "base::ui", "comment", "comment::ui", "export", "intervention", "live", "live::ui",
        "meeting", "meeting::ui", "note", "note::ui", "project", "project::ui", "security", "trialaction",
        "trialaction::ui"})
package dk.modningsportal.sharing;
