/**
 * Search over what a person may read (trial actions, notes, comments, meeting agenda items and minutes,
 * published intervention versions), with Danish stemming and compound parts, and the workshop board's help in
 * finding what many organisations say in different words: similar experiences and suggested themes. Built on
 * Hibernate Search with an embedded Lucene index on every node, kept in step through {@code search_change}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "base", "base::ui", "comment", "intervention", "meeting", "note", "operations", "organisation", "plan",
        "project", "project::ui", "security", "trialaction"})
package dk.modningsportal.search;
