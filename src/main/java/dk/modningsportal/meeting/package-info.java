/**
 * Meetings of the project plan: the agenda (with participants' proposals), invitations and changes as
 * notifications and iCalendar files, decision minutes per agenda item whose typed outcomes feed the
 * evidence (a decision, a follow-up in a person's workspace, an experience note, a proposed change that
 * reaches the maturation board), published to participants and printable as PDF.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "base", "base::ui", "export", "note", "notification", "organisation", "plan", "plan::ui", "project",
        "project::ui", "security"})
package dk.modningsportal.meeting;
