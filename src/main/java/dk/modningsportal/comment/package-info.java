/**
 * Comment threads on trial actions and experience notes: the team talks about its work where it is, and
 * consultants give their feedback (sparring) there, marked as such. Mentions and replies reach people
 * through the notifications.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "activity::ui", "audit", "base", "base::ui", "live", "live::ui", "note", "note::ui", "notification",
        "project", "security", "trialaction", "trialaction::ui"})
package dk.modningsportal.comment;
